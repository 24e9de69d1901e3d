// A sync killed at any moment (kill -9 of briefdeck and its git) loses nothing: the store still
// opens, and the next sync finishes the job. The killed syncs are real processes; the
// machines are set up, and sync again after, in-process.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, expect, test } from 'vitest';
import { buildCli, CLI } from '../helpers/built-cli.js';
import { bareRemote, GIT_ENV, history, machine, review, sync, type Machine } from './helpers/machines.js';

beforeAll(() => buildCli());

/** Start a sync and kill -9 its whole process group after `ms`; whether it was killed before it ended. */
async function killedSync(m: Machine, at: string, ms: number): Promise<boolean> {
  const child = spawn('node', [CLI, 'sync', '--decks-dir', m.decks, '--storage', m.storage], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, ...GIT_ENV, NODE_ENV: 'production', BRIEFDECK_TZ: 'UTC', BRIEFDECK_NOW: at },
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await sleep(ms);
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already done: a sync that finished before the kill is a kill at its very end.
  }
  return (await exited) === 'SIGKILL';
}

test('kill -9 during sync, at several moments, then sync again: both machines end with every answer', async () => {
  const remote = bareRemote();
  const a = machine('a', true, 'in-process');
  const b = machine('b', false, 'in-process');
  expect((await sync(a, '2026-01-05T08:00:00Z', remote)).status).toBe(0);
  expect((await sync(b, '2026-01-05T08:01:00Z', remote)).status).toBe(0);
  expect((await review(a, '2026-01-05T09:00:00Z', [5, 4])).status).toBe(0);
  expect((await review(b, '2026-01-05T10:00:00Z', [4, 5, 3, 4])).status).toBe(0);

  let killed = 0;
  // (From early in start-up to late in the git work: on a fast, idle machine a whole sync takes
  // well under half a second, so the early moments are the ones sure to land inside it.)
  for (const [i, ms] of [100, 150, 200, 250, 300, 400, 600, 800].entries()) {
    const m = i % 2 === 0 ? a : b;
    if (await killedSync(m, `2026-01-05T11:0${i}:00Z`, ms)) killed += 1;
    // Whatever the moment, the store opens and still holds every answer made on this machine.
    expect((await history(m)).answers.length).toBeGreaterThanOrEqual(m === a ? 2 : 4);
  }
  expect(killed, 'syncs killed before they ended').toBeGreaterThanOrEqual(2);
  for (const m of [a, b, a]) {
    const again = await sync(m, '2026-01-05T12:00:00Z');
    expect(again.status, again.stderr).toBe(0);
  }
  const [onA, onB] = [await history(a), await history(b)];
  expect(onA).toEqual(onB);
  expect(onA.answers.length).toBeGreaterThanOrEqual(5);
}, 90_000);

// Two machines, one bare repository as their remote: what one answers the other gets, and
// both compute the same schedule. The first test goes through the real CLI process; the
// second repeats command lines only to exercise the merge, in-process.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli } from '../helpers/built-cli.js';
import { bareRemote, history, machine, review, sync, type Machine } from './helpers/machines.js';

beforeAll(() => buildCli());

function ok(result: { status: number | null; stderr: string }, what: string): void {
  expect(result.status, `${what}: ${result.stderr}`).toBe(0);
  expect(result.stderr, what).toBe('');
}

async function statsOf(m: Machine, at: string): Promise<unknown> {
  const stats = await m.run(['stats', '--json'], at);
  ok(stats, `stats on ${m.name}`);
  return JSON.parse(stats.stdout);
}

describe('briefdeck sync between two machines', () => {
  test('review on A, sync; review on B, sync; A syncs: both show the same stats, decks and answers', async () => {
    const remote = bareRemote();
    const a = machine('a', true);
    const b = machine('b');
    ok(await review(a, '2026-01-05T09:00:00Z', [4, 5]), 'review on A');
    ok(await sync(a, '2026-01-05T09:10:00Z', remote), 'first sync of A');
    const first = await sync(b, '2026-01-05T12:00:00Z', remote);
    ok(first, 'first sync of B');
    expect(first.stdout).toMatch(/received 2 answers; 1 deck updated here/);
    // B already knows what A answered today: those cards are not due on B.
    ok(await review(b, '2026-01-05T12:05:00Z', [3, 5, 4]), 'review on B');
    const bAnswers = readFileSync(path.join(b.storage, 'reviews.jsonl'), 'utf8').trim().split('\n').length;
    const bStatus = await b.run(['sync', '--status'], '2026-01-05T12:06:00Z');
    ok(bStatus, 'sync --status on B');
    expect(bStatus.stdout).toContain(`Ahead (here, not on the remote): ${bAnswers} answers of this machine, 0 decks changed.`);
    expect(bStatus.stdout).toContain('Behind (on the remote, not here): 0 answers from 0 other machines, 0 decks new or changed.');
    ok(await sync(b, '2026-01-05T12:10:00Z'), 'B syncs');
    const aStatus = await a.run(['sync', '--status'], '2026-01-05T17:59:00Z');
    expect(aStatus.stdout).toContain(`Behind (on the remote, not here): ${bAnswers} answers from 1 other machine, 0 decks new or changed.`);
    ok(await sync(a, '2026-01-05T18:00:00Z'), 'A syncs');

    const at = '2026-01-06T08:00:00Z';
    expect(await statsOf(a, at)).toEqual(await statsOf(b, at));
    expect((await a.run(['decks'], at)).stdout).toBe((await b.run(['decks'], at)).stdout);
    const [onA, onB] = [await history(a), await history(b)];
    expect(onA).toEqual(onB);
    const lines = (m: Machine) => readFileSync(path.join(m.storage, 'reviews.jsonl'), 'utf8').trim().split('\n').length;
    expect(onA.answers).toHaveLength(lines(a) + lines(b));
    // The device id stays with its machine: each has its own, and holds only the other's log.
    const deviceOf = (m: Machine) => JSON.parse(readFileSync(path.join(m.storage, 'meta.json'), 'utf8')).deviceId as string;
    expect(deviceOf(a)).not.toBe(deviceOf(b));
    const logs = (m: Machine) => readdirSync(path.join(m.storage, 'log')).filter((name) => name.endsWith('.jsonl'));
    expect(logs(a)).toEqual([`${deviceOf(b)}.jsonl`]);
    expect(logs(b)).toEqual([`${deviceOf(a)}.jsonl`]);
  }, 60_000);

  test('the same cards answered on both sides the same day offline, synced in either order: the same states, every answer once', async () => {
    const outcomes = [];
    for (const order of [['a', 'b'], ['b', 'a']] as const) {
      const remote = bareRemote();
      // Both have the deck already (copied by hand), and have never synced.
      const a = machine('a', true, 'in-process');
      const b = machine('b', true, 'in-process');
      // Offline, the same day, the same new cards: A in the morning, B in the evening.
      ok(await review(a, '2026-01-05T09:00:00Z', [5, 2, 4, 4]), 'review on A');
      ok(await review(b, '2026-01-05T20:00:00Z', [3, 4, 5]), 'review on B');
      const machines = { a, b };
      const [first, second] = [machines[order[0]], machines[order[1]]];
      ok(await sync(first, '2026-01-05T21:00:00Z', remote), `${first.name} syncs first`);
      ok(await sync(second, '2026-01-05T21:01:00Z', remote), `${second.name} syncs second`);
      ok(await sync(first, '2026-01-05T21:02:00Z'), `${first.name} syncs again`);
      const [onA, onB] = [await history(a), await history(b)];
      expect(onA).toEqual(onB);
      outcomes.push(onA);
    }
    // The two runs differ only in the seconds of their answers: the clock BRIEFDECK_NOW sets
    // moves on with real time, and a loaded machine may take more than a second to answer.
    const toTheMinute = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/:\d{2}(?:\.\d{3})?Z/g, 'Z'));
    expect(toTheMinute(outcomes[0])).toEqual(toTheMinute(outcomes[1]));
    const { answers } = outcomes[0]!;
    // 4 lines on A (one a same-day repeat of the card graded 2) and 3 on B, each once.
    expect(answers).toHaveLength(7);
    expect(new Set(answers).size).toBe(7);
    // B's evening answers to cards A had already graded that morning are same-day repeats.
    expect(answers.filter((line) => line.startsWith('2026-01-05T20')).every((line) => line.endsWith(' repeat'))).toBe(true);
  }, 90_000);
});

import { beforeAll, expect, test } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { buildCli, runCli, smallDeckWorkspace } from '../helpers/built-cli.js';

beforeAll(buildCli);

const NOW = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };


test('a suspended card is skipped by review; unsuspended, it comes back', async () => {
  const { storage, args } = smallDeckWorkspace();
  const suspended = runCli(['suspend', 'noteMoney01.1', ...args], { env: NOW });
  expect(suspended.stderr).toBe('');
  expect(suspended.status).toBe(0);
  expect(suspended.stdout.trim().split('\n')).toHaveLength(1);
  expect(suspended.stdout).toContain('Suspended noteMoney01.1 ("Trade between the two countries reached $3 billio…")');

  // Line mode shows the first card and stops at the end of input: enough to see the queue.
  const review = runCli(['review', ...args], { input: '', env: NOW });
  expect(review.status).toBe(0);
  expect(review.stdout).toContain('new 2 · repeat 0 · review 0'); // was 3 (the sibling waits)
  expect(review.stdout).not.toContain('Trade between the two countries');

  const store = await openStore(storage, { mode: 'read', now: new Date(NOW.BRIEFDECK_NOW) });
  expect(store.progressOf('noteMoney01.1')?.suspended).toBe(true);
  await store.close();

  expect(runCli(['suspend', 'noteMoney01.1', ...args], { env: NOW }).stdout).toContain('already suspended');
  const back = runCli(['unsuspend', 'noteMoney01.1', ...args], { env: NOW });
  expect(back.status).toBe(0);
  expect(back.stdout).toContain('Unsuspended noteMoney01.1');
  const again = runCli(['review', ...args], { input: '', env: NOW }).stdout;
  expect(again).toContain('new 3 · repeat 0 · review 0');
  expect(again).toContain('Trade between the two countries');
});

test('an unknown card: one line naming it and where ids are listed, exit 2', () => {
  const { args } = smallDeckWorkspace();
  const result = runCli(['suspend', 'nope.1', ...args], { env: NOW });
  expect(result.status).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toContain('no card "nope.1"');
  expect(result.stderr).toContain('"briefdeck stats" lists trouble cards with their ids');
});

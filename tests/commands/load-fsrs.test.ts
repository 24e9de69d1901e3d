import { expect, test } from 'vitest';
import { loadFsrsEngine } from '../../src/commands/load-fsrs.js';

test('loading FSRS leaves Date.prototype as it was (ts-fsrs adds scheduler, diff, format, dueFormat)', async () => {
  const before = Object.getOwnPropertyNames(Date.prototype).sort();
  const engine = await loadFsrsEngine(0.9);
  expect(Object.getOwnPropertyNames(Date.prototype).sort()).toEqual(before);
  const date = new Date('2026-01-01T00:00:00Z');
  expect('format' in date).toBe(false);
  const keys: string[] = [];
  for (const key in date) keys.push(key);
  expect(keys).toEqual([]);
  // And the engine works: a new card graded Good is due in a few days.
  expect(engine.intervalDays(engine.nextMemory(null, 0, 3).stability)).toBeGreaterThanOrEqual(1);
});

// A restore killed at any step: the store is the old one or the restored one — never between,
// never an empty-looking store. The kill is simulated by failing the k-th rename a restore
// makes (every file move of a restore is a rename), for every k.
import { existsSync, rmSync, unlinkSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { listBackups, openStore, restoreBackup, type OpenStoreOptions } from '../../src/store/open-store.js';
import { answerOf, makeDeck } from '../store/fixtures/make-deck.js';
import { tempStorageDir } from '../store/fixtures/store-dir.js';

const renames = { failAt: -1 };
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof fsPromises>();
  const rename: typeof original.rename = (from, to) => {
    if (renames.failAt === 0) {
      renames.failAt = -1;
      return Promise.reject(new Error('killed'));
    }
    if (renames.failAt > 0) renames.failAt -= 1;
    return original.rename(from, to);
  };
  return { ...original, default: { ...original, rename }, rename };
});

const onDay = (day: number): OpenStoreOptions => ({ mode: 'write', now: new Date(Date.UTC(2025, 2, day, 9)), timeZone: 'UTC' });

/** Day 1: one answer (backed up on day 2). Day 2: two more. */
async function storeWithBackup(): Promise<string> {
  const dir = tempStorageDir();
  const day1 = await openStore(dir, onDay(1));
  await day1.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }]));
  await day1.record(answerOf(day1, 'n1.1', { at: '2025-03-01T10:00:00.000Z' }));
  await day1.close();
  const day2 = await openStore(dir, onDay(2));
  await day2.record(answerOf(day2, 'n2.1', { at: '2025-03-02T10:00:00.000Z' }));
  await day2.record(answerOf(day2, 'n1.1', { at: '2025-03-02T10:01:00.000Z' }));
  await day2.close();
  return dir;
}

async function answerCards(dir: string, options: OpenStoreOptions): Promise<string[]> {
  const store = await openStore(dir, options);
  try {
    return store.answers().map((a) => a.cardId);
  } finally {
    await store.close();
  }
}

describe('restore is atomic', () => {
  test('killed at any step, the store reads as the old one, the restored one, or is refused until a writer finishes the restore', async () => {
    const outcomes = new Set<string>();
    for (let k = 0; k < 16; k += 1) {
      const dir = await storeWithBackup();
      expect((await listBackups(dir)).map((b) => b.name)).toEqual(['2025-03-02']);
      renames.failAt = k;
      const crashed = await restoreBackup(dir, '2025-03-02', { now: new Date('2025-03-02T12:00:00Z') }).then(
        () => false,
        () => true,
      );
      renames.failAt = -1;
      // A killed process's lock is taken over by the next one; here the "killed" one is this process.
      if (crashed) rmSync(path.join(dir, 'writer.lock'), { recursive: true, force: true });
      const planned = existsSync(path.join(dir, 'restore.json'));

      const read = await answerCards(dir, { ...onDay(2), mode: 'read' }).then(
        (cards) => cards.join(','),
        (error: Error) => error.message,
      );
      if (planned) expect(read).toMatch(/is half-way through restoring the backup 2025-03-02; nothing was read — finish it with: briefdeck restore 2025-03-02 --storage /);
      else expect(['n1.1,n2.1,n1.1', 'n1.1']).toContain(read);

      const written = (await answerCards(dir, onDay(3))).join(',');
      // Once planned, the restore is finished by the next writer; before that, nothing moved.
      expect(written).toBe(planned ? 'n1.1' : read);
      expect(existsSync(path.join(dir, 'restore.json'))).toBe(false);
      expect((await fsPromises.readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]);
      outcomes.add(!crashed ? 'not killed' : planned ? 'killed while moving' : read === 'n1.1' ? 'killed after' : 'killed before');
    }
    // The kills landed before the plan, during the moves, and after the whole restore.
    expect([...outcomes].sort()).toEqual(['killed after', 'killed before', 'killed while moving', 'not killed']);
  });

  test('a store whose data files are gone while backups exist is refused, naming the backup, by readers and writers alike', async () => {
    const dir = await storeWithBackup();
    for (const name of ['meta.json', 'reviews.jsonl', 'log-index.json']) if (existsSync(path.join(dir, name))) unlinkSync(path.join(dir, name));
    rmSync(path.join(dir, 'progress'), { recursive: true });
    for (const mode of ['read', 'write'] as const) {
      await expect(openStore(dir, { ...onDay(3), mode })).rejects.toThrow(
        /meta\.json is missing, with the rest of the store, but backups of it exist; nothing was written; newest good backup: 2025-03-02 — restore it with: briefdeck restore 2025-03-02 --storage /,
      );
    }
    expect(existsSync(path.join(dir, 'meta.json'))).toBe(false);
    await restoreBackup(dir, undefined, { now: new Date('2025-03-03T12:00:00Z') });
    expect(await answerCards(dir, onDay(3))).toEqual(['n1.1']);
  });
});

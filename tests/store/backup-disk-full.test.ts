// A full disk at the day's first open: the backup (a copy of the whole store) fails, but an
// answer (one line) may still fit — reviews go on, the user is told, the backup is retried.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { listBackups, openStore, type OpenStoreOptions } from '../../src/store/open-store.js';
import { answerOf, makeDeck } from './fixtures/make-deck.js';
import { tempStorageDir } from './fixtures/store-dir.js';

const disk = { full: false };
vi.mock('../../src/store/copy-store-files.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/store/copy-store-files.js')>();
  return {
    copyStoreFiles: async (from: string, to: string) => {
      if (!disk.full) return original.copyStoreFiles(from, to);
      // Part of the copy is made before the disk fills.
      const { mkdir } = await import('node:fs/promises');
      await mkdir(path.join(to, 'progress'), { recursive: true });
      throw Object.assign(new Error(`ENOSPC: no space left on device, copyfile '${from}/reviews.jsonl'`), { code: 'ENOSPC' });
    },
  };
});

const onDay = (day: number, warnings: string[] = []): OpenStoreOptions => ({
  mode: 'write',
  now: new Date(Date.UTC(2025, 2, day, 9)),
  timeZone: 'UTC',
  displayDir: 'my-storage',
  warn: (line) => warnings.push(line),
});

describe('a full disk at the day’s first open', () => {
  test('the store opens with one warning line, answers are saved, no partial backup is left, and the backup is taken next time', async () => {
    const dir = tempStorageDir();
    const day1 = await openStore(dir, onDay(1));
    await day1.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }]));
    await day1.close();

    disk.full = true;
    const warnings: string[] = [];
    const day2 = await openStore(dir, onDay(2, warnings));
    disk.full = false;
    expect(warnings).toEqual([
      'briefdeck: could not back up storage "my-storage" today: the disk is full — reviews go on and are saved; the backup is tried again next time (free some space)',
    ]);
    await day2.record(answerOf(day2, 'n1.1', { at: '2025-03-02T10:00:00.000Z' }));
    await day2.close();
    expect(await listBackups(dir)).toEqual([]);
    expect(readdirSync(path.join(dir, 'backups')).filter((name) => name.startsWith('.'))).toEqual([]);

    const again: string[] = [];
    const later = await openStore(dir, onDay(2, again));
    expect(again).toEqual([]);
    expect(later.answers().map((a) => a.cardId)).toEqual(['n1.1']);
    await later.close();
    expect((await listBackups(dir)).map((b) => b.name)).toEqual(['2025-03-02']);
    expect(existsSync(path.join(dir, 'backups', '2025-03-02', 'reviews.jsonl'))).toBe(true);
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listBackups, openStore, restoreBackup, type OpenStoreOptions } from '../../src/store/open-store.js';
import { answerOf, makeDeck } from './fixtures/make-deck.js';
import { tempStorageDir } from './fixtures/store-dir.js';

const onDay = (day: number, keepBackups?: number): OpenStoreOptions => ({
  mode: 'write',
  now: new Date(Date.UTC(2025, 2, day, 9)),
  timeZone: 'UTC',
  ...(keepBackups === undefined ? {} : { keepBackups }),
});

async function openAndClose(dir: string, options: OpenStoreOptions, work?: (store: Awaited<ReturnType<typeof openStore>>) => Promise<void>) {
  const store = await openStore(dir, options);
  await work?.(store);
  await store.close();
}

describe('daily backups', () => {
  test('one backup per day the store is opened for writing, holding meta, progress and log', async () => {
    const dir = tempStorageDir();
    await openAndClose(dir, onDay(1), async (s) => {
      await s.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    });
    await openAndClose(dir, onDay(2));
    await openAndClose(dir, onDay(2));
    await openAndClose(dir, onDay(3), async (s) => {
      await s.record(answerOf(s, 'n1.1'));
    });
    expect((await listBackups(dir)).map((b) => b.name)).toEqual(['2025-03-03', '2025-03-02']);
    const newest = path.join(dir, 'backups', '2025-03-03');
    expect(readdirSync(newest).sort()).toEqual(['meta.json', 'progress']);
    expect(readdirSync(path.join(newest, 'progress'))).toEqual(['deckA.json']);
    expect(readdirSync(path.join(dir, 'backups')).some((n) => n.startsWith('.'))).toBe(false);
  });

  test('the day is the calendar day in the user’s time zone', async () => {
    const dir = tempStorageDir();
    await openAndClose(dir, onDay(1));
    // 2025-03-02T09:00Z is still 1 March in Honolulu… and 2 March in Tokyo.
    await openAndClose(dir, { ...onDay(2), now: new Date('2025-03-02T09:00:00Z'), timeZone: 'Pacific/Honolulu' });
    await openAndClose(dir, { ...onDay(2), now: new Date('2025-03-02T09:00:00Z'), timeZone: 'Asia/Tokyo' });
    expect((await listBackups(dir)).map((b) => b.name)).toEqual(['2025-03-02', '2025-03-01']);
  });

  test('only the newest N are kept (keepBackups)', async () => {
    const dir = tempStorageDir();
    for (let day = 1; day <= 6; day += 1) await openAndClose(dir, onDay(day, 3));
    expect((await listBackups(dir)).map((b) => b.name)).toEqual(['2025-03-06', '2025-03-05', '2025-03-04']);
  });

  test('seven are kept by default', async () => {
    const dir = tempStorageDir();
    for (let day = 1; day <= 10; day += 1) await openAndClose(dir, onDay(day));
    expect(await listBackups(dir)).toHaveLength(7);
  });
});

describe('restoreBackup', () => {
  test('brings back the newest good backup; the damaged files are kept aside; the store opens again', async () => {
    const dir = tempStorageDir();
    await openAndClose(dir, onDay(1), async (s) => {
      await s.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }]));
      await s.record(answerOf(s, 'n1.1'));
    });
    await openAndClose(dir, onDay(2), async (s) => {
      await s.record(answerOf(s, 'n2.1'));
    });
    writeFileSync(path.join(dir, 'progress', 'deckA.json'), '{"schema":1,"deckId":"deckA","appliedSe');
    await expect(openStore(dir, onDay(3))).rejects.toThrow(/restore it with: briefdeck restore 2025-03-02/);

    const restored = await restoreBackup(dir, undefined, { now: new Date('2025-03-03T09:00:00Z') });
    expect(restored).toBe('2025-03-02');
    const replaced = readdirSync(path.join(dir, 'backups')).filter((n) => n.startsWith('replaced-'));
    expect(replaced).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'backups', replaced[0]!, 'progress', 'deckA.json'), 'utf8')).toContain('appliedSe');

    // The backup was taken before day 2's answer; the log still replays nothing newer than it holds.
    const store = await openStore(dir, onDay(3));
    expect(store.answers().map((a) => a.cardId)).toEqual(['n1.1']);
    expect(store.progressOf('n1.1')).toMatchObject({ reviews: 1 });
    await store.close();
  });

  test('a named backup that does not exist is refused', async () => {
    const dir = tempStorageDir();
    await openAndClose(dir, onDay(1));
    await expect(restoreBackup(dir, '../../etc', { now: new Date() })).rejects.toThrow(/no backup "\.\.\/\.\.\/etc"/);
    expect(existsSync(path.join(dir, 'meta.json'))).toBe(true);
  });
});

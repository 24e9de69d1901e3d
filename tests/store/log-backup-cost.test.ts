import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOG_SNAPSHOT_FILE } from '../../src/store/log-snapshot.js';
import { openStore, restoreBackup, type OpenStoreOptions } from '../../src/store/open-store.js';
import { ReviewLog } from '../../src/store/review-log.js';
import { answerOf, makeDeck } from './fixtures/make-deck.js';
import { tempStorageDir } from './fixtures/store-dir.js';

const onDay = (day: number): OpenStoreOptions => ({ mode: 'write', now: new Date(Date.UTC(2025, 2, day, 9)), timeZone: 'UTC' });

/** A store of three decks with an answer in each and a saved log snapshot, made on day 1. */
async function storeWithSnapshot(dir: string): Promise<void> {
  const store = await openStore(dir, onDay(1));
  for (const deckId of ['deckA', 'deckB', 'deckC']) {
    await store.syncDeck(makeDeck(deckId, [{ id: `${deckId}-n1` }], `Deck ${deckId}`));
    await store.record(answerOf(store, `${deckId}-n1.1`));
  }
  await store.close();
  const log = await ReviewLog.load(dir);
  await log.saveSnapshot(0);
  await log.close();
}

describe('the daily backup of a large store', () => {
  test('holds every data file, byte for byte, and not the log snapshot (a cache)', async () => {
    const dir = tempStorageDir();
    await storeWithSnapshot(dir);
    const store = await openStore(dir, onDay(2));
    await store.close();
    const backup = path.join(dir, 'backups', '2025-03-02');
    expect(readdirSync(backup).sort()).toEqual(['meta.json', 'progress', 'reviews.jsonl']);
    expect(readdirSync(path.join(backup, 'progress')).sort()).toEqual(['deckA.json', 'deckB.json', 'deckC.json']);
    for (const file of ['meta.json', 'reviews.jsonl', 'progress/deckA.json', 'progress/deckB.json', 'progress/deckC.json']) {
      expect(readFileSync(path.join(backup, file))).toEqual(readFileSync(path.join(dir, file)));
    }
  });

  test('removes the staging dir a killed backup left behind (a whole copy of the log)', async () => {
    const dir = tempStorageDir();
    await storeWithSnapshot(dir);
    const abandoned = path.join(dir, 'backups', '.incoming-999999-1');
    mkdirSync(path.join(abandoned, 'progress'), { recursive: true });
    writeFileSync(path.join(abandoned, 'reviews.jsonl'), 'half a copy');
    const store = await openStore(dir, onDay(2));
    await store.close();
    expect(readdirSync(path.join(dir, 'backups'))).toEqual(['2025-03-02']);
  });

  test('a restore moves the log snapshot aside with the log it describes', async () => {
    const dir = tempStorageDir();
    await storeWithSnapshot(dir);
    await (await openStore(dir, onDay(2))).close(); // the backup of 2025-03-02
    await restoreBackup(dir, '2025-03-02', { now: new Date(Date.UTC(2025, 2, 2, 10)), timeZone: 'UTC' });
    expect(readdirSync(dir)).not.toContain(LOG_SNAPSHOT_FILE);
    const replaced = readdirSync(path.join(dir, 'backups')).find((name) => name.startsWith('replaced-'))!;
    expect(readdirSync(path.join(dir, 'backups', replaced))).toContain(LOG_SNAPSHOT_FILE);
    const store = await openStore(dir, { ...onDay(2), mode: 'read' });
    expect(store.answers()).toHaveLength(3);
    await store.close();
  });
});

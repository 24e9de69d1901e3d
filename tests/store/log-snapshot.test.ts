import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import { decodeLogSnapshot, encodeLogSnapshot, LOG_SNAPSHOT_FILE } from '../../src/store/log-snapshot.js';
import { openStore, type OpenStoreOptions, type Store } from '../../src/store/open-store.js';
import { ReviewLog } from '../../src/store/review-log.js';
import { answerOf, makeDeck } from './fixtures/make-deck.js';
import { tempStorageDir } from './fixtures/store-dir.js';

const write: OpenStoreOptions = { mode: 'write', now: new Date('2025-03-02T09:00:00Z'), timeZone: 'UTC' };
const read: OpenStoreOptions = { ...write, mode: 'read' };

const logFile = (dir: string) => path.join(dir, 'reviews.jsonl');
const snapshotFile = (dir: string) => path.join(dir, LOG_SNAPSHOT_FILE);

/** A store with deck n1..n4 and `answers` answers (one undone), then closed. */
async function storeWithAnswers(dir: string, answers = 3): Promise<void> {
  const store = await openStore(dir, write);
  await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }, { id: 'n4' }]));
  for (let i = 0; i < answers; i += 1) {
    await store.record(answerOf(store, `n${(i % 4) + 1}.1`, { at: `2025-03-02T10:0${i}:00.000Z` }));
  }
  const last = await store.record(answerOf(store, 'n4.1', { at: '2025-03-02T10:09:00.000Z', quality: 2 }));
  await store.undo(last.seq, '2025-03-02T10:09:30.000Z');
  await store.close();
}

/** Save the index of the store's log as a writer does on close (any size). */
async function saveSnapshot(dir: string): Promise<void> {
  const log = await ReviewLog.load(dir);
  await log.saveSnapshot(0);
  await log.close();
}

/** What an open shows: every answer and every card's progress. */
async function view(dir: string, options = read): Promise<{ answers: unknown; progress: unknown }> {
  const store = await openStore(dir, options);
  try {
    return { answers: store.answers(), progress: store.progress() };
  } finally {
    await store.close();
  }
}

function snapshotOnDisk(dir: string) {
  return decodeLogSnapshot(readFileSync(snapshotFile(dir)));
}

/**
 * Rename the day of every answer in the saved index only (a forgery no writer makes), so that
 * a day filter shows whether an open took its index from the snapshot or from the log.
 */
function markSnapshot(dir: string): void {
  const snapshot = snapshotOnDisk(dir)!;
  const columns = snapshot.index.toColumns();
  const marked = { ...columns, dayNames: columns.dayNames.map(() => '2099-01-01') };
  writeFileSync(snapshotFile(dir), encodeLogSnapshot(marked, snapshot.logBytes, snapshot.logCrc));
}

async function answersOnMarkedDay(dir: string): Promise<number> {
  const store = await openStore(dir, read);
  try {
    return store.answers({ day: '2099-01-01' }).length;
  } finally {
    await store.close();
  }
}

async function refusal(dir: string): Promise<UserError> {
  const error = await openStore(dir, write).then(
    async (store: Store) => {
      await store.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('a snapshot of the log index', () => {
  test('describes the whole log: its length and CRC32, and an index equal to a full scan', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    const fullScan = await view(dir);
    await saveSnapshot(dir);
    const log = readFileSync(logFile(dir));
    const snapshot = snapshotOnDisk(dir)!;
    expect(snapshot.logBytes).toBe(log.length);
    expect(snapshot.logCrc).toBe(crc32(log));
    expect(await view(dir)).toEqual(fullScan);
  });

  test('is what the next open uses while the log still begins with the bytes it describes', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    await saveSnapshot(dir);
    markSnapshot(dir);
    expect(await answersOnMarkedDay(dir)).toBe(3);
    appendFileSync(logFile(dir), '{"type":"answer","seq":6,"cardId":"n2'); // a torn tail does not matter
    expect(await answersOnMarkedDay(dir)).toBe(3);
  });

  test('is not used once a byte under it changed', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    await saveSnapshot(dir);
    markSnapshot(dir);
    writeFileSync(logFile(dir), readFileSync(logFile(dir), 'utf8').replace('"ms":1500', '"ms":1501'));
    expect(await answersOnMarkedDay(dir)).toBe(0);
  });

  test('answers appended after it are parsed from the log and the snapshot is brought up to date', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    await saveSnapshot(dir);
    const store = await openStore(dir, write);
    const next = await store.record(answerOf(store, 'n2.1', { at: '2025-03-02T11:00:00.000Z' }));
    expect(next.seq).toBe(6);
    await store.close();
    const withSnapshot = await view(dir);
    expect(withSnapshot.answers).toContainEqual(next);
    await saveSnapshot(dir);
    expect(snapshotOnDisk(dir)!.logBytes).toBe(readFileSync(logFile(dir)).length);
    expect(await view(dir)).toEqual(withSnapshot);
  });

  test('a corrupt snapshot is ignored: the log is read in full, and the snapshot rebuilt', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    const fullScan = await view(dir);
    await saveSnapshot(dir);
    const bytes = readFileSync(snapshotFile(dir));
    bytes[bytes.length - 3]! ^= 0xff;
    writeFileSync(snapshotFile(dir), bytes);
    expect(decodeLogSnapshot(bytes)).toBeNull();
    expect(await view(dir)).toEqual(fullScan);
    await saveSnapshot(dir);
    expect(snapshotOnDisk(dir)!.logCrc).toBe(crc32(readFileSync(logFile(dir))));
  });

  test('a truncated or foreign file in its place is ignored', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    const fullScan = await view(dir);
    await saveSnapshot(dir);
    writeFileSync(snapshotFile(dir), readFileSync(snapshotFile(dir)).subarray(0, 30));
    expect(await view(dir)).toEqual(fullScan);
    writeFileSync(snapshotFile(dir), '{"not":"a snapshot"}');
    expect(await view(dir)).toEqual(fullScan);
  });

  test('a stale snapshot of another, longer log (a restore, a copied store) is ignored', async () => {
    const long = tempStorageDir();
    await storeWithAnswers(long, 3);
    await saveSnapshot(long);
    const short = tempStorageDir();
    await storeWithAnswers(short, 1);
    const fullScan = await view(short);
    copyFileSync(snapshotFile(long), snapshotFile(short));
    expect(await view(short)).toEqual(fullScan);
  });

  test('a snapshot of a log whose bytes differ under it is ignored, even when the log is longer', async () => {
    const a = tempStorageDir();
    await storeWithAnswers(a, 1);
    await saveSnapshot(a);
    const b = tempStorageDir();
    await storeWithAnswers(b, 3);
    expect(readFileSync(logFile(b)).length).toBeGreaterThan(snapshotOnDisk(a)!.logBytes);
    const fullScan = await view(b);
    copyFileSync(snapshotFile(a), snapshotFile(b));
    expect(await view(b)).toEqual(fullScan);
  });

  test('a log line broken under the snapshot is still found and the store refused', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    await saveSnapshot(dir);
    const before = readFileSync(logFile(dir), 'utf8');
    writeFileSync(logFile(dir), before.replace('"quality":4', '"quality":9'));
    expect((await refusal(dir)).message).toMatch(/reviews\.jsonl line 1 has a bad field quality/);
  });

  test('a line removed under the snapshot is found as damage too', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    await saveSnapshot(dir);
    const lines = readFileSync(logFile(dir), 'utf8').split('\n');
    writeFileSync(logFile(dir), [lines[0], ...lines.slice(2)].join('\n'));
    expect((await refusal(dir)).message).toMatch(/reviews\.jsonl line 2 has seq 3/);
  });

  test('a well-formed edit under the snapshot is not hidden by it: the open shows the log as it is now', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    await saveSnapshot(dir);
    const before = readFileSync(logFile(dir), 'utf8');
    writeFileSync(logFile(dir), before.replace('"ms":1500', '"ms":1700'));
    const { answers } = await view(dir);
    expect((answers as Array<{ ms: number }>)[0]!.ms).toBe(1700);
  });

  test('a torn last line after the snapshot is ignored by a reader, cut by a writer, and seqs continue', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    await saveSnapshot(dir);
    const whole = readFileSync(logFile(dir));
    const fullScan = await view(dir);
    appendFileSync(logFile(dir), '{"type":"answer","seq":6,"cardId":"n2');
    expect(await view(dir)).toEqual(fullScan);
    const store = await openStore(dir, write);
    expect(readFileSync(logFile(dir))).toEqual(whole);
    const next = await store.record(answerOf(store, 'n2.1', { at: '2025-03-02T11:00:00.000Z' }));
    expect(next.seq).toBe(6);
    await store.close();
    await saveSnapshot(dir);
    expect(snapshotOnDisk(dir)!.logCrc).toBe(crc32(readFileSync(logFile(dir))));
  });

  test('a whole last line missing its newline after the snapshot is kept, ended, and counted in the next snapshot', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    await saveSnapshot(dir);
    const store = await openStore(dir, write);
    const extra = { ...answerOf(store, 'n3.1', { at: '2025-03-02T11:00:00.000Z' }), seq: 6 };
    await store.close();
    appendFileSync(logFile(dir), JSON.stringify(extra));
    const log = await ReviewLog.load(dir);
    expect(log.lastSeq).toBe(6);
    await log.repairTail();
    await log.saveSnapshot(0);
    await log.close();
    const bytes = readFileSync(logFile(dir));
    expect(bytes.at(-1)).toBe(0x0a);
    expect(snapshotOnDisk(dir)).toMatchObject({ logBytes: bytes.length, logCrc: crc32(bytes) });
    expect((await view(dir)).answers).toContainEqual(extra);
  });

  test('a reader never writes a snapshot', async () => {
    const dir = tempStorageDir();
    await storeWithAnswers(dir);
    const reader = await openStore(dir, read);
    await reader.close();
    expect(() => readFileSync(snapshotFile(dir))).toThrow(/ENOENT/);
  });
});

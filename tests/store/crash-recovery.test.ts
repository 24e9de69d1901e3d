import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openStore, type OpenStoreOptions } from '../../src/store/open-store.js';
import { answerOf, makeDeck } from './fixtures/make-deck.js';
import { filesUnder, tempStorageDir } from './fixtures/store-dir.js';

const write: OpenStoreOptions = { mode: 'write', now: new Date('2025-03-02T09:00:00Z'), timeZone: 'UTC' };
const read: OpenStoreOptions = { ...write, mode: 'read' };

/** A store with deck n1..n3 and one answer (seq 1) on n1.1. */
async function storeWithOneAnswer(dir: string) {
  const store = await openStore(dir, write);
  await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }]));
  const first = await store.record(answerOf(store, 'n1.1'));
  const next = answerOf(store, 'n2.1', { at: '2025-03-02T10:01:00.000Z' });
  await store.close();
  return { first, next };
}

const progressFile = (dir: string) => path.join(dir, 'progress', 'deckA.json');
const logFile = (dir: string) => path.join(dir, 'reviews.jsonl');

describe('a crash between appending an answer and rewriting its progress file', () => {
  test('is repaired on the next open for writing: the answer is applied and saved', async () => {
    const dir = tempStorageDir();
    const { next } = await storeWithOneAnswer(dir);
    appendFileSync(logFile(dir), JSON.stringify({ ...next, seq: 2 }) + '\n');

    const store = await openStore(dir, write);
    expect(store.progressOf('n2.1')).toMatchObject({ repetitions: 1, reviews: 1, lastReviewed: next.at });
    await store.close();
    const saved = JSON.parse(readFileSync(progressFile(dir), 'utf8'));
    expect(saved.appliedSeq).toBe(2);
    expect(saved.cards['n2.1'].reviews).toBe(1);
  });

  test('is seen by a reader without writing anything', async () => {
    const dir = tempStorageDir();
    const { next } = await storeWithOneAnswer(dir);
    appendFileSync(logFile(dir), JSON.stringify({ ...next, seq: 2 }) + '\n');
    const before = filesUnder(dir);
    const store = await openStore(dir, read);
    expect(store.progressOf('n2.1')).toMatchObject({ repetitions: 1 });
    await store.close();
    expect(filesUnder(dir)).toEqual(before);
  });

  test('an undo left in the log alone is replayed too', async () => {
    const dir = tempStorageDir();
    const { first } = await storeWithOneAnswer(dir);
    appendFileSync(logFile(dir), JSON.stringify({ type: 'undo', seq: 2, undoes: first.seq, at: '2025-03-02T10:02:00.000Z' }) + '\n');
    const store = await openStore(dir, write);
    expect(store.progressOf('n1.1')).toMatchObject({ repetitions: 0, reviews: 0, lastReviewed: null, due: null });
    expect(store.answers()).toEqual([]);
    await store.close();
  });
});

describe('a torn last line of the log (killed mid-append)', () => {
  test('is ignored when reading, without touching the file', async () => {
    const dir = tempStorageDir();
    const { first, next } = await storeWithOneAnswer(dir);
    appendFileSync(logFile(dir), JSON.stringify({ ...next, seq: 2 }).slice(0, 40));
    const before = filesUnder(dir);
    const store = await openStore(dir, read);
    expect(store.answers()).toEqual([first]);
    await store.close();
    expect(filesUnder(dir)).toEqual(before);
  });

  test('is cut off, and only it, when opening for writing; seqs continue from the last whole line', async () => {
    const dir = tempStorageDir();
    const { first } = await storeWithOneAnswer(dir);
    const whole = readFileSync(logFile(dir));
    appendFileSync(logFile(dir), '{"type":"answer","seq":2,"cardId":"n2');
    const store = await openStore(dir, write);
    expect(readFileSync(logFile(dir))).toEqual(whole);
    const second = await store.record(answerOf(store, 'n2.1'));
    expect(second.seq).toBe(2);
    expect(store.answers()).toEqual([first, second]);
    await store.close();
  });

  test('a whole last entry that only lacks its newline is kept and completed', async () => {
    const dir = tempStorageDir();
    const { next } = await storeWithOneAnswer(dir);
    appendFileSync(logFile(dir), JSON.stringify({ ...next, seq: 2 }));
    const store = await openStore(dir, write);
    expect(store.answers().map((a) => a.seq)).toEqual([1, 2]);
    await store.close();
    expect(readFileSync(logFile(dir), 'utf8').endsWith('}\n')).toBe(true);
  });

  test('a bad line followed by good ones is damage, not a torn tail', async () => {
    const dir = tempStorageDir();
    const { next } = await storeWithOneAnswer(dir);
    const lines = readFileSync(logFile(dir), 'utf8');
    writeFileSync(logFile(dir), '{"type":"answer","se\n' + lines.replace('"seq":1', '"seq":2') + JSON.stringify({ ...next, seq: 3 }) + '\n');
    await expect(openStore(dir, write)).rejects.toThrow(/reviews\.jsonl line 1 is not a complete JSON entry/);
  });
});

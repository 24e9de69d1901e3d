import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { saveDeckFile } from '../../src/deck/deck-file.js';
import { openStore, type OpenStoreOptions } from '../../src/store/open-store.js';
import { answerOf, makeDeck } from './fixtures/make-deck.js';
import { filesUnder, tempStorageDir } from './fixtures/store-dir.js';

const write: OpenStoreOptions = { mode: 'write', now: new Date('2025-03-02T09:00:00Z'), timeZone: 'UTC' };
const read: OpenStoreOptions = { mode: 'read', now: new Date('2025-03-02T09:00:00Z'), timeZone: 'UTC' };

describe('syncDeck', () => {
  test('registers every card of a new deck as a new card', async () => {
    const store = await openStore(tempStorageDir(), write);
    const result = await store.syncDeck(makeDeck('deckA', [{ id: 'n1', cards: 2 }, { id: 'n2' }]));
    expect(result).toEqual({ added: 3, retired: 0 });
    expect(store.progressOf('n1.2')).toEqual({
      cardId: 'n1.2', deckId: 'deckA', noteId: 'n1', ord: 2,
      repetitions: 0, easiness: 2.5, interval: 0, due: null, lapses: 0,
      reviews: 0, lastReviewed: null, suspended: false,
    });
    await store.close();
  });

  test('suspends the cards of retired and vanished notes, keeps their history, and unsuspends a returning note', async () => {
    const dir = tempStorageDir();
    const store = await openStore(dir, write);
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }]));
    await store.record(answerOf(store, 'n1.1'));
    const again = await store.syncDeck(makeDeck('deckA', [{ id: 'n1', retiredAt: '2025-03-02T09:00:00Z' }, { id: 'n2' }]));
    expect(again).toEqual({ added: 0, retired: 2 });
    expect(store.progressOf('n1.1')).toMatchObject({ suspended: true, reviews: 1 });
    expect(store.progressOf('n3.1')).toMatchObject({ suspended: true });
    expect(store.answers({ cardId: 'n1.1' })).toHaveLength(1);
    const back = await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }]));
    expect(back).toEqual({ added: 0, retired: 0 });
    expect(store.progressOf('n1.1')).toMatchObject({ suspended: false, reviews: 1 });
    await store.close();
  });

  test('a deck id that could name a path outside the storage dir is refused', async () => {
    const store = await openStore(tempStorageDir(), write);
    await expect(store.syncDeck(makeDeck('../escape', [{ id: 'n1' }]))).rejects.toMatchObject({ name: 'UserError' });
    await store.close();
  });
});

describe('record and undo', () => {
  test('an answer recorded is there, with its seq, in a new store instance', async () => {
    const dir = tempStorageDir();
    const store = await openStore(dir, write);
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    const entry = await store.record(answerOf(store, 'n1.1', { at: '2025-03-02T10:00:00.000Z' }));
    expect(entry.seq).toBe(1);
    await store.close();

    const reopened = await openStore(dir, write);
    expect(reopened.answers()).toEqual([entry]);
    expect(reopened.progressOf('n1.1')).toMatchObject({ repetitions: 1, interval: 1, due: '2025-03-09', reviews: 1, lastReviewed: '2025-03-02T10:00:00.000Z' });
    await reopened.close();
  });

  test('a same-day repeat changes the schedule but is not counted as a review', async () => {
    const store = await openStore(tempStorageDir(), write);
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    await store.record(answerOf(store, 'n1.1', { at: '2025-03-02T10:00:00.000Z' }));
    await store.record(answerOf(store, 'n1.1', { at: '2025-03-02T10:05:00.000Z', source: 'repeat', interval: 1 }));
    expect(store.progressOf('n1.1')).toMatchObject({ repetitions: 2, reviews: 1, lastReviewed: '2025-03-02T10:00:00.000Z' });
    await store.close();
  });

  test('undo restores the card as it was before the answer, and the answer leaves answers()', async () => {
    const dir = tempStorageDir();
    const store = await openStore(dir, write);
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    const first = await store.record(answerOf(store, 'n1.1', { at: '2025-03-02T10:00:00.000Z' }));
    const before = store.progressOf('n1.1');
    const second = await store.record(answerOf(store, 'n1.1', { at: '2025-03-03T10:00:00.000Z' }));
    await store.undo(second.seq, '2025-03-03T10:00:05.000Z');
    expect(store.progressOf('n1.1')).toEqual(before);
    expect(store.answers()).toEqual([first]);
    await store.close();

    const reopened = await openStore(dir, read);
    expect(reopened.progressOf('n1.1')).toEqual(before);
    expect(reopened.answers()).toEqual([first]);
    const log = readFileSync(path.join(dir, 'reviews.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(log[2]!)).toEqual({ type: 'undo', seq: 3, undoes: 2, at: '2025-03-03T10:00:05.000Z' });
  });

  test('an answer that is not its card’s latest cannot be undone', async () => {
    const store = await openStore(tempStorageDir(), write);
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    const first = await store.record(answerOf(store, 'n1.1'));
    await store.record(answerOf(store, 'n1.1'));
    await expect(store.undo(first.seq, '2025-03-02T10:01:00.000Z')).rejects.toThrow(/not its card's latest answer/);
    await store.close();
  });

  test('answers() filters by day, deck and card', async () => {
    const store = await openStore(tempStorageDir(), write);
    await store.syncDeck(makeDeck('deckA', [{ id: 'a1' }, { id: 'a2' }]));
    await store.syncDeck(makeDeck('deckB', [{ id: 'b1' }], 'Other'));
    await store.record(answerOf(store, 'a1.1', { at: '2025-03-01T10:00:00.000Z' }));
    await store.record(answerOf(store, 'a2.1', { at: '2025-03-02T10:00:00.000Z' }));
    await store.record(answerOf(store, 'b1.1', { at: '2025-03-02T11:00:00.000Z' }));
    expect(store.answers({ day: '2025-03-02' }).map((a) => a.cardId)).toEqual(['a2.1', 'b1.1']);
    expect(store.answers({ deckId: 'deckA' }).map((a) => a.cardId)).toEqual(['a1.1', 'a2.1']);
    expect(store.answers({ cardId: 'b1.1', day: '2025-03-02' }).map((a) => a.seq)).toEqual([3]);
    expect(store.answers({ day: '2024-01-01' })).toEqual([]);
    await store.close();
  });

  test('writes issued together are applied one after another, in order', async () => {
    const store = await openStore(tempStorageDir(), write);
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }, { id: 'n3' }]));
    const entries = await Promise.all(['n1.1', 'n2.1', 'n3.1'].map((id) => store.record(answerOf(store, id))));
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    await store.close();
  });
});

describe('read mode', () => {
  test('a missing storage dir reads as an empty store and is not created', async () => {
    const dir = tempStorageDir();
    const store = await openStore(dir, read);
    expect(store.progress()).toEqual([]);
    expect(store.answers()).toEqual([]);
    await store.close();
    expect(existsSync(dir)).toBe(false);
  });

  test('reading writes nothing and refuses to record', async () => {
    const dir = tempStorageDir();
    const writer = await openStore(dir, write);
    await writer.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    await writer.record(answerOf(writer, 'n1.1'));
    await writer.close();
    const before = filesUnder(dir);
    const reader = await openStore(dir, read);
    expect(reader.progress()).toHaveLength(1);
    await expect(reader.record(answerOf(reader, 'n1.1'))).rejects.toThrow(/read-only/);
    await reader.close();
    expect(filesUnder(dir)).toEqual(before);
  });
});

describe('storage or decks that are not folders', () => {
  test('storage that is a file (or under a file) is said plainly, not EEXIST or ENOTDIR, and nothing is written', async () => {
    const root = path.dirname(tempStorageDir());
    mkdirSync(root, { recursive: true });
    const file = path.join(root, 'storage-file');
    writeFileSync(file, 'not a store');
    for (const mode of ['read', 'write'] as const) {
      await expect(openStore(file, { mode, now: new Date() })).rejects.toThrow(
        `briefdeck: storage "${file}" is a file, not a folder — give --storage a folder (or move the file aside)`,
      );
    }
    await expect(openStore(path.join(file, 'inner'), { mode: 'write', now: new Date() })).rejects.toThrow(/above storage .* is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('not a store');
  });

  test('a decks folder that is a file is said plainly', async () => {
    const root = path.dirname(tempStorageDir());
    mkdirSync(root, { recursive: true });
    const file = path.join(root, 'decks');
    writeFileSync(file, '');
    await expect(saveDeckFile(file, { ...makeDeck('deckA', [{ id: 'n1' }]), slug: 'a' })).rejects.toThrow(
      `briefdeck: cannot write a deck in "${file}": it (or a folder above it) is a file, not a folder — give --decks-dir a folder; nothing was written`,
    );
  });
});

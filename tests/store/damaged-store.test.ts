import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openStore, type OpenStoreOptions } from '../../src/store/open-store.js';
import { answerOf, makeDeck } from './fixtures/make-deck.js';
import { filesUnder, tempStorageDir } from './fixtures/store-dir.js';

const day1: OpenStoreOptions = { mode: 'write', now: new Date('2025-03-01T09:00:00Z'), timeZone: 'UTC' };
const day2: OpenStoreOptions = { ...day1, now: new Date('2025-03-02T09:00:00Z') };

/** A store with two answers, opened on two days, so a backup of 2025-03-02 exists. */
async function goodStoreWithBackup(): Promise<string> {
  const dir = tempStorageDir();
  const first = await openStore(dir, day1);
  await first.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }]));
  await first.record(answerOf(first, 'n1.1'));
  await first.close();
  const second = await openStore(dir, day2);
  await second.record(answerOf(second, 'n2.1'));
  await second.close();
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string | null): void {
  const full = path.join(dir, file);
  const next = change(readFileSync(full, 'utf8'));
  if (next === null) rmSync(full);
  else writeFileSync(full, next);
}

async function refusal(dir: string): Promise<UserError> {
  const error = await openStore(dir, { ...day2, now: new Date('2025-03-03T09:00:00Z') }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

const damages: Array<[string, string, (text: string) => string | null, RegExp]> = [
  ['truncated meta', 'meta.json', (t) => t.slice(0, t.length / 2), /meta\.json is not valid JSON/],
  ['meta that is not JSON', 'meta.json', () => 'decks: deckA\n', /meta\.json is not valid JSON/],
  ['meta of the wrong shape', 'meta.json', () => '{"schema":1,"createdAt":"2025-03-01T09:00:00.000Z","decks":[]}', /meta\.json has a bad field decks/],
  ['an empty meta', 'meta.json', () => '', /meta\.json is empty/],
  ['a missing meta beside review history', 'meta.json', () => null, /meta\.json is missing, but the store holds review history/],
  ['a truncated progress file', 'progress/deckA.json', (t) => t.slice(0, 100), /progress\/deckA\.json is not valid JSON/],
  ['a hand-edited progress file', 'progress/deckA.json', (t) => t.replace('"easiness":2.5', '"easiness":"2.5"'), /progress\/deckA\.json has a bad field cards\.n\d\.1\.easiness/],
  ['a missing progress file', 'progress/deckA.json', () => null, /progress\/deckA\.json is missing \(meta\.json lists deck deckA\)/],
  ['a corrupt line in the middle of the log', 'reviews.jsonl', (t) => t.replace('"quality":4', '"quality":9'), /reviews\.jsonl line 1 has a bad field quality/],
  ['a log line removed', 'reviews.jsonl', (t) => t.split('\n').slice(1).join('\n'), /reviews\.jsonl line 1 has seq 2/],
  ['a deleted log', 'reviews.jsonl', () => null, /reviews\.jsonl ends at seq 0, but progress\/deckA\.json has applied answers up to seq 2/],
];

describe('a damaged store is refused and left exactly as it was', () => {
  test.each(damages)('%s', async (_name, file, change, problem) => {
    const dir = await goodStoreWithBackup();
    edit(dir, file, change);
    const before = filesUnder(dir);
    const error = await refusal(dir);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(problem);
    expect(error.message).toContain(path.join(dir, file));
    expect(error.message).toMatch(/newest good backup: 2025-03-02 — restore it with: briefdeck restore 2025-03-02 --storage /);
    expect(error.message).not.toContain('\n');
    expect(filesUnder(dir)).toEqual(before);
  });

  test('with no backup yet, the message says so', async () => {
    const dir = tempStorageDir();
    const store = await openStore(dir, day1);
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    await store.close();
    edit(dir, 'meta.json', () => '{');
    const error = await refusal(dir);
    expect(error.message).toMatch(/no good backup exists/);
  });

  test('reading a damaged store is refused too', async () => {
    const dir = await goodStoreWithBackup();
    edit(dir, 'progress/deckA.json', () => '[]');
    await expect(openStore(dir, { ...day2, mode: 'read' })).rejects.toThrow(/progress\/deckA\.json has a bad/);
  });
});

describe('a store written by a newer briefdeck', () => {
  test.each([
    ['meta.json', /meta\.json was written by a newer briefdeck .*; upgrade briefdeck$/],
    ['progress/deckA.json', /progress\/deckA\.json was written by a newer briefdeck .*; upgrade briefdeck$/],
  ])('%s with a schema newer than this briefdeck knows is refused and left as it was', async (file, message) => {
    const dir = await goodStoreWithBackup();
    edit(dir, file, (t) => t.replace(/"schema": ?\d/, '"schema":3'));
    const before = filesUnder(dir);
    const error = await refusal(dir);
    expect(error.message).toMatch(message);
    expect(error.exitCode).toBe(1);
    expect(filesUnder(dir)).toEqual(before);
  });
});

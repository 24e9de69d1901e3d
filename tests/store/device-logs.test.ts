// Other machines' logs in log/<device>.jsonl: replayed with this store's own answers.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import { answerCard } from '../../src/schedule/answer-card.js';
import { newCardSchedule, type ReviewLogEntry } from '../../src/schedule/types.js';
import { writeDeviceLogs } from '../../src/store/device-logs.js';
import { openStore } from '../../src/store/open-store.js';
import { makeDeck } from './fixtures/make-deck.js';
import { filesUnder, tempStorageDir } from './fixtures/store-dir.js';

const open = (dir: string, mode: 'read' | 'write' = 'write') => openStore(dir, { mode, now: new Date('2025-03-03T09:00:00Z'), timeZone: 'UTC' });

/** An answer another machine made to a new card, as its log line. */
function otherMachineAnswer(seq: number, cardId: string, at: string): ReviewLogEntry {
  const before = newCardSchedule();
  return { type: 'answer', seq, cardId, deckId: 'deckA', at, day: at.slice(0, 10), quality: 5, before, after: answerCard(before, 5, at.slice(0, 10)), ms: 800, source: 'review' };
}

async function storeWithDeck(): Promise<string> {
  const dir = tempStorageDir();
  const store = await open(dir);
  await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }]));
  await store.close();
  mkdirSync(path.join(dir, 'log'));
  return dir;
}

test("another machine's answers set this store's schedule, in reading and in writing", async () => {
  const dir = await storeWithDeck();
  const theirs = otherMachineAnswer(1, 'n1.1', '2025-03-02T08:00:00.000Z');
  writeFileSync(path.join(dir, 'log', 'otherMachine1.jsonl'), `${JSON.stringify(theirs)}\n`);
  for (const mode of ['read', 'write'] as const) {
    const store = await open(dir, mode);
    expect(store.progressOf('n1.1')).toMatchObject({ ...theirs.after, reviews: 1, lastReviewed: theirs.at });
    expect(store.progressOf('n2.1')).toMatchObject({ ...newCardSchedule(), reviews: 0 });
    expect(store.answers().map((a) => [a.cardId, a.at])).toEqual([['n1.1', theirs.at]]);
    await store.close();
  }
});

test("a damaged copy of another machine's log is refused in one line saying how to fetch it again; nothing is written", async () => {
  const dir = await storeWithDeck();
  writeFileSync(path.join(dir, 'log', 'otherMachine1.jsonl'), '{"type":"answer","seq":1}\n');
  const before = filesUnder(dir);
  const error = await open(dir).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  const file = path.join(dir, 'log', 'otherMachine1.jsonl');
  expect((error as UserError).message).toMatch(
    new RegExp(`^briefdeck: ${file} line 1 has a bad field cardId: .*; nothing was written — it is a copy of another machine's log: remove it and run briefdeck sync to fetch it again$`),
  );
  expect(filesUnder(dir)).toEqual(before);
});

test('a log changed after sync checked it is checked again in full: a hand edit is found', async () => {
  const dir = await storeWithDeck();
  const good = `${JSON.stringify(otherMachineAnswer(1, 'n1.1', '2025-03-02T08:00:00.000Z'))}\n`;
  await writeDeviceLogs(dir, new Map([['otherMachine1', good]]));
  const store = await open(dir, 'read');
  expect(store.answers()).toHaveLength(1);
  await store.close();
  // An easiness no scheduler gives, the line's length kept: only its CRC tells.
  writeFileSync(path.join(dir, 'log', 'otherMachine1.jsonl'), good.replace('"easiness":2.6', '"easiness":0.6'));
  await expect(open(dir, 'read')).rejects.toThrow(/otherMachine1\.jsonl line 1 has a bad field after\.easiness/);
});

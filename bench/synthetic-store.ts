// Synthetic stores for the benches: N cards in 100-card decks with a log of 10 answers per
// card (1M entries at 100k cards), written straight to disk as years of record() calls would
// leave them. Also the one synthetic answer the benches record against such a store.
import { closeSync, createWriteStream, fsyncSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import type { ReviewLogEntry } from '../src/schedule/types.js';
import type { Store } from '../src/store/store-api.js';

export const CARDS_PER_DECK = 100;
export const ANSWERS_PER_CARD = 10;

export const deckIdOf = (d: number): string => `deck${String(d).padStart(6, '0')}`;
export const cardIdOf = (d: number, c: number): string => `${deckIdOf(d)}n${c}.1`;

const SNAPSHOT = { repetitions: 3, easiness: 2.5, interval: 16, due: '2025-06-10', lapses: 0 };

/** Write a store of `cards` cards to `dir` (replacing it). Returns the number of log entries. */
export async function generateStore(dir: string, cards: number): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'progress'), { recursive: true });
  const deckCount = Math.ceil(cards / CARDS_PER_DECK);
  const entries = cards * ANSWERS_PER_CARD;
  const log = createWriteStream(path.join(dir, 'reviews.jsonl'));
  const lastSeqOfDeck = new Array<number>(deckCount).fill(0);
  let chunk = '';
  for (let seq = 1; seq <= entries; seq += 1) {
    const d = (seq * 7919) % deckCount;
    const c = seq % CARDS_PER_DECK;
    const at = new Date(Date.UTC(2024, 0, 1) + seq * 60_000).toISOString();
    const entry: ReviewLogEntry = { type: 'answer', seq, cardId: cardIdOf(d, c), deckId: deckIdOf(d), at, day: at.slice(0, 10), quality: 4, before: SNAPSHOT, after: SNAPSHOT, ms: 2500, source: 'review' };
    chunk += JSON.stringify(entry) + '\n';
    lastSeqOfDeck[d] = seq;
    if (chunk.length > 1 << 20) {
      if (!log.write(chunk)) await once(log, 'drain');
      chunk = '';
    }
  }
  log.end(chunk);
  await once(log, 'finish');
  const decks: Record<string, { name: string; slug: string }> = {};
  for (let d = 0; d < deckCount; d += 1) {
    const deckId = deckIdOf(d);
    decks[deckId] = { name: `Deck ${d}`, slug: `deck-${d}` };
    const progress: Record<string, unknown> = {};
    for (let c = 0; c < CARDS_PER_DECK && d * CARDS_PER_DECK + c < cards; c += 1) {
      const cardId = cardIdOf(d, c);
      progress[cardId] = { cardId, deckId, noteId: `${deckId}n${c}`, ord: 1, ...SNAPSHOT, reviews: ANSWERS_PER_CARD, lastReviewed: '2025-05-01T10:00:00.000Z', suspended: false, retired: false };
    }
    writeFileSync(path.join(dir, 'progress', `${deckId}.json`), JSON.stringify({ schema: 1, deckId, appliedSeq: lastSeqOfDeck[d], cards: progress }));
  }
  writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ schema: 2, createdAt: '2024-01-01T00:00:00.000Z', deviceId: 'benchDevice1', decks }));
  // Else the first measured fsync of the log would write out the whole generated log.
  const fd = openSync(path.join(dir, 'reviews.jsonl'), 'r');
  fsyncSync(fd);
  closeSync(fd);
  return entries;
}

/** The card the i-th synthetic answer goes to: spread over the whole store. */
export function syntheticCardId(i: number, cards: number): string {
  const n = (i * 104729) % cards;
  return cardIdOf(Math.floor(n / CARDS_PER_DECK), n % CARDS_PER_DECK);
}

/** Record the i-th synthetic answer durably; returns how long record() took (ms). */
export async function recordSyntheticAnswer(store: Store, i: number, now: Date, cards = store.progress().length): Promise<number> {
  const cardId = syntheticCardId(i, cards);
  const card = store.progressOf(cardId);
  if (!card) throw new Error(`bench: no card ${cardId}`);
  const { repetitions, easiness, interval, due, lapses } = card;
  const at = new Date(now.getTime() + i * 1000).toISOString();
  const started = performance.now();
  await store.record({
    type: 'answer', cardId, deckId: card.deckId, at, day: at.slice(0, 10), quality: 4,
    before: { repetitions, easiness, interval, due, lapses },
    after: { repetitions: repetitions + 1, easiness, interval: interval * 2, due: '2025-07-01', lapses },
    ms: 2000, source: 'review',
  });
  return performance.now() - started;
}

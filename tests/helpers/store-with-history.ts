// A store whose log holds weeks of daily reviews of one deck: SM-2 schedules, a seeded learner
// answers (recalling a card 1 − days/(days + 4·reviews) of the time). For commands that read a
// long history (briefdeck fit).
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Deck } from '../../src/deck/types.js';
import { createSeededRandom } from '../../src/quiz/seeded-random.js';
import { answerCard } from '../../src/schedule/answer-card.js';
import { addDays, daysBetween } from '../../src/schedule/calendar.js';
import { newCardSchedule, type Quality, type ReviewLogEntry } from '../../src/schedule/types.js';
import { openStore } from '../../src/store/open-store.js';

export function historyDeck(notes: number): Deck {
  return {
    schema: 1,
    id: 'historydeck',
    name: 'History deck',
    slug: 'history-deck',
    source: { title: 'Many facts', sha256: '2'.repeat(64), dateline: null },
    generatedAt: '2026-01-01T00:00:00.000Z',
    notes: Array.from({ length: notes }, (_, i) => ({
      id: `hnote${String(i).padStart(3, '0')}`,
      fingerprint: `h${i}`,
      kind: 'number' as const,
      cardKinds: ['number' as const],
      text: `Fact ${i} is {{c1::${i * 3}::number}}.`,
      extra: `Fact ${i}.`,
      section: null,
      tags: [],
    })),
  };
}

/**
 * Append `days` days of reviews of `deck` (every card new on the first day) to the store at
 * `dir`, straight into its log as a crash before the progress files were rewritten would leave
 * it: opening the store replays them (a thousand fsynced record() calls would take seconds).
 */
export async function recordHistory(dir: string, deck: Deck, start: string, days: number, seed = 1): Promise<void> {
  const store = await openStore(dir, { mode: 'write', now: new Date(`${start}T08:00:00Z`), timeZone: 'UTC', command: 'test' });
  let cards: string[];
  try {
    await store.syncDeck(deck);
    cards = store.progress(deck.id).map((p) => p.cardId);
  } finally {
    await store.close();
  }
  const random = createSeededRandom(seed);
  const entries: ReviewLogEntry[] = [];
  const schedule = new Map(cards.map((id) => [id, newCardSchedule()]));
  const lastSeen = new Map<string, string>();
  const reviews = new Map<string, number>();
  const append = (cardId: string, day: string, quality: Quality, source: 'review' | 'repeat'): void => {
    const before = schedule.get(cardId)!;
    const after = source === 'review' ? answerCard(before, quality, day) : before;
    schedule.set(cardId, after);
    entries.push({ type: 'answer', seq: entries.length + 1, cardId, deckId: deck.id, at: `${day}T09:00:00.000Z`, day, quality, before, after, ms: 1500, source });
  };
  for (let d = 0; d < days; d += 1) {
    const day = addDays(start, d);
    for (const cardId of cards) {
      const due = schedule.get(cardId)!.due;
      if (due !== null && due > day) continue;
      const seen = lastSeen.get(cardId);
      const n = reviews.get(cardId) ?? 0;
      const elapsed = seen === undefined ? 0 : daysBetween(seen, day);
      const recalled = seen === undefined ? random() < 0.7 : random() < 1 - elapsed / (elapsed + 4 * (n + 1));
      const quality: Quality = recalled ? ([3, 4, 4, 5] as const)[Math.floor(random() * 4)]! : 1;
      append(cardId, day, quality, 'review');
      // One same-day repeat, graded 4, for a grade below 4 (the session brings it back).
      if (quality < 4) append(cardId, day, 4, 'repeat');
      lastSeen.set(cardId, day);
      reviews.set(cardId, n + 1);
    }
  }
  appendFileSync(join(dir, 'reviews.jsonl'), entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

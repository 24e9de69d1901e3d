/**
 * A month of reviews, answered the way a user would through `briefdeck review` (due cards,
 * then up to `newPerDay` new ones; grades below 4 repeated the same day until a 4), recorded
 * through the real store API so the end-to-end tests read a store as the CLI writes it.
 */
import { cardsOfDeck, type Deck } from '../../src/deck/types.js';
import { answerCard } from '../../src/schedule/answer-card.js';
import { addDays } from '../../src/schedule/calendar.js';
import type { Quality, ScheduleSnapshot } from '../../src/schedule/types.js';
import { openStore } from '../../src/store/open-store.js';

export interface MonthPlan {
  deck: Deck;
  start: string;
  days: number;
  newPerDay: number;
  /** Days (0-based) the user skips. */
  skip: readonly number[];
  /** The grade of a card's k-th scheduled review. */
  grade: (cardId: string, k: number) => Quality;
}

/** Cycling grades: most cards go well; a few are designed to fail again and again (leeches). */
export function defaultGrade(leeches: readonly string[]): (cardId: string, k: number) => Quality {
  const easy: Quality[] = [5, 4, 4, 5, 3, 4, 5, 2, 4, 5];
  return (cardId, k) => {
    if (leeches.includes(cardId)) return k % 2 === 0 ? 4 : 1;
    const seed = [...cardId].reduce((n, c) => (n * 31 + c.charCodeAt(0)) % 1009, 7);
    return easy[(seed + k) % easy.length]!;
  };
}

const snapshot = (p: ScheduleSnapshot): ScheduleSnapshot => {
  const { repetitions, easiness, interval, due, lapses } = p;
  return { repetitions, easiness, interval, due, lapses };
};

export async function simulateMonth(storage: string, plan: MonthPlan): Promise<{ answers: number }> {
  const store = await openStore(storage, { mode: 'write', now: new Date(`${plan.start}T08:00:00Z`), timeZone: 'UTC', command: 'test' });
  let answers = 0;
  try {
    await store.syncDeck(plan.deck);
    const cards = cardsOfDeck(plan.deck).filter((c) => !plan.deck.notes.find((n) => n.id === c.noteId)?.retiredAt);
    const seen = new Map<string, number>();
    for (let d = 0; d < plan.days; d++) {
      if (plan.skip.includes(d)) continue;
      const day = addDays(plan.start, d);
      const due = cards.filter((c) => {
        const p = store.progressOf(c.id)!;
        return p.due !== null && p.due <= day && !p.suspended;
      });
      const fresh = cards.filter((c) => store.progressOf(c.id)!.due === null).slice(0, plan.newPerDay);
      let second = 0;
      const at = (): string => new Date(Date.parse(`${day}T09:00:00Z`) + 20_000 * second++).toISOString();
      for (const card of [...due, ...fresh]) {
        const before = snapshot(store.progressOf(card.id)!);
        const k = seen.get(card.id) ?? 0;
        seen.set(card.id, k + 1);
        const quality = plan.grade(card.id, k);
        const after = answerCard(before, quality, day);
        const base = { type: 'answer' as const, cardId: card.id, deckId: plan.deck.id, day };
        await store.record({ ...base, at: at(), quality, before, after, ms: 4000 + 500 * (k % 5), source: 'review' });
        answers += 1;
        if (quality < 4) {
          await store.record({ ...base, at: at(), quality: 4, before: after, after, ms: 3000, source: 'repeat' });
          answers += 1;
        }
      }
    }
  } finally {
    await store.close();
  }
  return { answers };
}

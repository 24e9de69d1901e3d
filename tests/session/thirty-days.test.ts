/**
 * Thirty days of reviews of a ten-card deck, run the way the shell runs them: build the queue,
 * drive the session reducer, persist each effect. The expectations come from a separate,
 * deliberately plain model of the rules (DESIGN.md, sm2.md), not from the code under test.
 */
import { expect, test } from 'vitest';
import type { Card } from '../../src/deck/types.js';
import { buildTodayQueue } from '../../src/schedule/queue.js';
import type { CardProgress, Quality, ReviewLogEntry } from '../../src/schedule/types.js';
import { currentCard, reduceSession, startReviewSession, type SessionEffect } from '../../src/session/review-session.js';

const START = Date.UTC(2025, 2, 1); // 1 March 2025
const DAYS = 30;
const NEW_LIMIT = 3;
const REVIEW_LIMIT = 4;
const dayString = (d: number): string => new Date(START + d * 86_400_000).toISOString().slice(0, 10);

// Notes n1…n8 have one card each; n9 has two (siblings).
const cards: Card[] = [
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ id: `n${n}.1`, deckId: 'd', noteId: `n${n}`, ord: 1, kind: 'number' as const })),
  { id: 'n9.1', deckId: 'd', noteId: 'n9', ord: 1, kind: 'number' },
  { id: 'n9.2', deckId: 'd', noteId: 'n9', ord: 2, kind: 'number' },
];
/** The grade a card gets at its k-th scheduled review (cycling). Same-day repeats get 3, then 5. */
const patterns: Record<string, Quality[]> = {
  'n1.1': [5],
  'n2.1': [4],
  'n3.1': [3, 4],
  'n4.1': [4, 2, 5],
  'n5.1': [2, 5, 4],
  'n6.1': [5, 3, 1, 4],
  'n7.1': [0, 4, 4, 5],
  'n8.1': [4, 4, 3, 5],
  'n9.1': [5, 4, 2, 5],
  'n9.2': [3],
};

// ---------- the shell, as commands/review would run it ----------

/** Cards in the second session of day 1, which continues the first one. */
let continuedWith = 0;

function simulate(): { progress: Map<string, CardProgress>; log: ReviewLogEntry[] } {
  const progress = new Map<string, CardProgress>();
  const log: ReviewLogEntry[] = []; // effective answers: undone ones are removed
  const sessionsOfDay = (d: number): { quitAfter?: number; undoFirst?: boolean }[] =>
    d === 1 ? [{ quitAfter: 2 }, {}] : d === 7 ? [{ undoFirst: true }] : [{}];

  for (let d = 0; d < DAYS; d++) {
    const today = dayString(d);
    for (const plan of sessionsOfDay(d)) {
      const queue = buildTodayQueue({
        cards,
        progress,
        todayLog: log.filter((e) => e.day === today),
        today,
        newLimit: NEW_LIMIT,
        reviewLimit: REVIEW_LIMIT,
      });
      let state = startReviewSession({ queue, progress, today, startedAt: `${today}T08:00:00Z` });
      if (d === 1 && plan.quitAfter === undefined) continuedWith = state.pending.length;
      let recorded = 0;
      let undone = !plan.undoFirst;
      const apply = (effect: SessionEffect | null): void => {
        if (effect?.type === 'record') {
          const { answer } = effect;
          log.push({ ...answer, seq: log.length + 1 });
          const previous = progress.get(answer.cardId);
          const card = cards.find((c) => c.id === answer.cardId)!;
          progress.set(answer.cardId, {
            cardId: card.id,
            deckId: card.deckId,
            noteId: card.noteId,
            ord: card.ord,
            suspended: false,
            ...answer.after,
            reviews: (previous?.reviews ?? 0) + (answer.source === 'review' ? 1 : 0),
            lastReviewed: answer.at,
          });
          recorded += 1;
        } else if (effect?.type === 'undo') {
          const last = log.pop()!;
          expect(last.cardId).toBe(effect.cardId);
          const previous = progress.get(effect.cardId)!;
          progress.set(effect.cardId, {
            ...previous,
            ...effect.restore,
            reviews: previous.reviews - (last.source === 'review' ? 1 : 0),
          });
        }
      };
      while (state.phase !== 'finished') {
        if (plan.quitAfter !== undefined && recorded === plan.quitAfter) {
          state = reduceSession(state, { type: 'quit' }).state;
          break;
        }
        state = reduceSession(state, { type: 'reveal' }).state;
        const id = currentCard(state)!.card.id;
        const answersToday = log.filter((e) => e.day === today && e.cardId === id);
        const reviewsSoFar = log.filter((e) => e.cardId === id && e.source === 'review').length;
        const pattern = patterns[id]!;
        const quality: Quality =
          answersToday.length === 0 ? pattern[reviewsSoFar % pattern.length]! : answersToday.length === 1 ? 3 : 5;
        const at = `${today}T08:${String(recorded).padStart(2, '0')}:00Z`;
        if (!undone) {
          // A slip: graded 0 by mistake, then undone; the card comes back hidden.
          const slip = reduceSession(state, { type: 'grade', quality: 0, at, ms: 500 });
          apply(slip.effect);
          const back = reduceSession(slip.state, { type: 'undo' });
          apply(back.effect);
          expect([currentCard(back.state)?.card.id, back.state.phase]).toEqual([id, 'question']);
          state = reduceSession(back.state, { type: 'reveal' }).state;
          undone = true;
        }
        const step = reduceSession(state, { type: 'grade', quality, at, ms: 1000 });
        state = step.state;
        apply(step.effect);
      }
    }
  }
  return { progress, log };
}

// ---------- the model: the rules written out plainly ----------

interface ModelCard {
  n: number;
  efHundredths: number;
  interval: number;
  dueDay: number | null;
  lapses: number;
  reviews: number;
}

function model(): { cards: Map<string, ModelCard>; answersPerDay: number[] } {
  const state = new Map(cards.map((c) => [c.id, { n: 0, efHundredths: 250, interval: 0, dueDay: null, lapses: 0, reviews: 0 } as ModelCard]));
  const answersPerDay: number[] = [];
  for (let d = 0; d < DAYS; d++) {
    const notesToday = new Set<string>();
    const take = (candidates: Card[], limit: number): Card[] => {
      const chosen: Card[] = [];
      for (const c of candidates) {
        if (chosen.length < limit && !notesToday.has(c.noteId)) {
          notesToday.add(c.noteId);
          chosen.push(c);
        }
      }
      return chosen;
    };
    const dueCards = cards
      .map((c, index) => ({ c, index, due: state.get(c.id)!.dueDay }))
      .filter((x) => x.due !== null && x.due <= d)
      .sort((x, y) => x.due! - y.due! || x.index - y.index)
      .map((x) => x.c);
    const due = take(dueCards, REVIEW_LIMIT);
    const fresh = take(
      cards.filter((c) => state.get(c.id)!.dueDay === null),
      Math.min(NEW_LIMIT, REVIEW_LIMIT - due.length),
    );
    let answers = 0;
    for (const c of [...due, ...fresh]) {
      const s = state.get(c.id)!;
      const pattern = patterns[c.id]!;
      const q = pattern[s.reviews % pattern.length]!;
      if (q < 3) {
        if (s.n > 0) s.lapses += 1;
        s.n = 0;
        s.interval = 1;
      } else {
        const miss = 5 - q;
        s.efHundredths = Math.max(130, s.efHundredths + 10 - miss * (8 + 2 * miss));
        s.n += 1;
        s.interval = s.n === 1 ? 1 : s.n === 2 ? 6 : Math.ceil((s.interval * s.efHundredths) / 100);
      }
      s.dueDay = d + s.interval;
      s.reviews += 1;
      answers += q < 4 ? 3 : 1; // below 4: two same-day repeats, graded 3 then 5
    }
    answersPerDay.push(answers);
  }
  return { cards: state, answersPerDay };
}

test('thirty days of reviews give exactly the schedule the rules predict', () => {
  const { progress, log } = simulate();
  const expected = model();

  for (const card of cards) {
    const m = expected.cards.get(card.id)!;
    expect(progress.get(card.id), card.id).toMatchObject({
      repetitions: m.n,
      easiness: m.efHundredths / 100,
      interval: m.interval,
      due: m.dueDay === null ? null : dayString(m.dueDay),
      lapses: m.lapses,
      reviews: m.reviews,
    });
  }
  const perDay = Array.from({ length: DAYS }, (_, d) => log.filter((e) => e.day === dayString(d)).length);
  expect(perDay).toEqual(expected.answersPerDay);

  // Anchors worked out by hand: n1 (always 5) is seen on days 0, 1, 7, 24, next due day 74;
  // n2 (always 4) on days 0, 1, 7, 22, next due day 60 (ceil(15 × 2.5) = 38).
  expect(progress.get('n1.1')).toMatchObject({ repetitions: 4, easiness: 2.9, interval: 50, due: dayString(74) });
  expect(progress.get('n2.1')).toMatchObject({ repetitions: 4, easiness: 2.5, interval: 38, due: dayString(60) });
  expect(expected.answersPerDay[0]).toBe(1 + 1 + 3); // n1 5, n2 4, n3 3 (+2 repeats)

  expect(continuedWith).toBeGreaterThan(0);

  // Siblings never share a day; repeats never change a schedule.
  for (let d = 0; d < DAYS; d++) {
    const notes = log.filter((e) => e.day === dayString(d) && e.cardId.startsWith('n9.')).map((e) => e.cardId);
    expect(new Set(notes).size).toBeLessThanOrEqual(1);
  }
  for (const e of log.filter((x) => x.source === 'repeat')) expect(e.after).toEqual(e.before);
  expect(log.every((e) => e.source === 'review' || e.source === 'repeat')).toBe(true);
});

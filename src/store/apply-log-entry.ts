// How one log entry changes a stored card. Shared by record/undo and by the reconcile on
// open, so that replaying the log after a crash gives exactly what answering gave.
import type { AnswerSource, ReviewLogEntry, ScheduleSnapshot } from '../schedule/types.js';
import type { StoredCard } from './store-schema.js';

/** Same-day repeats change the schedule but are not counted as reviews. */
export function countsAsReview(source: AnswerSource): boolean {
  return source !== 'repeat';
}

export function applyAnswer(card: StoredCard, answer: ReviewLogEntry): StoredCard {
  const counted = countsAsReview(answer.source);
  return {
    ...card,
    ...scheduleOf(answer.after),
    reviews: counted ? card.reviews + 1 : card.reviews,
    lastReviewed: counted ? answer.at : card.lastReviewed,
  };
}

/** `lastReviewedBefore`: the time of the card's latest review still in effect, or null. */
export function applyUndo(card: StoredCard, undone: ReviewLogEntry, lastReviewedBefore: string | null): StoredCard {
  const counted = countsAsReview(undone.source);
  return {
    ...card,
    ...scheduleOf(undone.before),
    reviews: counted ? Math.max(0, card.reviews - 1) : card.reviews,
    lastReviewed: counted ? lastReviewedBefore : card.lastReviewed,
  };
}

function scheduleOf(snapshot: ScheduleSnapshot): ScheduleSnapshot {
  const { repetitions, easiness, interval, due, lapses } = snapshot;
  return { repetitions, easiness, interval, due, lapses };
}

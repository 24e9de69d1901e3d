/** Plain review-log entries and progress for hand-computed stats expectations. */
import type { AnswerSource, CardProgress, Quality, ReviewLogEntry, ScheduleSnapshot } from '../../src/schedule/types.js';

let seq = 0;

export const learnt = (interval: number, extra: Partial<ScheduleSnapshot> = {}): ScheduleSnapshot => ({
  repetitions: 2,
  easiness: 2.5,
  interval,
  due: '2026-01-01',
  lapses: 0,
  ...extra,
});

export const fresh: ScheduleSnapshot = { repetitions: 0, easiness: 2.5, interval: 0, due: null, lapses: 0 };

export function answer(
  cardId: string,
  day: string,
  quality: Quality,
  before: ScheduleSnapshot,
  options: { source?: AnswerSource; ms?: number; deckId?: string } = {},
): ReviewLogEntry {
  seq += 1;
  return {
    type: 'answer',
    seq,
    cardId,
    deckId: options.deckId ?? 'deck1',
    at: `${day}T09:00:00.000Z`,
    day,
    quality,
    before,
    after: before,
    ms: options.ms ?? 5000,
    source: options.source ?? 'review',
  };
}

export function progress(cardId: string, schedule: Partial<ScheduleSnapshot> & { suspended?: boolean; deckId?: string }): CardProgress {
  const [noteId, ord] = cardId.split('.');
  const { suspended, deckId, ...rest } = schedule;
  return {
    cardId,
    deckId: deckId ?? 'deck1',
    noteId: noteId!,
    ord: Number(ord),
    repetitions: 1,
    easiness: 2.5,
    interval: 1,
    due: null,
    lapses: 0,
    reviews: 1,
    lastReviewed: null,
    suspended: suspended ?? false,
    ...rest,
  };
}

import type { Card } from '../deck/types.js';
import type { AnswerSource, Quality, ReviewLogEntry, ScheduleSnapshot } from '../schedule/types.js';

/** An answer as the shell appends it to the log (the store assigns `seq`). */
export type SessionAnswer = Omit<ReviewLogEntry, 'seq'>;

/** The log entry for one answer to a card: the review and the quiz record the same shape. */
export function answerEntry(input: {
  card: Card;
  day: string;
  at: string;
  quality: Quality;
  before: ScheduleSnapshot;
  after: ScheduleSnapshot;
  ms: number;
  source: AnswerSource;
}): SessionAnswer {
  const { card, day, at, quality, before, after, ms, source } = input;
  return { type: 'answer', cardId: card.id, deckId: card.deckId, at, day, quality, before, after, ms, source };
}

/** A grade, as SM-2 defines it: 0 blackout … 5 perfect. */
export type Quality = 0 | 1 | 2 | 3 | 4 | 5;

/** What SM-2 carries from one repetition to the next. Easiness is a decimal (2.5). */
export interface Sm2State {
  repetitions: number;
  easiness: number;
  interval: number;
}

/** A card's schedule at one moment: enough to undo an answer exactly. */
export interface ScheduleSnapshot extends Sm2State {
  /** Local calendar day (YYYY-MM-DD) the card is next due; null while the card is new. */
  due: string | null;
  /** Times the card was graded below 3 after having been learnt. */
  lapses: number;
}

/** A card's progress as the store keeps it. */
export interface CardProgress extends ScheduleSnapshot {
  cardId: string;
  deckId: string;
  noteId: string;
  ord: number;
  /** Graded answers that changed the schedule (same-day repeats excluded). */
  reviews: number;
  /** ISO time of the last answer, or null. */
  lastReviewed: string | null;
  suspended: boolean;
}

/** Where an answer came from: a scheduled review, a same-day repeat, or a recorded quiz. */
export type AnswerSource = 'review' | 'repeat' | 'quiz';

/** One line of the append-only review log. */
export interface ReviewLogEntry {
  type: 'answer';
  /** Position in the log, assigned by the store (1, 2, …). */
  seq: number;
  cardId: string;
  deckId: string;
  /** ISO time of the answer. */
  at: string;
  /** Local calendar day of the answer (YYYY-MM-DD), in the user's time zone. */
  day: string;
  quality: Quality;
  before: ScheduleSnapshot;
  after: ScheduleSnapshot;
  /** Milliseconds from showing the card to the grade. */
  ms: number;
  source: AnswerSource;
}

/** Appended when the user undoes an answer; the answer itself stays in the log. */
export interface UndoLogEntry {
  type: 'undo';
  seq: number;
  /** seq of the answer undone. */
  undoes: number;
  at: string;
}

export type LogEntry = ReviewLogEntry | UndoLogEntry;

export function newCardSchedule(): ScheduleSnapshot {
  return { repetitions: 0, easiness: 2.5, interval: 0, due: null, lapses: 0 };
}

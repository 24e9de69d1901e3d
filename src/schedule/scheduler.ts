// The two schedulers behind one small interface. SM-2's state is what the store keeps (each
// answer's `after`, always computed, whichever scheduler is active); FSRS's is derived from the
// same log by replay and kept here as a cache while a command runs. Switching therefore loses
// nothing: each scheduler's state is always its own reading of the whole log.
import type { Card } from '../deck/types.js';
import { previewIntervals } from './answer-card.js';
import { daysBetween } from './calendar.js';
import type { FsrsEngine } from './fsrs-engine.js';
import { answerFsrs, answersByCard, previewFsrsIntervals, replayFsrs, type AnswerForFsrs, type FsrsCardState } from './fsrs-replay.js';
import type { Quality, ScheduleSnapshot } from './types.js';

export interface CardSchedule extends ScheduleSnapshot {
  cardId: string;
}

/** A card's schedule as the active scheduler holds it, for the card-info panel. */
export type ScheduleInfo =
  | { scheduler: 'sm2'; due: string | null; interval: number; easiness: number; repetitions: number; lapses: number }
  | {
      scheduler: 'fsrs';
      due: string | null;
      /** Days until recall falls to 90 %. */
      stability: number;
      /** 1 (easy) … 10 (hard). */
      difficulty: number;
      /** Predicted recall today; null while the card is new. */
      recallToday: number | null;
      lapses: number;
    };

export interface Scheduler {
  readonly name: 'sm2' | 'fsrs';
  /** The card's state under this scheduler, `today`. */
  info(card: CardSchedule, today: string): ScheduleInfo;
  /** The day the card is due under this scheduler; null while it is new. */
  dueOf(card: CardSchedule): string | null;
  /**
   * The interval in days each grade would give `today`, for the grade labels; null when a
   * grade changes nothing (an SM-2 same-day repeat).
   */
  preview(card: CardSchedule, isRepeat: boolean, today: string): Record<Quality, number> | null;
  /** An answer was appended to the log. */
  recorded(answer: AnswerForFsrs): void;
  /** A card's answers changed otherwise (an undo): these are its effective answers now. */
  replaced(cardId: string, answers: readonly AnswerForFsrs[]): void;
}

export const SM2_SCHEDULER: Scheduler = {
  name: 'sm2',
  info: ({ due, interval, easiness, repetitions, lapses }) => ({ scheduler: 'sm2', due, interval, easiness, repetitions, lapses }),
  dueOf: (card) => card.due,
  preview: (card, isRepeat) => (isRepeat ? null : previewIntervals(card)),
  recorded: () => undefined,
  replaced: () => undefined,
};

/** FSRS over `answers` (the log's effective answers, oldest first); each card replayed when first asked for. */
export function createFsrsScheduler(engine: FsrsEngine, answers: readonly AnswerForFsrs[]): Scheduler {
  const history = answersByCard(answers);
  const states = new Map<string, FsrsCardState | null>();
  const stateOf = (card: CardSchedule): FsrsCardState | null => {
    if (!states.has(card.cardId)) states.set(card.cardId, replayFsrs(engine, history.get(card.cardId) ?? [], card));
    return states.get(card.cardId)!;
  };
  return {
    name: 'fsrs',
    info(card, today) {
      const state = stateOf(card);
      if (state === null) return { scheduler: 'fsrs', due: null, stability: 0, difficulty: 0, recallToday: null, lapses: card.lapses };
      const { stability, difficulty } = state.memory;
      const recallToday = engine.recall(Math.max(0, daysBetween(state.lastDay, today)), stability);
      return { scheduler: 'fsrs', due: state.due, stability, difficulty, recallToday, lapses: card.lapses };
    },
    dueOf: (card) => stateOf(card)?.due ?? null,
    // Same-day repeats are FSRS short-term reviews: they move the schedule too.
    preview: (card, _isRepeat, today) => previewFsrsIntervals(engine, stateOf(card), today),
    recorded(answer) {
      const card = { cardId: answer.cardId, ...answer.before };
      states.set(answer.cardId, answerFsrs(engine, stateOf(card), answer.quality, answer.day));
      history.set(answer.cardId, [...(history.get(answer.cardId) ?? []), answer]);
    },
    replaced(cardId, answers) {
      history.set(cardId, [...answers]);
      states.delete(cardId);
    },
  };
}

/** The days each grade would give a card on screen; null when grading changes no schedule. */
export type GradePreview = (card: Card, progress: ScheduleSnapshot, isRepeat: boolean, today: string) => Record<Quality, number> | null;

export function gradePreviewOf(scheduler: Scheduler): GradePreview {
  return (card, progress, isRepeat, today) => scheduler.preview({ cardId: card.id, ...progress }, isRepeat, today);
}

export const SM2_PREVIEW: GradePreview = gradePreviewOf(SM2_SCHEDULER);

/** A card's schedule under the active scheduler, for the card-info panel. */
export type CardScheduleInfo = (card: Card, progress: ScheduleSnapshot, today: string) => ScheduleInfo;

export function scheduleInfoOf(scheduler: Scheduler): CardScheduleInfo {
  return (card, progress, today) => scheduler.info({ cardId: card.id, ...progress }, today);
}

export const SM2_INFO: CardScheduleInfo = scheduleInfoOf(SM2_SCHEDULER);

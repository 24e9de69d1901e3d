// A card's FSRS state, derived from its answers in the review log: the log is the only truth,
// this is a cache of it. Days, not instants: an answer counts on its local calendar day, like
// SM-2's due days, so a review at 23:59 and one at 00:01 are a day apart and two answers on
// one day are a short-term review (0 days elapsed).
import { addDays, daysBetween } from './calendar.js';
import type { FsrsEngine, FsrsMemory } from './fsrs-engine.js';
import { fsrsRating } from './fsrs-grade.js';
import { QUALITIES } from './sm2.js';
import type { Quality, ReviewLogEntry, ScheduleSnapshot } from './types.js';

export interface FsrsCardState {
  memory: FsrsMemory;
  /** The day of the latest answer (or, for a card known only by SM-2, of its last review). */
  lastDay: string;
  /** The day recall falls to the desired retention. */
  due: string;
}

/** One scheduled review replayed: what FSRS predicted just before it, and what happened. */
export interface RecallPrediction {
  cardId: string;
  day: string;
  predicted: number;
  passed: boolean;
}

export type AnswerForFsrs = Pick<ReviewLogEntry, 'cardId' | 'day' | 'quality' | 'before' | 'source'>;

/** The state after answering `quality` on `day`; `state` null for a new card. */
export function answerFsrs(engine: FsrsEngine, state: FsrsCardState | null, quality: Quality, day: string): FsrsCardState {
  // A day before the last one (a clock set back) counts as the same day.
  const elapsed = state === null ? 0 : Math.max(0, daysBetween(state.lastDay, day));
  const memory = engine.nextMemory(state?.memory ?? null, elapsed, fsrsRating(quality));
  return { memory, lastDay: day, due: addDays(day, engine.intervalDays(memory.stability)) };
}

/** A card that has SM-2 progress but no history here starts from that progress; a new card from nothing. */
export function fsrsFromSm2(engine: FsrsEngine, snapshot: ScheduleSnapshot): FsrsCardState | null {
  if (snapshot.due === null) return null;
  const interval = Math.max(1, snapshot.interval);
  return {
    memory: engine.memoryFromSm2(snapshot.easiness, interval),
    lastDay: addDays(snapshot.due, -interval),
    due: snapshot.due,
  };
}

/**
 * Replay one card's effective answers (oldest first). Same-day repeats and recorded quiz
 * answers are answers too. `current`: the card's SM-2 progress, used when it has no answers.
 * `observe` is told what FSRS predicted before each scheduled review of a card it knew.
 */
export function replayFsrs(
  engine: FsrsEngine,
  answers: readonly AnswerForFsrs[],
  current: ScheduleSnapshot | null = null,
  observe?: (prediction: RecallPrediction) => void,
): FsrsCardState | null {
  const first = answers[0];
  // The log starting on a card already learnt: its history is incomplete (imported with progress).
  let state = first ? fsrsFromSm2(engine, first.before) : current ? fsrsFromSm2(engine, current) : null;
  for (const answer of answers) {
    if (observe && state !== null && answer.source === 'review') {
      const elapsed = Math.max(0, daysBetween(state.lastDay, answer.day));
      if (elapsed > 0) {
        observe({ cardId: answer.cardId, day: answer.day, predicted: engine.recall(elapsed, state.memory.stability), passed: answer.quality >= 3 });
      }
    }
    state = answerFsrs(engine, state, answer.quality, answer.day);
  }
  return state;
}

/** Every card's answers, grouped by card, each group oldest first (the log's order kept). */
export function answersByCard<T extends AnswerForFsrs>(answers: readonly T[]): Map<string, T[]> {
  const byCard = new Map<string, T[]>();
  for (const answer of answers) {
    const list = byCard.get(answer.cardId);
    if (list) list.push(answer);
    else byCard.set(answer.cardId, [answer]);
  }
  return byCard;
}

/** The interval in days each grade would give today, for labels like "4 · … · 9 d". */
export function previewFsrsIntervals(engine: FsrsEngine, state: FsrsCardState | null, today: string): Record<Quality, number> {
  const preview = {} as Record<Quality, number>;
  for (const q of QUALITIES) preview[q] = daysBetween(today, answerFsrs(engine, state, q, today).due);
  return preview;
}

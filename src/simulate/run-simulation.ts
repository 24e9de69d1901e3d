// A simulated learner studies with one scheduler: every day the cards due, then new ones;
// a card graded below 4 comes back the same day, as in a real session. The scheduler is
// briefdeck's own code (answerCard for SM-2, answerFsrs for FSRS), so the figures are the
// product's, not a re-implementation's.
import { createSeededRandom, type RandomSource } from '../quiz/seeded-random.js';
import { answerCard } from '../schedule/answer-card.js';
import { addDays, daysBetween } from '../schedule/calendar.js';
import type { FsrsEngine } from '../schedule/fsrs-engine.js';
import { answerFsrs, type FsrsCardState } from '../schedule/fsrs-replay.js';
import { newCardSchedule, type Quality, type ScheduleSnapshot } from '../schedule/types.js';
import type { LearnerModel } from './learner-models.js';

export interface SimulationConfig {
  cards: number;
  days: number;
  newPerDay: number;
  seed: number;
  /** The day FSRS's parameters are fitted to the log so far, as a user would after some months (see compare-schedulers.ts). */
  fitAfterDays?: number;
}

export interface SchedulerFigures {
  /** Every answer (first sight, scheduled reviews, same-day repeats) per card introduced. */
  reviewsPerCard: number;
  /** The learner's true recall probability at scheduled reviews, averaged. */
  meanRecall: number;
  /** True recall of every card introduced, on the day after the last. */
  finalRecall: number;
  /** True recall of the cards introduced, at the end of each day, averaged over the days: how much is known on a typical day. */
  knownRecall: number;
  /** Scheduled reviews passed (graded 3 or more), as a share. */
  passRate: number;
}

/** A scheduler as the simulation drives it: a state per card, an answer, a due day. */
export interface SimulatedScheduler<State> {
  start(): State;
  answer(state: State, quality: Quality, day: string, isRepeat: boolean): State;
  due(state: State): string | null;
  /** On the morning of day `day` (counted from 0), every card's state is derived anew (new parameters replayed over its answers). */
  rederive?: { day: number; state: (state: State) => State };
}

export const SM2_SIMULATED: SimulatedScheduler<ScheduleSnapshot> = {
  start: newCardSchedule,
  // As the session does: a same-day repeat leaves SM-2's schedule alone.
  answer: (state, quality, day, isRepeat) => (isRepeat ? state : answerCard(state, quality, day)),
  due: (state) => state.due,
};

export function fsrsSimulated(engine: FsrsEngine): SimulatedScheduler<FsrsCardState | null> {
  return {
    start: () => null,
    // A same-day repeat is an FSRS short-term review.
    answer: (state, quality, day) => answerFsrs(engine, state, quality, day),
    due: (state) => state?.due ?? null,
  };
}

/** A card's answers so far, as the review log keeps them. */
export interface SimulatedAnswer {
  day: string;
  quality: Quality;
}

/** FSRS whose state keeps the card's answers, so that it can be replayed. */
export interface ReplayableFsrsState {
  answers: SimulatedAnswer[];
  fsrs: FsrsCardState | null;
}

/**
 * FSRS as a user who fits its parameters after some months has it: `before` until day
 * `switchDay`, then `after`, every card's state replayed from its answers with `after` that
 * morning (as briefdeck replays the log once fitted parameters are in settings.json).
 */
export function fsrsRefitted(before: FsrsEngine, after: FsrsEngine, switchDay: number): SimulatedScheduler<ReplayableFsrsState> {
  const switchDate = addDays(START_DAY, switchDay);
  const replay = (engine: FsrsEngine, answers: readonly SimulatedAnswer[]): FsrsCardState | null =>
    answers.reduce<FsrsCardState | null>((state, a) => answerFsrs(engine, state, a.quality, a.day), null);
  return {
    start: () => ({ answers: [], fsrs: null }),
    answer(state, quality, day) {
      const engine = day < switchDate ? before : after;
      return { answers: [...state.answers, { day, quality }], fsrs: answerFsrs(engine, state.fsrs, quality, day) };
    },
    due: (state) => state.fsrs?.due ?? null,
    rederive: { day: switchDay, state: (state) => ({ ...state, fsrs: replay(after, state.answers) }) },
  };
}

const START_DAY = '2026-01-01';
/** A learner who keeps failing the same card in one sitting moves on after this many repeats. */
const MAX_REPEATS = 10;

interface SimCard<Memory, State> {
  memory: Memory;
  state: State;
  lastDay: number;
  dueDay: number;
  random: RandomSource;
}

export function runSimulation<Memory, State>(config: SimulationConfig, model: LearnerModel<Memory>, scheduler: SimulatedScheduler<State>): SchedulerFigures {
  return simulate(config, model, scheduler).figures;
}

/** The figures, and every card's scheduler state at the end (in the order the cards were introduced). */
export function simulate<Memory, State>(
  config: SimulationConfig,
  model: LearnerModel<Memory>,
  scheduler: SimulatedScheduler<State>,
): { figures: SchedulerFigures; states: State[] } {
  const days = Array.from({ length: config.days }, (_, d) => addDays(START_DAY, d));
  const active: SimCard<Memory, State>[] = [];
  let answers = 0;
  let scheduled = 0;
  let recallSum = 0;
  let passes = 0;
  let knownSum = 0;

  const dueDayOf = (state: State): number => {
    const due = scheduler.due(state);
    return due === null ? Number.POSITIVE_INFINITY : daysBetween(START_DAY, due);
  };
  /** Same-day repeats while the grade is below 4, as the review session brings them back. */
  const repeatWhileBelowFour = (card: SimCard<Memory, State>, quality: Quality, day: string): void => {
    for (let n = 0; quality < 4 && n < MAX_REPEATS; n += 1) {
      const passed = card.random() < model.recall(card.memory, 0);
      const next = model.answer(card.memory, 0, passed, card.random);
      card.memory = next.memory;
      card.state = scheduler.answer(card.state, next.quality, day, true);
      quality = next.quality;
      answers += 1;
    }
    card.dueDay = dueDayOf(card.state);
  };

  let introduced = 0;
  for (let d = 0; d < config.days; d += 1) {
    const day = days[d]!;
    if (scheduler.rederive?.day === d) {
      for (const card of active) {
        card.state = scheduler.rederive.state(card.state);
        card.dueDay = dueDayOf(card.state);
      }
    }
    // Due cards, most overdue first (the queue's order); every one is done (no daily limit).
    const due = active.filter((c) => c.dueDay <= d).sort((a, b) => a.dueDay - b.dueDay);
    for (const card of due) {
      const elapsed = d - card.lastDay;
      const r = model.recall(card.memory, elapsed);
      const passed = card.random() < r;
      const next = model.answer(card.memory, elapsed, passed, card.random);
      card.memory = next.memory;
      card.state = scheduler.answer(card.state, next.quality, day, false);
      card.lastDay = d;
      answers += 1;
      scheduled += 1;
      recallSum += r;
      if (passed) passes += 1;
      repeatWhileBelowFour(card, next.quality, day);
    }
    for (let n = 0; n < config.newPerDay && introduced < config.cards; n += 1, introduced += 1) {
      // Each card draws from its own stream: the same card meets the same luck under either scheduler.
      const random = createSeededRandom(`${config.seed}:${introduced}`);
      const first = model.firstSight(random);
      const card: SimCard<Memory, State> = { memory: first.memory, state: scheduler.answer(scheduler.start(), first.quality, day, false), lastDay: d, dueDay: 0, random };
      answers += 1;
      active.push(card);
      repeatWhileBelowFour(card, first.quality, day);
    }
    // What is known at the end of the day, as a share of the cards met so far.
    let known = 0;
    for (const card of active) known += model.recall(card.memory, d + 1 - card.lastDay);
    knownSum += active.length === 0 ? 0 : known / active.length;
  }
  const finalSum = active.reduce((sum, card) => sum + model.recall(card.memory, config.days - card.lastDay), 0);
  const figures = {
    reviewsPerCard: answers / Math.max(1, active.length),
    meanRecall: scheduled === 0 ? 0 : recallSum / scheduled,
    finalRecall: finalSum / Math.max(1, active.length),
    passRate: scheduled === 0 ? 0 : passes / scheduled,
    knownRecall: knownSum / config.days,
  };
  return { figures, states: active.map((card) => card.state) };
}

// The few FSRS functions briefdeck uses, over ts-fsrs's memory model. Built from the loaded
// module (see commands/load-fsrs.ts), so that this file and everything pure that takes an
// engine never load ts-fsrs themselves: SM-2 users do not pay for it.
import type { FSRSAlgorithm, FSRSParameters } from 'ts-fsrs';
import { MAX_INTERVAL_DAYS } from './answer-card.js';
import type { FsrsRating } from './fsrs-grade.js';

/** What FSRS remembers of a card: stability (days to fall to 90 % recall) and difficulty 1–10. */
export interface FsrsMemory {
  stability: number;
  difficulty: number;
}

export interface FsrsEngine {
  readonly desiredRetention: number;
  /** Memory after a rating given `elapsedDays` after the last review (0: the same day). null: a new card. */
  nextMemory(memory: FsrsMemory | null, elapsedDays: number, rating: FsrsRating): FsrsMemory;
  /** Whole days until recall falls to the desired retention (1 … MAX_INTERVAL_DAYS). */
  intervalDays(stability: number): number;
  /** Predicted recall `elapsedDays` after the last review. */
  recall(elapsedDays: number, stability: number): number;
  /**
   * Memory of a card known only by its SM-2 state (imported with progress, no history), as
   * Anki derives it: stability is the interval (recall 0.9 at the due day), difficulty the
   * one whose growth factor at 0.9 recall equals the easiness.
   */
  memoryFromSm2(easiness: number, interval: number): FsrsMemory;
}

/** The module ts-fsrs exports, as far as the engine uses it. */
export interface TsFsrsModule {
  FSRSAlgorithm: new (params: Partial<FSRSParameters>) => FSRSAlgorithm;
  default_w: readonly number[];
}

export const DEFAULT_DESIRED_RETENTION = 0.9;

export function isDesiredRetention(value: number): boolean {
  return Number.isFinite(value) && value >= 0.7 && value <= 0.99;
}

/** FSRS-6 has 21 parameters (w0…w20). */
export const FSRS_PARAMETER_COUNT = 21;

export function isFsrsParameters(value: readonly number[]): boolean {
  return value.length === FSRS_PARAMETER_COUNT && value.every((w) => Number.isFinite(w));
}

/**
 * An engine at `desiredRetention`; `parameters` are the user's fitted ones (see
 * commands/fit.ts), else FSRS-6's defaults.
 */
export function createFsrsEngine(tsFsrs: TsFsrsModule, desiredRetention = DEFAULT_DESIRED_RETENTION, parameters?: readonly number[]): FsrsEngine {
  if (!isDesiredRetention(desiredRetention)) {
    throw new RangeError(`fsrs: desired retention must be between 0.7 and 0.99, got ${desiredRetention}`);
  }
  if (parameters !== undefined && !isFsrsParameters(parameters)) {
    throw new RangeError(`fsrs: parameters must be ${FSRS_PARAMETER_COUNT} finite numbers, got ${parameters.length}`);
  }
  // No fuzz (SM-2 here has none either, and every schedule stays a test with plain values);
  // short-term on, so that same-day repeats update memory the way FSRS-6 models them.
  const algorithm = new tsFsrs.FSRSAlgorithm({
    request_retention: desiredRetention,
    maximum_interval: MAX_INTERVAL_DAYS,
    enable_fuzz: false,
    enable_short_term: true,
    ...(parameters ? { w: [...parameters] } : {}),
  });
  const w = algorithm.parameters.w;
  return {
    desiredRetention,
    nextMemory: (memory, elapsedDays, rating) => algorithm.next_state(memory, elapsedDays, rating),
    intervalDays: (stability) => algorithm.next_interval(stability, 0),
    recall: (elapsedDays, stability) => algorithm.forgetting_curve(elapsedDays, stability),
    memoryFromSm2(easiness, interval) {
      const stability = Math.max(interval, 0.1);
      const growthAtNinety = Math.exp(w[8]!) * Math.pow(stability, -w[9]!) * (Math.exp(w[10]! * 0.1) - 1);
      const difficulty = Math.min(10, Math.max(1, 11 - (easiness - 1) / growthAtNinety));
      return { stability, difficulty };
    },
  };
}

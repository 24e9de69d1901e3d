import type { Quality, Sm2State } from './types.js';

export type { Quality, Sm2State };

/** SM-2's step 4 grades, shortened for answer buttons and help. */
export const GRADE_MEANINGS: Record<Quality, string> = {
  5: 'perfect',
  4: 'correct after hesitation',
  3: 'correct with difficulty',
  2: 'wrong, but easy once seen',
  1: 'wrong, remembered once seen',
  0: 'blackout',
};

export const QUALITIES: readonly Quality[] = [0, 1, 2, 3, 4, 5];

// Easiness is kept in hundredths so that every product is integer arithmetic (5 × 2.6 = 13).
const START_EF = 250;
const MIN_EF = 130;

export function isQuality(value: unknown): value is Quality {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 5;
}

/** Easiness as an integer number of hundredths; throws unless it is a whole number of them. */
function toHundredths(easiness: number): number {
  const hundredths = Math.round(easiness * 100);
  if (!Number.isFinite(easiness) || Math.abs(easiness * 100 - hundredths) > 1e-6) {
    throw new RangeError(`sm2: easiness must be a number with at most two decimals, got ${easiness}`);
  }
  if (hundredths < MIN_EF) throw new RangeError(`sm2: easiness must be at least 1.3, got ${easiness}`);
  return hundredths;
}

function checkPrevious(previous: Sm2State): void {
  const { repetitions, interval } = previous;
  if (!Number.isSafeInteger(repetitions) || repetitions < 0) {
    throw new RangeError(`sm2: repetitions must be a whole number ≥ 0, got ${repetitions}`);
  }
  if (!Number.isSafeInteger(interval) || interval < 0) {
    throw new RangeError(`sm2: interval must be a whole number of days ≥ 0, got ${interval}`);
  }
  if (repetitions > 0 && interval < 1) {
    throw new RangeError(`sm2: a card with ${repetitions} repetitions needs an interval ≥ 1 day`);
  }
}

/**
 * One SM-2 repetition, as the 1990 text reads.
 * `previous` null means a new card (n = 0, EF = 2.5, I = 0).
 */
export function sm2(previous: Sm2State | null, quality: Quality): Sm2State {
  if (!isQuality(quality)) throw new RangeError(`sm2: quality must be an integer 0–5, got ${String(quality)}`);
  if (previous !== null && typeof previous !== 'object') {
    throw new RangeError('sm2: previous must be an Sm2State or null');
  }
  const state = previous ?? { repetitions: 0, easiness: START_EF / 100, interval: 0 };
  checkPrevious(state);
  const ef = toHundredths(state.easiness);
  // Step 6: a failure restarts the repetitions and leaves EF alone.
  if (quality < 3) return { repetitions: 0, easiness: ef / 100, interval: 1 };
  const d = 5 - quality;
  // Step 5 in hundredths: 0.1 − d × (0.08 + d × 0.02) = 10 − d × (8 + 2d).
  const newEf = Math.max(MIN_EF, ef + 10 - d * (8 + 2 * d));
  const repetitions = state.repetitions + 1;
  const interval =
    repetitions === 1 ? 1 : repetitions === 2 ? 6 : Math.ceil((state.interval * newEf) / 100);
  return { repetitions, easiness: newEf / 100, interval };
}

import type { Quality } from './types.js';

/** FSRS's four ratings, as ts-fsrs numbers them (1 Again … 4 Easy). */
export type FsrsRating = 1 | 2 | 3 | 4;

/**
 * SM-2's six grades on FSRS's four: every failure (0–2) is Again, 3 (correct with
 * difficulty) is Hard, 4 (after hesitation) Good, 5 (perfect) Easy.
 */
export function fsrsRating(quality: Quality): FsrsRating {
  if (!Number.isInteger(quality) || quality < 0 || quality > 5) {
    throw new RangeError(`fsrsRating: quality must be an integer 0–5, got ${String(quality)}`);
  }
  if (quality <= 2) return 1;
  return (quality - 1) as FsrsRating;
}

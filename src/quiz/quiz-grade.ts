import type { Quality } from '../schedule/types.js';
import type { Verdict } from './match-answer.js';
import type { QuizMode } from './quiz-mode.js';

/** An answer recalled within this time counts as effortless (SM-2's 5, "perfect response"). */
export const QUICK_ANSWER_MS = 10_000;

/**
 * The SM-2 grade a recorded quiz answer becomes (`--record`):
 *
 * | answer                                   | grade |
 * |------------------------------------------|-------|
 * | right, within 10 s (typed, flip)         | 5     |
 * | right, slower; any right choice          | 4     |
 * | near (a slip in a name)                  | 3     |
 * | wrong, or "don't know"                   | 1     |
 *
 * Picking from four options is recognition, not recall, so a right choice never earns the 5
 * of "perfect recall". A wrong answer is 1, not 0: the answer was seen and recognised at once.
 * `ms` is the time to answer (flip: to reveal).
 */
export function quizQuality(verdict: Verdict, ms: number, mode: QuizMode): Quality {
  if (verdict === 'wrong') return 1;
  if (verdict === 'near') return 3;
  return mode !== 'choice' && ms < QUICK_ANSWER_MS ? 5 : 4;
}

export const QUIZ_MODES = ['flip', 'typed', 'choice'] as const;
/** flip: reveal, then say right or wrong · typed: type the answer · choice: pick one of four. */
export type QuizMode = (typeof QUIZ_MODES)[number];
export const DEFAULT_QUIZ_MODE: QuizMode = 'typed';
export const DEFAULT_QUIZ_COUNT = 20;

export function isQuizMode(value: string): value is QuizMode {
  return (QUIZ_MODES as readonly string[]).includes(value);
}

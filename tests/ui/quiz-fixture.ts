import { cardContentLookup } from '../../src/commands/card-content.js';
import { createReducerDriver } from '../../src/commands/session-driver.js';
import { cardsOfDeck } from '../../src/deck/types.js';
import type { QuizMode } from '../../src/quiz/quiz-mode.js';
import { buildQuizQuestions } from '../../src/quiz/quiz-question.js';
import { createSeededRandom } from '../../src/quiz/seeded-random.js';
import { reduceQuiz, startQuiz, type QuizEffect } from '../../src/session/quiz-session.js';
import type { QuizDriver } from '../../src/ui/quiz-app.js';
import { smallDeck } from '../fixtures/small-deck.js';

export const START = Date.parse('2026-03-02T09:00:00Z');

export interface QuizHarness {
  driver: QuizDriver;
  effects: QuizEffect[];
  now: () => Date;
  advance: (ms: number) => void;
  describe: ReturnType<typeof cardContentLookup>;
}

/**
 * The small deck's four cards in deck order — $3 billion, Daniel Rosenblum, Washington,
 * 15 percent — as a quiz over a test clock; the "store" is an array of effects.
 */
export function quizHarness(mode: QuizMode, options: { record?: boolean; failWith?: string } = {}): QuizHarness {
  const questions = buildQuizQuestions({ decks: [smallDeck], cards: cardsOfDeck(smallDeck), mode, random: createSeededRandom('ui') });
  let clock = START;
  const state = startQuiz({
    questions,
    mode,
    record: options.record ?? false,
    today: '2026-03-02',
    startedAt: new Date(clock).toISOString(),
    schedules: new Map(),
  });
  const effects: QuizEffect[] = [];
  const driver = createReducerDriver(state, reduceQuiz, async (effect: QuizEffect) => {
    if (options.failWith) throw new Error(options.failWith);
    effects.push(effect);
  });
  return {
    driver,
    effects,
    now: () => new Date(clock),
    advance: (ms) => {
      clock += ms;
    },
    describe: cardContentLookup([smallDeck]),
  };
}

import { readFileSync } from 'node:fs';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { cardContentLookup } from '../../src/commands/card-content.js';
import { createReducerDriver } from '../../src/commands/session-driver.js';
import type { Deck } from '../../src/deck/types.js';
import type { QuizMode } from '../../src/quiz/quiz-mode.js';
import { pickQuizCards } from '../../src/quiz/pick-cards.js';
import { buildQuizQuestions } from '../../src/quiz/quiz-question.js';
import { createSeededRandom } from '../../src/quiz/seeded-random.js';
import { reduceQuiz, startQuiz } from '../../src/session/quiz-session.js';
import { QuizApp } from '../../src/ui/quiz-app.js';
import { tick } from './review-fixture.js';

afterEach(() => {
  cleanup();
});

const bundled = JSON.parse(readFileSync('decks/central-asia-engagement.json', 'utf8')) as Deck;

/** A 20-question quiz on the bundled deck in a test terminal of the given size. */
function renderBundled(mode: QuizMode, columns: number, rows: number) {
  const random = createSeededRandom('terminal');
  const cards = pickQuizCards({ decks: [bundled], standing: new Map(), kinds: [], count: 20, random });
  const questions = buildQuizQuestions({ decks: [bundled], cards, mode, random });
  const start = Date.parse('2026-03-02T09:00:00Z');
  const state = startQuiz({ questions, mode, record: false, today: '2026-03-02', startedAt: new Date(start).toISOString(), schedules: new Map() });
  const driver = createReducerDriver(state, reduceQuiz, async () => undefined);
  const app = render(<QuizApp driver={driver} describe={cardContentLookup([bundled])} now={() => new Date(start)} color={false} onExit={() => {}} />);
  Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
  app.stdout.emit('resize');
  return { app, driver, frame: (): string => app.lastFrame() ?? '' };
}

const widest = (frame: string): number => Math.max(...frame.split('\n').map((line) => line.length));

describe.each([
  [80, 24],
  [40, 30],
])('the quiz in a %i×%i terminal', (columns, rows) => {
  test('every question and every verdict fits; so does the end screen with 20 missed', async () => {
    const { app, driver, frame } = renderBundled('typed', columns, rows);
    await tick();
    for (let i = 0; i < 20; i++) {
      expect(widest(frame())).toBeLessThanOrEqual(columns);
      if (columns === 80) expect(frame().split('\n').length).toBeLessThanOrEqual(rows);
      app.stdin.write('\r'); // don't know
      await tick();
      expect(driver.getState().phase).toMatch(/feedback|finished/);
      expect(widest(frame())).toBeLessThanOrEqual(columns);
      if (columns === 80) expect(frame().split('\n').length).toBeLessThanOrEqual(rows);
      app.stdin.write('\r');
      await tick();
    }
    expect(frame()).toContain('0 right · 0 near · 20 wrong of 20');
    expect(frame()).toMatch(/… and \d+ more/);
    expect(frame().split('\n').length).toBeLessThanOrEqual(rows);
    expect(widest(frame())).toBeLessThanOrEqual(columns);
  });

  test('choice options fit too', async () => {
    const { frame } = renderBundled('choice', columns, rows);
    await tick();
    expect(frame()).toContain('1. ');
    expect(widest(frame())).toBeLessThanOrEqual(columns);
  });
});

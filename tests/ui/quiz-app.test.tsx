import chalk from 'chalk';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { QuizMode } from '../../src/quiz/quiz-mode.js';
import { QuizApp } from '../../src/ui/quiz-app.js';
import { quizHarness } from './quiz-fixture.js';
import { tick } from './review-fixture.js';

afterEach(() => {
  cleanup();
});

const ENTER = '\r';
const BACKSPACE = '\u007f';
const ESC = '\u001b';

function renderQuiz(mode: QuizMode, options: { record?: boolean; failWith?: string; color?: boolean; tickMs?: number } = {}) {
  const h = quizHarness(mode, options);
  const onExit = vi.fn();
  const app = render(
    <QuizApp driver={h.driver} describe={h.describe} now={h.now} color={options.color ?? false} onExit={onExit} tickMs={options.tickMs} />,
  );
  /** Sends keys one at a time, letting each dispatch settle and Ink redraw. */
  const press = async (...keys: string[]): Promise<void> => {
    for (const key of keys) {
      app.stdin.write(key);
      await tick();
    }
  };
  /** Types a word as single keystrokes, then Enter. */
  const answer = async (text: string): Promise<void> => press(...Array.from(text), ENTER);
  return { ...app, h, onExit, press, answer, frame: (): string => app.lastFrame() ?? '' };
}

describe('typed quiz', () => {
  test('the question shows the hint, the header counts and the typing line', async () => {
    const { frame } = renderQuiz('typed');
    await tick();
    expect(frame()).toContain('Small deck · typed quiz');
    expect(frame()).toContain('1/4 · 0 right · 0 near · 0 wrong · 0 s');
    expect(frame()).toContain('Trade between the two countries reached [___ amount ___] in 2022.');
    expect(frame()).not.toContain('$3 billion');
    expect(frame()).toMatch(/^> ?$/m);
    expect(frame()).toContain("enter: answer (empty: don't know)");
  });

  test('typed keys appear, backspace erases, q is a letter here', async () => {
    const { press, frame, onExit } = renderQuiz('typed');
    await press('3', 'q', BACKSPACE, 'b', 'n');
    expect(frame()).toContain('> 3bn');
    expect(onExit).not.toHaveBeenCalled();
  });

  test('a typed word and Enter arriving in one chunk (a paste, a fast typist) answer', async () => {
    const { press, frame } = renderQuiz('typed');
    await press('3bn\r');
    expect(frame()).toContain('right — exact: $3 billion');
  });

  test('a right answer in another form says right and shows the exact answer and the source', async () => {
    const { answer, frame } = renderQuiz('typed');
    await answer('3bn');
    expect(frame()).toContain('right — exact: $3 billion');
    expect(frame()).toContain('Trade between the two countries reached $3 billion in 2022.');
    expect(frame()).toContain('A short briefing · Economy');
    expect(frame()).toContain('1 right · 0 near · 0 wrong');
    expect(frame()).toContain('enter: next');
  });

  test('near shows the exact answer; wrong shows the answer and what was typed', async () => {
    const { answer, press, frame } = renderQuiz('typed');
    await answer('$3 billion');
    await press(ENTER);
    await answer('Rosenblom');
    expect(frame()).toContain('near — exact: Daniel Rosenblum (you: Rosenblom)');
    await press(ENTER);
    await answer('Moscow');
    expect(frame()).toContain('wrong — answer: Washington (you: Moscow)');
    expect(frame()).toContain('1 right · 1 near · 1 wrong');
  });

  test('the timer counts the seconds on the question and stops at the answer', async () => {
    const { h, frame, press, answer } = renderQuiz('typed', { tickMs: 10 });
    await tick();
    h.advance(7_000);
    await tick();
    expect(frame()).toContain('· 7 s');
    await answer('3bn');
    h.advance(5_000);
    await tick();
    expect(frame()).toContain('· 7 s');
    await press(ENTER);
    h.advance(2_000);
    await tick();
    expect(frame()).toContain('2/4');
    expect(frame()).toContain('· 2 s');
  });

  test('the end screen: score, time, missed with answers and source sentences, then r re-quizzes the missed', async () => {
    const { h, answer, press, frame, onExit } = renderQuiz('typed');
    h.advance(3_000);
    await answer('3 million');
    await press(ENTER);
    await answer('Rosenblum');
    await press(ENTER);
    h.advance(60_000);
    await answer('');
    await press(ENTER);
    await answer('15%');
    await press(ENTER);
    expect(frame()).toContain('Quiz done');
    expect(frame()).toContain('score 2 right · 0 near · 2 wrong of 4 · time 1 min 3 s');
    expect(frame()).toContain('Missed');
    expect(frame()).toContain('• $3 billion — you: 3 million');
    expect(frame()).toContain('Trade between the two countries reached $3 billion in 2022.');
    expect(frame()).toContain('• Washington');
    expect(frame()).toContain('Daniel Rosenblum spoke in Washington on Jan. 4.');
    expect(frame()).toContain('r: quiz the missed again · q: quit');

    await press('r');
    expect(frame()).toContain('missed, round 2');
    expect(frame()).toContain('1/2');
    expect(frame()).toContain('[___ amount ___]');
    await answer('$3 billion');
    await press(ENTER);
    await answer('Washington');
    await press(ENTER);
    expect(frame()).toContain('score 2 right · 0 near · 0 wrong of 2');
    expect(frame()).toContain('Nothing missed.');
    await press('q');
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  test('esc quits mid-quiz: the score so far stays on screen, without keys', async () => {
    const { answer, press, frame, onExit } = renderQuiz('typed');
    await answer('3bn');
    await press(ENTER, ESC);
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(frame()).toContain('Quiz ended');
    expect(frame()).toContain('1 right · 0 near · 0 wrong (1 of 4 answered)');
    expect(frame()).not.toContain('q: quit');
  });
});

describe('choice quiz', () => {
  test('four numbered options; a digit answers, the verdict names the answer', async () => {
    const { h, press, frame } = renderQuiz('choice');
    await tick();
    const options = h.driver.getState().questions[0]!.options!;
    expect(options).toHaveLength(4);
    options.forEach((option, i) => expect(frame()).toContain(`${i + 1}. ${option}`));
    expect(frame()).toContain('1–4: choose · q: quit');
    const wrong = options.findIndex((o) => o !== '$3 billion') + 1;
    await press(String(wrong));
    expect(frame()).toContain(`wrong — answer: $3 billion (you: ${options[wrong - 1]})`);
    await press(' ');
    const right = h.driver.getState().questions[1]!.options!.indexOf('Daniel Rosenblum') + 1;
    await press(String(right));
    expect(frame()).toContain('right');
    expect(frame()).toContain('1 right · 0 near · 1 wrong');
  });
});

describe('flip quiz', () => {
  test('space reveals the answer and its source; y and n judge and move on', async () => {
    const { press, frame } = renderQuiz('flip');
    await tick();
    expect(frame()).toContain('space/enter: show answer');
    await press(' ');
    expect(frame()).toContain('reached $3 billion in 2022.');
    expect(frame()).toContain('y: I knew it · n: I did not');
    await press('y');
    expect(frame()).toContain('[___ person ___] spoke in Washington');
    await press(' ', 'n');
    expect(frame()).toContain('1 right · 0 near · 1 wrong');
  });
});

describe('recording and colour', () => {
  test('with --record each answer is handed to the store as a quiz grade', async () => {
    const { h, answer, press } = renderQuiz('typed', { record: true });
    h.advance(4_000);
    await answer('3bn');
    await press(ENTER);
    await answer('nobody');
    expect(h.effects.map((e) => [e.answer.cardId, e.answer.quality, e.answer.source])).toEqual([
      ['noteMoney01.1', 5, 'quiz'],
      ['notePerson1.1', 1, 'quiz'],
    ]);
  });

  test('a failed save is said once; any key leaves', async () => {
    const { answer, press, frame, onExit } = renderQuiz('typed', { record: true, failWith: 'disk full' });
    await answer('3bn');
    expect(frame()).toContain('Could not save your answer: disk full');
    await press('x');
    expect(onExit).toHaveBeenCalled();
  });

  test('no colour codes with color=false, even with chalk forced on; colour with color=true', async () => {
    const level = chalk.level;
    chalk.level = 3;
    try {
      const COLOUR = /\u001B\[(?:3[0-9]|4[0-9]|9[0-7])(?:;[\d;]*)?m/;
      const plain = renderQuiz('typed');
      await plain.answer('nope');
      expect(plain.frame()).not.toMatch(COLOUR);
      await plain.press(ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER);
      expect(plain.frame()).toContain('Quiz done');
      expect(plain.frame()).not.toMatch(COLOUR);
      cleanup();
      const coloured = renderQuiz('typed', { color: true });
      await coloured.answer('nope');
      expect(coloured.frame()).toMatch(COLOUR);
    } finally {
      chalk.level = level;
    }
  });
});

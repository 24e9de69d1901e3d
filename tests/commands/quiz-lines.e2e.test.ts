import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { NoteKind } from '../../src/deck/types.js';
import { pickQuizCards } from '../../src/quiz/pick-cards.js';
import { buildQuizQuestions } from '../../src/quiz/quiz-question.js';
import type { QuizMode } from '../../src/quiz/quiz-mode.js';
import { createSeededRandom } from '../../src/quiz/seeded-random.js';
import { openStore } from '../../src/store/open-store.js';
import { smallDeck } from '../fixtures/small-deck.js';
import { buildCli, runCli, smallDeckWorkspace } from '../helpers/built-cli.js';

beforeAll(buildCli);

const NOW = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };


/** The quiz the CLI builds for a seed on a fresh store (with --siblings): the same pure functions, the same order. */
function quizFor(seed: string, mode: QuizMode, kinds: NoteKind[] = []) {
  const random = createSeededRandom(seed);
  const cards = pickQuizCards({ decks: [smallDeck], standing: new Map(), kinds, count: 20, random, siblings: true });
  return buildQuizQuestions({ decks: [smallDeck], cards, mode, random });
}

/** One input line per question, in the order the seed asks them. */
function linesFor(seed: string, answers: Record<string, string>): string {
  return quizFor(seed, 'typed').map((q) => `${answers[q.card.id]}\n`).join('');
}

/** Every file under `dir` with the sha256 of its bytes. */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = join(sub, name);
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else out[rel] = createHash('sha256').update(readFileSync(join(dir, rel))).digest('hex');
    }
  };
  walk('');
  return out;
}

const TYPED = { 'noteMoney01.1': '3bn', 'notePerson1.1': 'Rosenblom', 'notePerson1.2': 'Moscow', 'notePct0001.1': '' };

describe('quiz in line mode (no TTY)', () => {
  test('typed: each line is an answer, graded tolerantly; the end lists score and missed; r asks the missed again', () => {
    const { args } = smallDeckWorkspace();
    const again: Record<string, string> = { 'notePerson1.2': 'Washington', 'notePct0001.1': '15 per cent' };
    const missedInOrder = quizFor('7', 'typed').filter((q) => q.card.id in again);
    const input = `${linesFor('7', TYPED)}r\n${missedInOrder.map((q) => `${again[q.card.id]}\n`).join('')}`;
    const result = runCli(['quiz', 'small-deck', ...args, '--plain', '--mode', 'typed', '--seed', '7', '--siblings'], { input, env: NOW });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Quiz: 4 questions · typed · seed 7 · schedule untouched');
    expect(out).toContain('Q: Trade between the two countries reached [___ amount ___] in 2022.');
    expect(out).toMatch(/right — exact: \$3 billion · \d+ s/);
    expect(out).toContain('near — exact: Daniel Rosenblum (you: Rosenblom)');
    expect(out).toContain('wrong — answer: Washington (you: Moscow)');
    expect(out).toContain('wrong — answer: 15 percent');
    expect(out).toMatch(/Quiz done \(4 questions\): 1 right · 1 near · 2 wrong · \d+ s/);
    expect(out).toContain('Missed:\n');
    expect(out).toContain('  • Washington — you: Moscow\n    Daniel Rosenblum spoke in Washington on Jan. 4.');
    expect(out).toContain('  • 15 percent\n    Exports grew by 15 percent last year.');
    expect(out).toContain('Near (mind the spelling):\n  • Daniel Rosenblum — you: Rosenblom');
    expect(out).toContain('(r: quiz the missed again · q: quit)');
    expect(out).toMatch(/Quiz done \(2 questions\): 2 right · 0 near · 0 wrong/);
  });

  test('choice: a line with the option number', () => {
    const { args } = smallDeckWorkspace();
    const [question] = quizFor('3', 'choice', ['money']);
    expect(question!.options).toHaveLength(4);
    const right = question!.options!.indexOf('$3 billion') + 1;
    const result = runCli(['quiz', ...args, '--mode', 'choice', '--kind', 'money', '--seed', '3'], { input: `9\n${right}\n`, env: NOW });
    expect(result.status).toBe(0);
    question!.options!.forEach((o, i) => expect(result.stdout).toContain(`  ${i + 1}. ${o}`));
    expect(result.stdout).toContain('Type a number 1–4, or q to quit.');
    expect(result.stdout).toMatch(/Quiz done \(1 question\): 1 right/);
  });

  test('flip: an empty line shows the answer and its source, then y or n', () => {
    const { args } = smallDeckWorkspace();
    const result = runCli(['quiz', ...args, '--mode', 'flip', '--kind', 'percent,money', '--seed', '1'], { input: '\ny\n\nn\n', env: NOW });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('A: Exports grew by 15 percent last year.');
    expect(result.stdout).toContain('(y: I knew it · n: I did not · q: quit)');
    expect(result.stdout).toMatch(/Quiz done \(2 questions\): 1 right · 0 near · 1 wrong/);
  });

  test('q, or the end of input, ends the quiz with the score so far', () => {
    const { args } = smallDeckWorkspace();
    const first = quizFor('5', 'typed')[0]!;
    const quit = runCli(['quiz', ...args, '--seed', '5', '--siblings'], { input: `${TYPED[first.card.id as keyof typeof TYPED] || 'x'}\nq\nmore\n`, env: NOW });
    expect(quit.status).toBe(0);
    expect(quit.stdout).toMatch(/Quiz ended \(1 of 4 answered\)/);
    const eof = runCli(['quiz', ...args, '--seed', '5', '--siblings'], { input: '', env: NOW });
    expect(eof.status).toBe(0);
    expect(eof.stdout).toMatch(/Quiz ended \(0 of 4 answered\): 0 right · 0 near · 0 wrong/);
  });

  test('--count limits the questions, and the same seed asks the same questions', () => {
    const { args } = smallDeckWorkspace();
    const a = runCli(['quiz', ...args, '--count', '2', '--seed', 'abc'], { input: '', env: NOW });
    const b = runCli(['quiz', ...args, '--count', '2', '--seed', 'abc'], { input: '', env: NOW });
    expect(a.stdout).toContain('Quiz: 2 questions');
    expect(a.stdout).toBe(b.stdout);
  });

  test('bad --mode, --kind or --count, a kind the deck lacks, an unknown deck: one line, exit 2', () => {
    const { args } = smallDeckWorkspace();
    const cases: Array<[string[], string]> = [
      [['--mode', 'guess'], '--mode must be one of flip, typed, choice, got "guess"'],
      [['--kind', 'persn'], 'unknown --kind "persn" — kinds are: money, percent'],
      [['--count', '0'], '--count must be a whole number ≥ 1'],
      [['--count', 'lots'], '--count must be a whole number ≥ 1'],
      [['--kind', 'quote'], 'no cards of kind quote in deck "small-deck"'],
      [['nope'], 'no deck named "nope"'],
    ];
    for (const [extra, message] of cases) {
      const result = runCli(['quiz', ...args, ...extra], { env: NOW });
      expect(result.status, extra.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
  });

  test('a kind the deck lacks beside one it has: a warning, then the quiz on the other', () => {
    const { args } = smallDeckWorkspace();
    const result = runCli(['quiz', ...args, '--kind', 'organisation', '--kind', 'money'], { input: '', env: NOW });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('briefdeck quiz: no cards of kind organisation in deck "small-deck"; quizzing the other kinds\n');
    expect(result.stdout).toContain('Quiz: 1 question · typed');
  });
});

describe('the schedule', () => {
  test('without --record the storage folder stays byte-identical, after a review made progress', () => {
    const { storage, args } = smallDeckWorkspace();
    const review = runCli(['review', 'small-deck', ...args, '--plain'], { input: '\n5\n\n3\n\n4\n', env: NOW });
    expect(review.status).toBe(0);
    const before = hashTree(storage);
    expect(Object.keys(before).length).toBeGreaterThan(0);
    for (const mode of ['typed', 'choice', 'flip']) {
      const later = { BRIEFDECK_NOW: '2026-03-05T09:00:00Z' }; // a new day: no backup either
      const quiz = runCli(['quiz', ...args, '--mode', mode, '--seed', '2'], { input: '3bn\n1\n\ny\nq\n', env: later });
      expect(quiz.status, quiz.stderr).toBe(0);
    }
    expect(hashTree(storage)).toEqual(before);
  });

  test('with --record each first answer goes to the review log as an SM-2 grade with source quiz', async () => {
    const { storage, args } = smallDeckWorkspace();
    const input = `${linesFor('7', TYPED)}r\nWashington\n`;
    const result = runCli(['quiz', ...args, '--record', '--seed', '7', '--siblings'], { input, env: NOW });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('4 answers recorded in the review log (source: quiz).');
    const store = await openStore(storage, { mode: 'read', now: new Date(NOW.BRIEFDECK_NOW) });
    const answers = store.answers().map((a) => ({ cardId: a.cardId, quality: a.quality, source: a.source }));
    const progress = store.progressOf('noteMoney01.1');
    await store.close();
    // right and quick → 5, near → 3, wrong → 1; the re-quiz is practice and not logged.
    expect(answers.sort((a, b) => a.cardId.localeCompare(b.cardId))).toEqual([
      { cardId: 'noteMoney01.1', quality: 5, source: 'quiz' },
      { cardId: 'notePct0001.1', quality: 1, source: 'quiz' },
      { cardId: 'notePerson1.1', quality: 3, source: 'quiz' },
      { cardId: 'notePerson1.2', quality: 1, source: 'quiz' },
    ]);
    expect(progress).toMatchObject({ repetitions: 1, interval: 1, due: '2026-03-03', reviews: 1 });
  });

  test('quiz --record run again the same day: later answers are same-day repeats, the schedule moves once', async () => {
    const { storage, args } = smallDeckWorkspace();
    for (let run = 0; run < 3; run += 1) {
      const result = runCli(['quiz', ...args, '--record', '--seed', '7'], { input: linesFor('7', TYPED), env: NOW });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
    const store = await openStore(storage, { mode: 'read', now: new Date(NOW.BRIEFDECK_NOW) });
    const money = store.answers({ cardId: 'noteMoney01.1' }).map((a) => a.source);
    const progress = store.progressOf('noteMoney01.1');
    await store.close();
    expect(money).toEqual(['quiz', 'repeat', 'repeat']);
    expect(progress).toMatchObject({ repetitions: 1, interval: 1, due: '2026-03-03' });
  });
});

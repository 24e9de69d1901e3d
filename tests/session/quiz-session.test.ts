import { describe, expect, test } from 'vitest';
import type { Card } from '../../src/deck/types.js';
import type { QuizMode } from '../../src/quiz/quiz-mode.js';
import type { QuizQuestion } from '../../src/quiz/quiz-question.js';
import type { ScheduleSnapshot } from '../../src/schedule/types.js';
import {
  currentQuestion,
  lastResult,
  quizScore,
  reduceQuiz,
  startQuiz,
  summarizeQuiz,
  type QuizEffect,
  type QuizEvent,
  type QuizState,
} from '../../src/session/quiz-session.js';

const TODAY = '2026-03-02';
const T0 = Date.parse('2026-03-02T09:00:00Z');
/** ISO time `s` seconds after the start. */
const at = (s: number): string => new Date(T0 + s * 1000).toISOString();

const card = (id: string, kind: Card['kind']): Card => ({ id, deckId: 'd', noteId: id.split('.')[0]!, ord: 1, kind });
const question = (id: string, answer: string, kind: Card['kind'], options: string[] | null = null): QuizQuestion => ({
  card: card(id, kind),
  answers: [answer],
  answer,
  matchKind: kind,
  options,
});

const questions = [
  question('money.1', '$3 billion', 'money', ['$5 billion', '$3 billion', '$30 billion', '$4 billion']),
  question('person.1', 'Daniel Rosenblum', 'person', ['Akbota Karibayeva', 'Shavkat Mirziyoyev', 'Daniel Rosenblum', 'Kassym-Jomart Tokayev']),
  question('year.1', '2022', 'date', ['2021', '2022', '2023', '2019']),
];

function start(mode: QuizMode, record = false, schedules = new Map<string, ScheduleSnapshot>()): QuizState {
  return startQuiz({ questions, mode, record, today: TODAY, startedAt: at(0), schedules });
}

function run(state: QuizState, events: QuizEvent[]): { state: QuizState; effects: QuizEffect[] } {
  const effects: QuizEffect[] = [];
  for (const event of events) {
    const step = reduceQuiz(state, event);
    state = step.state;
    if (step.effect) effects.push(step.effect);
  }
  return { state, effects };
}

const typeAnswer = (text: string, s: number): QuizEvent[] => [{ type: 'type', text }, { type: 'submit', at: at(s) }];

describe('typed mode', () => {
  test('typed text is graded by the tolerant matcher and shown as feedback until Enter', () => {
    const { state } = run(start('typed'), typeAnswer('3bn', 4));
    expect(state.phase).toBe('feedback');
    expect(lastResult(state)).toMatchObject({ verdict: 'right', given: '3bn', ms: 4000 });
    const next = run(state, [{ type: 'next', at: at(6) }]).state;
    expect(currentQuestion(next)?.card.id).toBe('person.1');
    expect(next.shownAt).toBe(at(6));
    expect(next.draft).toBe('');
  });

  test('characters add up, backspace takes the last one off, control characters are dropped', () => {
    const { state } = run(start('typed'), [
      { type: 'type', text: 'R' },
      { type: 'type', text: 'osenblx' },
      { type: 'erase' },
      { type: 'type', text: 'um\u001b' },
    ]);
    expect(state.draft).toBe('Rosenblum');
    expect(run(state, [{ type: 'erase' }, { type: 'erase' }]).state.draft).toBe('Rosenbl');
  });

  test('a near miss and a wrong answer; Enter on nothing is "don\'t know" (wrong)', () => {
    let { state } = run(start('typed'), [{ type: 'submit', at: at(3) }]);
    expect(lastResult(state)).toMatchObject({ verdict: 'wrong', given: '' });
    state = run(state, [{ type: 'next', at: at(4) }, ...typeAnswer('Rosenblom', 8)]).state;
    expect(lastResult(state)).toMatchObject({ verdict: 'near', given: 'Rosenblom' });
    state = run(state, [{ type: 'next', at: at(9) }, ...typeAnswer('2023', 12), { type: 'next', at: at(13) }]).state;
    expect(state.phase).toBe('finished');
    expect(quizScore(state)).toEqual({ right: 0, near: 1, wrong: 2, answered: 3, total: 3 });
  });

  test('keys that belong to other modes do nothing', () => {
    const s = start('typed');
    for (const event of [{ type: 'reveal', at: at(1) }, { type: 'choose', option: 1, at: at(1) }, { type: 'judge', right: true, at: at(1) }] as QuizEvent[]) {
      expect(reduceQuiz(s, event)).toEqual({ state: s, effect: null });
    }
  });
});

describe('flip mode', () => {
  test('reveal, then the user says right or wrong; the next question follows at once', () => {
    let { state } = run(start('flip'), [{ type: 'judge', right: true, at: at(1) }]);
    expect(state.phase).toBe('question'); // judging before the reveal does nothing
    state = run(state, [{ type: 'reveal', at: at(2) }]).state;
    expect(state.phase).toBe('revealed');
    state = run(state, [{ type: 'judge', right: true, at: at(5) }]).state;
    expect(lastResult(state)).toMatchObject({ verdict: 'right', given: null, ms: 5000 });
    expect(currentQuestion(state)?.card.id).toBe('person.1');
  });
});

describe('choice mode', () => {
  test('1–4 picks an option; only a number in range counts', () => {
    let { state } = run(start('choice'), [{ type: 'choose', option: 7, at: at(1) }]);
    expect(state.phase).toBe('question');
    state = run(state, [{ type: 'choose', option: 2, at: at(2) }]).state;
    expect(lastResult(state)).toMatchObject({ verdict: 'right', given: '$3 billion' });
    state = run(state, [{ type: 'next', at: at(3) }, { type: 'choose', option: 1, at: at(5) }]).state;
    expect(lastResult(state)).toMatchObject({ verdict: 'wrong', given: 'Akbota Karibayeva' });
  });
});

describe('the end: score, time, missed, and r to re-quiz the missed', () => {
  test('the summary counts the round and lists the wrong answers; again asks only those', () => {
    const { state } = run(start('typed'), [
      ...typeAnswer('3 million', 5),
      { type: 'next', at: at(6) },
      ...typeAnswer('Rosenblum', 10),
      { type: 'next', at: at(11) },
      ...typeAnswer('2021', 20),
      { type: 'next', at: at(21) },
    ]);
    const summary = summarizeQuiz(state);
    expect(summary).toMatchObject({ right: 1, near: 0, wrong: 2, answered: 3, total: 3, timeMs: 21_000 });
    expect(summary.missed.map((r) => [r.question.answer, r.given])).toEqual([
      ['$3 billion', '3 million'],
      ['2022', '2021'],
    ]);
    const again = run(state, [{ type: 'again', at: at(30) }]).state;
    expect(again.round).toBe(2);
    expect(again.phase).toBe('question');
    expect(again.questions.map((q) => q.card.id)).toEqual(['money.1', 'year.1']);
    expect(again.results).toEqual([]);
    const done = run(again, [...typeAnswer('$3bn', 33), { type: 'next', at: at(34) }, ...typeAnswer('2022', 36), { type: 'next', at: at(37) }]).state;
    expect(summarizeQuiz(done)).toMatchObject({ right: 2, wrong: 0, timeMs: 7000, missed: [] });
    // Nothing missed: again does nothing.
    expect(reduceQuiz(done, { type: 'again', at: at(40) }).state).toBe(done);
  });

  test('quit ends at once; the summary covers what was answered', () => {
    const { state } = run(start('typed'), [...typeAnswer('$3 billion', 2), { type: 'next', at: at(3) }, { type: 'quit', at: at(9) }]);
    expect(state.quit).toBe(true);
    expect(summarizeQuiz(state)).toMatchObject({ right: 1, answered: 1, total: 3, timeMs: 2000 });
    expect(reduceQuiz(state, { type: 'type', text: 'x' }).state).toBe(state);
  });

  test('an empty quiz starts finished', () => {
    const s = startQuiz({ questions: [], mode: 'typed', record: false, today: TODAY, startedAt: at(0), schedules: new Map() });
    expect(s.phase).toBe('finished');
  });
});

describe('recording (--record)', () => {
  test('without --record no answer has an effect', () => {
    const { effects } = run(start('typed'), [...typeAnswer('3bn', 2), { type: 'next', at: at(3) }, { type: 'submit', at: at(4) }]);
    expect(effects).toEqual([]);
  });

  test('grades: right and quick → 5, right after 10 s → 4, near → 3, wrong → 1; source quiz; SM-2 applied', () => {
    const learnt: ScheduleSnapshot = { repetitions: 2, easiness: 2.5, interval: 6, due: '2026-03-01', lapses: 0 };
    const { effects } = run(start('typed', true, new Map([['year.1', learnt]])), [
      ...typeAnswer('$3 billion', 9),
      { type: 'next', at: at(10) },
      ...typeAnswer('Rosenblom', 30),
      { type: 'next', at: at(31) },
      ...typeAnswer('2023', 35),
    ]);
    expect(effects.map((e) => [e.answer.cardId, e.answer.quality, e.answer.source, e.answer.ms])).toEqual([
      ['money.1', 5, 'quiz', 9000],
      ['person.1', 3, 'quiz', 20_000],
      ['year.1', 1, 'quiz', 4000],
    ]);
    expect(effects[0]!.answer).toMatchObject({ day: TODAY, at: at(9), before: { due: null }, after: { repetitions: 1, interval: 1, due: '2026-03-03' } });
    // A lapse: repetitions restart, easiness kept, lapses counted.
    expect(effects[2]!.answer.before).toEqual(learnt);
    expect(effects[2]!.answer.after).toEqual({ repetitions: 0, easiness: 2.5, interval: 1, due: '2026-03-03', lapses: 1 });
  });

  test('right but slow → 4; a right choice is 4 however quick; flip counts the time to reveal', () => {
    const slow = run(start('typed', true), typeAnswer('3bn', 12)).effects;
    expect(slow[0]!.answer.quality).toBe(4);
    const choice = run(start('choice', true), [{ type: 'choose', option: 2, at: at(1) }]).effects;
    expect(choice[0]!.answer.quality).toBe(4);
    const flip = run(start('flip', true), [{ type: 'reveal', at: at(3) }, { type: 'judge', right: true, at: at(15) }]).effects;
    expect(flip[0]!.answer).toMatchObject({ quality: 5, ms: 15_000 });
  });

  test('a card whose schedule an answer already set today is recorded as a same-day repeat: logged, schedule unchanged', () => {
    const reviewed: ScheduleSnapshot = { repetitions: 3, easiness: 2.6, interval: 16, due: '2026-03-18', lapses: 0 };
    const state = startQuiz({
      questions,
      mode: 'typed',
      record: true,
      today: TODAY,
      startedAt: at(0),
      schedules: new Map([['money.1', reviewed]]),
      scheduledToday: new Set(['money.1']),
    });
    const { effects } = run(state, [...typeAnswer('$3 billion', 2), { type: 'next', at: at(3) }, ...typeAnswer('Rosenblum', 4)]);
    expect(effects[0]!.answer).toMatchObject({ cardId: 'money.1', quality: 5, source: 'repeat', before: reviewed, after: reviewed });
    expect(effects[1]!.answer).toMatchObject({ cardId: 'person.1', source: 'quiz', after: { repetitions: 1, interval: 1 } });
  });

  test('a re-quiz of the missed is practice: not recorded a second time', () => {
    const { state, effects } = run(start('typed', true), [
      { type: 'submit', at: at(1) },
      { type: 'next', at: at(2) },
      ...typeAnswer('Rosenblum', 3),
      { type: 'next', at: at(4) },
      ...typeAnswer('2022', 5),
      { type: 'next', at: at(6) },
    ]);
    expect(effects).toHaveLength(3);
    const again = run(state, [{ type: 'again', at: at(7) }, ...typeAnswer('$3 billion', 8)]);
    expect(again.effects).toEqual([]);
    expect(lastResult(again.state)?.verdict).toBe('right');
  });
});

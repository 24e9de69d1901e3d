import { describe, expect, test } from 'vitest';
import type { Card } from '../../src/deck/types.js';
import type { TodayQueue } from '../../src/schedule/queue.js';
import { newCardSchedule, type Quality, type ScheduleSnapshot } from '../../src/schedule/types.js';
import {
  currentCard,
  reduceSession,
  startReviewSession,
  type ReviewSessionState,
  type SessionEffect,
  type SessionEvent,
} from '../../src/session/review-session.js';
import { sessionCounts, summarizeSession } from '../../src/session/session-summary.js';

const TODAY = '2025-03-09';
const card = (id: string): Card => ({ id, deckId: 'd', noteId: id, ord: 1, kind: 'number' });
const learnt: ScheduleSnapshot = { repetitions: 2, easiness: 2.5, interval: 6, due: '2025-03-08', lapses: 0 };

function start(queue: Partial<TodayQueue>, progress = new Map<string, ScheduleSnapshot>()): ReviewSessionState {
  return startReviewSession({
    queue: { due: [], fresh: [], repeats: [], ...queue },
    progress,
    today: TODAY,
    startedAt: '2025-03-09T10:00:00Z',
  });
}

/** Dispatches events in turn; returns the final state and every effect. */
function run(state: ReviewSessionState, events: SessionEvent[]): { state: ReviewSessionState; effects: SessionEffect[] } {
  const effects: SessionEffect[] = [];
  for (const event of events) {
    const step = reduceSession(state, event);
    state = step.state;
    if (step.effect) effects.push(step.effect);
  }
  return { state, effects };
}

let clock = 0;
const grade = (quality: Quality): SessionEvent => ({
  type: 'grade',
  quality,
  at: new Date(Date.parse('2025-03-09T10:00:00Z') + ++clock * 10_000).toISOString(),
  ms: 2000,
});
/** Reveal then grade. */
const answer = (quality: Quality): SessionEvent[] => [{ type: 'reveal' }, grade(quality)];
const current = (state: ReviewSessionState): string | undefined => currentCard(state)?.card.id;
const order = (state: ReviewSessionState): string[] => state.pending.map((i) => i.card.id);

describe('review session', () => {
  test('shows due cards, then new ones, then the queue’s repeats', () => {
    const state = start({ due: [card('a'), card('b')], fresh: [card('c')], repeats: [card('r')] });
    expect(order(state)).toEqual(['a', 'b', 'c', 'r']);
    expect(state.phase).toBe('question');
    expect(sessionCounts(state)).toEqual({ newLeft: 1, repeatLeft: 1, reviewLeft: 2, done: 0 });
  });

  test('an empty queue is finished at once', () => {
    expect(start({}).phase).toBe('finished');
    expect(currentCard(start({}))).toBeNull();
  });

  test('grading needs the answer shown first', () => {
    const s0 = start({ fresh: [card('a')] });
    const hidden = reduceSession(s0, grade(5));
    expect(hidden).toEqual({ state: s0, effect: null });
    const shown = reduceSession(s0, { type: 'reveal' }).state;
    expect(shown.phase).toBe('answer');
    expect(reduceSession(shown, { type: 'reveal' }).state).toBe(shown);
  });

  test('a first grade records a review answer with the SM-2 schedule, and the card leaves', () => {
    const s0 = start({ due: [card('a'), card('b')] }, new Map([['a', learnt]]));
    expect(currentCard(s0)).toEqual({ card: card('a'), progress: learnt });
    const { state, effects } = run(s0, answer(5));
    expect(effects).toEqual([
      {
        type: 'record',
        answer: {
          type: 'answer',
          cardId: 'a',
          deckId: 'd',
          at: expect.any(String),
          day: TODAY,
          quality: 5,
          before: learnt,
          // EF 2.6, ceil(6 × 2.6) = 16 days from 9 March
          after: { repetitions: 3, easiness: 2.6, interval: 16, due: '2025-03-25', lapses: 0 },
          ms: 2000,
          source: 'review',
        },
      },
    ]);
    expect(order(state)).toEqual(['b']);
    expect(state.phase).toBe('question');
    // b had no progress: it is shown as a new card.
    expect(currentCard(state)?.progress).toEqual(newCardSchedule());
  });

  test('a card graded below 4 comes back after three other cards, until graded 4 or 5', () => {
    const s0 = start({ fresh: ['a', 'b', 'c', 'd', 'e'].map(card) });
    let { state } = run(s0, answer(3));
    expect(order(state)).toEqual(['b', 'c', 'd', 'a', 'e']);
    expect(sessionCounts(state)).toEqual({ newLeft: 4, repeatLeft: 1, reviewLeft: 0, done: 1 });
    ({ state } = run(state, [...answer(4), ...answer(4), ...answer(4)]));
    expect(order(state)).toEqual(['a', 'e']);
    ({ state } = run(state, answer(2))); // fewer than three others left: it goes last
    expect(order(state)).toEqual(['e', 'a']);
    ({ state } = run(state, [...answer(5), ...answer(3)]));
    expect(order(state)).toEqual(['a']); // only itself left: straight back
    ({ state } = run(state, answer(4)));
    expect(state.phase).toBe('finished');
    expect(currentCard(state)).toBeNull();
  });

  test('same-day repeats are logged as repeats and leave the schedule alone', () => {
    const s0 = start({ fresh: [card('a')], repeats: [card('r')] }, new Map([['r', learnt]]));
    const { state, effects } = run(s0, [...answer(1), ...answer(0), ...answer(3), ...answer(5)]);
    // a (new, 1) → r (repeat, 0) → a (repeat, 3) → r (repeat, 5) → a …
    const answers = effects.map((e) => (e.type === 'record' ? e.answer : null));
    expect(answers.map((a) => [a?.cardId, a?.source, a?.quality])).toEqual([
      ['a', 'review', 1],
      ['r', 'repeat', 0],
      ['a', 'repeat', 3],
      ['r', 'repeat', 5],
    ]);
    const afterFirst = { repetitions: 0, easiness: 2.5, interval: 1, due: '2025-03-10', lapses: 0 };
    expect(answers[0]!.after).toEqual(afterFirst);
    expect(answers[1]!.before).toEqual(learnt);
    expect(answers[1]!.after).toEqual(learnt);
    expect(answers[2]!.before).toEqual(afterFirst);
    expect(answers[2]!.after).toEqual(afterFirst);
    expect(order(state)).toEqual(['a']);
    expect(state.schedules.get('a')).toEqual(afterFirst);
  });

  test('undo restores the schedule, brings the card back hidden and drops its re-insertion', () => {
    const s0 = start({ due: [card('a'), card('b'), card('c')] }, new Map([['a', learnt], ['b', learnt], ['c', learnt]]));
    const graded = run(s0, [...answer(4), ...answer(2), { type: 'reveal' }]).state;
    expect(order(graded)).toEqual(['c', 'b']);
    expect(graded.phase).toBe('answer');
    const { state, effect } = reduceSession(graded, { type: 'undo' });
    expect(effect).toEqual({ type: 'undo', cardId: 'b', restore: learnt });
    expect(order(state)).toEqual(['b', 'c']);
    expect(state.phase).toBe('question');
    expect(currentCard(state)?.progress).toEqual(learnt);
    expect(sessionCounts(state)).toEqual({ newLeft: 0, repeatLeft: 0, reviewLeft: 2, done: 1 });
    // Graded again after the undo, it is a first answer again, not a repeat.
    const again = run(state, answer(5)).effects[0];
    expect(again?.type === 'record' && again.answer.source).toBe('review');
    // One more undo goes back to the start; a further undo does nothing.
    const back = run(state, [{ type: 'undo' }]).state;
    expect(order(back)).toEqual(['a', 'b', 'c']);
    expect(back.schedules).toEqual(s0.schedules);
    expect(reduceSession(back, { type: 'undo' }).effect).toBeNull();
  });

  test('undo of a repeat keeps the card a repeat', () => {
    const s0 = start({ fresh: [card('a')] });
    const twice = run(s0, [...answer(2), ...answer(3)]).state;
    const { state, effect } = reduceSession(twice, { type: 'undo' });
    expect(effect).toEqual({ type: 'undo', cardId: 'a', restore: { repetitions: 0, easiness: 2.5, interval: 1, due: '2025-03-10', lapses: 0 } });
    const redo = run(state, answer(4)).effects[0];
    expect(redo?.type === 'record' && redo.answer.source).toBe('repeat');
  });

  test('undo after the last card reopens the session', () => {
    const done = run(start({ fresh: [card('a')] }), answer(5)).state;
    expect(done.phase).toBe('finished');
    const { state } = reduceSession(done, { type: 'undo' });
    expect(state.phase).toBe('question');
    expect(current(state)).toBe('a');
  });

  test('help toggles in any phase without touching the cards', () => {
    const s0 = start({ fresh: [card('a')] });
    const s1 = reduceSession(s0, { type: 'toggleHelp' }).state;
    expect(s1.helpVisible).toBe(true);
    expect(s1.pending).toBe(s0.pending);
    expect(reduceSession(s1, { type: 'toggleHelp' }).state.helpVisible).toBe(false);
  });

  test('s suspends the card on screen: it leaves the session, repeats and all, and the shell is told to suspend it', () => {
    const s0 = start({ fresh: [card('a'), card('b'), card('c')] });
    // a graded 2 comes back as a repeat; suspending it then removes that repeat too.
    const { state: s1 } = run(s0, [...answer(2), ...answer(5), ...answer(5)]);
    expect(current(s1)).toBe('a');
    const step = reduceSession({ ...s1, phase: 'answer', infoVisible: true }, { type: 'suspend' });
    expect(step.effect).toEqual({ type: 'suspend', cardId: 'a' });
    expect(step.state.pending).toEqual([]);
    expect(step.state.phase).toBe('finished');
    expect(step.state.suspended).toEqual(['a']);
    expect(step.state.infoVisible).toBe(false);

    const fromQuestion = run(start({ fresh: [card('x'), card('y')] }), [{ type: 'suspend' }]);
    expect(fromQuestion.effects).toEqual([{ type: 'suspend', cardId: 'x' }]);
    expect(current(fromQuestion.state)).toBe('y');
    expect(fromQuestion.state.phase).toBe('question');
  });

  test('i shows the card info in any phase but the end, and a grade closes it', () => {
    const s0 = start({ fresh: [card('a'), card('b')] });
    const s1 = reduceSession(s0, { type: 'toggleInfo' }).state;
    expect(s1.infoVisible).toBe(true);
    expect(s1.pending).toBe(s0.pending);
    const { state } = run(s1, answer(5));
    expect(state.infoVisible).toBe(false);
  });

  test('quit finishes the session; afterwards every event is ignored', () => {
    const s0 = start({ fresh: [card('a'), card('b')] });
    const { state } = run(s0, [...answer(5), { type: 'quit' }]);
    expect(state.phase).toBe('finished');
    expect(state.quit).toBe(true);
    expect(sessionCounts(state)).toEqual({ newLeft: 0, repeatLeft: 0, reviewLeft: 0, done: 1 });
    for (const event of [{ type: 'undo' }, { type: 'reveal' }, grade(4)] as SessionEvent[]) {
      expect(reduceSession(state, event)).toEqual({ state, effect: null });
    }
  });

  test('the summary counts cards, the share graded 3 or more, and the time to the last answer', () => {
    clock = 0; // answers at 10:00:10, :20, :30, :40
    const s0 = start({ fresh: ['a', 'b', 'c'].map(card) });
    const { state } = run(s0, [...answer(5), ...answer(2), ...answer(3), ...answer(4)]);
    // a 5 · b 2 · c 3 · b 4 (b came back last: fewer than three others remained)
    const summary = summarizeSession(state);
    expect(summary.cardsDone).toBe(3);
    expect(summary.correctShare).toBe(0.75);
    expect(summary.timeSpentMs).toBe(40_000);
    expect(summary.answers.map((a) => `${a.cardId}${a.quality}`)).toEqual(['a5', 'b2', 'c3', 'b4']);
    expect(summarizeSession(s0)).toEqual({ cardsDone: 0, correctShare: null, timeSpentMs: 0, answers: [] });
  });

  test('a grade outside 0–5 is a programming error', () => {
    const shown = reduceSession(start({ fresh: [card('a')] }), { type: 'reveal' }).state;
    expect(() => reduceSession(shown, { type: 'grade', quality: 7 as Quality, at: TODAY, ms: 0 })).toThrow(RangeError);
  });
});

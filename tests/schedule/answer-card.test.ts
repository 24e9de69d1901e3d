import { describe, expect, test } from 'vitest';
import { MAX_INTERVAL_DAYS, answerCard, previewIntervals } from '../../src/schedule/answer-card.js';
import { newCardSchedule } from '../../src/schedule/types.js';

describe('answerCard', () => {
  test('a new card graded 4 is due tomorrow', () => {
    expect(answerCard(newCardSchedule(), 4, '2025-03-09')).toEqual({
      repetitions: 1,
      easiness: 2.5,
      interval: 1,
      due: '2025-03-10',
      lapses: 0,
    });
  });

  test('a learnt card graded 5 moves by its new interval', () => {
    const card = { repetitions: 2, easiness: 2.7, interval: 6, due: '2025-03-01', lapses: 0 };
    expect(answerCard(card, 5, '2025-03-03')).toEqual({
      repetitions: 3,
      easiness: 2.8,
      interval: 17,
      due: '2025-03-20',
      lapses: 0,
    });
  });

  test('forgetting a learnt card counts a lapse; failing a new one does not', () => {
    const learnt = { repetitions: 3, easiness: 2.5, interval: 15, due: '2025-03-01', lapses: 1 };
    expect(answerCard(learnt, 1, '2025-03-01')).toEqual({
      repetitions: 0,
      easiness: 2.5,
      interval: 1,
      due: '2025-03-02',
      lapses: 2,
    });
    expect(answerCard(newCardSchedule(), 0, '2025-03-01').lapses).toBe(0);
    const relearning = { repetitions: 0, easiness: 2.5, interval: 1, due: '2025-03-01', lapses: 2 };
    expect(answerCard(relearning, 2, '2025-03-01').lapses).toBe(2);
  });

  test('does not change the snapshot it was given', () => {
    const card = newCardSchedule();
    answerCard(card, 5, '2025-03-01');
    expect(card).toEqual(newCardSchedule());
  });
});

describe('the interval cap', () => {
  test('no interval passes 36,500 days (Anki\'s maximum), so a due date is always a real day', () => {
    let state = newCardSchedule();
    for (let i = 0; i < 40; i += 1) state = answerCard(state, 5, '2026-03-02');
    expect(state.interval).toBe(MAX_INTERVAL_DAYS);
    expect(state.due).toBe('2126-02-06');
    expect(previewIntervals(state)[5]).toBe(36_500);
    expect(previewIntervals(state)[1]).toBe(1);
  });
});

describe('previewIntervals', () => {
  test('shows the days each grade would give', () => {
    const card = { repetitions: 2, easiness: 2.5, interval: 6, due: '2025-03-01', lapses: 0 };
    // 5: EF 2.6 → ceil(15.6) = 16; 4: 2.5 → 15; 3: 2.36 → ceil(14.16) = 15; below 3: 1
    expect(previewIntervals(card)).toEqual({ 0: 1, 1: 1, 2: 1, 3: 15, 4: 15, 5: 16 });
    expect(previewIntervals(newCardSchedule())).toEqual({ 0: 1, 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GRADE_MEANINGS, sm2, type Quality, type Sm2State } from '../../src/schedule/sm2.js';

interface Vector {
  grades: Quality[];
  steps: { quality: Quality; repetitions: number; easiness: number; interval: number }[];
}
const vectors = (
  JSON.parse(readFileSync(new URL('../fixtures/sm2-vectors.json', import.meta.url), 'utf8')) as {
    vectors: Vector[];
  }
).vectors;

describe('sm2 follows every reference vector', () => {
  test.each(vectors.map((v) => [v.grades.join(','), v] as const))('grades %s', (_name, vector) => {
    let state: Sm2State | null = null;
    for (const step of vector.steps) {
      state = sm2(state, step.quality);
      expect(state).toEqual({ repetitions: step.repetitions, easiness: step.easiness, interval: step.interval });
    }
  });
});

describe('sm2', () => {
  test('a new card starts at EF 2.5: graded 4 it keeps 2.5 and gets one day', () => {
    expect(sm2(null, 4)).toEqual({ repetitions: 1, easiness: 2.5, interval: 1 });
  });

  test('5 days × EF 2.6 gives exactly 13 days, not 14', () => {
    // EF 2.6 after a grade 4 stays 2.6: ceil(5 × 2.6) must be 13.
    expect(sm2({ repetitions: 2, easiness: 2.6, interval: 5 }, 4)).toEqual({
      repetitions: 3,
      easiness: 2.6,
      interval: 13,
    });
  });

  test('the interval uses the EF after the update (grade 3 lowers it first)', () => {
    // EF 2.5 → 2.36, so ceil(10 × 2.36) = 24; the EF from before would give 25.
    expect(sm2({ repetitions: 2, easiness: 2.5, interval: 10 }, 3).interval).toBe(24);
  });

  test('EF never falls below 1.3', () => {
    expect(sm2({ repetitions: 4, easiness: 1.35, interval: 20 }, 3)).toEqual({
      repetitions: 5,
      easiness: 1.3,
      interval: 26,
    });
    expect(sm2({ repetitions: 4, easiness: 1.3, interval: 20 }, 3).easiness).toBe(1.3);
  });

  test('a card graded 2 restarts at one day and keeps its easiness', () => {
    for (const q of [0, 1, 2] as const) {
      expect(sm2({ repetitions: 5, easiness: 2.78, interval: 90 }, q)).toEqual({
        repetitions: 0,
        easiness: 2.78,
        interval: 1,
      });
    }
  });

  test('easiness stays on hundredths however long the history', () => {
    let state: Sm2State | null = null;
    for (let i = 0; i < 40; i++) state = sm2(state, ([3, 5, 4, 3, 5] as const)[i % 5]!);
    expect(Math.round(state!.easiness * 100) / 100).toBe(state!.easiness);
  });

  test.each([[-1], [6], [2.5], [NaN], ['4']])('rejects quality %s with a RangeError', (q) => {
    expect(() => sm2(null, q as unknown as Quality)).toThrow(RangeError);
    expect(() => sm2(null, q as unknown as Quality)).toThrow(/quality must be an integer 0–5/);
  });

  test.each([
    [{ repetitions: -1, easiness: 2.5, interval: 1 }, /repetitions/],
    [{ repetitions: 1.5, easiness: 2.5, interval: 1 }, /repetitions/],
    [{ repetitions: 1, easiness: 1.2, interval: 1 }, /at least 1.3/],
    [{ repetitions: 1, easiness: 2.555, interval: 1 }, /two decimals/],
    [{ repetitions: 1, easiness: NaN, interval: 1 }, /easiness/],
    [{ repetitions: 1, easiness: 2.5, interval: -3 }, /interval/],
    [{ repetitions: 1, easiness: 2.5, interval: 2.5 }, /interval/],
    [{ repetitions: 2, easiness: 2.5, interval: 0 }, /interval ≥ 1/],
  ])('rejects the previous state %j', (previous, message) => {
    expect(() => sm2(previous, 4)).toThrow(RangeError);
    expect(() => sm2(previous, 4)).toThrow(message);
  });

  test('rejects a previous state that is not an object', () => {
    expect(() => sm2(undefined as unknown as null, 4)).toThrow(RangeError);
    expect(() => sm2(3 as unknown as null, 4)).toThrow(RangeError);
  });

  test('names every grade', () => {
    expect(GRADE_MEANINGS[5]).toBe('perfect');
    expect(GRADE_MEANINGS[0]).toBe('blackout');
    expect(Object.keys(GRADE_MEANINGS)).toHaveLength(6);
  });
});

import { describe, expect, test } from 'vitest';
import { fsrsRating } from '../../src/schedule/fsrs-grade.js';
import type { Quality } from '../../src/schedule/types.js';

describe('fsrsRating', () => {
  test('grades 0–2 are Again, 3 Hard, 4 Good, 5 Easy', () => {
    const ratings = ([0, 1, 2, 3, 4, 5] as Quality[]).map(fsrsRating);
    // ts-fsrs numbers its ratings 1 Again, 2 Hard, 3 Good, 4 Easy.
    expect(ratings).toEqual([1, 1, 1, 2, 3, 4]);
  });

  test('a grade outside 0–5 is refused with the value in the message', () => {
    expect(() => fsrsRating(6 as Quality)).toThrow(/got 6/);
    expect(() => fsrsRating(2.5 as Quality)).toThrow(RangeError);
  });
});

import { describe, expect, test } from 'vitest';
import { formatDuration, formatShare } from '../../src/ui/format-duration.js';
import { progressBar } from '../../src/ui/progress-bar.js';
import { gradeLabel } from '../../src/ui/grade-bar.js';

describe('progress bar', () => {
  test('fills in proportion and is always exactly as wide as asked', () => {
    expect(progressBar(0, 4, 8)).toBe('░░░░░░░░');
    expect(progressBar(1, 4, 8)).toBe('██░░░░░░');
    expect(progressBar(4, 4, 8)).toBe('████████');
    expect(progressBar(9, 4, 8)).toHaveLength(8);
    expect(progressBar(1, 3, 0)).toBe('');
  });

  test('an empty session shows as complete', () => {
    expect(progressBar(0, 0, 4)).toBe('████');
  });
});

describe('summary figures', () => {
  test('durations read as seconds, minutes and seconds, or hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45_400)).toBe('45 s');
    expect(formatDuration(252_000)).toBe('4 min 12 s');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
  });

  test('the share correct is a whole percentage, or a dash when nothing was answered', () => {
    expect(formatShare(0.75)).toBe('75 %');
    expect(formatShare(2 / 3)).toBe('67 %');
    expect(formatShare(null)).toBe('—');
  });
});

test('a grade label names the key, its meaning and the interval it gives', () => {
  expect(gradeLabel(4, 6)).toBe('4 · correct after hesitation · 6 d');
  expect(gradeLabel(0, null)).toBe('0 · blackout');
});

import { expect, test } from 'vitest';
import { dueForecast, dueTomorrowAndWeek } from '../../src/session/forecast.js';

const card = (due: string | null, suspended = false) => ({ repetitions: 1, easiness: 2.5, interval: 1, due, lapses: 0, suspended });
const progress = [
  card('2025-03-01'), // overdue
  card('2025-03-09'),
  card('2025-03-10'),
  card('2025-03-10'),
  card('2025-03-10', true), // suspended
  card('2025-03-12'),
  card('2025-03-16'),
  card('2025-03-17'),
  card(null), // new
];

test('dueForecast counts cards per day, overdue ones on today, new and suspended ones nowhere', () => {
  expect(dueForecast(progress, '2025-03-09', 4)).toEqual([
    { day: '2025-03-09', count: 2 },
    { day: '2025-03-10', count: 2 },
    { day: '2025-03-11', count: 0 },
    { day: '2025-03-12', count: 1 },
  ]);
  expect(dueForecast(progress, '2025-03-09', 0)).toEqual([]);
  expect(() => dueForecast(progress, '2025-03-09', -1)).toThrow(RangeError);
});

test('dueForecast accepts any iterable, such as a map of progress', () => {
  const map = new Map(progress.map((p, i) => [String(i), p]));
  expect(dueForecast(map.values(), '2025-03-16', 2)).toEqual([
    { day: '2025-03-16', count: 6 },
    { day: '2025-03-17', count: 1 },
  ]);
});

test('dueTomorrowAndWeek counts what will be waiting tomorrow and by a week from today', () => {
  expect(dueTomorrowAndWeek(progress, '2025-03-09')).toEqual({ tomorrow: 4, week: 6 });
});

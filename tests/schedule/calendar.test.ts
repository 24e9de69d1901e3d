import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, localDay } from '../../src/schedule/calendar.js';

describe('localDay', () => {
  test('a review at 23:30 in New York belongs to that day there, the next day in UTC', () => {
    const at = '2025-03-10T03:30:00Z'; // 23:30 EDT on 9 March (DST began that morning)
    expect(localDay(at, 'America/New_York')).toBe('2025-03-09');
    expect(localDay(at, 'UTC')).toBe('2025-03-10');
  });

  test('the same in winter time, and east of Greenwich', () => {
    expect(localDay(new Date('2025-01-15T04:30:00Z'), 'America/New_York')).toBe('2025-01-14');
    expect(localDay('2025-01-15T23:30:00Z', 'Asia/Tokyo')).toBe('2025-01-16');
  });

  test('rejects an invalid time and an unknown zone', () => {
    expect(() => localDay('yesterday-ish', 'UTC')).toThrow(RangeError);
    expect(() => localDay('2025-01-15T00:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('addDays and daysBetween', () => {
  test('cross months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-01-01', 4911)).toBe('2038-06-13');
  });

  test('ignore daylight-saving changes', () => {
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(addDays('2025-11-01', 2)).toBe('2025-11-03');
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
    expect(daysBetween('2025-11-03', '2025-10-26')).toBe(-8);
  });

  test('reject what is not a calendar day', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-1-5', 1)).toThrow(RangeError);
    expect(() => addDays('2025-01-05', 0.5)).toThrow(RangeError);
    expect(() => daysBetween('2025-01-05', 'tomorrow')).toThrow(RangeError);
  });
});

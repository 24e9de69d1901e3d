import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { localDay } from '../../src/schedule/calendar.js';
import { calendarDayIn, clockTimeIn } from '../../src/store/calendar-day.js';

const COMPARE = path.resolve('tests/store/fixtures/compare-calendar-days.ts');

interface Comparison {
  zone: string;
  checked: number;
  offsetChanges: number;
  mismatches: string[];
}

/** compare-calendar-days.ts in a fresh process whose system zone is `zone` (TZ). */
function compareIn(zone: string): Promise<Comparison> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', COMPARE], {
      env: { ...process.env, TZ: zone, BRIEFDECK_TZ: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Comparison) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

// Daylight saving north and south, a change at midnight (Santiago), a 45-minute offset with
// its own daylight saving (Chatham), a half-hour daylight-saving step (Lord Howe), a half-hour
// offset that gave up daylight saving in 2022 (Tehran), and a day that never happened (Apia,
// 30 December 2011).
const ZONES = ['Europe/London', 'America/Santiago', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Asia/Tehran', 'Pacific/Apia'];

describe("the user's calendar day", () => {
  test('in the system zone, read from Date, it is the day and time ICU gives, every hour and minute by minute across every offset change', async () => {
    const results: Comparison[] = [];
    // Two at a time: each is a Node process with tsx, on a 2-core machine.
    for (let i = 0; i < ZONES.length; i += 2) results.push(...(await Promise.all(ZONES.slice(i, i + 2).map(compareIn))));
    for (const [i, result] of results.entries()) {
      expect(result.zone).toBe(ZONES[i]);
      expect(result.mismatches).toEqual([]);
      expect(result.checked).toBeGreaterThanOrEqual(9_000);
    }
    // The zones with daylight saving in 2026 really changed offset (so the minute-by-minute part ran).
    expect(results.filter((r) => r.offsetChanges >= 2).map((r) => r.zone)).toEqual(['Europe/London', 'America/Santiago', 'Pacific/Chatham', 'Australia/Lord_Howe']);
  }, 60_000);

  test('a named zone is that zone, whatever the system runs in', () => {
    const at = new Date('2026-03-02T12:30:00Z');
    expect(calendarDayIn(at, 'Pacific/Kiritimati')).toBe('2026-03-03');
    expect(calendarDayIn(at, 'Pacific/Pago_Pago')).toBe('2026-03-02');
    expect(calendarDayIn(new Date('2026-03-02T10:59:00Z'), 'Pacific/Pago_Pago')).toBe('2026-03-01');
    expect(calendarDayIn(at, 'Asia/Kolkata')).toBe(localDay(at, 'Asia/Kolkata'));
    expect(clockTimeIn(at, 'Asia/Kolkata')).toBe('18:00');
    expect(clockTimeIn(at, 'America/St_Johns')).toBe('09:00');
  });

  test('an invalid time is a RangeError naming it, in either kind of zone', () => {
    expect(() => calendarDayIn(new Date(Number.NaN), undefined)).toThrow(RangeError);
    expect(() => calendarDayIn(new Date(Number.NaN), 'UTC')).toThrow('not a valid time');
    expect(() => clockTimeIn(new Date(Number.NaN), undefined)).toThrow('not a valid time');
  });
});

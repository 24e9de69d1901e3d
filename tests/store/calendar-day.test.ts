import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, CLI, smallDeckWorkspace } from '../helpers/built-cli.js';
import { bundledScript } from '../helpers/bundled-script.js';
import { localDay } from '../../src/schedule/calendar.js';
import { calendarDayIn, clockTimeIn } from '../../src/store/calendar-day.js';
import { compareCalendarDays, type Comparison } from './fixtures/compare-calendar-days.js';

const COMPARE = 'tests/store/fixtures/compare-calendar-days.ts';

/** The comparison in this process with its system zone switched to `zone` (TZ), then back. */
function compareHere(zone: string): Comparison {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return compareCalendarDays();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** compare-calendar-days.ts (bundled) in a fresh process whose system zone is `zone` (TZ). */
async function compareIn(zone: string): Promise<Comparison> {
  const script = await bundledScript(COMPARE);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
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
    // One zone in a fresh process, its zone set at start as a user's system sets it; the others
    // in this process, TZ switched (a Node process with tsx for each would cost ~2 s apiece).
    const fresh = compareIn(ZONES.at(-1)!);
    const results = [...ZONES.slice(0, -1).map(compareHere), await fresh];
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

describe('UTC, named (BRIEFDECK_TZ=UTC, as on servers and in these tests)', () => {
  const icu = (zone: string, at: Date): { day: string; time: string } => {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
    const part = (type: string): string => parts.find((p) => p.type === type)!.value;
    return { day: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
  };

  test.each(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT'])('%s: the day and time ICU gives, at any instant from 1970 to 9899', (zone) => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9899-12-31T23:59:59.999Z'), noInvalidDate: true }), (at) => {
        const want = icu(zone, at);
        expect({ day: calendarDayIn(at, zone), time: clockTimeIn(at, zone) }).toEqual(want);
        expect(localDay(at, zone)).toBe(want.day);
      }),
      { numRuns: 300 },
    );
    for (const edge of ['1970-01-01T00:00:00Z', '2026-03-01T23:59:59.999Z', '2028-02-29T00:00:00Z', '9899-12-31T23:59:59.999Z']) {
      expect(calendarDayIn(new Date(edge), zone)).toBe(icu(zone, new Date(edge)).day);
    }
  });

  beforeAll(buildCli);

  test("the CLI reads days in it without ICU's date formatter (its first one loads ICU's data at every start)", () => {
    const { args } = smallDeckWorkspace();
    const run = (command: string[], input = ''): { status: number | null; stdout: string; stderr: string } =>
      spawnSync(process.execPath, [CLI, ...command, ...args], {
        input,
        encoding: 'utf8',
        env: {
          ...process.env,
          NO_COLOR: '1',
          BRIEFDECK_TZ: 'UTC',
          BRIEFDECK_NOW: '2026-03-02T23:30:00Z',
          NODE_OPTIONS: `--require ${path.resolve('tests/fixtures/refuse-intl.cjs')}`,
          REFUSE_INTL: 'DateTimeFormat',
        },
      });
    const review = run(['review', '--plain'], '5\nq\n');
    expect(review.stderr).toBe('');
    expect(review.stdout).toMatch(/^Saved: 5\.$/m);
    const decks = run(['decks']);
    expect(decks.stderr).toBe('');
    expect(decks.status).toBe(0);
    // A zone that is not UTC still goes through ICU (and so, here, fails on the refused formatter).
    const paris = spawnSync(process.execPath, [CLI, 'decks', ...args], {
      encoding: 'utf8',
      env: { ...process.env, BRIEFDECK_TZ: 'Europe/Paris', NODE_OPTIONS: `--require ${path.resolve('tests/fixtures/refuse-intl.cjs')}`, REFUSE_INTL: 'DateTimeFormat' },
    });
    expect(paris.status).not.toBe(0);
  });
});

import { describe, expect, test } from 'vitest';
import { clockFromEnv, parseRealTime, timeZoneFromEnv } from '../../src/commands/context.js';
import { runCli } from '../helpers/built-cli.js';

describe('BRIEFDECK_NOW', () => {
  test.each(['2026-03-02T09:00:00Z', '2026-03-02', '2026-02-28T23:59:59.999+01:00', '2024-02-29T12:00'])('%s is a real time', (text) => {
    expect(parseRealTime(text)?.getTime()).toBe(new Date(text).getTime());
  });

  test.each(['2026-02-30', '2026-13-45', '2025-02-29T10:00:00Z', '2026-03-02T24:00:00Z', '9999-12-31', '1969-12-31', 'tomorrow', '1700000000000'])(
    '%s is refused with one line (not accepted, no crash later)',
    (text) => {
      expect(parseRealTime(text)).toBeNull();
      expect(() => clockFromEnv({ BRIEFDECK_NOW: text })).toThrow(
        `briefdeck: BRIEFDECK_NOW="${text}" is not a real ISO time between 1970 and 9899 — use e.g. 2026-01-04T09:00:00Z`,
      );
    },
  );

  test('the CLI says so in one line and exits 2', () => {
    const run = runCli(['decks'], { env: { BRIEFDECK_NOW: '9999-12-31' } });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/BRIEFDECK_NOW="9999-12-31" is not a real ISO time/);
    expect(run.status).toBe(2);
  });
});

describe('BRIEFDECK_TZ', () => {
  test("unset or empty means the system's own zone", () => {
    expect(timeZoneFromEnv({})).toBeUndefined();
    expect(timeZoneFromEnv({ BRIEFDECK_TZ: '' })).toBeUndefined();
    expect(timeZoneFromEnv({ BRIEFDECK_TZ: 'Europe/Paris' })).toBe('Europe/Paris');
  });

  test('a name that is no time zone is refused with one line, exit 2 (was "unexpected error")', () => {
    expect(() => timeZoneFromEnv({ BRIEFDECK_TZ: 'Mars/Olympus' })).toThrow(
      'briefdeck: BRIEFDECK_TZ="Mars/Olympus" is not a time zone — use an IANA name such as Europe/Paris, or unset it to use the system\'s',
    );
    const run = runCli(['decks'], { env: { BRIEFDECK_TZ: 'Mars/Olympus' } });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/BRIEFDECK_TZ="Mars\/Olympus" is not a time zone/);
    expect(run.status).toBe(2);
  });
});

import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, runCli, smallDeckWorkspace } from '../helpers/built-cli.js';

const REFUSE_INTL = `--require ${path.resolve('tests/fixtures/refuse-intl.cjs')}`;

/** `stats --json`'s day with the system's zone set to `zone` and BRIEFDECK_TZ unset, as for a user. */
function todayIn(zone: string, now: string, args: string[], refuse = ''): string {
  const run = runCli(['stats', '--json', ...args], {
    env: { TZ: zone, BRIEFDECK_TZ: undefined, BRIEFDECK_NOW: now, NODE_OPTIONS: REFUSE_INTL, REFUSE_INTL: refuse },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { today: string }).today;
}

let args: string[];
beforeAll(() => {
  buildCli();
  args = smallDeckWorkspace().args;
});

describe("the system's time zone", () => {
  test('gives the calendar day on either side of the date line', () => {
    expect(todayIn('Pacific/Kiritimati', '2026-03-02T12:00:00Z', args)).toBe('2026-03-03');
    expect(todayIn('Pacific/Pago_Pago', '2026-03-02T09:00:00Z', args)).toBe('2026-03-01');
    expect(todayIn('Europe/Paris', '2026-03-29T22:30:00Z', args)).toBe('2026-03-30'); // summer time began that night
  });

  test("is read without ICU's date formatter (its first use costs a review's first frame 20–80 ms)", () => {
    expect(todayIn('Pacific/Kiritimati', '2026-03-02T12:00:00Z', args, 'DateTimeFormat')).toBe('2026-03-03');
    const review = runCli(['review', '--plain', ...args], {
      input: '\n4\n',
      env: { TZ: 'Asia/Tehran', BRIEFDECK_TZ: undefined, BRIEFDECK_NOW: '2026-03-02T21:00:00Z', NODE_OPTIONS: REFUSE_INTL, REFUSE_INTL: 'DateTimeFormat' },
    });
    expect(review.stderr).toBe('');
    expect(review.status).toBe(0);
    expect(review.stdout).toMatch(/Session over: 1 card\b/);
    const decks = runCli(['decks', ...args], { env: { TZ: 'Asia/Tehran', BRIEFDECK_TZ: undefined, NODE_OPTIONS: REFUSE_INTL, REFUSE_INTL: 'DateTimeFormat' } });
    expect(decks.stderr).toBe('');
    expect(decks.status).toBe(0);
  });

  test('a zone named in BRIEFDECK_TZ wins over the system one', () => {
    const run = runCli(['stats', '--json', ...args], { env: { TZ: 'Pacific/Kiritimati', BRIEFDECK_TZ: 'Pacific/Pago_Pago', BRIEFDECK_NOW: '2026-03-02T09:00:00Z' } });
    expect((JSON.parse(run.stdout) as { today: string }).today).toBe('2026-03-01');
  });
});

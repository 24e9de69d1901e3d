import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/schedule/calendar.js';
import { buildStatsReport } from '../../src/stats/build-stats-report.js';
import { forecastBars } from '../../src/stats/layout/forecast-bars.js';
import { heatShade, historyHeatmap } from '../../src/stats/layout/history-heatmap.js';
import { NOTHING_REVIEWED, statsScreen } from '../../src/stats/layout/stats-screen.js';
import { linesToText } from '../../src/stats/layout/styled-line.js';
import { historyFigures } from '../../src/stats/review-history.js';
import { smallDeck } from '../fixtures/small-deck.js';
import { answer, learnt, progress } from './review-log-builder.js';

const TODAY = '2026-03-31';
const week = (counts: number[]) => counts.map((count, i) => ({ day: addDays(TODAY, i), count }));
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));

describe('forecast bars', () => {
  test('seven days: wide columns with each day’s count and weekday', () => {
    const text = linesToText(forecastBars({ perDay: week([3, 0, 1, 6, 2, 0, 4]), overdue: 2, width: 40, height: 3 }));
    expect(text).toMatchInlineSnapshot(`
      "Due · 7 days · 2 overdue
      6 ┤               ████
        │▄▄▄▄           ████           ████
        │████      ▄▄▄▄ ████ ████      ████
      0 └───────────────────────────────────
         3    0    1    6    2    0    4
         Tu   We   Th   Fr   Sa   Su   Mo"
    `);
    expect(widest(text)).toBeLessThanOrEqual(40);
  });

  test('thirty days in 36 cells: one cell a day, marks every week', () => {
    const perDay = Array.from({ length: 30 }, (_, i) => ({ day: addDays(TODAY, i), count: i % 7 === 0 ? 8 : i % 3 }));
    const text = linesToText(forecastBars({ perDay, overdue: 0, width: 36, height: 4 }));
    expect(text).toMatchInlineSnapshot(`
      "Due · 30 days · none overdue
      8 ┤█      █      █      █      █
        │█      █      █      █      █
        │█      █      █      █      █
        │█▄█ ▄█ ██ ▄█ ▄█ ▄█ ▄██▄█ ▄█ ██
      0 └──────────────────────────────
         today  +7     +14    +21    +28"
    `);
  });

  test('more days than cells: days are summed into columns and the title says how many', () => {
    const perDay = Array.from({ length: 90 }, (_, i) => ({ day: addDays(TODAY, i), count: 1 }));
    const text = linesToText(forecastBars({ perDay, overdue: 0, width: 40, height: 2 }));
    expect(text.split('\n')[0]).toBe('Due · 90 days · 3 d/col · none overdue');
    expect(widest(text)).toBeLessThanOrEqual(40);
  });
});

describe('history heatmap', () => {
  test('shades relative to the busiest day, documented thresholds', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 8].map((n) => heatShade(n, 8)).join('')).toBe('·░░▒▒▓▓█');
  });

  test('a known log: weeks as columns from Monday, streak and days studied below', () => {
    const days = ['2026-03-31', '2026-03-30', '2026-03-29', '2026-03-25', '2026-03-02', '2026-01-01', '2025-10-06'];
    const log = days.flatMap((d, i) => Array.from({ length: i + 1 }, () => answer('a.1', d, 4, learnt(1))));
    const text = linesToText(historyHeatmap(historyFigures(log, TODAY), 1));
    expect(text).toMatchInlineSnapshot(`
      "Reviews · 26 weeks  ·░▒▓█
             Nov  Dec Jan Feb Mar
      Mon █····················▓···▒
          ·························░
      Wed ························▓
          ············█············
      Fri ·························
          ·························
      Sun ························▒
      Streak 3 days
      Studied 7 of 177 days"
    `);
  });
});

describe('the stats screen', () => {
  const cards = [
    progress('noteMoney01.1', { deckId: smallDeck.id, due: '2026-03-30', lapses: 5, easiness: 2.18, interval: 1 }),
    progress('notePerson1.1', { deckId: smallDeck.id, due: '2026-04-02', interval: 6 }),
    progress('notePerson1.2', { deckId: smallDeck.id, due: '2026-04-24', interval: 24 }),
    progress('notePct0001.1', { deckId: smallDeck.id, due: '2026-04-01', interval: 1 }),
  ];
  const log = [
    answer('noteMoney01.1', '2026-03-29', 1, learnt(1, { lapses: 4 }), { deckId: smallDeck.id }),
    answer('notePerson1.1', '2026-03-27', 4, learnt(1), { deckId: smallDeck.id, ms: 4200 }),
    answer('notePerson1.2', '2026-03-31', 5, learnt(24), { deckId: smallDeck.id, ms: 3100 }),
    answer('notePct0001.1', '2026-03-31', 3, learnt(6), { deckId: smallDeck.id, ms: 8000 }),
  ];

  test('at 80 columns: counts, forecast beside history, retention, trouble spots — within 24 rows', () => {
    const report = buildStatsReport({ today: TODAY, decks: [smallDeck], progress: cards, answers: log });
    const text = linesToText(statsScreen(report, { width: 80, maxLeeches: 3 }));
    expect(text).toMatchInlineSnapshot(`
      "briefdeck stats · Small deck · 2026-03-31
      Cards  4: 0 new · 1 learning · 2 young · 1 mature · 0 suspended

      Due · 30 days · 1 overdue            Reviews · 26 weeks  ·░▒▓█
      1 ┤ ██                     █                Nov  Dec Jan Feb Mar
        │ ██                     █         Mon ··························
        │ ██                     █             ·························█
        │ ██                     █         Wed ·························
        │ ██                     █             ·························
        │ ██                     █         Fri ························▒
      0 └──────────────────────────────        ·························
         today  +7     +14    +21    +28   Sun ························▒
                                           Streak 1 day · studied 3 of 177 days

      Retention       last 7 d     last 30 d    last 365 d
        young cards   67% of 3     67% of 3     67% of 3
        mature cards  100% of 1    100% of 1    100% of 1
        answer time   5.1 s        5.1 s        5.1 s

      Trouble spots · 1 (lapses ≥ 4 or EF ≤ 1.5) · briefdeck suspend CARD
        5 lapses  EF 2.18  noteMoney01.1  …two countries reached $3 billion in 2022."
    `);
    expect(widest(text)).toBeLessThanOrEqual(80);
    expect(text.split('\n').length).toBeLessThanOrEqual(24);
  });

  test('at 50 columns the charts stack and still fit', () => {
    const report = buildStatsReport({ today: TODAY, decks: [smallDeck], progress: cards, answers: log });
    expect(widest(linesToText(statsScreen(report, { width: 50 })))).toBeLessThanOrEqual(50);
  });

  test('an empty store says so, in words', () => {
    const report = buildStatsReport({ today: TODAY, decks: [smallDeck], progress: [], answers: [] });
    const text = linesToText(statsScreen(report, { width: 80 }));
    expect(text).toContain(NOTHING_REVIEWED);
    expect(text).toContain('4: 4 new · 0 learning');
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });
});

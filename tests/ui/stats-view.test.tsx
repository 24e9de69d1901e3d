import chalk from 'chalk';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addDays } from '../../src/schedule/calendar.js';
import { buildStatsReport } from '../../src/stats/build-stats-report.js';
import { ForecastChart } from '../../src/ui/forecast-chart.js';
import { StatsView } from '../../src/ui/stats-view.js';
import { smallDeck } from '../fixtures/small-deck.js';
import { answer, learnt, progress } from '../stats/review-log-builder.js';

// SGR parameters that set a foreground or background colour (bold and dim are fine).
const COLOUR_CODE = /\u001B\[(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[\d;]*)?m/;
const ANSI = /\u001B\[[\d;]*m/g;
const TODAY = '2026-03-31';
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

const report = buildStatsReport({
  today: TODAY,
  decks: [smallDeck],
  progress: [
    progress('noteMoney01.1', { deckId: smallDeck.id, due: '2026-03-29', lapses: 6, interval: 1 }),
    progress('notePerson1.1', { deckId: smallDeck.id, due: '2026-04-03', interval: 8 }),
    progress('notePct0001.1', { deckId: smallDeck.id, due: '2026-05-01', interval: 30 }),
  ],
  answers: Array.from({ length: 40 }, (_, i) => answer('notePerson1.1', addDays(TODAY, -i), i % 5 === 0 ? 2 : 4, learnt(8), { deckId: smallDeck.id })),
});

function resize(stdout: NodeJS.EventEmitter, columns: number, rows = 24): void {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  stdout.emit('resize');
}

const lines = (frame: string): string[] => frame.replace(ANSI, '').split('\n');

let level: typeof chalk.level;
beforeEach(() => {
  // Under a test runner chalk colours nothing; force it so only the `color` prop decides.
  level = chalk.level;
  chalk.level = 3;
});
afterEach(() => {
  chalk.level = level;
  cleanup();
});

describe('the Ink stats view', () => {
  test('at 80×24 every part shows, no line is wider than 80 and it fits 24 rows', async () => {
    const app = render(<StatsView report={report} color={false} />);
    resize(app.stdout, 80);
    await tick();
    const frame = app.lastFrame() ?? '';
    for (const part of ['Cards', 'Due · 30 days', 'Reviews · 26 weeks', 'Streak', 'Retention', 'Trouble spots', 'noteMoney01.1']) {
      expect(frame).toContain(part);
    }
    expect(Math.max(...lines(frame).map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(lines(frame).length).toBeLessThanOrEqual(24);
  });

  test('with color=false (NO_COLOR) there are no colour codes; with color=true there are', async () => {
    const plain = render(<StatsView report={report} color={false} />);
    await tick();
    expect(plain.lastFrame()).not.toMatch(COLOUR_CODE);
    const coloured = render(<StatsView report={report} color={true} />);
    await tick();
    expect(coloured.lastFrame()).toMatch(COLOUR_CODE);
  });

  test('narrowed to 50 columns it re-lays out and still fits', async () => {
    const app = render(<StatsView report={report} color={false} />);
    resize(app.stdout, 50, 60);
    await tick();
    expect(Math.max(...lines(app.lastFrame() ?? '').map((l) => [...l].length))).toBeLessThanOrEqual(50);
  });
});

describe('the forecast chart for the review summary', () => {
  test('seven days with counts and weekdays, within the width given', async () => {
    const perDay = [4, 0, 2, 7, 1, 0, 3].map((count, i) => ({ day: addDays(TODAY, i), count }));
    const app = render(<ForecastChart perDay={perDay} width={40} color={false} />);
    await tick();
    const frame = app.lastFrame() ?? '';
    expect(frame).toContain('Due · 7 days');
    expect(frame).toMatch(/4\s+0\s+2\s+7\s+1\s+0\s+3/);
    expect(Math.max(...lines(frame).map((l) => [...l].length))).toBeLessThanOrEqual(40);
    expect(frame).not.toMatch(COLOUR_CODE);
  });
});

import chalk from 'chalk';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addDays } from '../../src/schedule/calendar.js';
import { buildStatsReport } from '../../src/stats/build-stats-report.js';
import { ForecastChart } from '../../src/ui/forecast-chart.js';
import { StatsView } from '../../src/ui/stats-view.js';
import { statsScreen } from '../../src/stats/layout/stats-screen.js';
import { linesToText } from '../../src/stats/layout/styled-line.js';
import type { Deck } from '../../src/deck/types.js';
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

describe('several decks and many trouble cards', () => {
  // Three decks (one with a long slug), each card of the first deck a leech.
  const copy = (id: string, slug: string): Deck => ({ ...smallDeck, id, slug, name: slug, notes: smallDeck.notes.map((n) => ({ ...n, id: `${id}-${n.id}` })) });
  const decks = [smallDeck, copy('second01', 'us-ambassador-kazakhstan-outlines-us-engagement'), copy('third001', 'fed')];
  const many = buildStatsReport({
    today: TODAY,
    decks,
    progress: decks.flatMap((d) =>
      d.notes.flatMap((n) => [1, 2].slice(0, n.cardKinds.length).map((ord) => progress(`${n.id}.${ord}`, { deckId: d.id, due: '2026-04-02', lapses: d === smallDeck ? 5 : 0, interval: 1 }))),
    ),
    answers: Array.from({ length: 40 }, (_, i) => answer('notePerson1.1', addDays(TODAY, -i), 4, learnt(8), { deckId: smallDeck.id })),
  });

  test('piped, each deck is a row of the table with all six figures, none cut, within 80 columns', () => {
    const text = linesToText(statsScreen(many, { width: 80 }));
    const rows = text.split('\n');
    expect(rows).toContainEqual(expect.stringMatching(/^  deck\s+total\s+new\s+learning\s+young\s+mature\s+suspended$/));
    expect(rows).toContainEqual(expect.stringMatching(/^  small-deck\s+4\s+0\s+0\s+4\s+0\s+0$/));
    expect(rows).toContainEqual(expect.stringMatching(/^  fed\s+4\s+0\s+0\s+4\s+0\s+0$/));
    expect(rows).toContainEqual(expect.stringMatching(/^  us-ambassador-kazakhstan-ou…\s+4\s+0\s+0\s+4\s+0\s+0$/));
    for (const row of rows) expect([...row].length, row).toBeLessThanOrEqual(80);
  });

  test('in the Ink view at 80×24 the title and the Trouble spots line both show, and it fits', async () => {
    const app = render(<StatsView report={many} color={false} />);
    resize(app.stdout, 80, 24);
    await tick();
    const shown = lines(app.lastFrame() ?? '');
    expect(shown.length).toBeLessThan(24);
    expect(shown[0]).toMatch(/^briefdeck stats · 3 decks/);
    expect(shown.join('\n')).toMatch(/Trouble spots · 4 \(/);
    expect(shown.join('\n')).toMatch(/more: briefdeck stats --json lists them all/);
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

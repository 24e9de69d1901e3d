import { addDays } from '../../schedule/calendar.js';
import type { HistoryFigures } from '../stats-report.js';
import { span, type StyledLine } from './styled-line.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROW_LABELS = ['Mon ', '    ', 'Wed ', '    ', 'Fri ', '    ', 'Sun '];
const PREFIX = ROW_LABELS[0]!.length;

/**
 * A day's shade, relative to the busiest day of the window, so that a ten-card deck and a
 * thousand-card one both use the whole scale: `·` none, `░` up to a quarter of the busiest
 * day, `▒` up to half, `▓` up to three quarters, `█` above.
 */
export function heatShade(count: number, max: number): string {
  if (count <= 0 || max <= 0) return '·';
  const share = count / max;
  return share <= 0.25 ? '░' : share <= 0.5 ? '▒' : share <= 0.75 ? '▓' : '█';
}

function monthName(day: string): string {
  return MONTHS[Number(day.slice(5, 7)) - 1]!;
}

/**
 * Month names over the week columns their 1st falls in; the first column names its own month
 * when the next label leaves room. Labels never touch: a crowded one is left out.
 */
function monthRow(from: string, to: string, weeks: number, cell: number): string {
  const labels: Array<{ at: number; label: string }> = [];
  for (let week = 0; week < weeks; week++) {
    const monday = addDays(from, 7 * week);
    for (let i = 0; i < 7; i++) {
      const day = addDays(monday, i);
      if (day.endsWith('-01') && day <= to) labels.push({ at: week * cell, label: monthName(day) });
    }
  }
  if ((labels[0]?.at ?? Infinity) >= 4) labels.unshift({ at: 0, label: monthName(from) });
  let row = '';
  for (const { at, label } of labels) if (at >= row.length + (row ? 1 : 0)) row = row.padEnd(at) + label;
  return row;
}

/** The heatmap's width in cells for a cell width (the weekday labels included). */
export function heatmapWidth(weeks: number, cell: number): number {
  return PREFIX + weeks * cell;
}

/**
 * Answers per day as a calendar: weeks as columns (oldest left, this week right), weekdays
 * as rows from Monday, `cell` characters per day; then the streak and the days studied
 * (on one line when `maxWidth` allows).
 */
export function historyHeatmap(history: HistoryFigures, cell = 1, maxWidth = heatmapWidth(history.weeks, cell)): StyledLine[] {
  const max = Math.max(0, ...history.perDay.map((d) => d.count));
  const counts = new Map(history.perDay.map((d) => [d.day, d.count]));
  const lines: StyledLine[] = [
    [span(`Reviews · ${history.weeks} weeks`, 'title'), span('  ·', 'dim'), span('░▒▓█', 'heat')],
    [span(' '.repeat(PREFIX)), span(monthRow(history.from, history.to, history.weeks, cell), 'dim')],
  ];
  ROW_LABELS.forEach((label, weekday) => {
    const line: StyledLine = [span(label, 'dim')];
    for (let week = 0; week < history.weeks; week++) {
      const day = addDays(history.from, 7 * week + weekday);
      if (day > history.to) break;
      const shade = heatShade(counts.get(day) ?? 0, max);
      line.push(span(shade.repeat(cell), shade === '·' ? 'dim' : 'heat'));
    }
    lines.push(line);
  });
  const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;
  const best = history.longestStreak > history.currentStreak ? ` (best ${history.longestStreak})` : '';
  const streak: StyledLine = [span('Streak '), span(days(history.currentStreak), 'title'), span(best)];
  const studied = `studied ${history.daysStudied} of ${history.perDay.length} days`;
  // One line when it fits, so that the screen keeps to 24 rows; else two.
  if (`Streak ${days(history.currentStreak)}${best} · ${studied}`.length <= maxWidth) lines.push([...streak, span(` · ${studied}`)]);
  else lines.push(streak, [span(studied.replace(/^s/, 'S'))]);
  return lines;
}

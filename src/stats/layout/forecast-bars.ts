import type { DayCount } from '../stats-report.js';
import { weekdayIndex } from '../review-history.js';
import { clipLine, span, type StyledLine } from './styled-line.js';

/** Eighth blocks: a bar's top cell shows its height to an eighth of a row. */
const EIGHTHS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
/** Wider columns say no more and crowd the line; three cells already hold a label. */
const MAX_COLUMN = 6;

export interface ForecastBarsOptions {
  perDay: readonly DayCount[];
  overdue: number;
  /** Cells available, axis included. */
  width: number;
  /** Rows of bars (the axis and labels come on top of these). */
  height?: number;
}

interface Columns {
  values: number[];
  /** Days per column: more than 1 only when the days outnumber the cells. */
  bucket: number;
  colWidth: number;
  barWidth: number;
}

function planColumns(perDay: readonly DayCount[], cells: number): Columns {
  const bucket = Math.max(1, Math.ceil(perDay.length / Math.max(1, cells)));
  const values: number[] = [];
  for (let i = 0; i < perDay.length; i += bucket) values.push(perDay.slice(i, i + bucket).reduce((s, d) => s + d.count, 0));
  const colWidth = Math.max(1, Math.min(MAX_COLUMN, Math.floor(cells / Math.max(1, values.length))));
  return { values, bucket, colWidth, barWidth: colWidth === 1 ? 1 : colWidth - 1 };
}

/** One row of bars, `row` counted from the bottom; any non-zero count shows at least ▁. */
function barRow(cols: Columns, max: number, height: number, row: number): string {
  return cols.values
    .map((value) => {
      const units = value === 0 || max === 0 ? 0 : Math.max(1, Math.round((value / max) * height * 8));
      const level = Math.max(0, Math.min(8, units - row * 8));
      return EIGHTHS[level]!.repeat(cols.barWidth) + ' '.repeat(cols.colWidth - cols.barWidth);
    })
    .join('');
}

/** Labels under the axis: every day's count and weekday when columns are wide, else marks. */
function labelRows(perDay: readonly DayCount[], cols: Columns, indent: string): StyledLine[] {
  if (cols.colWidth >= 3 && cols.bucket === 1) {
    const counts = cols.values.map((v) => String(v).padEnd(cols.colWidth)).join('');
    const name = (day: string, i: number): string => (i === 0 && cols.colWidth > 5 ? 'today' : WEEKDAYS[weekdayIndex(day)]!);
    const days = perDay.map((d, i) => name(d.day, i).padEnd(cols.colWidth)).join('');
    return [[span(indent), span(counts)], [span(indent), span(days, 'dim')]];
  }
  let marks = '';
  for (let day = 0; day < perDay.length; day += 7) {
    const at = Math.floor(day / cols.bucket) * cols.colWidth;
    const label = day === 0 ? 'today' : `+${day}`;
    if (at >= marks.length + (marks ? 1 : 0) && at + label.length <= cols.values.length * cols.colWidth + 2) {
      marks = marks.padEnd(at) + label;
    }
  }
  return [[span(indent), span(marks, 'dim')]];
}

/**
 * Cards due per day as vertical bars: a title with the overdue count apart, `height` rows of
 * bars scaled to the busiest day (its count on the axis), the baseline, then day labels.
 * Used by `briefdeck stats` (30 days) and the review summary (7 days).
 */
export function forecastBars({ perDay, overdue, width, height = 6 }: ForecastBarsOptions): StyledLine[] {
  const max = Math.max(0, ...perDay.map((d) => d.count));
  const axis = String(max).length;
  const cols = planColumns(perDay, width - axis - 2);
  const title: StyledLine = [span(`Due · ${perDay.length} days`, 'title')];
  if (cols.bucket > 1) title.push(span(` · ${cols.bucket} d/col`, 'dim'));
  title.push(span(' · '), overdue > 0 ? span(`${overdue} overdue`, 'overdue') : span('none overdue', 'dim'));
  const lines: StyledLine[] = [title];
  for (let row = height - 1; row >= 0; row--) {
    const prefix = row === height - 1 ? `${String(max).padStart(axis)} ┤` : `${' '.repeat(axis)} │`;
    lines.push([span(prefix, 'dim'), span(barRow(cols, max, height, row), 'bar')]);
  }
  lines.push([span(`${'0'.padStart(axis)} └${'─'.repeat(cols.values.length * cols.colWidth)}`, 'dim')]);
  return [...lines, ...labelRows(perDay, cols, ' '.repeat(axis + 2))].map((line) => clipLine(line, width));
}

import type { StatsReport } from '../stats-report.js';
import { forecastBars } from './forecast-bars.js';
import { heatmapWidth, historyHeatmap } from './history-heatmap.js';
import { calibrationLines, countLines, retentionLines, troubleLines } from './stats-sections.js';
import { besideEachOther, clipLine, lineWidth, span, truncate, type StyledLine } from './styled-line.js';

export const NOTHING_REVIEWED = 'Nothing reviewed yet — run briefdeck review';

export interface StatsScreenOptions {
  /** Terminal columns; every line fits in it. */
  width: number;
  /** Trouble cards listed at most (the rest are counted, and all are in --json). */
  maxLeeches?: number;
  /** A row per deck under the card counts (default true; left out on a short terminal). */
  deckTable?: boolean;
}

/** The forecast beside the heatmap when both fit, else one above the other. */
function chartLines(report: StatsReport, width: number): StyledLine[] {
  const gap = 3;
  const heatNarrow = heatmapWidth(report.history.weeks, 1);
  const forecastRoom = width - heatNarrow - gap;
  // Side by side only when every day still gets its own column (axis: about 5 cells).
  if (forecastRoom >= report.forecast.perDay.length + 5) {
    const forecast = forecastBars({ perDay: report.forecast.perDay, overdue: report.forecast.overdue, width: forecastRoom });
    const forecastWidth = Math.max(...forecast.map(lineWidth));
    return besideEachOther(forecast, historyHeatmap(report.history, 1, width - forecastWidth - gap), forecastWidth, gap);
  }
  const cell = heatmapWidth(report.history.weeks, 2) <= width ? 2 : 1;
  return [
    ...forecastBars({ perDay: report.forecast.perDay, overdue: report.forecast.overdue, width }),
    [],
    ...historyHeatmap(report.history, cell, width),
  ];
}

function scopeName(report: StatsReport): string {
  if (report.decks.length === 1) return report.decks[0]!.name;
  return `${report.decks.length} decks`;
}

/**
 * The whole stats screen, top to bottom: counts, forecast and history side by side,
 * retention, trouble spots. At 80 columns and up to three trouble cards it takes 23 rows,
 * so that on a 24-row terminal the prompt after it does not push the title off.
 */
export function statsScreen(report: StatsReport, options: StatsScreenOptions): StyledLine[] {
  const width = Math.max(20, options.width);
  const scheduler = report.scheduler ? ` · ${report.scheduler.name === 'fsrs' ? 'FSRS' : 'SM-2'}` : '';
  const title: StyledLine = [
    span(truncate(`briefdeck stats · ${scopeName(report)}`, width - 13 - scheduler.length), 'title'),
    span(` · ${report.today}${scheduler}`, 'dim'),
  ];
  const lines: StyledLine[] = [title, ...countLines(report, width, options.deckTable ?? true), []];
  if (report.nothingReviewed) return [...lines, [span(NOTHING_REVIEWED)]];
  return [
    ...lines,
    ...chartLines(report, width),
    [],
    ...retentionLines(report.retention, width),
    ...calibrationLines(report),
    [],
    ...troubleLines(report.leeches, width, options.maxLeeches ?? Number.POSITIVE_INFINITY),
  ].map((line) => clipLine(line, width));
}

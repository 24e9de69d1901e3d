import type { DayCount } from '../stats/stats-report.js';
import { forecastBars } from '../stats/layout/forecast-bars.js';
import { StyledLines } from './stats-styled-lines.js';

export interface ForecastChartProps {
  /** Cards due per day from today, e.g. dueForecast(progress, today, 7) from session/forecast.ts. */
  perDay: readonly DayCount[];
  /** Cards overdue, shown apart in the title (0 when they are already in today's count). */
  overdue?: number;
  /** Columns available; the chart never draws wider. */
  width: number;
  /** Rows of bars (default 6). */
  height?: number;
  /** False under NO_COLOR. */
  color: boolean;
}

/**
 * Cards due per day as vertical bars, the same chart as in `briefdeck stats`. With 7 days the
 * columns are wide enough to carry each day's count and weekday.
 */
export function ForecastChart({ perDay, overdue = 0, width, height, color }: ForecastChartProps) {
  return <StyledLines lines={forecastBars({ perDay, overdue, width, ...(height ? { height } : {}) })} color={color} />;
}

import { dueForecast } from '../session/forecast.js';
import type { CardProgress } from '../schedule/types.js';
import type { ForecastFigures } from './stats-report.js';

/**
 * Cards due per day for `days` days from today, with the overdue ones apart (the review
 * summary's dueForecast folds them into today). New and suspended cards have no due day.
 */
export function forecastFigures(progress: readonly CardProgress[], today: string, days: number): ForecastFigures {
  const scheduled = progress.filter((p) => p.due !== null && !p.suspended);
  const overdue = scheduled.filter((p) => p.due! < today).length;
  const perDay = dueForecast(
    scheduled.filter((p) => p.due! >= today),
    today,
    days,
  );
  return { days, overdue, perDay };
}

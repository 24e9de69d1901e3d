import { addDays, daysBetween } from '../schedule/calendar.js';
import type { ScheduleSnapshot } from '../schedule/types.js';

export type ForecastCard = ScheduleSnapshot & { suspended?: boolean };

export interface DayCount {
  day: string;
  count: number;
}

/** Scheduled cards only: new (never answered) and suspended cards have no due day. */
function scheduledDues(progress: Iterable<ForecastCard>): string[] {
  const dues: string[] = [];
  for (const p of progress) if (p.due !== null && p.suspended !== true) dues.push(p.due);
  return dues;
}

/** Cards falling due on each of `days` days from today; today's count includes overdue cards. */
export function dueForecast(progress: Iterable<ForecastCard>, today: string, days: number): DayCount[] {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`dueForecast: days must be a whole number ≥ 0, got ${days}`);
  const forecast = Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), count: 0 }));
  for (const due of scheduledDues(progress)) {
    const offset = Math.max(0, daysBetween(today, due));
    if (offset < days) forecast[offset]!.count += 1;
  }
  return forecast;
}

/**
 * For the end-of-session summary: cards that will be waiting tomorrow (due then or earlier)
 * and within the coming week (due by today + 7), new cards not counted.
 */
export function dueTomorrowAndWeek(progress: Iterable<ForecastCard>, today: string): { tomorrow: number; week: number } {
  const tomorrow = addDays(today, 1);
  const weekEnd = addDays(today, 7);
  const dues = scheduledDues(progress);
  return { tomorrow: dues.filter((d) => d <= tomorrow).length, week: dues.filter((d) => d <= weekEnd).length };
}

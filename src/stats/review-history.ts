import { addDays, daysBetween } from '../schedule/calendar.js';
import type { ReviewLogEntry } from '../schedule/types.js';
import type { DayCount, HistoryFigures } from './stats-report.js';

export const HISTORY_WEEKS = 26;

/** 0 for Monday … 6 for Sunday: heatmap rows start on Monday (ISO weeks). */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the week `day` falls in. */
export function mondayOf(day: string): string {
  return addDays(day, -weekdayIndex(day));
}

function answersPerDay(answers: readonly ReviewLogEntry[]): Map<string, number> {
  const perDay = new Map<string, number>();
  for (const a of answers) perDay.set(a.day, (perDay.get(a.day) ?? 0) + 1);
  return perDay;
}

/** Days in a row with answers ending today — or yesterday, since today may not be studied yet. */
function currentStreak(studied: ReadonlySet<string>, today: string): number {
  let day = studied.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (studied.has(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

function longestStreak(studied: ReadonlySet<string>): number {
  const days = [...studied].sort();
  let longest = 0;
  let run = 0;
  days.forEach((day, i) => {
    run = i > 0 && daysBetween(days[i - 1]!, day) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

/**
 * Answers per day over the last `weeks` calendar weeks (Monday-based, the current week last),
 * and the streaks over the whole log. Answers dated after today (a clock set back) are ignored.
 */
export function historyFigures(answers: readonly ReviewLogEntry[], today: string, weeks = HISTORY_WEEKS): HistoryFigures {
  const past = answers.filter((a) => a.day <= today);
  const counts = answersPerDay(past);
  const from = addDays(mondayOf(today), -7 * (weeks - 1));
  const perDay: DayCount[] = [];
  for (let day = from; day <= today; day = addDays(day, 1)) perDay.push({ day, count: counts.get(day) ?? 0 });
  const studied = new Set(counts.keys());
  return {
    weeks,
    from,
    to: today,
    perDay,
    reviews: perDay.reduce((sum, d) => sum + d.count, 0),
    daysStudied: perDay.filter((d) => d.count > 0).length,
    currentStreak: currentStreak(studied, today),
    longestStreak: longestStreak(studied),
  };
}

import { addDays } from '../schedule/calendar.js';
import type { ReviewLogEntry } from '../schedule/types.js';
import { MATURE_INTERVAL, type PassShare, type RetentionWindow } from './stats-report.js';

export const RETENTION_WINDOWS = [7, 30, 365] as const;

/** SM-2 counts a grade of 3 or more as a correct response. */
const PASSING_GRADE = 3;

function passShare(answers: readonly ReviewLogEntry[]): PassShare {
  const passed = answers.filter((a) => a.quality >= PASSING_GRADE).length;
  return { reviews: answers.length, passed, share: answers.length ? passed / answers.length : null };
}

/**
 * Retention measures memory across days, so it counts scheduled reviews of cards already
 * learnt: not a new card's first answer (nothing to remember yet) nor same-day repeats.
 */
function isRetentionReview(a: ReviewLogEntry): boolean {
  return a.source !== 'repeat' && a.before.due !== null;
}

export function retentionWindow(answers: readonly ReviewLogEntry[], today: string, days: number): RetentionWindow {
  const first = addDays(today, -(days - 1));
  const inWindow = answers.filter((a) => a.day >= first && a.day <= today);
  const reviews = inWindow.filter(isRetentionReview);
  const young = reviews.filter((a) => a.before.interval < MATURE_INTERVAL);
  const mature = reviews.filter((a) => a.before.interval >= MATURE_INTERVAL);
  const totalMs = inWindow.reduce((sum, a) => sum + a.ms, 0);
  return {
    days,
    young: passShare(young),
    mature: passShare(mature),
    all: passShare(reviews),
    answers: inWindow.length,
    averageAnswerMs: inWindow.length ? Math.round(totalMs / inWindow.length) : null,
  };
}

export function retentionFigures(answers: readonly ReviewLogEntry[], today: string): RetentionWindow[] {
  return RETENTION_WINDOWS.map((days) => retentionWindow(answers, today, days));
}

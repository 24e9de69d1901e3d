import { addDays } from './calendar.js';
import { QUALITIES, sm2 } from './sm2.js';
import type { Quality, ScheduleSnapshot } from './types.js';

/**
 * The longest interval a card is given: 100 years, Anki's maximum. A departure from the 1990
 * text (which has no maximum), so that a due date is always a real day.
 */
export const MAX_INTERVAL_DAYS = 36_500;

/** SM-2 for one grade, the interval capped at MAX_INTERVAL_DAYS. */
function nextState(progress: ScheduleSnapshot, quality: Quality): ReturnType<typeof sm2> {
  const next = sm2(progress, quality);
  return { ...next, interval: Math.min(next.interval, MAX_INTERVAL_DAYS) };
}

/** A card's schedule after grading it on `today`: SM-2, then due = today + interval. */
export function answerCard(progress: ScheduleSnapshot, quality: Quality, today: string): ScheduleSnapshot {
  const next = nextState(progress, quality);
  const lapsed = quality < 3 && progress.repetitions > 0;
  return {
    ...next,
    due: addDays(today, next.interval),
    lapses: progress.lapses + (lapsed ? 1 : 0),
  };
}

/** The interval in days that each grade would give, for labels like "4 · … · 6 d". */
export function previewIntervals(progress: ScheduleSnapshot): Record<Quality, number> {
  const preview = {} as Record<Quality, number>;
  for (const q of QUALITIES) preview[q] = nextState(progress, q).interval;
  return preview;
}

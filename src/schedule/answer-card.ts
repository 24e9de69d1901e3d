import { addDays } from './calendar.js';
import { QUALITIES, sm2 } from './sm2.js';
import type { Quality, ScheduleSnapshot } from './types.js';

/** A card's schedule after grading it on `today`: SM-2, then due = today + interval. */
export function answerCard(progress: ScheduleSnapshot, quality: Quality, today: string): ScheduleSnapshot {
  const next = sm2(progress, quality);
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
  for (const q of QUALITIES) preview[q] = sm2(progress, q).interval;
  return preview;
}

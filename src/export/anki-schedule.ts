/**
 * SM-2 progress and answers → the columns Anki keeps for a card and for a review log row
 * (rslib card/mod.rs, revlog/mod.rs; schema 11). Pure: the day of the export comes in.
 *
 * - A card with a due day is a review card (type 2, queue 2); its due is a day number counted
 *   from the collection's creation day, which the package sets `dayOffset` days before the
 *   export day (Anki shifts it to the importing collection's own days).
 * - A card without one is new (type 0, queue 0); its due is its position among new cards.
 * - A suspended card keeps its type and gets queue -1.
 */
import { daysBetween } from '../schedule/calendar.js';
import type { CardProgress, Quality, ReviewLogEntry } from '../schedule/types.js';

export interface AnkiCardSchedule {
  type: 0 | 2;
  queue: -1 | 0 | 2;
  due: number;
  ivl: number;
  /** Ease factor in permille (2.5 → 2500); 0 for a new card, as Anki keeps it. */
  factor: number;
  /** Anki counts every answer here. */
  reps: number;
  lapses: number;
}

export interface AnkiScheduleDays {
  /** The export's calendar day in the user's time zone. */
  today: string;
  /** Days between the collection's creation day and `today`. */
  dayOffset: number;
}

export function newCardSchedule(position: number, suspended = false): AnkiCardSchedule {
  return { type: 0, queue: suspended ? -1 : 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0 };
}

export function ankiCardSchedule(progress: CardProgress, position: number, days: AnkiScheduleDays): AnkiCardSchedule {
  if (progress.due === null) return { ...newCardSchedule(position, progress.suspended), reps: progress.reviews, lapses: progress.lapses };
  return {
    type: 2,
    queue: progress.suspended ? -1 : 2,
    due: days.dayOffset + daysBetween(days.today, progress.due),
    ivl: Math.max(1, progress.interval),
    factor: Math.round(progress.easiness * 1000),
    reps: progress.reviews,
    lapses: progress.lapses,
  };
}

/** How many days before the export the collection must start so that no due day is negative. */
export function dayOffsetFor(today: string, progress: Iterable<CardProgress>): number {
  let offset = 0;
  for (const p of progress) if (p.due !== null) offset = Math.max(offset, daysBetween(p.due, today));
  return offset;
}

export interface AnkiRevlogRow {
  /** The answer's time in milliseconds (Anki's revlog id is its timestamp). */
  id: number;
  /** Anki's buttons: 1 again, 2 hard, 3 good, 4 easy. */
  ease: 1 | 2 | 3 | 4;
  ivl: number;
  lastIvl: number;
  factor: number;
  /** Milliseconds to answer, capped at 60 s as Anki's default deck options do. */
  time: number;
  /** 0 learning, 1 review, 2 relearning. */
  type: 0 | 1 | 2;
}

/** SM-2 grades 0–2 fail (Again); 3 is a hard pass, 4 a good one, 5 an easy one. */
export function easeOfQuality(quality: Quality): 1 | 2 | 3 | 4 {
  return quality < 3 ? 1 : ((quality - 1) as 2 | 3 | 4);
}

export const MAX_ANSWER_MS = 60_000;

/** One answer of the log as Anki's revlog keeps it (the id is made unique by the caller). */
export function ankiRevlogRow(entry: ReviewLogEntry): AnkiRevlogRow {
  const { before, after } = entry;
  // A new card's first answers are learning; same-day repeats of a forgotten card relearning.
  const type = before.due === null ? 0 : entry.source === 'repeat' ? (before.lapses > 0 ? 2 : 0) : 1;
  return {
    id: Date.parse(entry.at),
    ease: easeOfQuality(entry.quality),
    ivl: after.interval,
    lastIvl: before.interval,
    factor: Math.round(after.easiness * 1000),
    time: Math.min(MAX_ANSWER_MS, Math.max(0, Math.round(entry.ms))),
    type,
  };
}

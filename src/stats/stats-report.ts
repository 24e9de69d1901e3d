import type { SchedulerFigures } from './scheduler-figures.js';

/**
 * The stats report: every figure `briefdeck stats` shows, and exactly what `--json` prints.
 * The shape is versioned by `schema`; a new field may be added within a version, never a
 * field removed or its meaning changed (that needs schema 2).
 *
 * Definitions (each card counted once, in this order of precedence):
 * - retired: the card's note left the article (regenerated deck); not counted elsewhere.
 * - suspended: kept out of reviews by the user (`briefdeck suspend CARD`).
 * - new: never answered.
 * - learning: its latest answer today (review or repeat) was graded below 4, so SM-2
 *   brings it back today.
 * - young: interval < 21 days; mature: interval ≥ 21 days.
 */
export const STATS_SCHEMA = 1;

/** Interval (days) from which a card counts as mature, as in Anki. */
export const MATURE_INTERVAL = 21;

export interface CardCounts {
  new: number;
  learning: number;
  young: number;
  mature: number;
  suspended: number;
  retired: number;
  /** Cards in the decks, retired ones excluded: new + learning + young + mature + suspended. */
  total: number;
}

export interface DeckCounts extends CardCounts {
  deckId: string;
  slug: string;
  name: string;
}

export interface DayCount {
  day: string;
  count: number;
}

export interface ForecastFigures {
  days: number;
  /** Scheduled cards due before today, not yet reviewed. */
  overdue: number;
  /** Cards due on each day from today on; today's count leaves the overdue out. */
  perDay: DayCount[];
}

export interface HistoryFigures {
  weeks: number;
  /** The Monday the first column starts on, and today (the window's last day). */
  from: string;
  to: string;
  /** Every day of the window, zeros included: answers of any source (review, repeat, quiz). */
  perDay: DayCount[];
  reviews: number;
  daysStudied: number;
  /** Days in a row with answers, up to today, or up to yesterday while today has none yet. */
  currentStreak: number;
  longestStreak: number;
}

export interface PassShare {
  /** Scheduled reviews counted: same-day repeats and first answers of new cards are left out. */
  reviews: number;
  /** Of those, graded 3 or more. */
  passed: number;
  /** passed / reviews; null when there were none. */
  share: number | null;
}

export interface RetentionWindow {
  /** The last `days` calendar days, today included. */
  days: number;
  /** By the card's interval before the answer: young < 21 d ≤ mature. */
  young: PassShare;
  mature: PassShare;
  all: PassShare;
  /** Every answer in the window (repeats too). */
  answers: number;
  /** Mean time to answer over those answers; null when there were none. */
  averageAnswerMs: number | null;
}

export interface LeechCard {
  cardId: string;
  deckId: string;
  /** The card's note with every deletion filled in; null when the deck file is missing. */
  text: string | null;
  /** This card's answer(s), joined with " … ". */
  answer: string | null;
  lapses: number;
  easiness: number;
  interval: number;
  reviews: number;
  suspended: boolean;
}

export interface LeechFigures {
  threshold: { minLapses: number; maxEasiness: number };
  cards: LeechCard[];
}

export type { Calibration, CalibrationBin, SchedulerFigures } from './scheduler-figures.js';

export interface StatsReport {
  schema: typeof STATS_SCHEMA;
  today: string;
  decks: Array<{ deckId: string; slug: string; name: string }>;
  /** True when no answer at all is in the log for these decks. */
  nothingReviewed: boolean;
  counts: CardCounts & { byDeck: DeckCounts[] };
  forecast: ForecastFigures;
  history: HistoryFigures;
  retention: RetentionWindow[];
  leeches: LeechFigures;
  /**
   * The scheduler in use (added in schema 1; absent when the caller did not say). Under FSRS,
   * the forecast counts FSRS's due days and `calibration` compares its predictions with the answers.
   */
  scheduler?: SchedulerFigures;
}

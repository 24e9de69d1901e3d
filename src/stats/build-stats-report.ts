import type { Deck } from '../deck/types.js';
import type { CardProgress, ReviewLogEntry } from '../schedule/types.js';
import { countCards, learningToday, sumCounts } from './card-counts.js';
import { forecastFigures } from './due-forecast.js';
import { findLeeches } from './leeches.js';
import { retentionFigures } from './retention.js';
import { historyFigures } from './review-history.js';
import type { SchedulerFigures } from './scheduler-figures.js';
import { STATS_SCHEMA, type StatsReport } from './stats-report.js';

export const DEFAULT_FORECAST_DAYS = 30;

export interface StatsInput {
  /** Local calendar day (YYYY-MM-DD) the figures are for. */
  today: string;
  /** The deck files in scope. */
  decks: readonly Deck[];
  /** Store progress; cards of decks out of scope are dropped (see `deckIds`). */
  progress: readonly CardProgress[];
  /** Effective answers (undone ones removed), oldest first. */
  answers: readonly ReviewLogEntry[];
  /** Only these decks; default: every deck in `decks` and every deck the store knows. */
  deckIds?: ReadonlySet<string>;
  forecastDays?: number;
  /** The scheduler in use; under FSRS, `progress` carries FSRS's due days. */
  scheduler?: SchedulerFigures;
}

/** Every figure of `briefdeck stats`, from the store's progress and log as of `today`. */
export function buildStatsReport(input: StatsInput): StatsReport {
  const inScope = (deckId: string): boolean => input.deckIds === undefined || input.deckIds.has(deckId);
  const decks = input.decks.filter((d) => inScope(d.id));
  const progress = input.progress.filter((p) => inScope(p.deckId));
  const answers = input.answers.filter((a) => inScope(a.deckId));
  // Retired cards stay suspended in the store; they are neither due nor leeches.
  const retired = retiredCardIds(decks, progress);
  const current = progress.filter((p) => !retired.has(p.cardId));
  const byDeck = countCards({ decks, progress, learning: learningToday(answers, input.today) });
  return {
    schema: STATS_SCHEMA,
    today: input.today,
    decks: byDeck.map(({ deckId, slug, name }) => ({ deckId, slug, name })),
    nothingReviewed: answers.length === 0,
    counts: { ...sumCounts(byDeck), byDeck },
    forecast: forecastFigures(current, input.today, input.forecastDays ?? DEFAULT_FORECAST_DAYS),
    history: historyFigures(answers, input.today),
    retention: retentionFigures(answers, input.today),
    leeches: findLeeches(current, decks),
    ...(input.scheduler ? { scheduler: input.scheduler } : {}),
  };
}

function retiredCardIds(decks: readonly Deck[], progress: readonly CardProgress[]): Set<string> {
  const live = new Map<string, Set<string>>();
  for (const deck of decks) live.set(deck.id, new Set(deck.notes.filter((n) => !n.retiredAt).map((n) => n.id)));
  return new Set(progress.filter((p) => live.get(p.deckId)?.has(p.noteId) === false).map((p) => p.cardId));
}

import { intOption } from '../cli-args.js';
import { openCheckedDecks, type CheckedDecks } from '../deck/checked-decks.js';
import { findDeck, loadAllDecks } from '../deck/deck-file.js';
import { cardsOfDeck, type Card, type Deck } from '../deck/types.js';
import { UserError } from '../errors.js';
import { calendarDayIn } from '../store/calendar-day.js';
import { buildTodayQueue, DEFAULT_NEW_LIMIT, DEFAULT_REVIEW_LIMIT } from '../schedule/queue.js';
import { gradePreviewOf, scheduleInfoOf, SM2_SCHEDULER, type Scheduler } from '../schedule/scheduler.js';
import type { ScheduleSnapshot } from '../schedule/types.js';
import { activeScheduler, dueUnder } from './active-scheduler.js';
import { dueForecast, dueTomorrowAndWeek } from '../session/forecast.js';
import { startReviewSession, type ReviewSessionState } from '../session/review-session.js';
import { formatDuration, formatShare } from '../ui/format-duration.js';
import type { SessionForecast } from '../ui/summary-view.js';
import { summarizeSession } from '../session/session-summary.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store-api.js';
import { cardContentLookup } from './card-content.js';
import type { CommandContext, CommandRunner } from './context.js';
import { runLineReview } from './review-lines.js';
import { createSessionDriver, type PersistEffect, type SessionDriver } from './session-driver.js';
import { loadInkScreen } from './load-ink.js';
import { deckFilterOf, requireFiltered, type DeckFilter } from './deck-filter.js';

/**
 * The decks a command works on: the one named, those --tag/--since pick, or every deck in the
 * folder. Deck files already checked with the same text (recorded in the store by a review) are
 * not checked again; `checked`, when given, also collects those that pass, for a review to save.
 */
export async function chooseDecks(
  context: CommandContext,
  wanted: string | undefined,
  filter: DeckFilter | null = null,
  checked?: CheckedDecks,
): Promise<Deck[]> {
  const { decks, problems, unreadable } = await loadAllDecks(context.decksDir, checked ?? (await openCheckedDecks(context.storageDir)));
  if (wanted && filter) throw new UserError(`briefdeck: name a deck or pick decks with ${filter.said}, not both`);
  // (The deck asked for is found first: when its own file is the bad one, that is the one line said.)
  const chosen = wanted ? findDeck(decks, wanted, unreadable) : null;
  for (const problem of problems) context.stderr.write(`${problem}\n`);
  if (chosen) return [chosen];
  if (decks.length === 0) {
    throw new UserError(`briefdeck: no decks in "${context.decksDir}" — make one with: briefdeck generate ARTICLE.txt`);
  }
  return filter ? requireFiltered(decks, filter) : decks;
}

/**
 * Persist session effects: each answer appended and fsync'd before the session moves on. The
 * scheduler's cache follows the log (for FSRS, the card's state is replayed after an undo).
 */
export function persistTo(store: Store, now: () => Date, scheduler: Scheduler = SM2_SCHEDULER): PersistEffect {
  const recorded: number[] = [];
  return async (effect) => {
    if (effect.type === 'record') {
      const entry = await store.record(effect.answer);
      recorded.push(entry.seq);
      scheduler.recorded(entry);
    } else if (effect.type === 'suspend') {
      await store.setSuspended(effect.cardId, true);
    } else {
      const seq = recorded.pop();
      if (seq !== undefined) await store.undo(seq, now().toISOString());
      scheduler.replaced(effect.cardId, store.answers({ cardId: effect.cardId }));
    }
  };
}

function sessionSummaryLine(state: ReviewSessionState, due: { tomorrow: number; week: number }): string {
  const summary = summarizeSession(state);
  return (
    `\nSession over: ${summary.cardsDone} ${summary.cardsDone === 1 ? 'card' : 'cards'}, ${formatShare(summary.correctShare)} correct, ${formatDuration(summary.timeSpentMs)}. ` +
    `Due tomorrow: ${due.tomorrow}; in the next 7 days: ${due.week}. Your answers are saved.`
  );
}

/** Release the lock on the way out when the terminal closes or the process is told to stop. */
export function closeOnSignals(store: Store): () => void {
  const handlers = (['SIGHUP', 'SIGTERM', 'SIGINT'] as const).map((signal) => {
    const handler = (): void => {
      void store.close().finally(() => process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15)));
    };
    process.once(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

type InkModule = typeof import('../ui/run-review-ink.js');

/**
 * e in a review: the card's note in the user's editor; the saved edit shows at once (the
 * decks in memory are updated too); returns what happened, for the screen to say.
 */
function editCardIn(decks: Deck[], context: CommandContext): (card: Card) => Promise<string> {
  return async (card) => {
    const { editNote, savedLine } = await import('./edit.js');
    const deck = decks.find((d) => d.id === card.deckId);
    const note = deck?.notes.find((n) => n.id === card.noteId);
    if (!deck || !note) return `No note for card ${card.id}.`;
    try {
      const edited = await editNote({ deck, note, decksDir: context.decksDir, env: context.env, now: context.now() });
      if (edited) Object.assign(note, edited);
      return edited ? savedLine(edited, deck) : `No change to note ${note.id}.`;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return error.message;
    }
  };
}

async function runInteractive(
  ink: Promise<InkModule>,
  driver: SessionDriver,
  describe: ReturnType<typeof cardContentLookup>,
  context: CommandContext,
  forecast: () => SessionForecast,
  editCard: (card: Card) => Promise<string>,
  scheduler: Scheduler,
): Promise<void> {
  const { runReviewInk } = await ink;
  await runReviewInk({ driver, describe, now: context.now, forecast, color: !context.env.NO_COLOR, editCard, preview: gradePreviewOf(scheduler), info: scheduleInfoOf(scheduler) });
}

export const runReviewCommand: CommandRunner = async (args, context) => {
  const newLimit = intOption(args.values, 'new') ?? DEFAULT_NEW_LIMIT;
  const reviewLimit = intOption(args.values, 'limit') ?? DEFAULT_REVIEW_LIMIT;
  const interactive = !args.values.plain && context.stdin.isTTY === true && context.stdout.isTTY === true;
  // Ink and React take a few hundred ms to load: start now, while the decks and store load.
  const ink = interactive ? loadInkScreen(() => import('../ui/run-review-ink.js')) : null;
  ink?.catch(() => undefined);
  const chosen = await activeScheduler(context);
  const checked = await openCheckedDecks(context.storageDir);
  const decks = await chooseDecks(context, args.positionals[0], deckFilterOf(args.values, context.now(), 'review'), checked);
  const startedAt = context.now();
  const today = calendarDayIn(startedAt, context.timeZone);

  const store = await openStore(context.storageDir, {
    mode: 'write',
    now: startedAt,
    timeZone: context.timeZone,
    command: 'review',
    displayDir: context.storageDir,
    warn: (line) => context.stderr.write(`${line}\n`),
  });
  const stopWatching = closeOnSignals(store);
  try {
    // Only now, with the store open and its lock held: a store that is refused gets nothing written.
    await checked.save();
    for (const deck of decks) await store.syncDeck(deck);
    const scheduler = await chosen.load(store);
    const retired = new Set(decks.flatMap((d) => d.notes.filter((n) => n.retiredAt).map((n) => n.id)));
    const cards = decks.flatMap(cardsOfDeck).filter((c) => !retired.has(c.noteId));
    const progress = new Map(cards.flatMap((c) => {
      const p = store.progressOf(c.id);
      return p ? [[c.id, p] as const] : [];
    }));
    const queue = buildTodayQueue({
      cards,
      progress: new Map([...progress].map(([id, p]) => [id, dueUnder(scheduler, p)])),
      todayLog: store.answers({ day: today }),
      today,
      newLimit,
      reviewLimit,
    });
    const schedules = new Map<string, ScheduleSnapshot>(progress);
    const state = startReviewSession({ queue, progress: schedules, today, startedAt: startedAt.toISOString() });
    const names = decks.length === 1 ? `"${decks[0]!.name}"` : `${decks.length} decks`;
    const deckIds = new Set(decks.map((d) => d.id));
    const forecast = (): SessionForecast => {
      const progress = store.progress().filter((p) => deckIds.has(p.deckId)).map((p) => dueUnder(scheduler, p));
      return { ...dueTomorrowAndWeek(progress, today), perDay: dueForecast(progress, today, 7) };
    };

    if (state.pending.length === 0) {
      const { tomorrow, week } = forecast();
      context.stdout.write(`Nothing left to review today in ${names}. Due tomorrow: ${tomorrow}; in the next 7 days: ${week}.\n`);
      return 0;
    }

    const driver = createSessionDriver(state, persistTo(store, context.now, scheduler));
    const describe = cardContentLookup(decks);
    if (ink) {
      await runInteractive(ink, driver, describe, context, forecast, editCardIn(decks, context), scheduler);
    } else {
      await runLineReview(driver, describe, { input: context.stdin, output: context.stdout, now: context.now, preview: gradePreviewOf(scheduler) });
    }
    // The Ink screen ends on the summary, whether the queue was done or the user quit; line
    // mode prints the same figures once the session is over.
    if (!interactive) context.stdout.write(`${sessionSummaryLine(driver.getState(), forecast())}\n`);
    return 0;
  } finally {
    stopWatching();
    await store.close();
  }
};

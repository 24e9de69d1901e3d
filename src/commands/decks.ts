import { loadAllDecks } from '../deck/deck-file.js';
import { cardsOfDeck, type Deck } from '../deck/types.js';
import { calendarDayIn } from '../store/calendar-day.js';
import { buildTodayQueue } from '../schedule/queue.js';
import type { CardProgress, ReviewLogEntry } from '../schedule/types.js';
import { openStore } from '../store/open-store.js';
import { activeScheduler, dueUnder } from './active-scheduler.js';
import type { CommandRunner } from './context.js';
import { filterDecks, deckFilterOf } from './deck-filter.js';

export interface DeckCounts {
  slug: string;
  name: string;
  id: string;
  total: number;
  new: number;
  /** What `review` shows today as reviews and repeats (before its daily limit). */
  due: number;
  /** Due by date, but waiting for another day because a card of the same note comes first. */
  buried: number;
  suspended: number;
}

/**
 * Card counts of one deck as of `today`: cards the store has not seen yet count as new; due
 * and buried come from the same queue `review` builds, so the two always agree.
 */
export function countDeck(
  deck: Deck,
  progress: ReadonlyMap<string, CardProgress>,
  today: string,
  todayLog: ReviewLogEntry[] = [],
): DeckCounts {
  const counts: DeckCounts = { slug: deck.slug, name: deck.name, id: deck.id, total: 0, new: 0, due: 0, buried: 0, suspended: 0 };
  const retired = new Set(deck.notes.filter((n) => n.retiredAt).map((n) => n.id));
  // A retired note's cards left the deck when its sentence left the article: not counted at
  // all (as in stats), not as "suspended" — which is what the user did to a card.
  const live = cardsOfDeck(deck).filter((card) => !retired.has(card.noteId));
  const queue = buildTodayQueue({ cards: live, progress, todayLog, today, newLimit: Infinity, reviewLimit: Infinity });
  const shown = new Set([...queue.due, ...queue.repeats].map((card) => card.id));
  for (const card of live) {
    const p = progress.get(card.id);
    if (p?.suspended) {
      counts.suspended += 1;
      continue;
    }
    counts.total += 1;
    if (!p || p.due === null) counts.new += 1;
    else if (p.due <= today && !shown.has(card.id)) counts.buried += 1;
  }
  counts.due = shown.size;
  return counts;
}

export const runDecksCommand: CommandRunner = async (args, context) => {
  const loaded = await loadAllDecks(context.decksDir);
  const { problems } = loaded;
  for (const problem of problems) context.stderr.write(`${problem}\n`);
  const chosen = await activeScheduler(context);
  const filter = deckFilterOf(args.values, context.now(), 'decks');
  const decks = filter ? filterDecks(loaded.decks, filter) : loaded.decks;
  const store = await openStore(context.storageDir, { mode: 'read', now: context.now(), timeZone: context.timeZone });
  // Due as the scheduler in use has it, so that due is what review shows.
  const scheduler = await chosen.load(store);
  const progress = new Map(store.progress().map((p) => [p.cardId, dueUnder(scheduler, p)]));
  const today = calendarDayIn(context.now(), context.timeZone);
  const todayLog = store.answers({ day: today });
  await store.close();
  const rows = decks.map((deck) => countDeck(deck, progress, today, todayLog));
  if (args.values.json) {
    context.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) {
    context.stdout.write(`No decks in "${context.decksDir}" yet — make one with: briefdeck generate ARTICLE.txt\n`);
    return 0;
  }
  const width = Math.max(4, ...rows.map((r) => r.slug.length));
  const lines = [`${'deck'.padEnd(width)}  total    new    due  buried  suspended`];
  for (const r of rows) {
    const figures = [r.total, r.new, r.due].map((n) => String(n).padStart(5));
    lines.push(`${r.slug.padEnd(width)}  ${figures.join('  ')}  ${String(r.buried).padStart(6)}  ${String(r.suspended).padStart(9)}`);
  }
  context.stdout.write(`${lines.join('\n')}\n`);
  return problems.length ? 1 : 0;
};

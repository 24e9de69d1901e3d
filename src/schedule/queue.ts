import type { Card } from '../deck/types.js';
import type { CardProgress, ReviewLogEntry } from './types.js';

export interface QueueInput {
  /** Candidate cards in deck order (callers already removed retired notes). */
  cards: Card[];
  /** By card id; a card without progress is new. */
  progress: ReadonlyMap<string, CardProgress>;
  /** Today's effective answers (undone ones removed), oldest first. */
  todayLog: ReviewLogEntry[];
  /** YYYY-MM-DD in the user's time zone. */
  today: string;
  newLimit: number;
  reviewLimit: number;
}

export interface TodayQueue {
  /** Cards due today or earlier, most overdue first. */
  due: Card[];
  /** New cards in deck order. */
  fresh: Card[];
  /** Cards whose latest answer today was graded below 4 (SM-2 step 7). */
  repeats: Card[];
}

export const DEFAULT_NEW_LIMIT = 20;
export const DEFAULT_REVIEW_LIMIT = 200;

/** What today's log says about the day so far. */
interface DaySoFar {
  /** Cards given their first (scheduling) answer today. */
  reviewed: Set<string>;
  /** Of those, the cards that were new. */
  introduced: Set<string>;
  /** Notes with any card answered today: their other cards wait (siblings are buried). */
  notesTouched: Set<string>;
  /** Latest review or repeat grade today, by card, in the order of those latest answers. */
  latestGrade: Map<string, number>;
}

function readDaySoFar(todayLog: ReviewLogEntry[], today: string, cards: Card[]): DaySoFar {
  const noteOf = new Map(cards.map((c) => [c.id, c.noteId]));
  const day: DaySoFar = { reviewed: new Set(), introduced: new Set(), notesTouched: new Set(), latestGrade: new Map() };
  for (const entry of todayLog) {
    if (entry.day !== today) continue;
    const note = noteOf.get(entry.cardId);
    if (note !== undefined) day.notesTouched.add(note);
    if (entry.source === 'quiz') continue;
    if (entry.source === 'review') {
      day.reviewed.add(entry.cardId);
      if (entry.before.due === null) day.introduced.add(entry.cardId);
    }
    day.latestGrade.delete(entry.cardId); // re-add so the map keeps the order of latest answers
    day.latestGrade.set(entry.cardId, entry.quality);
  }
  return day;
}

/** Takes candidates in order while the limit lasts, one card per note. */
function takeUnburied(candidates: Card[], limit: number, notesUsed: Set<string>): Card[] {
  const taken: Card[] = [];
  for (const card of candidates) {
    if (taken.length >= limit) break;
    if (notesUsed.has(card.noteId)) continue;
    notesUsed.add(card.noteId);
    taken.push(card);
  }
  return taken;
}

/**
 * Today's cards: due reviews (most overdue first), then new cards, within the day's limits
 * counting what was already answered today, so a second session continues the first.
 * Suspended cards never appear; a note shows at most one card a day.
 */
export function buildTodayQueue(input: QueueInput): TodayQueue {
  const { cards, progress, today } = input;
  const day = readDaySoFar(input.todayLog, today, cards);
  const active = cards.filter((c) => progress.get(c.id)?.suspended !== true);
  const waiting = active.filter((c) => !day.reviewed.has(c.id));

  const dueOf = (c: Card): string | null => progress.get(c.id)?.due ?? null;
  const dueCandidates = waiting
    .filter((c) => dueOf(c) !== null && dueOf(c)! <= today)
    // Days compare as strings; the sort is stable, so ties keep deck and card order.
    .sort((a, b) => (dueOf(a)! < dueOf(b)! ? -1 : dueOf(a)! > dueOf(b)! ? 1 : 0));
  const freshCandidates = waiting.filter((c) => dueOf(c) === null);

  const notesUsed = new Set(day.notesTouched);
  const reviewBudget = Math.max(0, input.reviewLimit - day.reviewed.size);
  const due = takeUnburied(dueCandidates, reviewBudget, notesUsed);
  const newBudget = Math.min(Math.max(0, input.newLimit - day.introduced.size), reviewBudget - due.length);
  const fresh = takeUnburied(freshCandidates, newBudget, notesUsed);

  const byId = new Map(active.map((c) => [c.id, c]));
  const repeats = [...day.latestGrade]
    .filter(([id, grade]) => grade < 4 && byId.has(id))
    .map(([id]) => byId.get(id)!);
  return { due, fresh, repeats };
}

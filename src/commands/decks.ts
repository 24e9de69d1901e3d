import { loadAllDecks } from '../deck/deck-file.js';
import { cardsOfDeck, type Deck } from '../deck/types.js';
import { localDay } from '../schedule/calendar.js';
import type { CardProgress } from '../schedule/types.js';
import { openStore } from '../store/open-store.js';
import type { CommandRunner } from './context.js';

export interface DeckCounts {
  slug: string;
  name: string;
  id: string;
  total: number;
  new: number;
  due: number;
  suspended: number;
}

/** Card counts of one deck as of `today`: cards the store has not seen yet count as new. */
export function countDeck(deck: Deck, progress: ReadonlyMap<string, CardProgress>, today: string): DeckCounts {
  const counts: DeckCounts = { slug: deck.slug, name: deck.name, id: deck.id, total: 0, new: 0, due: 0, suspended: 0 };
  const retired = new Set(deck.notes.filter((n) => n.retiredAt).map((n) => n.id));
  for (const card of cardsOfDeck(deck)) {
    const p = progress.get(card.id);
    if (retired.has(card.noteId) || p?.suspended) {
      counts.suspended += 1;
      continue;
    }
    counts.total += 1;
    if (!p || p.due === null) counts.new += 1;
    else if (p.due <= today) counts.due += 1;
  }
  return counts;
}

export const runDecksCommand: CommandRunner = async (args, context) => {
  const { decks, problems } = await loadAllDecks(context.decksDir);
  for (const problem of problems) context.stderr.write(`${problem}\n`);
  const store = await openStore(context.storageDir, { mode: 'read', now: context.now(), timeZone: context.timeZone });
  const progress = new Map(store.progress().map((p) => [p.cardId, p]));
  await store.close();
  const today = localDay(context.now(), context.timeZone);
  const rows = decks.map((deck) => countDeck(deck, progress, today));
  if (args.values.json) {
    context.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  if (rows.length === 0) {
    context.stdout.write(`No decks in "${context.decksDir}" yet — make one with: briefdeck generate ARTICLE.txt\n`);
    return 0;
  }
  const width = Math.max(4, ...rows.map((r) => r.slug.length));
  const lines = [`${'deck'.padEnd(width)}  total    new    due  suspended`];
  for (const r of rows) {
    lines.push(
      `${r.slug.padEnd(width)}  ${String(r.total).padStart(5)}  ${String(r.new).padStart(5)}  ${String(r.due).padStart(5)}  ${String(r.suspended).padStart(9)}`,
    );
  }
  context.stdout.write(`${lines.join('\n')}\n`);
  return problems.length ? 1 : 0;
};

import { cardsOfDeck, type Deck } from '../deck/types.js';
import type { CardProgress, ReviewLogEntry } from '../schedule/types.js';
import { MATURE_INTERVAL, type CardCounts, type DeckCounts } from './stats-report.js';

type Category = 'new' | 'learning' | 'young' | 'mature' | 'suspended' | 'retired';

export function emptyCounts(): CardCounts {
  return { new: 0, learning: 0, young: 0, mature: 0, suspended: 0, retired: 0, total: 0 };
}

/**
 * Cards whose latest answer today (review or repeat; a quiz does not schedule) was graded
 * below 4: SM-2 brings them back today, as the review queue does.
 */
export function learningToday(answers: readonly ReviewLogEntry[], today: string): Set<string> {
  const latest = new Map<string, number>();
  for (const a of answers) if (a.day === today && a.source !== 'quiz') latest.set(a.cardId, a.quality);
  return new Set([...latest].filter(([, quality]) => quality < 4).map(([cardId]) => cardId));
}

function categorize(progress: CardProgress | undefined, learning: ReadonlySet<string>): Exclude<Category, 'retired'> {
  if (progress?.suspended) return 'suspended';
  if (!progress || progress.due === null) return 'new';
  if (learning.has(progress.cardId)) return 'learning';
  return progress.interval < MATURE_INTERVAL ? 'young' : 'mature';
}

function add(counts: CardCounts, category: Category): void {
  counts[category] += 1;
  if (category !== 'retired') counts.total += 1;
}

/**
 * Counts per deck. A deck's cards come from its file (cards the store has not seen yet are
 * new); store cards no longer in the file, or of retired notes, are retired. A deck known
 * only to the store (its file gone) is counted from the store alone.
 */
export function countCards(input: {
  decks: readonly Deck[];
  /** Store progress of the decks in scope. */
  progress: readonly CardProgress[];
  learning: ReadonlySet<string>;
}): DeckCounts[] {
  const byId = new Map(input.progress.map((p) => [p.cardId, p]));
  const rows: DeckCounts[] = [];
  const seen = new Set<string>();
  for (const deck of input.decks) {
    const row: DeckCounts = { deckId: deck.id, slug: deck.slug, name: deck.name, ...emptyCounts() };
    const retiredNotes = new Set(deck.notes.filter((n) => n.retiredAt).map((n) => n.id));
    for (const card of cardsOfDeck(deck)) {
      seen.add(card.id);
      add(row, retiredNotes.has(card.noteId) ? 'retired' : categorize(byId.get(card.id), input.learning));
    }
    for (const p of input.progress) if (p.deckId === deck.id && !seen.has(p.cardId)) add(row, 'retired');
    rows.push(row);
  }
  const known = new Set(input.decks.map((d) => d.id));
  const orphans = new Map<string, DeckCounts>();
  for (const p of input.progress) {
    if (known.has(p.deckId)) continue;
    let row = orphans.get(p.deckId);
    if (!row) orphans.set(p.deckId, (row = { deckId: p.deckId, slug: p.deckId, name: `${p.deckId} (deck file missing)`, ...emptyCounts() }));
    add(row, categorize(p, input.learning));
  }
  return [...rows, ...orphans.values()];
}

export function sumCounts(rows: readonly CardCounts[]): CardCounts {
  const total = emptyCounts();
  for (const row of rows) for (const key of Object.keys(total) as Array<keyof CardCounts>) total[key] += row[key];
  return total;
}

import { clozeAnswers, parseCloze, plainText } from '../deck/cloze.js';
import type { Deck, Note } from '../deck/types.js';
import type { CardProgress } from '../schedule/types.js';
import type { LeechCard, LeechFigures } from './stats-report.js';

/**
 * A leech is a card that keeps failing. Anki flags one at 8 lapses; briefdeck's decks are
 * small and read for a meeting weeks away, so it flags earlier: 4 lapses. The easiness
 * floor is there because SM-2 leaves EF alone on a failure: only grades of 3 drag EF down,
 * and at 1.5 (from 2.5, about seven hard passes) a card is remembered, but barely, every time.
 */
export const LEECH_MIN_LAPSES = 4;
export const LEECH_MAX_EASINESS = 1.5;

export function isLeech(p: Pick<CardProgress, 'lapses' | 'easiness' | 'due'>): boolean {
  return p.due !== null && (p.lapses >= LEECH_MIN_LAPSES || p.easiness <= LEECH_MAX_EASINESS);
}

function cardText(note: Note | undefined, ord: number): { text: string | null; answer: string | null } {
  if (!note) return { text: null, answer: null };
  try {
    const segments = parseCloze(note.text);
    return { text: plainText(segments), answer: clozeAnswers(segments, ord).join(' … ') || null };
  } catch {
    return { text: null, answer: null }; // a damaged note is reported by the commands that show cards
  }
}

/** Leeches among `progress` (the caller leaves retired cards out), worst first. */
export function findLeeches(progress: readonly CardProgress[], decks: readonly Deck[]): LeechFigures {
  const notes = new Map<string, Note>();
  for (const deck of decks) for (const note of deck.notes) notes.set(note.id, note);
  const cards: LeechCard[] = progress
    .filter(isLeech)
    .map((p) => ({
      cardId: p.cardId,
      deckId: p.deckId,
      ...cardText(notes.get(p.noteId), p.ord),
      lapses: p.lapses,
      easiness: p.easiness,
      interval: p.interval,
      reviews: p.reviews,
      suspended: p.suspended,
    }))
    .sort((a, b) => b.lapses - a.lapses || a.easiness - b.easiness || a.cardId.localeCompare(b.cardId));
  return { threshold: { minLapses: LEECH_MIN_LAPSES, maxEasiness: LEECH_MAX_EASINESS }, cards };
}

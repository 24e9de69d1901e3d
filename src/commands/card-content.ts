import { parseCloze, type ClozeSegment } from '../deck/cloze.js';
import type { Card, Deck, Note } from '../deck/types.js';

/** What a card shows: its note's segments and the context for the back. */
export interface CardContent {
  segments: ClozeSegment[];
  deckName: string;
  title: string;
  /** Where the article can be read again: its canonical URL or the link it came from; null for files. */
  url?: string | null;
  section: string | null;
  extra: string;
}

/** A lookup from card to content over the given decks (parsed once per note). */
export function cardContentLookup(decks: Deck[]): (card: Card) => CardContent {
  const notes = new Map<string, { deck: Deck; note: Note; segments?: ClozeSegment[]; parsed?: string }>();
  for (const deck of decks) for (const note of deck.notes) notes.set(note.id, { deck, note });
  return (card) => {
    const entry = notes.get(card.noteId);
    if (!entry) throw new Error(`card ${card.id} has no note in the loaded decks`);
    // Parsed once per text: a note edited during the session (briefdeck edit, e) is parsed again.
    if (entry.parsed !== entry.note.text) {
      entry.segments = parseCloze(entry.note.text);
      entry.parsed = entry.note.text;
    }
    return {
      segments: entry.segments!,
      deckName: entry.deck.name,
      title: entry.deck.source.title,
      url: entry.deck.source.canonicalUrl ?? entry.deck.source.url ?? null,
      section: entry.note.section,
      extra: entry.note.extra,
    };
  };
}

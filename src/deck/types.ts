/** The kinds of fact a deletion can hold. `quote` marks a who-said-it card. */
export const FACT_KINDS = [
  'money',
  'percent',
  'number',
  'quantity',
  'date',
  'person',
  'organization',
  'place',
  'term',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];
export type NoteKind = FactKind | 'quote';
export const NOTE_KINDS: readonly NoteKind[] = [...FACT_KINDS, 'quote'];

/** One cloze note: Anki-style markup in `text`, one card per deletion number. */
export interface Note {
  /** nanoid, assigned once and kept across regenerations. */
  id: string;
  /** Content fingerprint (normalised sentence + answers), used to match notes on regeneration. */
  fingerprint: string;
  /** The kind of the note's first deletion. */
  kind: NoteKind;
  /** cardKinds[i] is the kind of deletion c(i+1). */
  cardKinds: NoteKind[];
  /** Cloze markup, see deck/cloze.ts: `{{c1::$3 billion::amount}}`. */
  text: string;
  /** Context for the back of the card: the full source sentence(s). Plain text. */
  extra: string;
  /** The article section the sentence sits in, or null. */
  section: string | null;
  tags: string[];
  /** ISO time the note vanished from a regenerated article; its history is kept. */
  retiredAt?: string;
  /** ISO time the user last edited the note by hand: regeneration leaves it as they wrote it. */
  editedAt?: string;
}

export interface DeckSource {
  title: string;
  path?: string;
  /** The link the article was fetched from (after redirects). */
  url?: string;
  sha256: string;
  dateline: string | null;
  /** Who wrote it, as the page says: metadata, never card text. */
  byline?: string;
  /** When it was published, as the page or feed says (ISO-like). */
  published?: string;
  /** The page's own name for itself (<link rel="canonical">). */
  canonicalUrl?: string;
  /** The feed the article came from, and its item there: a feed run makes each item once. */
  feed?: { url: string; item: string };
}

export const DECK_SCHEMA = 1;

export interface Deck {
  schema: typeof DECK_SCHEMA;
  id: string;
  name: string;
  slug: string;
  source: DeckSource;
  /** The user's own labels ("morning-brief"): a feed's decks share one, for `--tag`. */
  tags?: string[];
  generatedAt: string;
  notes: Note[];
}

/** A card is one deletion number of one note. */
export interface Card {
  id: string;
  deckId: string;
  noteId: string;
  ord: number;
  kind: NoteKind;
}

export function cardId(noteId: string, ord: number): string {
  return `${noteId}.${ord}`;
}

/** Every card of a deck, retired notes included (callers decide what to show). */
export function cardsOfDeck(deck: Deck): Card[] {
  return deck.notes.flatMap((note) =>
    note.cardKinds.map((kind, i) => ({
      id: cardId(note.id, i + 1),
      deckId: deck.id,
      noteId: note.id,
      ord: i + 1,
      kind,
    })),
  );
}

// Which cards a deck brings to the store: pure, so the rules read as plain tests.
import { cardsOfDeck, type Deck } from '../deck/types.js';
import { newCardSchedule } from '../schedule/types.js';
import type { StoredCard } from './store-schema.js';

export interface DeckSyncPlan {
  cards: Record<string, StoredCard>;
  /** Cards new to the store. */
  added: number;
  /** Cards that became retired now (their note was retired or left the deck). */
  retired: number;
  changed: boolean;
}

/**
 * New cards of live notes start as new cards; cards of retired or vanished notes are marked
 * retired (suspended, history kept); a card whose note is live again loses the mark.
 * The user's own suspension is never touched.
 */
export function planDeckSync(deck: Deck, existing: Readonly<Record<string, StoredCard>>): DeckSyncPlan {
  const cards: Record<string, StoredCard> = { ...existing };
  const retiredNotes = new Set(deck.notes.filter((note) => note.retiredAt !== undefined).map((note) => note.id));
  const inDeck = new Set<string>();
  let added = 0;
  let retired = 0;
  let changed = false;
  const mark = (card: StoredCard, isRetired: boolean): void => {
    if (card.retired === isRetired) return;
    cards[card.cardId] = { ...card, retired: isRetired };
    if (isRetired) retired += 1;
    changed = true;
  };
  const fingerprints = new Map(deck.notes.map((note) => [note.id, note.fingerprint]));
  for (const card of cardsOfDeck(deck)) {
    inDeck.add(card.id);
    const known = cards[card.id];
    const isRetired = retiredNotes.has(card.noteId);
    const fingerprint = fingerprints.get(card.noteId)!;
    if (known) {
      mark(known, isRetired);
      if (known.fingerprint !== fingerprint) {
        cards[card.id] = { ...cards[card.id]!, fingerprint };
        changed = true;
      }
    } else if (!isRetired) {
      cards[card.id] = {
        cardId: card.id,
        deckId: deck.id,
        noteId: card.noteId,
        ord: card.ord,
        ...newCardSchedule(),
        reviews: 0,
        lastReviewed: null,
        suspended: false,
        retired: false,
        fingerprint,
      };
      added += 1;
      changed = true;
    }
  }
  for (const card of Object.values(existing)) if (!inDeck.has(card.cardId)) mark(card, true);
  return { cards, added, retired, changed };
}

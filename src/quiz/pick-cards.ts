import { cardsOfDeck, type Card, type Deck, type NoteKind } from '../deck/types.js';
import type { RandomSource } from './seeded-random.js';

/** What the store knows of a card that says how weak it is (CardProgress has all of it). */
export interface CardStanding {
  easiness: number;
  lapses: number;
  /** Scheduling answers so far: how often the card was seen. */
  reviews: number;
  suspended: boolean;
}

export interface PickCardsInput {
  decks: readonly Deck[];
  /** By card id; a card without standing was never seen. */
  standing: ReadonlyMap<string, CardStanding>;
  /** Kinds asked for; empty means every kind. */
  kinds: readonly NoteKind[];
  count: number;
  random: RandomSource;
}

/** Cards a quiz may ask: not of a retired note, not suspended, of a kind asked for. */
export function quizableCards(input: Omit<PickCardsInput, 'count' | 'random'>): Card[] {
  const wanted = new Set(input.kinds);
  return input.decks.flatMap((deck) => {
    const live = new Set(deck.notes.filter((n) => !n.retiredAt).map((n) => n.id));
    return cardsOfDeck(deck).filter(
      (card) =>
        live.has(card.noteId) &&
        !input.standing.get(card.id)?.suspended &&
        (wanted.size === 0 || wanted.has(card.kind)),
    );
  });
}

/** An unseen card stands like a new card in SM-2: easiness 2.5, no lapses, never seen. */
const UNSEEN: CardStanding = { easiness: 2.5, lapses: 0, reviews: 0, suspended: false };

/**
 * Up to `count` cards, weakest first: lowest easiness, then most lapses, then least seen —
 * so a card never seen comes before a seen card of the same easiness, and after any card
 * that proved hard. Equal cards are ordered by the seeded random, each card once.
 */
export function pickQuizCards(input: PickCardsInput): Card[] {
  const seen = new Set<string>();
  const cards = quizableCards(input).filter((card) => !seen.has(card.id) && seen.add(card.id));
  // One draw per card in deck order, so the same seed always gives the same ties.
  const ranked = cards.map((card) => ({ card, standing: input.standing.get(card.id) ?? UNSEEN, tie: input.random() }));
  ranked.sort(
    (a, b) =>
      a.standing.easiness - b.standing.easiness ||
      b.standing.lapses - a.standing.lapses ||
      a.standing.reviews - b.standing.reviews ||
      a.tie - b.tie,
  );
  return ranked.slice(0, Math.max(0, input.count)).map((r) => r.card);
}

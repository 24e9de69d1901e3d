import { clozeAnswers, clozeOrds, parseCloze } from '../deck/cloze.js';
import { cardsOfDeck, type Card, type Deck, type Note, type NoteKind } from '../deck/types.js';
import { normalizeAnswer } from './normalize-answer.js';
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
  /** Several cards of one note in the same quiz (kept apart); by default one card per note. */
  siblings?: boolean;
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
  const usedNotes = new Set<string>();
  const chosen = ranked
    .map((r) => r.card)
    .filter((card) => input.siblings || (!usedNotes.has(card.noteId) && usedNotes.add(card.noteId)))
    .slice(0, Math.max(0, input.count));
  return spreadRelated(chosen, relatedKeysOf(input.decks));
}

/** How many questions back a related card must not be. */
const RELATED_GAP = 2;

/**
 * What ties a note to others: the note itself, its answers and its source sentence. A person
 * card and the who-said card of the same quote share the speaker and the sentence; asked one
 * after the other, the first gives the second away.
 */
function relatedKeysOf(decks: readonly Deck[]): (card: Card) => Set<string> {
  const notes = new Map<string, Note>(decks.flatMap((d) => d.notes.map((n) => [n.id, n] as const)));
  const cache = new Map<string, Set<string>>();
  return (card) => {
    let keys = cache.get(card.noteId);
    if (keys) return keys;
    keys = new Set([`note:${card.noteId}`]);
    const note = notes.get(card.noteId);
    if (note) {
      const segments = parseCloze(note.text);
      for (const ord of clozeOrds(segments)) for (const answer of clozeAnswers(segments, ord)) keys.add(`answer:${normalizeAnswer(answer)}`);
      const sentence = note.extra.split('\n').at(-1)?.trim();
      if (sentence) keys.add(`sentence:${normalizeAnswer(sentence)}`);
    }
    cache.set(card.noteId, keys);
    return keys;
  };
}

/**
 * The same cards, weakest still first where it can be, but no card within RELATED_GAP
 * questions of a related one: the next card taken is the first not related to the last ones
 * asked — or, when a group of related cards left needs every slot from now on to stay apart,
 * that group's first card. When every card left is related, the order stands.
 */
function spreadRelated(cards: Card[], keysOf: (card: Card) => Set<string>): Card[] {
  const related = (a: Card, b: Card): boolean => {
    const keys = keysOf(b);
    for (const key of keysOf(a)) if (keys.has(key)) return true;
    return false;
  };
  // Cards left that share each key: a card's group is at least its largest such count.
  const leftWithKey = new Map<string, number>();
  for (const card of cards) for (const key of keysOf(card)) leftWithKey.set(key, (leftWithKey.get(key) ?? 0) + 1);
  const groupOf = (card: Card): number => Math.max(...[...keysOf(card)].map((k) => leftWithKey.get(k) ?? 0));
  const left = [...cards];
  const order: Card[] = [];
  while (left.length > 0) {
    const recent = order.slice(-RELATED_GAP);
    const isFree = (card: Card): boolean => recent.every((r) => !related(card, r));
    // A group of g related cards needs (g - 1) × (gap + 1) + 1 slots to stay apart.
    const urgentSize = (left.length - 1) / (RELATED_GAP + 1) + 1;
    const anyUrgent = [...leftWithKey.values()].some((n) => n >= urgentSize);
    const urgent = anyUrgent ? left.find((card) => groupOf(card) >= urgentSize && isFree(card)) : undefined;
    const next = urgent ?? left.find(isFree) ?? left[0]!;
    left.splice(left.indexOf(next), 1);
    for (const key of keysOf(next)) leftWithKey.set(key, leftWithKey.get(key)! - 1);
    order.push(next);
  }
  return order;
}

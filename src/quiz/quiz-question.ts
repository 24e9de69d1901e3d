import { clozeAnswers, ClozeSyntaxError, parseCloze, type ClozeSegment } from '../deck/cloze.js';
import { cardsOfDeck, type Card, type Deck, type Note, type NoteKind } from '../deck/types.js';
import { mentionedPlaces } from './mentioned-places.js';
import { choiceOptions, type PoolAnswer } from './distractors.js';
import { normalizeAnswer } from './normalize-answer.js';
import type { QuizMode } from './quiz-mode.js';
import type { RandomSource } from './seeded-random.js';

/** One question of a quiz: a card, what answers it, and (choice mode) the options. */
export interface QuizQuestion {
  card: Card;
  /** The card's deletions in text order, exactly as the deck has them. */
  answers: string[];
  /** The answers as one line, to show. */
  answer: string;
  /** How the answer is graded and which distractors fit: a quote's speaker reads as a person or an organisation. */
  matchKind: NoteKind;
  /** Choice mode: the options, the answer among them; null otherwise. */
  options: string[] | null;
}

function segmentsOf(deck: Deck, note: Note): ClozeSegment[] {
  try {
    return parseCloze(note.text);
  } catch (error) {
    if (!(error instanceof ClozeSyntaxError)) throw error;
    throw new ClozeSyntaxError(`note ${note.id} of deck "${deck.slug}" has broken cloze text (${error.message})`);
  }
}

interface DeckAnswer {
  card: Card;
  answers: string[];
  /** The note's other deletions, which the question shows as text. */
  visible: string[];
}

/** Every live card of the decks with its answers. */
function deckAnswers(decks: readonly Deck[]): DeckAnswer[] {
  return decks.flatMap((deck) => {
    const notes = new Map(deck.notes.filter((n) => !n.retiredAt).map((n) => [n.id, segmentsOf(deck, n)]));
    return cardsOfDeck(deck).flatMap((card) => {
      const segments = notes.get(card.noteId);
      if (!segments) return [];
      const visible = segments.flatMap((s) => (s.type === 'deletion' && s.ord !== card.ord ? [s.answer] : []));
      return [{ card, answers: clozeAnswers(segments, card.ord), visible }];
    });
  });
}

/**
 * A quote's answer is its speaker: graded as an organisation when the decks name it as one
 * ("Human Rights Watch"), otherwise as a person (surname alone accepted).
 */
function speakerKinds(all: DeckAnswer[]): (answer: string) => NoteKind {
  const organisations = new Set(
    all.filter((a) => a.card.kind === 'organization').flatMap((a) => a.answers.map(normalizeAnswer)),
  );
  return (answer) => (organisations.has(normalizeAnswer(answer)) ? 'organization' : 'person');
}

export interface BuildQuestionsInput {
  decks: readonly Deck[];
  /** The cards picked, in the order to ask them. */
  cards: readonly Card[];
  mode: QuizMode;
  random: RandomSource;
}

/** The questions for the picked cards; choice mode draws each question's options from every deck given. */
export function buildQuizQuestions(input: BuildQuestionsInput): QuizQuestion[] {
  const all = deckAnswers(input.decks);
  const speakerKind = speakerKinds(all);
  const matchKindOf = (card: Card, answer: string): NoteKind => (card.kind === 'quote' ? speakerKind(answer) : card.kind);
  const byId = new Map(all.map((a) => [a.card.id, a]));
  const pool: PoolAnswer[] = [
    ...all.flatMap((a) => a.answers.map((answer) => ({ answer, kind: matchKindOf(a.card, answer), deckId: a.card.deckId }))),
    ...input.decks.flatMap((deck) => mentionedPlaces(deck).map((answer) => ({ answer, kind: 'place' as const, deckId: deck.id }))),
  ];
  return input.cards.flatMap((card) => {
    const found = byId.get(card.id);
    if (!found || found.answers.length === 0) return [];
    const answer = found.answers.join(', ');
    const matchKind = matchKindOf(card, found.answers[0]!);
    const options =
      input.mode === 'choice'
        ? choiceOptions({ answer, kind: matchKind, deckId: card.deckId, pool, visible: found.visible, random: input.random })
        : null;
    return [{ card, answers: found.answers, answer, matchKind, options }];
  });
}

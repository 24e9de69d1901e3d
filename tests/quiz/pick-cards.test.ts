import { describe, expect, test } from 'vitest';
import type { Deck, Note, NoteKind } from '../../src/deck/types.js';
import { pickQuizCards, quizableCards, type CardStanding } from '../../src/quiz/pick-cards.js';
import { parseQuizKinds } from '../../src/quiz/quiz-kinds.js';
import { createSeededRandom } from '../../src/quiz/seeded-random.js';
import { smallDeck } from '../fixtures/small-deck.js';

const note = (id: string, kind: NoteKind, extra: Partial<Note> = {}): Note => ({
  id,
  fingerprint: id,
  kind,
  cardKinds: [kind],
  text: `{{c1::${id}}} text`,
  extra: '',
  section: null,
  tags: [],
  ...extra,
});

const deck = (id: string, notes: Note[]): Deck => ({ ...smallDeck, id, slug: id, name: id, notes });

const seen = (easiness: number, lapses = 0, reviews = 1, suspended = false): CardStanding => ({ easiness, lapses, reviews, suspended });

const pick = (decks: Deck[], standing: Map<string, CardStanding>, count = 20, kinds: NoteKind[] = [], seed = 's') =>
  pickQuizCards({ decks, standing, kinds, count, random: createSeededRandom(seed) }).map((c) => c.id);

describe('pickQuizCards', () => {
  test('weakest first: lowest easiness, then most lapses, then least seen; unseen before seen of equal easiness', () => {
    const d = deck('d', ['easy', 'hard', 'lapsed', 'fresh', 'seenOnce', 'seenOften'].map((id) => note(id, 'number')));
    const standing = new Map([
      ['easy.1', seen(2.8, 0, 4)],
      ['hard.1', seen(1.7, 0, 3)],
      ['lapsed.1', seen(2.5, 2, 5)],
      ['seenOnce.1', seen(2.5, 0, 1)],
      ['seenOften.1', seen(2.5, 0, 6)],
    ]);
    expect(pick([d], standing)).toEqual(['hard.1', 'lapsed.1', 'fresh.1', 'seenOnce.1', 'seenOften.1', 'easy.1']);
  });

  test('at most N cards, each once, even when a deck is given twice', () => {
    const d = deck('d', ['a', 'b', 'c', 'd'].map((id) => note(id, 'place')));
    expect(pick([d], new Map(), 3)).toHaveLength(3);
    const twice = pick([d, d], new Map(), 20);
    expect(twice).toHaveLength(4);
    expect(new Set(twice).size).toBe(4);
  });

  test('retired notes and suspended cards are left out', () => {
    const d = deck('d', [note('kept', 'place'), note('gone', 'place', { retiredAt: '2026-01-01T00:00:00Z' }), note('held', 'place')]);
    expect(pick([d], new Map([['held.1', seen(1.3, 3, 3, true)]]))).toEqual(['kept.1']);
  });

  test('by kind when asked: only those kinds, from every deck given', () => {
    const a = deck('a', [note('p1', 'person'), note('m1', 'money'), note('q1', 'quote')]);
    const b = deck('b', [note('p2', 'person'), note('o1', 'organization')]);
    expect(pick([a, b], new Map(), 20, ['person']).sort()).toEqual(['p1.1', 'p2.1']);
    expect(pick([a, b], new Map(), 20, ['organization', 'money']).sort()).toEqual(['m1.1', 'o1.1']);
    expect(quizableCards({ decks: [a], standing: new Map(), kinds: ['place'] })).toEqual([]);
  });

  test('ties are broken by the seeded random: the same seed gives the same order, another seed another', () => {
    const d = deck('d', Array.from({ length: 12 }, (_, i) => note(`n${i}`, 'number')));
    expect(pick([d], new Map(), 12, [], 'one')).toEqual(pick([d], new Map(), 12, [], 'one'));
    expect(pick([d], new Map(), 12, [], 'one')).not.toEqual(pick([d], new Map(), 12, [], 'two'));
  });
});

describe('one quiz: one card per note, and related cards apart', () => {
  const sentence = 'The talks with Kazakhstan, Uzbekistan, Tajikistan and Kyrgyzstan went on.';
  // Four deletions of one sentence: each card's question shows the other three answers.
  const fourDeletions = note('four', 'place', {
    cardKinds: ['place', 'place', 'place', 'place'],
    text: 'The talks with {{c1::Kazakhstan}}, {{c2::Uzbekistan}}, {{c3::Tajikistan}} and {{c4::Kyrgyzstan}} went on.',
    extra: sentence,
  });
  const quote = '“Now there are 23,” Daniel Rosenblum said.';
  const person = note('person', 'person', { text: '“Now there are 23,” {{c1::Daniel Rosenblum::person}} said.', extra: quote });
  const whoSaid = note('whosaid', 'quote', {
    text: '“Now there are 23” — {{c1::Daniel Rosenblum::who said it?}}',
    extra: `Speaker: U.S. Ambassador Daniel Rosenblum\n${quote}`,
  });
  const others = ['m1', 'm2', 'm3'].map((id) => note(id, 'money'));

  test('by default a note gives one card to a quiz, its weakest', () => {
    const d = deck('d', [fourDeletions, ...others]);
    const picked = pick([d], new Map([['four.3', seen(1.5)]]));
    expect(picked.filter((id) => id.startsWith('four.'))).toEqual(['four.3']);
    expect(picked).toHaveLength(4);
  });

  test('with siblings asked for, every card of the note may come, kept apart', () => {
    const d = deck('d', [fourDeletions, ...others, ...['m4', 'm5', 'm6'].map((id) => note(id, 'money'))]);
    const picked = pickQuizCards({ decks: [d], standing: new Map(), kinds: [], count: 20, random: createSeededRandom('s'), siblings: true }).map((c) => c.noteId);
    expect(picked.filter((id) => id === 'four')).toHaveLength(4);
    for (let i = 1; i < picked.length; i++) {
      if (picked[i] === 'four') expect(picked.slice(Math.max(0, i - 2), i), picked.join(' ')).not.toContain('four');
    }
  });

  test('a person card and the who-said card of the same quote are not asked one after the other', () => {
    const d = deck('d', [person, whoSaid, ...others]);
    // Both are the weakest, so by rank alone they would come first and second.
    const standing = new Map([['person.1', seen(1.3)], ['whosaid.1', seen(1.31)]]);
    const picked = pick([d], standing);
    expect(picked[0]).toBe('person.1');
    const gap = picked.indexOf('whosaid.1') - picked.indexOf('person.1');
    expect(gap).toBeGreaterThan(2);
  });
});

describe('parseQuizKinds', () => {
  test('kinds by name, British spelling, plural, hint word or comma list; unknown names reported', () => {
    expect(parseQuizKinds(['organisation'])).toEqual({ kinds: ['organization'], unknown: [] });
    expect(parseQuizKinds(['people', 'Money,percent', 'quotes', 'amount'])).toEqual({
      kinds: ['person', 'money', 'percent', 'quote'],
      unknown: [],
    });
    expect(parseQuizKinds(['persn', 'date'])).toEqual({ kinds: ['date'], unknown: ['persn'] });
  });
});

import { describe, expect, test } from 'vitest';
import { mergeDeck } from '../../src/deck/merge-deck.js';
import type { GeneratedNote } from '../../src/generate/generate-notes.js';

function note(text: string, fingerprint: string): GeneratedNote {
  return { fingerprint, kind: 'money', cardKinds: ['money'], text, extra: text, section: null, tags: ['kind::money'] };
}

const source = { title: 'T', sha256: 'x', dateline: null };

function idMaker(): () => string {
  let n = 0;
  return () => `id${++n}`;
}

/** A fresh deck of two notes (trade, aid), as the first generation makes it. */
function firstTwoNoteDeck(): ReturnType<typeof mergeDeck> {
  return mergeDeck({
    previous: null,
    generated: [note('Trade was {{c1::$3 billion::amount}} last year.', 'f1'), note('Aid rose {{c1::15%::percent}}.', 'f2')],
    name: 'T',
    slug: 't',
    source,
    now: '2026-01-01T00:00:00.000Z',
    newId: idMaker(),
  });
}

describe('regenerating a deck keeps identities', () => {
  const first = firstTwoNoteDeck();

  test('the same notes keep their ids, and the deck is identical apart from the time', () => {
    const again = mergeDeck({
      previous: first.deck,
      generated: [note('Trade was {{c1::$3 billion::amount}} last year.', 'f1'), note('Aid rose {{c1::15%::percent}}.', 'f2')],
      name: 'T',
      slug: 't',
      source,
      now: '2026-02-01T00:00:00.000Z',
      newId: () => 'fresh',
    });
    expect(again).toMatchObject({ added: 0, kept: 2, retired: 0 });
    expect({ ...again.deck, generatedAt: '' }).toEqual({ ...first.deck, generatedAt: '' });
  });

  test('a lightly edited sentence asking the same answer keeps its id', () => {
    const edited = mergeDeck({
      previous: first.deck,
      generated: [note('Trade was {{c1::$3 billion::amount}} last year, officials said.', 'f1b'), note('Aid rose {{c1::15%::percent}}.', 'f2')],
      name: 'T',
      slug: 't',
      source,
      now: '2026-02-01T00:00:00.000Z',
      newId: () => 'fresh',
    });
    expect(edited.deck.notes.map((n) => n.id)).toEqual(first.deck.notes.map((n) => n.id));
  });

  test('a vanished note is retired, not deleted, and comes back with its id', () => {
    const shrunk = mergeDeck({
      previous: first.deck,
      generated: [note('Aid rose {{c1::15%::percent}}.', 'f2')],
      name: 'T',
      slug: 't',
      source,
      now: '2026-02-01T00:00:00.000Z',
      newId: () => 'fresh',
    });
    expect(shrunk.retired).toBe(1);
    const gone = shrunk.deck.notes.find((n) => n.fingerprint === 'f1');
    expect(gone?.retiredAt).toBe('2026-02-01T00:00:00.000Z');

    const back = mergeDeck({
      previous: shrunk.deck,
      generated: [note('Trade was {{c1::$3 billion::amount}} last year.', 'f1'), note('Aid rose {{c1::15%::percent}}.', 'f2')],
      name: 'T',
      slug: 't',
      source,
      now: '2026-03-01T00:00:00.000Z',
      newId: () => 'fresh',
    });
    const returned = back.deck.notes.find((n) => n.fingerprint === 'f1');
    expect(returned?.id).toBe(gone?.id);
    expect(returned?.retiredAt).toBeUndefined();
    expect(back.retired).toBe(0);
  });

  test('with the deck file gone, notes the store knows by fingerprint keep their ids and the deck its id', () => {
    const rebuilt = mergeDeck({
      previous: null,
      known: { deckId: 'deckOld', noteIdsByFingerprint: new Map([['f2', 'noteB'], ['gone', 'noteZ']]) },
      generated: [note('Trade was {{c1::$3 billion::amount}} last year.', 'f1'), note('Aid rose {{c1::15%::percent}}.', 'f2')],
      name: 'T',
      slug: 't',
      source,
      now: '2026-02-01T00:00:00.000Z',
      newId: () => 'fresh',
    });
    expect(rebuilt.deck.id).toBe('deckOld');
    expect(rebuilt.deck.notes.map((n) => n.id)).toEqual(['fresh', 'noteB']);
    expect(rebuilt).toMatchObject({ added: 1, kept: 1, retired: 0 });
  });

  test('a new note gets a new id', () => {
    const grown = mergeDeck({
      previous: first.deck,
      generated: [...first.deck.notes.map(({ id: _id, ...rest }) => rest), note('Exports fell {{c1::4%::percent}}.', 'f3')],
      name: 'T',
      slug: 't',
      source,
      now: '2026-02-01T00:00:00.000Z',
      newId: () => 'fresh',
    });
    expect(grown).toMatchObject({ added: 1, kept: 2 });
    expect(grown.deck.notes[2]!.id).toBe('fresh');
  });
});

describe('a note edited by hand', () => {
  test('is left as the user wrote it by a regeneration: not rewritten, not retired, same id', () => {
    const first = firstTwoNoteDeck();
    const [trade, aid] = first.deck.notes;
    const edited = { ...trade!, text: 'Trade between them was {{c1::$3 billion::amount}} in 2025.', editedAt: '2026-01-02T00:00:00.000Z' };
    const gone = { ...aid!, text: 'Aid rose by {{c1::15 percent::percent}}.', editedAt: '2026-01-02T00:00:00.000Z' };
    const again = mergeDeck({
      previous: { ...first.deck, notes: [edited, gone] },
      // The article still has the trade sentence (same fingerprint); the aid sentence is gone.
      generated: [note('Trade was {{c1::$3 billion::amount}} last year.', 'f1')],
      name: 'T',
      slug: 't',
      source,
      now: '2026-02-01T00:00:00.000Z',
      newId: () => 'fresh',
    });
    expect(again.deck.notes).toEqual([edited, gone]);
    expect(again.retired).toBe(0);
  });
});

describe('a sentence the generator now asks more of', () => {
  const sentence = 'When I arrived in Tashkent in 2019, the reform had begun.';
  const old: GeneratedNote = { fingerprint: 'a', kind: 'date', cardKinds: ['date'], text: 'When I arrived in Tashkent in {{c1::2019::year}}, the reform had begun.', extra: sentence, section: null, tags: ['kind::date'] };
  const fresh: GeneratedNote = {
    fingerprint: 'b',
    kind: 'place',
    cardKinds: ['place', 'date'],
    text: 'When I arrived in {{c1::Tashkent::place}} in {{c2::2019::year}}, the reform had begun.',
    extra: sentence,
    section: null,
    tags: ['kind::place', 'kind::date'],
  };
  const merge = (previous: ReturnType<typeof mergeDeck>['deck'] | null, generated: GeneratedNote[], newId: () => string) =>
    mergeDeck({ previous, generated, name: 'T', slug: 't', source, now: '2026-02-01T00:00:00.000Z', newId });

  test('keeps the note and the number of its old card (and so its progress); the new card takes the next number', () => {
    const first = merge(null, [old], () => 'n1').deck;
    const again = merge(first, [fresh], () => 'fresh');
    expect(again).toMatchObject({ added: 0, kept: 1, retired: 0 });
    const [note] = again.deck.notes;
    expect(note).toMatchObject({ id: 'n1', kind: 'date', cardKinds: ['date', 'place'] });
    expect(note!.text).toBe('When I arrived in {{c2::Tashkent::place}} in {{c1::2019::year}}, the reform had begun.');
    // And a further regeneration, which numbers the cards its own way again, changes nothing.
    const third = merge(again.deck, [fresh], () => 'fresh');
    expect(third.deck.notes).toEqual(again.deck.notes);
  });

  test('a sentence that lost one of its old answers is a new note', () => {
    const first = merge(null, [fresh], () => 'n1').deck;
    const again = merge(first, [{ ...old, fingerprint: 'c' }], () => 'fresh');
    expect(again.deck.notes.find((n) => !n.retiredAt)!.id).toBe('fresh');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPlainText } from '../../src/article/read-text.js';
import { buildClozeText, parseCloze } from '../../src/deck/cloze.js';
import { parseDeckFile } from '../../src/deck/deck-file.js';
import type { Note } from '../../src/deck/types.js';
import { generateNotes } from '../../src/generate/generate-notes.js';

const DECK = 'decks/central-asia-engagement.json';
const ARTICLE = 'decks/central-asia-engagement.txt';

/**
 * A note with its cards numbered in the order they stand in the sentence. Regeneration keeps
 * an old card's number when the generator asks more of its sentence (its progress is stored
 * by number), so the shipped deck may number a note's cards otherwise than a fresh run.
 */
function numberedInOrder(note: Omit<Note, 'id'>): Omit<Note, 'id'> {
  const segments = parseCloze(note.text);
  const order = [...new Set(segments.flatMap((s) => (s.type === 'deletion' ? [s.ord] : [])))];
  const to = new Map(order.map((ord, i) => [ord, i + 1]));
  const cardKinds = order.map((ord) => note.cardKinds[ord - 1]!);
  return { ...note, text: buildClozeText(segments.map((s) => (s.type === 'deletion' ? { ...s, ord: to.get(s.ord)! } : s))), cardKinds, kind: cardKinds[0]! };
}

describe('the bundled deck', () => {
  test('is what the generator makes of the bundled article today (regenerate it when the generator changes)', () => {
    const deck = parseDeckFile(readFileSync(DECK, 'utf8'), DECK);
    const fresh = generateNotes(readPlainText(readFileSync(ARTICLE, 'utf8')));
    const shipped = deck.notes.filter((n) => !n.retiredAt).map(({ id: _id, ...content }) => content);
    expect(shipped.map(numberedInOrder)).toEqual(fresh.map(numberedInOrder));
    expect(deck.source.dateline).toBe('WASHINGTON');
  });
});

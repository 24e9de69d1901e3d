import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPlainText } from '../../src/article/read-text.js';
import { parseDeckFile } from '../../src/deck/deck-file.js';
import { generateNotes } from '../../src/generate/generate-notes.js';

const DECK = 'decks/central-asia-engagement.json';
const ARTICLE = 'decks/central-asia-engagement.txt';

describe('the bundled deck', () => {
  test('is what the generator makes of the bundled article today (regenerate it when the generator changes)', () => {
    const deck = parseDeckFile(readFileSync(DECK, 'utf8'), DECK);
    const fresh = generateNotes(readPlainText(readFileSync(ARTICLE, 'utf8')));
    const shipped = deck.notes.filter((n) => !n.retiredAt).map(({ id: _id, ...content }) => content);
    expect(shipped).toEqual(fresh);
    expect(deck.source.dateline).toBe('WASHINGTON');
  });
});

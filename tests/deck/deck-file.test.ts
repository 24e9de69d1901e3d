import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deckPath, findDeck, loadAllDecks, saveDeckFile } from '../../src/deck/deck-file.js';
import type { Deck } from '../../src/deck/types.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/temp-dir.js';

const deck: Deck = {
  schema: 1,
  id: 'deck1',
  name: 'Central Asia',
  slug: 'central-asia',
  source: { title: 'Central Asia', sha256: 'abc', dateline: 'WASHINGTON' },
  generatedAt: '2026-01-01T00:00:00.000Z',
  notes: [
    {
      id: 'n1',
      fingerprint: 'f',
      kind: 'money',
      cardKinds: ['money'],
      text: 'Trade was {{c1::$3 billion::amount}}.',
      extra: 'Trade was $3 billion.',
      section: null,
      tags: [],
    },
  ],
};

describe('deck files', () => {
  test('a saved deck loads back unchanged', async () => {
    const dir = tempDir('decks');
    const file = await saveDeckFile(dir, deck);
    const { decks, problems } = await loadAllDecks(dir);
    expect(problems).toEqual([]);
    expect(decks).toEqual([deck]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(deck);
  });

  test('a bad deck file is named with its bad field, and the other decks still load', async () => {
    const dir = tempDir('decks');
    await saveDeckFile(dir, deck);
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...deck, slug: 'broken', notes: [{ ...deck.notes[0], kind: 'weather' }] }));
    writeFileSync(join(dir, 'garbage.json'), '{ not json');
    const { decks, problems } = await loadAllDecks(dir);
    expect(decks.map((d) => d.slug)).toEqual(['central-asia']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('broken.json');
    expect(problems[0]).toContain('notes.0.kind');
    expect(problems[1]).toContain('garbage.json');
  });

  test('a deck file from a newer briefdeck asks for an upgrade', async () => {
    const dir = tempDir('decks');
    writeFileSync(join(dir, 'future.json'), JSON.stringify({ ...deck, schema: 9 }));
    const { problems } = await loadAllDecks(dir);
    expect(problems[0]).toMatch(/future\.json.*upgrade briefdeck/);
  });

  test('names that would leave the decks folder are refused', () => {
    expect(() => deckPath('decks', '../etc/passwd')).toThrow(UserError);
    expect(() => deckPath('decks', 'a/b')).toThrow(UserError);
    expect(deckPath('decks', 'ok-name')).toBe(join('decks', 'ok-name.json'));
  });

  test('a deck is found by slug, name or id, and an unknown one lists what exists', () => {
    expect(findDeck([deck], 'central-asia')).toBe(deck);
    expect(findDeck([deck], 'central asia')).toBe(deck);
    expect(findDeck([deck], 'deck1')).toBe(deck);
    expect(() => findDeck([deck], 'nope')).toThrow(/no deck named "nope" \(decks: central-asia\)/);
  });

  test('a deck is found in any case, and by the start of its slug or name when only one deck starts so', () => {
    const other: Deck = { ...deck, id: 'deck2', name: 'Central Bank minutes', slug: 'central-bank-minutes' };
    const decks = [deck, other];
    expect(findDeck(decks, 'Central-Asia')).toBe(deck);
    expect(findDeck(decks, 'CENTRAL ASIA')).toBe(deck);
    expect(findDeck(decks, 'central-as')).toBe(deck);
    expect(findDeck(decks, 'Central B')).toBe(other);
    expect(() => findDeck(decks, 'cent')).toThrow(/"cent" could be any of 2 decks \(central-asia, central-bank-minutes\) — type more of the name/);
  });
});

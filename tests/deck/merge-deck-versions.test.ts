import { describe, expect, test } from 'vitest';
import { mergeDeckVersions } from '../../src/deck/merge-deck-versions.js';
import type { Deck, Note } from '../../src/deck/types.js';

function note(id: string, fingerprint: string, text: string, extra: Partial<Note> = {}): Note {
  return { id, fingerprint, kind: 'money', cardKinds: ['money'], text, extra: text, section: null, tags: [], ...extra };
}

function deck(generatedAt: string, notes: Note[]): Deck {
  return { schema: 1, id: 'deck1', name: 'D', slug: 'd', source: { title: 'T', sha256: 'x', dateline: null }, generatedAt, notes };
}

const trade = note('n1', 'f1', 'Trade was {{c1::$3 billion}}.');
const aid = note('n2', 'f2', 'Aid rose {{c1::15%}}.');
const base = deck('2026-01-01T00:00:00Z', [trade, aid]);

describe('mergeDeckVersions', () => {
  test('a deck regenerated on both sides keeps the union of notes and the retirements of either', () => {
    const here = deck('2026-01-02T00:00:00Z', [trade, { ...aid, retiredAt: '2026-01-02T00:00:00Z' }, note('h3', 'f3', 'Jobs: {{c1::200}}.')]);
    const there = deck('2026-01-03T00:00:00Z', [{ ...trade, retiredAt: '2026-01-03T00:00:00Z' }, aid, note('t4', 'f4', 'Debt: {{c1::$9}}.')]);
    const { deck: merged, conflicts } = mergeDeckVersions(base, here, there);
    expect(conflicts).toEqual([]);
    expect(merged.generatedAt).toBe(there.generatedAt);
    expect(merged.notes.map((n) => [n.id, n.retiredAt ?? null])).toEqual([
      ['n1', '2026-01-03T00:00:00Z'],
      ['n2', '2026-01-02T00:00:00Z'],
      ['t4', null],
      ['h3', null],
    ]);
    // Either side merging gives the same notes.
    const otherWay = mergeDeckVersions(base, there, here).deck;
    expect(otherWay.notes).toEqual(merged.notes);
  });

  test('the same new sentence made on both sides keeps one live note (the smaller id); its twin is retired with its history', () => {
    const here = deck('2026-01-02T00:00:00Z', [trade, aid, note('zz', 'f9', 'New: {{c1::7}}.')]);
    const there = deck('2026-01-02T00:00:00Z', [trade, aid, note('aa', 'f9', 'New: {{c1::7}}.')]);
    const live = (d: Deck) => d.notes.filter((n) => n.retiredAt === undefined).map((n) => n.id);
    expect(live(mergeDeckVersions(base, here, there).deck)).toEqual(['n1', 'n2', 'aa']);
    expect(live(mergeDeckVersions(base, there, here).deck)).toEqual(['n1', 'n2', 'aa']);
  });

  test('a note edited by hand on one side keeps the edit, even against a regeneration on the other', () => {
    const edited = { ...trade, text: 'Trade hit {{c1::$3 billion}}.', editedAt: '2026-01-02T00:00:00Z' };
    const regenerated = { ...trade, extra: 'Trade was $3 billion, up from 2021.' };
    const merged = mergeDeckVersions(base, deck('2026-01-01T00:00:00Z', [edited, aid]), deck('2026-01-05T00:00:00Z', [regenerated, aid]));
    expect(merged.conflicts).toEqual([]);
    expect(merged.deck.notes[0]!.text).toBe(edited.text);
  });

  test('the same note edited differently by hand on both sides is a conflict: both versions handed back, this one kept', () => {
    const mine = { ...trade, text: 'Trade hit {{c1::$3 billion}}.', editedAt: '2026-01-02T00:00:00Z' };
    const theirs = { ...trade, text: 'Trade reached {{c1::$3 billion}}.', editedAt: '2026-01-02T08:00:00Z' };
    const merged = mergeDeckVersions(base, deck('2026-01-01T00:00:00Z', [mine, aid]), deck('2026-01-01T00:00:00Z', [theirs, aid]));
    expect(merged.conflicts).toEqual([{ noteId: 'n1', here: mine, there: theirs }]);
    expect(merged.deck.notes[0]).toEqual(mine);
  });
});

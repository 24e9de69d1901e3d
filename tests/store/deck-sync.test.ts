import { describe, expect, test } from 'vitest';
import { planDeckSync } from '../../src/store/deck-sync.js';
import { openStore } from '../../src/store/open-store.js';
import { answerOf, makeDeck } from './fixtures/make-deck.js';
import { filesUnder, tempStorageDir } from './fixtures/store-dir.js';

describe('planDeckSync', () => {
  test('a retired note that the store never saw adds no card', () => {
    const plan = planDeckSync(makeDeck('d', [{ id: 'n1', retiredAt: '2025-03-01T00:00:00Z' }]), {});
    expect(plan).toMatchObject({ added: 0, retired: 0, changed: false, cards: {} });
  });

  test('syncing the same deck twice changes nothing the second time', () => {
    const deck = makeDeck('d', [{ id: 'n1', cards: 2 }]);
    const first = planDeckSync(deck, {});
    expect(planDeckSync(deck, first.cards)).toMatchObject({ added: 0, retired: 0, changed: false });
  });

  test('a note returning to the deck loses the retired mark but keeps the user’s own suspension', () => {
    const deck = makeDeck('d', [{ id: 'n1' }]);
    const { cards } = planDeckSync(deck, {});
    const suspendedByUser = { ...cards['n1.1']!, suspended: true, retired: true };
    const back = planDeckSync(deck, { 'n1.1': suspendedByUser });
    expect(back.cards['n1.1']).toMatchObject({ retired: false, suspended: true });
    expect(back.changed).toBe(true);
  });

  test('a note that gained a deletion gets one new card', () => {
    const { cards } = planDeckSync(makeDeck('d', [{ id: 'n1' }]), {});
    const grown = planDeckSync(makeDeck('d', [{ id: 'n1', cards: 2 }]), cards);
    expect(grown.added).toBe(1);
    expect(Object.keys(grown.cards).sort()).toEqual(['n1.1', 'n1.2']);
  });
});

describe('ids unique across decks in the storage', () => {
  test('a deck bringing a card the storage holds for another deck is refused in one line, nothing written', async () => {
    const dir = tempStorageDir();
    const store = await openStore(dir, { mode: 'write', now: new Date('2025-03-01T09:00:00Z') });
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }], 'Original'));
    const before = filesUnder(dir);
    await expect(store.syncDeck(makeDeck('deckB', [{ id: 'n2' }, { id: 'n1' }], 'Copy'))).rejects.toThrow(
      'briefdeck: deck "Copy" has card n1.1, which the storage holds for deck "Original" — import this deck\'s export under a new name to give it new ids',
    );
    await store.record(answerOf(store, 'n1.1'));
    await store.close();
    expect(Object.keys(filesUnder(dir)).filter((f) => f.includes('deckB'))).toEqual([]);
    expect(before['progress/deckA.json']).toBeDefined();
  });
});

import { describe, expect, test } from 'vitest';
import { planDeckSync } from '../../src/store/deck-sync.js';
import { makeDeck } from './fixtures/make-deck.js';

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

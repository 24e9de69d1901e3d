import { describe, expect, test } from 'vitest';
import { countDeck } from '../../src/commands/decks.js';
import { cardsOfDeck, type Card } from '../../src/deck/types.js';
import { buildTodayQueue } from '../../src/schedule/queue.js';
import type { CardProgress, Quality, ReviewLogEntry } from '../../src/schedule/types.js';
import { smallDeck } from '../fixtures/small-deck.js';

const TODAY = '2026-03-10';
const cards = cardsOfDeck(smallDeck);
const card = (id: string): Card => cards.find((c) => c.id === id)!;

function progressOf(id: string, due: string | null): [string, CardProgress] {
  const c = card(id);
  const learnt = due !== null;
  return [
    id,
    {
      cardId: id, deckId: c.deckId, noteId: c.noteId, ord: c.ord, repetitions: learnt ? 1 : 0, easiness: 2.5,
      interval: learnt ? 1 : 0, due, lapses: 0, reviews: learnt ? 1 : 0, lastReviewed: null, suspended: false,
    },
  ];
}

function answeredToday(id: string, quality: Quality): ReviewLogEntry {
  const before = { repetitions: 1, easiness: 2.5, interval: 1, due: TODAY, lapses: 0 };
  return { type: 'answer', seq: 1, cardId: id, deckId: smallDeck.id, at: `${TODAY}T09:00:00Z`, day: TODAY, quality, before, after: { ...before, due: '2026-03-11' }, ms: 900, source: 'review' };
}

describe('decks counts what review will show', () => {
  test('two due cards of one note: one is due today, the other is buried, as review shows one', () => {
    const progress = new Map([progressOf('notePerson1.1', '2026-03-09'), progressOf('notePerson1.2', '2026-03-10'), progressOf('noteMoney01.1', TODAY)]);
    const counts = countDeck(smallDeck, progress, TODAY, []);
    expect(counts).toMatchObject({ total: 4, new: 1, due: 2, buried: 1, suspended: 0 });

    const queue = buildTodayQueue({ cards, progress, todayLog: [], today: TODAY, newLimit: 20, reviewLimit: 200 });
    expect(queue.due.length + queue.repeats.length).toBe(counts.due);
  });

  test('a card of a note answered today buries its due sibling; a card graded below 4 today is due again (a repeat)', () => {
    const progress = new Map([progressOf('notePerson1.1', '2026-03-11'), progressOf('notePerson1.2', TODAY), progressOf('noteMoney01.1', '2026-03-11')]);
    const todayLog = [answeredToday('notePerson1.1', 5), answeredToday('noteMoney01.1', 2)];
    expect(countDeck(smallDeck, progress, TODAY, todayLog)).toMatchObject({ new: 1, due: 1, buried: 1 });
  });

  test('a retired note’s cards are not counted, not even as suspended; a card the user suspended is', () => {
    const [first] = smallDeck.notes;
    const deck = { ...smallDeck, notes: smallDeck.notes.map((n) => (n === first ? { ...n, retiredAt: '2026-03-01T00:00:00.000Z' } : n)) };
    const retiredCards = cardsOfDeck(smallDeck).filter((c) => c.noteId === first!.id).length;
    const other = cardsOfDeck(smallDeck).find((c) => c.noteId !== first!.id)!;
    const [id, p] = progressOf(other.id, null);
    const counts = countDeck(deck, new Map([[id, { ...p, suspended: true }]]), TODAY, []);
    expect(counts.suspended).toBe(1);
    expect(counts.total).toBe(cardsOfDeck(smallDeck).length - retiredCards - 1);
  });
});

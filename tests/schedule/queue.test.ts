import { describe, expect, test } from 'vitest';
import type { Card } from '../../src/deck/types.js';
import { localDay } from '../../src/schedule/calendar.js';
import { buildTodayQueue, type QueueInput } from '../../src/schedule/queue.js';
import type { CardProgress, Quality, ReviewLogEntry, ScheduleSnapshot } from '../../src/schedule/types.js';

const TODAY = '2025-03-09';

/** One card per note n1…nN unless `ords` says how many cards a note has. */
function makeCards(ords: number[]): Card[] {
  return ords.flatMap((count, i) =>
    Array.from({ length: count }, (_, k) => ({
      id: `n${i + 1}.${k + 1}`,
      deckId: 'd',
      noteId: `n${i + 1}`,
      ord: k + 1,
      kind: 'number' as const,
    })),
  );
}

function progressOf(card: Card, due: string | null, extra: Partial<CardProgress> = {}): CardProgress {
  return {
    cardId: card.id,
    deckId: card.deckId,
    noteId: card.noteId,
    ord: card.ord,
    repetitions: due === null ? 0 : 1,
    easiness: 2.5,
    interval: due === null ? 0 : 1,
    due,
    lapses: 0,
    reviews: due === null ? 0 : 1,
    lastReviewed: null,
    suspended: false,
    ...extra,
  };
}

const learnt: ScheduleSnapshot = { repetitions: 1, easiness: 2.5, interval: 1, due: TODAY, lapses: 0 };
const fresh: ScheduleSnapshot = { repetitions: 0, easiness: 2.5, interval: 0, due: null, lapses: 0 };

function answer(cardId: string, quality: Quality, source: ReviewLogEntry['source'], wasNew = false, day = TODAY): ReviewLogEntry {
  return {
    type: 'answer',
    seq: 0,
    cardId,
    deckId: 'd',
    at: `${day}T12:00:00Z`,
    day,
    quality,
    before: wasNew ? fresh : learnt,
    after: { ...learnt, due: '2025-03-10' },
    ms: 1000,
    source,
  };
}

function queue(input: Partial<QueueInput> & Pick<QueueInput, 'cards'>): { due: string[]; fresh: string[]; repeats: string[] } {
  const q = buildTodayQueue({ progress: new Map(), todayLog: [], today: TODAY, newLimit: 20, reviewLimit: 200, ...input });
  const ids = (cards: Card[]): string[] => cards.map((c) => c.id);
  return { due: ids(q.due), fresh: ids(q.fresh), repeats: ids(q.repeats) };
}

describe('buildTodayQueue', () => {
  test('new cards come in deck order, up to the new-card limit', () => {
    const cards = makeCards([1, 1, 1, 1, 1]);
    expect(queue({ cards, newLimit: 3 })).toEqual({ due: [], fresh: ['n1.1', 'n2.1', 'n3.1'], repeats: [] });
  });

  test('due cards come most overdue first; ties keep deck order; future cards wait', () => {
    const cards = makeCards([1, 1, 1, 1, 1]);
    const dues = ['2025-03-09', '2025-03-01', '2025-03-10', '2025-03-09', '2025-03-05'];
    const progress = new Map(cards.map((c, i) => [c.id, progressOf(c, dues[i]!)]));
    expect(queue({ cards, progress }).due).toEqual(['n2.1', 'n5.1', 'n1.1', 'n4.1']);
  });

  test('the review limit covers due and new cards together, due first', () => {
    const cards = makeCards([1, 1, 1, 1, 1, 1]);
    const progress = new Map(cards.slice(0, 3).map((c) => [c.id, progressOf(c, '2025-03-08')]));
    expect(queue({ cards, progress, reviewLimit: 4 })).toEqual({ due: ['n1.1', 'n2.1', 'n3.1'], fresh: ['n4.1'], repeats: [] });
    expect(queue({ cards, progress, reviewLimit: 2 })).toEqual({ due: ['n1.1', 'n2.1'], fresh: [], repeats: [] });
    expect(queue({ cards, progress, reviewLimit: 0 })).toEqual({ due: [], fresh: [], repeats: [] });
  });

  test('suspended cards never appear, not even as repeats', () => {
    const cards = makeCards([1, 1, 1]);
    const progress = new Map([
      ['n1.1', progressOf(cards[0]!, '2025-03-01', { suspended: true })],
      ['n2.1', progressOf(cards[1]!, null, { suspended: true })],
      ['n3.1', progressOf(cards[2]!, '2025-03-10', { suspended: true })],
    ]);
    const todayLog = [answer('n3.1', 2, 'review')];
    expect(queue({ cards, progress, todayLog })).toEqual({ due: [], fresh: [], repeats: [] });
  });

  test('a second session the same day continues: answered cards are gone and count against the limits', () => {
    const cards = makeCards([1, 1, 1, 1, 1, 1, 1, 1]);
    // n1, n2 were due and answered today (now due later); n3, n4 were new and answered today.
    const progress = new Map([
      ['n1.1', progressOf(cards[0]!, '2025-03-15')],
      ['n2.1', progressOf(cards[1]!, '2025-03-15')],
      ['n3.1', progressOf(cards[2]!, '2025-03-10')],
      ['n4.1', progressOf(cards[3]!, '2025-03-10')],
      ['n5.1', progressOf(cards[4]!, '2025-03-07')],
    ]);
    const todayLog = [answer('n1.1', 5, 'review'), answer('n2.1', 4, 'review'), answer('n3.1', 5, 'review', true), answer('n4.1', 4, 'review', true)];
    expect(queue({ cards, progress, todayLog, newLimit: 3, reviewLimit: 6 })).toEqual({
      due: ['n5.1'],
      fresh: ['n6.1'], // 3 new allowed, 2 already introduced
      repeats: [],
    });
    // The review limit: 5 in all, 4 already answered, 1 left.
    expect(queue({ cards, progress, todayLog, newLimit: 3, reviewLimit: 5 })).toEqual({ due: ['n5.1'], fresh: [], repeats: [] });
  });

  test('repeats are the cards whose latest answer today was below 4, in the order of those answers', () => {
    const cards = makeCards([1, 1, 1, 1]);
    const progress = new Map(cards.map((c) => [c.id, progressOf(c, '2025-03-10')]));
    const todayLog = [
      answer('n1.1', 2, 'review'),
      answer('n2.1', 3, 'review'),
      answer('n3.1', 5, 'review'),
      answer('n4.1', 1, 'review'),
      answer('n1.1', 4, 'repeat'), // n1 is done for the day
      answer('n2.1', 3, 'repeat'), // n2 still needs another go
    ];
    expect(queue({ cards, progress, todayLog }).repeats).toEqual(['n4.1', 'n2.1']);
  });

  test('quiz answers are not reviews: they neither fill the limits nor make repeats', () => {
    const cards = makeCards([1, 1]);
    const progress = new Map([['n1.1', progressOf(cards[0]!, '2025-03-12')]]);
    const todayLog = [answer('n1.1', 1, 'quiz')];
    expect(queue({ cards, progress, todayLog, newLimit: 1, reviewLimit: 1 })).toEqual({ due: [], fresh: ['n2.1'], repeats: [] });
  });

  test('siblings wait: one card per note a day, due before new', () => {
    // n1 has 3 cards (one due), n2 has 2 new cards, n3 has 2 cards one of which was answered today.
    const cards = makeCards([3, 2, 2, 1]);
    const progress = new Map([
      ['n1.2', progressOf(cards[1]!, '2025-03-08')],
      ['n3.1', progressOf(cards[5]!, '2025-03-10')],
      ['n3.2', progressOf(cards[6]!, '2025-03-09')],
    ]);
    const todayLog = [answer('n3.1', 5, 'review')];
    expect(queue({ cards, progress, todayLog })).toEqual({ due: ['n1.2'], fresh: ['n2.1', 'n4.1'], repeats: [] });
  });

  test('a sibling held back by the limit does not bury its note', () => {
    const cards = makeCards([1, 2]);
    const progress = new Map([['n1.1', progressOf(cards[0]!, '2025-03-08')]]);
    expect(queue({ cards, progress, newLimit: 1 })).toEqual({ due: ['n1.1'], fresh: ['n2.1'], repeats: [] });
  });

  test('a review at 23:30 in New York counts for that day there', () => {
    const cards = makeCards([1, 1]);
    const at = '2025-03-10T03:30:00Z';
    const day = localDay(at, 'America/New_York');
    const progress = new Map([['n1.1', progressOf(cards[0]!, '2025-03-10')]]);
    const todayLog = [{ ...answer('n1.1', 5, 'review', true, day), at }];
    // Still 9 March in New York: the new-card limit of 1 is used up.
    expect(queue({ cards, progress, todayLog, today: '2025-03-09', newLimit: 1 }).fresh).toEqual([]);
    // On 10 March (there) the log of the 9th is not today's: a fresh card is allowed again.
    expect(queue({ cards, progress, todayLog, today: '2025-03-10', newLimit: 1 })).toEqual({ due: ['n1.1'], fresh: ['n2.1'], repeats: [] });
  });
});

import { describe, expect, test } from 'vitest';
import type { Deck } from '../../src/deck/types.js';
import { buildStatsReport } from '../../src/stats/build-stats-report.js';
import { countCards, learningToday, sumCounts } from '../../src/stats/card-counts.js';
import { forecastFigures } from '../../src/stats/due-forecast.js';
import { findLeeches, isLeech } from '../../src/stats/leeches.js';
import { retentionWindow } from '../../src/stats/retention.js';
import { historyFigures, mondayOf, weekdayIndex } from '../../src/stats/review-history.js';
import { answer, fresh, learnt, progress } from './review-log-builder.js';

const TODAY = '2026-03-31'; // a Tuesday

/** Seven one-card notes (n1 … n7); n7 is retired. */
const deck: Deck = {
  schema: 1,
  id: 'deck1',
  name: 'Deck one',
  slug: 'deck-one',
  source: { title: 'T', sha256: '0'.repeat(64), dateline: null },
  generatedAt: '2026-01-01T00:00:00.000Z',
  notes: [1, 2, 3, 4, 5, 6, 7].map((n) => ({
    id: `n${n}`,
    fingerprint: `f${n}`,
    kind: 'money' as const,
    cardKinds: ['money' as const],
    text: `Fact ${n} is {{c1::$${n} billion::amount}} this year.`,
    extra: '',
    section: null,
    tags: [],
    ...(n === 7 ? { retiredAt: '2026-02-01T00:00:00.000Z' } : {}),
  })),
};

describe('card counts', () => {
  test('each card counts once: retired, suspended, new, learning, young, mature', () => {
    const cards = [
      // n1: no progress at all → new
      progress('n2.1', { due: '2026-04-02', interval: 6, suspended: true }),
      progress('n3.1', { due: '2026-04-01', interval: 1 }), // graded 3 today → learning
      progress('n4.1', { due: '2026-04-05', interval: 20 }), // young: 20 < 21
      progress('n5.1', { due: '2026-04-30', interval: 21 }), // mature
      progress('n6.1', { due: null, interval: 0, repetitions: 0 }), // in the store but never answered → new
      progress('n7.1', { due: '2026-04-01', suspended: true }), // retired note
    ];
    const log = [answer('n3.1', TODAY, 3, learnt(6)), answer('n3.1', TODAY, 3, learnt(1), { source: 'repeat' }), answer('n4.1', TODAY, 2, learnt(1)), answer('n4.1', TODAY, 4, learnt(1), { source: 'repeat' })];
    const learning = learningToday(log, TODAY);
    expect([...learning]).toEqual(['n3.1']); // n4.1's latest answer today was a 4
    const [row] = countCards({ decks: [deck], progress: cards, learning });
    expect(row).toEqual({ deckId: 'deck1', slug: 'deck-one', name: 'Deck one', new: 2, learning: 1, young: 1, mature: 1, suspended: 1, retired: 1, total: 6 });
  });

  test('a deck known only to the store is counted from its progress; totals add up', () => {
    const rows = countCards({ decks: [], progress: [progress('x1.1', { deckId: 'gone', due: '2026-04-01', interval: 30 })], learning: new Set() });
    expect(rows[0]).toMatchObject({ deckId: 'gone', mature: 1, total: 1 });
    expect(sumCounts([...rows, ...rows]).mature).toBe(2);
  });
});

describe('forecast', () => {
  test('overdue cards apart, then cards per day from today; new and suspended cards nowhere', () => {
    const cards = [
      progress('a.1', { due: '2026-03-28' }),
      progress('b.1', { due: '2026-03-30' }),
      progress('c.1', { due: TODAY }),
      progress('d.1', { due: '2026-04-01' }),
      progress('e.1', { due: '2026-04-01' }),
      progress('f.1', { due: TODAY, suspended: true }),
      progress('g.1', { due: null }),
      progress('h.1', { due: '2026-04-03' }), // beyond three days
    ];
    expect(forecastFigures(cards, TODAY, 3)).toEqual({
      days: 3,
      overdue: 2,
      perDay: [
        { day: TODAY, count: 1 },
        { day: '2026-04-01', count: 2 },
        { day: '2026-04-02', count: 0 },
      ],
    });
  });
});

describe('history', () => {
  test('weeks start on Monday; the window runs from the Monday 25 weeks back to today', () => {
    expect(weekdayIndex('2026-03-30')).toBe(0);
    expect(weekdayIndex('2026-04-05')).toBe(6);
    expect(mondayOf(TODAY)).toBe('2026-03-30');
    const h = historyFigures([], TODAY);
    expect(h.from).toBe('2025-10-06');
    expect(h.perDay).toHaveLength(25 * 7 + 2);
    expect(h.perDay.at(-1)).toEqual({ day: TODAY, count: 0 });
  });

  test('streak counts back from today, days studied and reviews count answers of every source', () => {
    const days = ['2026-03-31', '2026-03-30', '2026-03-29', '2026-03-27', '2026-03-26', '2026-03-25', '2026-03-24'];
    const log = days.map((d) => answer('a.1', d, 4, learnt(1)));
    log.push(answer('a.1', TODAY, 2, learnt(1)), answer('a.1', TODAY, 4, learnt(1), { source: 'repeat' }));
    const h = historyFigures(log, TODAY);
    expect(h.currentStreak).toBe(3);
    expect(h.longestStreak).toBe(4);
    expect(h.daysStudied).toBe(7);
    expect(h.reviews).toBe(9);
    expect(h.perDay.find((d) => d.day === TODAY)!.count).toBe(3);
  });

  test('a day not studied yet today keeps yesterday’s streak; a missed day ends it', () => {
    const log = ['2026-03-30', '2026-03-29'].map((d) => answer('a.1', d, 5, learnt(1)));
    expect(historyFigures(log, TODAY).currentStreak).toBe(2);
    expect(historyFigures(log, '2026-04-01').currentStreak).toBe(0);
  });
});

describe('retention', () => {
  const log = [
    answer('y.1', TODAY, 4, learnt(6)), // young pass
    answer('y.2', '2026-03-25', 2, learnt(20)), // young fail, 7th day back: in the 7-day window
    answer('y.3', '2026-03-24', 3, learnt(1)), // young pass, 8th day back: 30-day window only
    answer('m.1', '2026-03-30', 5, learnt(21)), // mature pass
    answer('m.2', '2026-03-30', 1, learnt(40)), // mature fail
    answer('m.3', '2025-06-01', 1, learnt(40)), // mature fail, 304 days back
    answer('y.2', '2026-03-25', 4, learnt(1), { source: 'repeat' }), // repeat: not retention
    answer('n.1', TODAY, 5, fresh), // first answer of a new card: not retention
  ];

  test('young and mature by the interval before the answer, over the last 7 days', () => {
    const w = retentionWindow(log, TODAY, 7);
    expect(w.young).toEqual({ reviews: 2, passed: 1, share: 0.5 });
    expect(w.mature).toEqual({ reviews: 2, passed: 1, share: 0.5 });
    expect(w.all).toEqual({ reviews: 4, passed: 2, share: 0.5 });
    expect(w.answers).toBe(6);
  });

  test('30 and 365 days take in the older answers', () => {
    expect(retentionWindow(log, TODAY, 30).young).toEqual({ reviews: 3, passed: 2, share: 2 / 3 });
    expect(retentionWindow(log, TODAY, 30).mature.reviews).toBe(2);
    expect(retentionWindow(log, TODAY, 365).mature).toEqual({ reviews: 3, passed: 1, share: 1 / 3 });
  });

  test('average answer time over every answer; null, not NaN, when there are none', () => {
    const timed = [answer('a.1', TODAY, 4, learnt(1), { ms: 3000 }), answer('a.1', TODAY, 4, learnt(1), { ms: 6001, source: 'repeat' })];
    expect(retentionWindow(timed, TODAY, 7).averageAnswerMs).toBe(4501);
    const empty = retentionWindow([], TODAY, 7);
    expect(empty.averageAnswerMs).toBeNull();
    expect(empty.young).toEqual({ reviews: 0, passed: 0, share: null });
  });
});

describe('leeches', () => {
  test('4 lapses or EF ≤ 1.5 makes a leech; new cards never are', () => {
    expect(isLeech({ lapses: 4, easiness: 2.5, due: TODAY })).toBe(true);
    expect(isLeech({ lapses: 3, easiness: 1.52, due: TODAY })).toBe(false);
    expect(isLeech({ lapses: 0, easiness: 1.5, due: TODAY })).toBe(true);
    expect(isLeech({ lapses: 5, easiness: 1.3, due: null })).toBe(false);
  });

  test('worst first, with the card text shown in full and its answer', () => {
    const cards = [
      progress('n1.1', { due: TODAY, lapses: 4, easiness: 2.2 }),
      progress('n2.1', { due: TODAY, lapses: 6, easiness: 2.5, suspended: true }),
      progress('n3.1', { due: TODAY, lapses: 0, easiness: 1.3 }),
      progress('n4.1', { due: TODAY, lapses: 3, easiness: 2.5 }),
    ];
    const { threshold, cards: leeches } = findLeeches(cards, [deck]);
    expect(threshold).toEqual({ minLapses: 4, maxEasiness: 1.5 });
    expect(leeches.map((l) => [l.cardId, l.lapses, l.suspended])).toEqual([
      ['n2.1', 6, true],
      ['n1.1', 4, false],
      ['n3.1', 0, false],
    ]);
    expect(leeches[1]).toMatchObject({ text: 'Fact 1 is $1 billion this year.', answer: '$1 billion' });
  });
});

describe('the whole report', () => {
  test('an empty store: nothing reviewed, every card new, no NaN anywhere', () => {
    const report = buildStatsReport({ today: TODAY, decks: [deck], progress: [], answers: [] });
    expect(report.nothingReviewed).toBe(true);
    expect(report.counts).toMatchObject({ new: 6, retired: 1, total: 6 });
    expect(report.forecast.perDay).toHaveLength(30);
    const numbers: number[] = [];
    JSON.stringify(report, (_key, value: unknown) => {
      if (typeof value === 'number') numbers.push(value);
      return value;
    });
    expect(numbers.every(Number.isFinite)).toBe(true);
  });

  test('retired cards are neither forecast nor leeches, and other decks stay out when one is chosen', () => {
    const cards = [progress('n7.1', { due: TODAY, lapses: 9, suspended: true }), progress('n1.1', { due: TODAY }), progress('o.1', { deckId: 'other', due: TODAY })];
    const log = [answer('o.1', TODAY, 5, learnt(3), { deckId: 'other' })];
    const report = buildStatsReport({ today: TODAY, decks: [deck], progress: cards, answers: log, deckIds: new Set(['deck1']), forecastDays: 7 });
    expect(report.forecast.perDay[0]!.count).toBe(1);
    expect(report.leeches.cards).toEqual([]);
    expect(report.nothingReviewed).toBe(true);
    expect(report.decks).toEqual([{ deckId: 'deck1', slug: 'deck-one', name: 'Deck one' }]);
  });
});

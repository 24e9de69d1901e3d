// The --json shape is a contract with scripts: this schema is its written form. A change
// here that removes or retypes a field needs STATS_SCHEMA 2.
import { expect, test } from 'vitest';
import { z } from 'zod';
import { buildStatsReport } from '../../src/stats/build-stats-report.js';
import { smallDeck } from '../fixtures/small-deck.js';
import { answer, learnt, progress } from './review-log-builder.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.int().nonnegative();
const counts = { new: count, learning: count, young: count, mature: count, suspended: count, retired: count, total: count };
const dayCount = z.strictObject({ day, count });
const passShare = z.strictObject({ reviews: count, passed: count, share: z.number().min(0).max(1).nullable() });

const statsJsonSchema = z.strictObject({
  schema: z.literal(1),
  today: day,
  decks: z.array(z.strictObject({ deckId: z.string(), slug: z.string(), name: z.string() })),
  nothingReviewed: z.boolean(),
  counts: z.strictObject({
    ...counts,
    byDeck: z.array(z.strictObject({ deckId: z.string(), slug: z.string(), name: z.string(), ...counts })),
  }),
  forecast: z.strictObject({ days: count, overdue: count, perDay: z.array(dayCount) }),
  history: z.strictObject({
    weeks: z.literal(26),
    from: day,
    to: day,
    perDay: z.array(dayCount),
    reviews: count,
    daysStudied: count,
    currentStreak: count,
    longestStreak: count,
  }),
  retention: z
    .array(
      z.strictObject({
        days: z.union([z.literal(7), z.literal(30), z.literal(365)]),
        young: passShare,
        mature: passShare,
        all: passShare,
        answers: count,
        averageAnswerMs: z.number().nonnegative().nullable(),
      }),
    )
    .length(3),
  leeches: z.strictObject({
    threshold: z.strictObject({ minLapses: z.literal(4), maxEasiness: z.literal(1.5) }),
    cards: z.array(
      z.strictObject({
        cardId: z.string(),
        deckId: z.string(),
        text: z.string().nullable(),
        answer: z.string().nullable(),
        lapses: count,
        easiness: z.number(),
        interval: count,
        reviews: count,
        suspended: z.boolean(),
      }),
    ),
  }),
  scheduler: z.optional(
    z.strictObject({
      name: z.enum(['sm2', 'fsrs']),
      desiredRetention: z.number().min(0.7).max(0.99).nullable(),
      calibration: z
        .strictObject({
          reviews: count,
          predicted: z.number().min(0).max(1).nullable(),
          passed: z.number().min(0).max(1).nullable(),
          bins: z.array(
            z.strictObject({ from: z.number(), to: z.number(), reviews: count, predicted: z.number().nullable(), passed: z.number().nullable() }),
          ),
        })
        .nullable(),
    }),
  ),
});

const TODAY = '2026-03-04';

test('the JSON of a store with reviews matches the documented shape, schema 1', () => {
  const cards = [progress('noteMoney01.1', { deckId: smallDeck.id, due: TODAY, lapses: 4 }), progress('notePct0001.1', { deckId: smallDeck.id, due: '2026-03-10', interval: 6 })];
  const log = [answer('noteMoney01.1', '2026-03-03', 1, learnt(1), { deckId: smallDeck.id }), answer('notePct0001.1', TODAY, 5, learnt(1), { deckId: smallDeck.id })];
  const report = buildStatsReport({ today: TODAY, decks: [smallDeck], progress: cards, answers: log });
  const json: unknown = JSON.parse(JSON.stringify(report));
  expect(statsJsonSchema.parse(json)).toEqual(json);
  expect(report.leeches.cards[0]).toMatchObject({ cardId: 'noteMoney01.1', answer: '$3 billion' });
});

test('an empty store has the same shape, with null shares instead of NaN', () => {
  const json: unknown = JSON.parse(JSON.stringify(buildStatsReport({ today: TODAY, decks: [smallDeck], progress: [], answers: [] })));
  expect(statsJsonSchema.parse(json)).toMatchObject({ nothingReviewed: true, counts: { new: 4, total: 4 } });
});

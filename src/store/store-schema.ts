// The stored shapes of the store's files, validated once when read. Stored shape ≠ domain
// shape: a stored card keeps `retired` apart from the user's `suspended` so that a note
// returning to its deck is unsuspended without undoing a suspension the user chose.
import { MAX_INTERVAL_DAYS } from '../schedule/answer-card.js';
import * as z from '../zod-english.js';

/**
 * The store layout version this briefdeck writes; files with a higher number are refused.
 * 2: meta.json names this device (`deviceId`), whose answers other machines keep apart.
 */
export const STORE_SCHEMA = 2;
/** Progress files are caches whose shape has not changed since schema 1. */
export const PROGRESS_SCHEMA = 1;
/** Device ids name log files on every machine the user syncs. */
export const DEVICE_ID = /^[A-Za-z0-9_-]{6,64}$/;

/** Deck ids become file names, so only nanoid-like ids are accepted. */
export const DECK_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const calendarDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day YYYY-MM-DD'));
const isoTime = z.iso.datetime({ offset: true });
const count = z.int().check(z.nonnegative());
const deckId = z.string().check(z.regex(DECK_ID_PATTERN, 'expected a deck id of letters, digits, _ or -'));

/** A day that exists (2026-02-30 and 2026-13-45 match the pattern but are not days). */
const realDay = calendarDay.check(
  z.refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
  }, 'expected a day that exists'),
);

/**
 * What the scheduler can produce, and so what it can be given back: EF from 1.3 in whole
 * hundredths (far below 1,000: it grows 0.1 per answer at most), an interval of 0 to
 * MAX_INTERVAL_DAYS whole days and at least 1 once learnt, a due day that exists, and a new
 * card (no due day) that has no repetitions. Anything else is damage, refused before use.
 */
export const scheduleSnapshotSchema = z
  .object({
    repetitions: count,
    easiness: z.number().check(
      z.gte(1.3, 'expected an easiness of at least 1.3'),
      z.lte(1000, 'expected an easiness below 1000'),
      z.refine((ef) => Math.abs(ef * 100 - Math.round(ef * 100)) < 1e-6, 'expected an easiness in whole hundredths'),
    ),
    interval: count.check(z.lte(MAX_INTERVAL_DAYS, `expected an interval of at most ${MAX_INTERVAL_DAYS} days`)),
    due: z.nullable(realDay),
    lapses: count,
  })
  .check(
    z.refine((s) => s.repetitions === 0 || s.interval >= 1, { message: 'expected an interval of at least 1 day once repeated', path: ['interval'] }),
    z.refine((s) => s.due !== null || s.repetitions === 0, { message: 'expected a due day once repeated', path: ['due'] }),
  );

export const answerEntrySchema = z.object({
  type: z.literal('answer'),
  seq: z.int().check(z.positive()),
  cardId: z.string().check(z.minLength(1)),
  deckId,
  at: isoTime,
  day: calendarDay,
  quality: z.union([0, 1, 2, 3, 4, 5].map((q) => z.literal(q as 0 | 1 | 2 | 3 | 4 | 5))),
  before: scheduleSnapshotSchema,
  after: scheduleSnapshotSchema,
  ms: z.number().check(z.nonnegative()),
  source: z.enum(['review', 'repeat', 'quiz']),
});

export const undoEntrySchema = z.object({
  type: z.literal('undo'),
  seq: z.int().check(z.positive()),
  undoes: z.int().check(z.positive()),
  at: isoTime,
});

export const logEntrySchema = z.discriminatedUnion('type', [answerEntrySchema, undoEntrySchema]);

export const storedCardSchema = z.extend(scheduleSnapshotSchema, {
  cardId: z.string().check(z.minLength(1)),
  deckId,
  noteId: z.string().check(z.minLength(1)),
  ord: z.int().check(z.positive()),
  reviews: count,
  lastReviewed: z.nullable(isoTime),
  /** Suspended by the user. */
  suspended: z.boolean(),
  /** Suspended because its note left the deck or was retired; cleared when it returns. */
  retired: z.boolean(),
  /** Its note's content fingerprint, so a deck regenerated after its file was lost keeps its ids. */
  fingerprint: z.optional(z.string()),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

export const metaFileSchema = z.object({
  /** 1: written before devices had ids; opened as it is to read, migrated before a write. */
  schema: z.union([z.literal(1), z.literal(STORE_SCHEMA)]),
  createdAt: isoTime,
  /** This device, made once per store (never copied from another machine's log). */
  deviceId: z.optional(z.string().check(z.regex(DEVICE_ID, 'expected a device id of 6-64 letters, digits, _ or -'))),
  /** sha256: the deck's article, so a deck regenerated after its file was lost is found again. */
  decks: z.record(deckId, z.object({ name: z.string(), slug: z.string(), sha256: z.optional(z.string()) })),
}).check(
  z.refine((meta) => meta.schema === 1 || meta.deviceId !== undefined, { message: 'expected a device id in a schema 2 store', path: ['deviceId'] }),
);
export type MetaFile = z.infer<typeof metaFileSchema>;

export const progressFileSchema = z
  .object({
    schema: z.literal(PROGRESS_SCHEMA),
    deckId,
    appliedSeq: count,
    cards: z.record(z.string(), storedCardSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      for (const [key, card] of Object.entries(file.cards)) {
        if (card.cardId !== key || card.deckId !== file.deckId) {
          ctx.addIssue({ code: 'custom', path: ['cards', key], message: 'card id or deck id does not match' });
          return;
        }
      }
    }),
  );
export type ProgressFile = z.infer<typeof progressFileSchema>;

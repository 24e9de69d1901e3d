import * as z from '../zod-english.js';
import { ClozeSyntaxError, clozeOrds, parseCloze } from './cloze.js';
import { DECK_SCHEMA, NOTE_KINDS } from './types.js';

const noteKind = z.enum(NOTE_KINDS as [string, ...string[]]);

const noteSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'note ids are letters, digits, _ or -')),
  fingerprint: z.string().check(z.minLength(1)),
  kind: noteKind,
  cardKinds: z.array(noteKind).check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  extra: z.string(),
  section: z.nullable(z.string()),
  tags: z.array(z.string()),
  retiredAt: z.optional(z.string()),
  editedAt: z.optional(z.string()),
}).check(z.superRefine((note, ctx) => {
  // Checked here, on load, so that a hand-edited note is reported with its file and field
  // instead of stopping a review (or an export) when its card comes up.
  const problem = clozeProblem(note.text, note.cardKinds.length);
  if (problem) ctx.addIssue({ code: 'custom', path: ['text'], message: problem });
}));

/** Why `text` cannot give exactly the cards c1…c`cards`, or null. */
function clozeProblem(text: string, cards: number): string | null {
  let ords: number[];
  try {
    ords = clozeOrds(parseCloze(text));
  } catch (error) {
    if (error instanceof ClozeSyntaxError) return `cloze markup does not parse (${error.message})`;
    throw error;
  }
  const expected = Array.from({ length: cards }, (_, i) => i + 1);
  if (ords.join() === expected.join()) return null;
  const found = ords.length ? ords.map((o) => `c${o}`).join(', ') : 'no deletion';
  return `has ${found} but cardKinds lists ${cards} card${cards === 1 ? '' : 's'} (c1…c${cards})`;
}

/** The deck file as it is on disk (schema 1). */
export const deckFileSchema = z.object({
  schema: z.number().check(z.int()),
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'deck ids are letters, digits, _ or -')),
  name: z.string().check(z.minLength(1)),
  slug: z.string().check(z.minLength(1)),
  source: z.object({
    title: z.string(),
    path: z.optional(z.string()),
    url: z.optional(z.string()),
    sha256: z.string(),
    dateline: z.nullable(z.string()),
    byline: z.optional(z.string()),
    published: z.optional(z.string()),
    canonicalUrl: z.optional(z.string()),
    feed: z.optional(z.object({ url: z.string(), item: z.string() })),
  }),
  tags: z.optional(z.array(z.string())),
  generatedAt: z.string(),
  notes: z.array(noteSchema),
});

export const CURRENT_DECK_SCHEMA = DECK_SCHEMA;

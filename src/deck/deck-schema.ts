import { z } from 'zod';
import { ClozeSyntaxError, clozeOrds, parseCloze } from './cloze.js';
import { DECK_SCHEMA, NOTE_KINDS } from './types.js';

const noteKind = z.enum(NOTE_KINDS as [string, ...string[]]);

const noteSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'note ids are letters, digits, _ or -'),
  fingerprint: z.string().min(1),
  kind: noteKind,
  cardKinds: z.array(noteKind).min(1),
  text: z.string().min(1),
  extra: z.string(),
  section: z.string().nullable(),
  tags: z.array(z.string()),
  retiredAt: z.string().optional(),
}).superRefine((note, ctx) => {
  // Checked here, on load, so that a hand-edited note is reported with its file and field
  // instead of stopping a review (or an export) when its card comes up.
  const problem = clozeProblem(note.text, note.cardKinds.length);
  if (problem) ctx.addIssue({ code: 'custom', path: ['text'], message: problem });
});

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
  schema: z.number().int(),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'deck ids are letters, digits, _ or -'),
  name: z.string().min(1),
  slug: z.string().min(1),
  source: z.object({
    title: z.string(),
    path: z.string().optional(),
    url: z.string().optional(),
    sha256: z.string(),
    dateline: z.string().nullable(),
  }),
  generatedAt: z.string(),
  notes: z.array(noteSchema),
});

export const CURRENT_DECK_SCHEMA = DECK_SCHEMA;

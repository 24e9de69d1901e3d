import { z } from 'zod';
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
});

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

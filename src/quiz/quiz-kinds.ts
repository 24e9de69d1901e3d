import { NOTE_KINDS, type NoteKind } from '../deck/types.js';

/** Spellings a user may type for a kind: British spelling, plurals and the card hints. */
const ALIASES: Record<string, NoteKind> = {
  organisation: 'organization',
  org: 'organization',
  amount: 'money',
  people: 'person',
  year: 'date',
};

export interface ParsedKinds {
  kinds: NoteKind[];
  /** Names that are no kind, as the user typed them. */
  unknown: string[];
}

/**
 * `--kind person --kind money,percent` → the note kinds asked for, each once, in the order
 * given. An empty list means every kind.
 */
export function parseQuizKinds(raw: readonly string[]): ParsedKinds {
  const kinds: NoteKind[] = [];
  const unknown: string[] = [];
  for (const name of raw.flatMap((r) => r.split(',')).map((n) => n.trim()).filter(Boolean)) {
    const lower = name.toLowerCase();
    const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
    const kind =
      (NOTE_KINDS as readonly string[]).includes(lower) ? (lower as NoteKind)
      : (NOTE_KINDS as readonly string[]).includes(singular) ? (singular as NoteKind)
      : (ALIASES[lower] ?? ALIASES[singular]);
    if (kind === undefined) unknown.push(name);
    else if (!kinds.includes(kind)) kinds.push(kind);
  }
  return { kinds, unknown };
}

/** How a kind reads in messages: the British spelling the card hints use. */
export function kindLabel(kind: NoteKind): string {
  return kind === 'organization' ? 'organisation' : kind;
}

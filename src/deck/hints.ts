import type { NoteKind } from './types.js';

/** The hint shown in a deletion (`[amount]`) for each kind of fact: the generator's default. */
export const HINT_OF_KIND: Record<NoteKind, string> = {
  money: 'amount',
  percent: 'percent',
  number: 'number',
  quantity: 'quantity',
  date: 'date',
  person: 'person',
  organization: 'organisation',
  place: 'place',
  term: 'term',
  quote: 'who said it?',
};

/**
 * Every hint the generator writes, with the kind it stands for: the default hints above and
 * the more precise ones (`year`, `how long`…). An import reads a card's kind back from its
 * hint, so a hint missing here comes back as the wrong kind.
 */
export const KIND_OF_HINT: ReadonlyMap<string, NoteKind> = new Map<string, NoteKind>([
  ...Object.entries(HINT_OF_KIND).map(([kind, hint]) => [hint, kind as NoteKind] as const),
  ['organization', 'organization'],
  ['name', 'term'],
  ['year', 'date'],
  ['years', 'date'],
  ['how long', 'quantity'],
  ['how old', 'quantity'],
  ['how many times', 'quantity'],
  ['temperature', 'quantity'],
  ['share', 'quantity'],
  ['basis points', 'quantity'],
  ['percentage points', 'percent'],
  ['time', 'date'],
]);

/** The kind a hint stands for (case and surrounding space ignored), or undefined. */
export function kindOfHint(hint: string): NoteKind | undefined {
  return KIND_OF_HINT.get(hint.trim().toLowerCase());
}

import type { NoteKind } from './types.js';

/** The hint shown in a deletion (`[amount]`) for each kind of fact. */
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

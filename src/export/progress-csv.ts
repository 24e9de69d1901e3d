/**
 * The schedule beside an Anki export (`<FILE>.progress.csv`), for users who carry their
 * SM-2 state over by hand or by script. Anki's CSV import cannot take scheduling, so this
 * is a plain CSV with a header row, one row per card that has progress:
 *
 *   guid         the note's GUID in the Anki file (`briefdeck-<noteId>`)
 *   card ord     the deletion number (1 for c1 …), Anki's card ord + 1
 *   repetitions  SM-2 successful repetitions in a row
 *   easiness     SM-2 easiness factor (2.5 for a new card)
 *   interval     days between the last review and `due`
 *   due          local calendar day (YYYY-MM-DD) the card is next due; empty while new
 *   lapses       times the card was forgotten after being learnt
 *   suspended    true or false
 */
import type { Deck } from '../deck/types.js';
import type { CardProgress } from '../schedule/types.js';
import { guidOfNote } from './anki-note-row.js';
import { streamCsvRows } from './stream-csv-rows.js';

export const PROGRESS_COLUMNS = ['guid', 'card ord', 'repetitions', 'easiness', 'interval', 'due', 'lapses', 'suspended'];

export function progressFileOf(ankiFile: string): string {
  return `${ankiFile.replace(/\.csv$/i, '')}.progress.csv`;
}

function* progressRows(decks: Deck[], progressByDeck: Map<string, CardProgress[]>): Generator<unknown[]> {
  for (const deck of decks) {
    const live = new Set(deck.notes.filter((n) => !n.retiredAt).map((n) => n.id));
    for (const p of progressByDeck.get(deck.id) ?? []) {
      if (!live.has(p.noteId)) continue;
      yield [guidOfNote(p.noteId), p.ord, p.repetitions, p.easiness, p.interval, p.due ?? '', p.lapses, String(p.suspended)];
    }
  }
}

/** Stream the progress of the exported (live) notes' cards; `out` is not ended. */
export async function writeProgressCsv(
  decks: Deck[],
  progressByDeck: Map<string, CardProgress[]>,
  out: NodeJS.WritableStream,
): Promise<{ cards: number }> {
  const cards = await streamCsvRows(progressRows(decks, progressByDeck), out, { header: true, columns: PROGRESS_COLUMNS });
  return { cards };
}

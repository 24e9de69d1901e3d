/**
 * Decks → a CSV that Anki's own importer (2.1.55+) takes without any choice in its dialog,
 * where the collection has a note type named "Cloze" (an English one): the note type is
 * found by name only. The package (anki-collection.ts) carries its own note type instead.
 *
 * Checked against Anki's importer (rslib/src/import_export/text/csv/metadata.rs, import.rs):
 * - header lines are read only at the very top, each `#key:value`; we write no BOM (Anki
 *   strips one only since 2.1.60);
 * - no `#columns` line: with labels Anki maps fields by name, and a localised Cloze note
 *   type (other field names) would get our GUID column as its first field; without labels it
 *   maps the non-meta columns in order, Text then Back Extra, which works in every language;
 * - a deck column creates missing decks (a `#deck:` header does so only since 25.09);
 * - a GUID that matches an existing note is a duplicate, never a second note; `#if matches`
 *   makes Anki update it (metadata.rs DupeResolution "update current").
 */
import { once } from 'node:events';
import type { Deck } from '../deck/types.js';
import { ANKI_COLUMNS, ankiRowOfNote } from './anki-note-row.js';
import { streamCsvRows } from './stream-csv-rows.js';

const column = (name: (typeof ANKI_COLUMNS)[number]): number => ANKI_COLUMNS.indexOf(name) + 1;

export const ANKI_HEADER_LINES = [
  '#separator:Comma',
  '#html:true',
  '#notetype:Cloze',
  `#deck column:${column('deck')}`,
  `#tags column:${column('tags')}`,
  `#guid column:${column('guid')}`,
  // A re-import always updates the notes, whatever was last chosen in Anki's import dialog.
  '#if matches:update current',
];

export interface WriteAnkiCsvOptions {
  /** Anki reads either; LF by default. */
  recordDelimiter?: '\n' | '\r\n';
}

async function writeChunk(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

function* liveNoteRows(decks: Deck[]): Generator<string[]> {
  for (const deck of decks) {
    for (const note of deck.notes) {
      if (!note.retiredAt) yield ankiRowOfNote(deck, note);
    }
  }
}

/**
 * Stream one row per live note (retired notes are left out) to `out`; `out` is not ended.
 * Every field is quoted, so no field that starts with `#` can be taken for a comment line.
 */
export async function writeAnkiCsv(
  decks: Deck[],
  out: NodeJS.WritableStream,
  options: WriteAnkiCsvOptions = {},
): Promise<{ notes: number }> {
  const eol = options.recordDelimiter ?? '\n';
  await writeChunk(out, ANKI_HEADER_LINES.map((line) => `${line}${eol}`).join(''));
  const notes = await streamCsvRows(liveNoteRows(decks), out, {
    quoted: true,
    quoted_empty: true,
    record_delimiter: eol === '\n' ? 'unix' : 'windows',
  });
  return { notes };
}

/**
 * A CSV of Cloze notes exported from Anki (or from briefdeck) → a briefdeck deck.
 * Pure: the text, the ids and the time come in as arguments.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { buildClozeText, type ClozeSegment, plainText } from '../deck/cloze.js';
import { slugify } from '../deck/slug.js';
import { DECK_SCHEMA, type Deck, type Note, type NoteKind } from '../deck/types.js';
import { UserError } from '../errors.js';
import { ankiClozeToSegments, type FieldReader, NestedClozeError, readHtmlField, readPlainField } from './anki-html.js';
import { type AnkiCsvLayout, readAnkiCsvLayout } from './anki-csv-layout.js';
import { DECK_PREFIX, noteIdOfGuid, SOURCE_CLASS } from './anki-note-row.js';
import { hintsOfCards, kindsOfCards, kindsOfTags } from './card-kinds.js';

export interface ImportAnkiCsvOptions {
  /** `--deck`: the deck's name; else the `#deck:` header, the deck column, the file name. */
  deckName: string | null;
  fileName: string;
  newId: () => string;
  now: string;
}

export interface ImportAnkiCsvResult {
  deck: Deck;
  /** Rows that made no note: no valid cloze deletion, or nested deletions. */
  skipped: number;
}

const LOOKS_LIKE_HTML = /<[a-z/!][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

interface Columns {
  text: number;
  extra: number;
  tags: number;
  guid: number;
  deck: number;
}

/** 0-based positions of the fields, by `#columns` labels when they name them, else in order. */
function columnsOf(layout: AnkiCsvLayout, rows: string[][]): Columns {
  const meta = new Set([layout.deckColumn, layout.tagsColumn, layout.guidColumn, layout.notetypeColumn].filter((c) => c > 0));
  const width = Math.max(layout.columnLabels.length, ...rows.slice(0, 5).map((r) => r.length));
  const free = Array.from({ length: width }, (_, i) => i + 1).filter((c) => !meta.has(c));
  const byLabel = (re: RegExp): number => layout.columnLabels.findIndex((l, i) => re.test(l) && !meta.has(i + 1)) + 1;
  const text = byLabel(/^text$/i) || free[0] || 1;
  const extra = byLabel(/^(back )?extra$/i) || free.find((c) => c !== text) || 0;
  let tags = layout.tagsColumn;
  // No tags column named: the column after the fields is tags if every value looks like tags.
  const candidate = Math.max(text, extra) + 1;
  if (!tags && !meta.has(candidate)) {
    const values = rows.map((r) => r[candidate - 1] ?? '').filter(Boolean);
    if (values.length && values.every((v) => /^[^\s<>"{}]+(\s+[^\s<>"{}]+)*$/.test(v.trim()))) tags = candidate;
  }
  return { text, extra, tags, guid: layout.guidColumn, deck: layout.deckColumn };
}

const field = (row: string[], column: number): string => (column > 0 ? (row[column - 1] ?? '') : '');

/** Number the deletions c1…cN without gaps, keeping their order (Anki allows c1, c3). */
function renumber(segments: ClozeSegment[]): ClozeSegment[] {
  const ords = [...new Set(segments.flatMap((s) => (s.type === 'deletion' ? [s.ord] : [])))].sort((a, b) => a - b);
  return segments.map((s) => (s.type === 'deletion' ? { ...s, ord: ords.indexOf(s.ord) + 1 } : s));
}

/** Stable content key of an imported note: the whole sentence and its answers, normalised. */
export function importedFingerprint(segments: ClozeSegment[]): string {
  const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const answers = segments.flatMap((s) => (s.type === 'deletion' ? [`${s.ord}:${norm(s.answer)}`] : []));
  return createHash('sha256').update(`${norm(plainText(segments))}\u0000${answers.join('\u0000')}`).digest('hex').slice(0, 24);
}

/** Back Extra without the source lines briefdeck appends (they belong to the deck, not the note). */
function extraOf(raw: string, html: boolean, read: FieldReader): string {
  if (!html) return read(raw);
  const own = raw.replace(new RegExp(`(<br\\s*/?>)?<span class="${SOURCE_CLASS}">[\\s\\S]*?</span>$`, 'i'), '');
  return read(own);
}

/** A note's own tags: all but the `briefdeck::<slug>` deck tag; `kind::…` tags are kept (they are the note's too). */
function splitTags(value: string, global: string[]): { kinds: NoteKind[]; tags: string[] } {
  const tags: string[] = [];
  for (const tag of [...value.split(/\s+/), ...global].filter(Boolean)) {
    if (!tag.toLowerCase().startsWith(DECK_PREFIX) && !tags.includes(tag)) tags.push(tag);
  }
  return { kinds: kindsOfTags(tags), tags };
}

function deckNameOf(layout: AnkiCsvLayout, rows: string[][], options: ImportAnkiCsvOptions): string {
  if (options.deckName?.trim()) return options.deckName.trim();
  const inColumn = [...new Set(rows.map((r) => field(r, layout.deckColumn).trim()).filter(Boolean))];
  if (inColumn.length > 1) {
    throw new UserError(
      `briefdeck: "${options.fileName}" holds ${inColumn.length} decks (${inColumn.slice(0, 3).join(', ')}…) — import them as one with --deck NAME`,
    );
  }
  const named = inColumn[0] ?? layout.deckName;
  if (named) return named.startsWith(DECK_PREFIX) ? named.slice(DECK_PREFIX.length) : named.split('::').pop()!;
  return options.fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt)$/i, '') || 'imported';
}

function noteOfRow(row: string[], cols: Columns, html: boolean, global: string[], takeId: (guid: string) => string): Note | null {
  const read = html ? readHtmlField : readPlainField;
  let segments: ClozeSegment[];
  try {
    segments = renumber(ankiClozeToSegments(field(row, cols.text), read));
  } catch (error) {
    if (error instanceof NestedClozeError) return null;
    throw error;
  }
  const hints = hintsOfCards(segments);
  if (hints.length === 0) return null;
  const { kinds, tags } = splitTags(field(row, cols.tags), global);
  const cardKinds = kindsOfCards(hints, kinds);
  return {
    id: takeId(field(row, cols.guid)),
    fingerprint: importedFingerprint(segments),
    kind: cardKinds[0]!,
    cardKinds,
    text: buildClozeText(segments),
    extra: extraOf(field(row, cols.extra), html, read),
    section: null,
    tags,
  };
}

/**
 * A quote left open swallows the rows after it into one field (the parser is lenient about
 * quotes, as Anki is): a field holding a line break followed by a quote is such a row.
 */
function reportUnclosedQuote(records: { record: string[]; info: { lines: number } }[], headerLines: number, fileName: string): void {
  let lastLine = 0;
  for (const { record, info } of records) {
    const firstLine = lastLine + 1;
    lastLine = info.lines;
    if (record.some((value) => value.includes('\n"'))) {
      throw new UserError(
        `briefdeck: "${fileName}" line ${headerLines + firstLine}: a quote opened in this row is not closed, so the rows after it would be swallowed — close it, or write a quote inside a field as ""; nothing was imported`,
      );
    }
  }
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
}

export function importAnkiCsv(fileText: string, options: ImportAnkiCsvOptions): ImportAnkiCsvResult {
  const { layout, body } = readAnkiCsvLayout(fileText);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter: layout.delimiter,
      relax_column_count: true,
      relax_quotes: true,
      bom: true,
      // Anki drops every record that starts with `#`, wherever it is.
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new UserError(`briefdeck: "${options.fileName}" is not a CSV file Anki could read (${(error as Error).message})`);
  }
  reportUnclosedQuote(records, countLines(fileText.slice(0, fileText.length - body.length)), options.fileName);
  let rows = records.map((r) => r.record);
  rows = rows.filter((r) => r.some((f) => f.trim()));
  const html = layout.html ?? rows.slice(0, 5).some((r) => r.some((f) => LOOKS_LIKE_HTML.test(f)));
  return importAnkiRows(rows, layout, html, createHash('sha256').update(fileText).digest('hex'), options);
}

/**
 * Rows of Anki notes (from a CSV, or from a package's notes laid out as a CSV would be)
 * → a deck. `sha256` is that of the file read.
 */
export function importAnkiRows(
  rows: string[][],
  layout: AnkiCsvLayout,
  html: boolean,
  sha256: string,
  options: ImportAnkiCsvOptions,
): ImportAnkiCsvResult {
  const cols = columnsOf(layout, rows);
  const used = new Set<string>();
  const takeId = (guid: string): string => {
    const kept = noteIdOfGuid(guid.trim());
    const id = kept && !used.has(kept) ? kept : options.newId();
    used.add(id);
    return id;
  };
  const notes = rows.flatMap((row) => noteOfRow(row, cols, html, layout.globalTags, takeId) ?? []);
  const name = deckNameOf(layout, rows, options);
  const deck: Deck = {
    schema: DECK_SCHEMA,
    id: options.newId(),
    name,
    slug: slugify(name),
    source: { title: name, path: options.fileName, sha256, dateline: null },
    generatedAt: options.now,
    notes,
  };
  return { deck, skipped: rows.length - notes.length };
}

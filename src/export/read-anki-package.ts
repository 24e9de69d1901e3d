/**
 * An `.apkg` → its cloze notes as rows laid out like briefdeck's CSV (guid, Text, Back Extra,
 * deck, tags), for the same import as a CSV. Reads the legacy packages (`collection.anki2` or
 * `collection.anki21`, schema 11): briefdeck's own, and Anki's with "Support older Anki
 * versions" ticked. Notes of other note types are counted, not read.
 */
import { unzipSync } from 'fflate';
import { UserError } from '../errors.js';
import type { AnkiCsvLayout } from './anki-csv-layout.js';
import { loadSqlJs } from './load-sql-js.js';

export interface AnkiPackageRows {
  rows: string[][];
  /** Notes whose note type is not a cloze type. */
  otherNotes: number;
}

/** Where each field sits in the rows: the layout of briefdeck's CSV. */
export const PACKAGE_ROW_LAYOUT: AnkiCsvLayout = {
  delimiter: ',',
  html: true,
  columnLabels: [],
  deckName: null,
  deckColumn: 4,
  tagsColumn: 5,
  guidColumn: 1,
  notetypeColumn: 0,
  globalTags: [],
  hasHeaders: true,
};

/** A collection bigger than this once unpacked is refused (a zip can claim any size). */
export const MAX_COLLECTION_BYTES = 1024 * 1024 * 1024;
const WANTED = new Set(['meta', 'collection.anki2', 'collection.anki21']);

function collectionOf(bytes: Uint8Array, file: string): Uint8Array {
  let entries: Record<string, Uint8Array>;
  const names = new Set<string>();
  let tooBig = false;
  try {
    // Only the collection is unpacked: media files stay in the zip.
    entries = unzipSync(bytes, {
      filter: (entry) => {
        names.add(entry.name);
        if (!WANTED.has(entry.name)) return false;
        if (entry.originalSize > MAX_COLLECTION_BYTES) tooBig = true;
        return !tooBig;
      },
    });
  } catch {
    throw new UserError(`briefdeck: "${file}" is not an Anki package (not a zip file) — export a deck from Anki as .apkg`);
  }
  if (tooBig) throw new UserError(`briefdeck: "${file}" holds a collection over ${MAX_COLLECTION_BYTES / 2 ** 30} GB unpacked — export one deck at a time from Anki`);
  const legacy = entries['collection.anki21'] ?? entries['collection.anki2'];
  // `meta` says 3 (latest): the real collection is the zstd-compressed anki21b beside a stub.
  const latest = (entries.meta && entries.meta[0] === 0x08 && (entries.meta[1] ?? 0) >= 3) || (names.has('collection.anki21b') && !entries['collection.anki21']);
  if (latest || !legacy) {
    throw new UserError(
      `briefdeck: "${file}" is in the newer package format only — export it again from Anki with "Support older Anki versions" ticked`,
    );
  }
  return legacy;
}

export async function readAnkiPackageRows(bytes: Uint8Array, file: string): Promise<AnkiPackageRows> {
  const SQL = await loadSqlJs();
  const collection = collectionOf(bytes, file);
  let db;
  try {
    db = new SQL.Database(collection);
  } catch {
    throw new UserError(`briefdeck: "${file}" holds no readable collection — export it again from Anki`);
  }
  try {
    const rows = (sql: string): unknown[][] => db.exec(sql)[0]?.values ?? [];
    let col: unknown[];
    try {
      col = rows('SELECT ver, models, decks FROM col')[0] ?? [];
    } catch {
      throw new UserError(`briefdeck: "${file}" holds no Anki collection — export a deck from Anki as .apkg`);
    }
    if (col[0] !== 11) throw new UserError(`briefdeck: "${file}" holds a collection of schema ${String(col[0])}, not 11 — export it again from Anki with "Support older Anki versions" ticked`);
    const models = JSON.parse(String(col[1])) as Record<string, { type?: number }>;
    const decks = JSON.parse(String(col[2])) as Record<string, { name?: string }>;
    const cloze = new Set(Object.entries(models).filter(([, m]) => m.type === 1).map(([id]) => Number(id)));
    // A note's deck is the deck of its first card.
    const deckOfNote = new Map<number, string>();
    for (const [nid, did] of rows('SELECT nid, did FROM cards ORDER BY nid, ord')) {
      if (!deckOfNote.has(Number(nid))) deckOfNote.set(Number(nid), decks[String(did)]?.name ?? '');
    }
    const out: string[][] = [];
    let otherNotes = 0;
    for (const [id, guid, mid, tags, flds] of rows('SELECT id, guid, mid, tags, flds FROM notes ORDER BY id')) {
      if (!cloze.has(Number(mid))) {
        otherNotes += 1;
        continue;
      }
      const [text = '', extra = ''] = String(flds).split('\u001f');
      out.push([String(guid), text, extra, deckOfNote.get(Number(id)) ?? '', String(tags).trim()]);
    }
    return { rows: out, otherNotes };
  } finally {
    db.close();
  }
}

/**
 * `briefdeck import --anki FILE|- [--deck NAME]` (a CSV of Cloze notes from Anki) or
 * `--apkg FILE` (an Anki package: its cloze notes) → a deck.
 * Throws UserError (exit 2) with one line for bad input; returns 0 when saved.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { nanoid } from 'nanoid';
import { deckPath, loadAllDecks, loadDeckFile, saveDeckFile } from '../deck/deck-file.js';
import type { Deck } from '../deck/types.js';
import { UserError } from '../errors.js';
import { importAnkiCsv, importAnkiRows, type ImportAnkiCsvResult } from '../export/anki-import.js';
import { isSameDeck, mergeImportedDeck } from '../export/merge-imported-deck.js';
import { plural } from './plural.js';

export interface ImportOptions {
  file: string;
  /** What the file is: a CSV (the default) or an Anki package. */
  format?: 'csv' | 'apkg';
  deck: string | null;
  decksDir: string;
  stdout: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
  now?: () => Date;
  newId?: () => string;
}

/** Anki CSVs bigger than this are refused before being read whole (100k notes are ~52 MB). */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;

function tooBig(file: string): UserError {
  return new UserError(`briefdeck: "${file}" is over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB import limit — split the export in Anki (one deck at a time)`);
}

async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<Buffer> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of stdin) {
      bytes += (chunk as Buffer).length;
      if (bytes > MAX_IMPORT_BYTES) throw tooBig('stdin');
      chunks.push(Buffer.from(chunk as Buffer));
    }
    return Buffer.concat(chunks);
  }
  try {
    const info = await stat(file);
    if (info.isFile() && info.size > MAX_IMPORT_BYTES) throw tooBig(file);
    return await readFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`briefdeck: "${file}" does not exist — give the file you exported from Anki`);
    if (code === 'EISDIR') throw new UserError(`briefdeck: "${file}" is a folder — give the file you exported from Anki`);
    throw new UserError(`briefdeck: cannot read "${file}" (${code ?? 'error'})`);
  }
}

/** Deck and note ids of every deck in the folder but `slug`'s. */
async function idsOfOtherDecks(decksDir: string, slug: string): Promise<Set<string>> {
  const { decks } = await loadAllDecks(decksDir);
  return new Set(decks.filter((d) => d.slug !== slug).flatMap((d) => [d.id, ...d.notes.map((n) => n.id)]));
}

function withIdsFreeOf(deck: Deck, taken: ReadonlySet<string>, newId: () => string): Deck {
  if (!deck.notes.some((n) => taken.has(n.id))) return deck;
  return { ...deck, notes: deck.notes.map((n) => (taken.has(n.id) ? { ...n, id: newId() } : n)) };
}


async function importFile(options: ImportOptions, now: string, newId: () => string): Promise<ImportAnkiCsvResult & { otherNotes: number }> {
  const bytes = await readInput(options.file, options.stdin ?? process.stdin);
  const how = { deckName: options.deck, fileName: options.file, newId, now };
  if (options.format !== 'apkg') return { ...importAnkiCsv(bytes.toString('utf8'), how), otherNotes: 0 };
  const { readAnkiPackageRows, PACKAGE_ROW_LAYOUT } = await import('../export/read-anki-package.js');
  const { rows, otherNotes } = await readAnkiPackageRows(bytes, options.file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ...importAnkiRows(rows, PACKAGE_ROW_LAYOUT, true, sha256, how), otherNotes };
}

export async function runImport(options: ImportOptions): Promise<number> {
  if (options.format === 'apkg' && options.file === '-') {
    throw new UserError('briefdeck: --apkg needs a file name (a package is not read from stdin)');
  }
  const now = (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => nanoid(12));
  const { deck: parsedDeck, skipped, otherNotes } = await importFile(options, now, newId);
  // Ids are unique across decks: an export imported under a new name gets new note ids.
  const imported = withIdsFreeOf(parsedDeck, await idsOfOtherDecks(options.decksDir, parsedDeck.slug), newId);
  const skippedNote =
    (skipped ? `; skipped ${plural(skipped, 'note')} without a valid cloze deletion` : '') +
    (otherNotes ? `; left out ${plural(otherNotes, 'note')} of other note types` : '');
  if (imported.notes.length === 0) {
    const fix = options.format === 'apkg' ? 'export a deck of cloze notes from Anki' : 'export Cloze notes from Anki (Notes in Plain Text)';
    throw new UserError(`briefdeck: found no cloze notes in "${options.file}"${skippedNote} — ${fix}`);
  }

  const target = deckPath(options.decksDir, imported.slug);
  const existing = existsSync(target) ? await loadDeckFile(target) : null;
  if (existing && !isSameDeck(existing, imported)) {
    throw new UserError(
      `briefdeck: a different deck named "${existing.name}" already exists (${target}) — import under another name with --deck NAME`,
    );
  }
  if (!existing) {
    const written = await saveDeckFile(options.decksDir, imported);
    options.stdout.write(`Imported ${plural(imported.notes.length, 'note')} into "${imported.name}" (${written})${skippedNote}\n`);
    return 0;
  }
  const { deck, added, changed, unchanged } = mergeImportedDeck(existing, imported, now);
  // Nothing new or changed: the deck file is left exactly as it was.
  const written = added + changed === 0 ? target : await saveDeckFile(options.decksDir, deck);
  options.stdout.write(
    `Imported ${plural(imported.notes.length, 'note')} into "${deck.name}" (${written}): ${added} new, ${changed} changed, ${unchanged} unchanged${skippedNote}\n`,
  );
  return 0;
}

/**
 * `briefdeck import --anki FILE|- [--deck NAME]`: a CSV of Cloze notes from Anki → a deck.
 * Throws UserError (exit 2) with one line for bad input; returns 0 when saved.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { nanoid } from 'nanoid';
import { deckPath, loadAllDecks, loadDeckFile, saveDeckFile } from '../deck/deck-file.js';
import type { Deck } from '../deck/types.js';
import { UserError } from '../errors.js';
import { importAnkiCsv } from '../export/anki-import.js';
import { isSameDeck, mergeImportedDeck } from '../export/merge-imported-deck.js';

export interface ImportOptions {
  file: string;
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

async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of stdin) {
      bytes += (chunk as Buffer).length;
      if (bytes > MAX_IMPORT_BYTES) throw tooBig('stdin');
      chunks.push(Buffer.from(chunk as Buffer));
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    const info = await stat(file);
    if (info.isFile() && info.size > MAX_IMPORT_BYTES) throw tooBig(file);
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`briefdeck: "${file}" does not exist — give the CSV file you exported from Anki`);
    if (code === 'EISDIR') throw new UserError(`briefdeck: "${file}" is a folder — give the CSV file you exported from Anki`);
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

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function runImport(options: ImportOptions): Promise<number> {
  const text = await readInput(options.file, options.stdin ?? process.stdin);
  const now = (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? (() => nanoid(12));
  const parsed = importAnkiCsv(text, { deckName: options.deck, fileName: options.file, newId, now });
  const { skipped } = parsed;
  // Ids are unique across decks: an export imported under a new name gets new note ids.
  const imported = withIdsFreeOf(parsed.deck, await idsOfOtherDecks(options.decksDir, parsed.deck.slug), newId);
  const skippedNote = skipped ? `; skipped ${plural(skipped, 'row')} without a valid cloze deletion` : '';
  if (imported.notes.length === 0) {
    throw new UserError(`briefdeck: found no cloze notes in "${options.file}"${skippedNote} — export Cloze notes from Anki (Notes in Plain Text)`);
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
  const { deck, added, updated, unchanged } = mergeImportedDeck(existing, imported, now);
  const written = await saveDeckFile(options.decksDir, deck);
  options.stdout.write(
    `Imported ${plural(imported.notes.length, 'note')} into "${deck.name}" (${written}): ${added} new, ${updated} updated, ${unchanged} unchanged${skippedNote}\n`,
  );
  return 0;
}

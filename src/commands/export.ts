/**
 * `briefdeck export [DECK] --anki FILE|- [--with-progress]`: decks → Anki CSV.
 * Throws UserError (exit 2) with one line for bad input; returns 0 when written.
 */
import { findDeck, loadAllDecks } from '../deck/deck-file.js';
import type { Deck } from '../deck/types.js';
import { UserError } from '../errors.js';
import { writeAnkiCsv } from '../export/anki-csv.js';
import { progressFileOf, writeProgressCsv } from '../export/progress-csv.js';
import { checkWritableTarget, writeFileAtomically } from '../export/write-file-atomically.js';
import type { CardProgress } from '../schedule/types.js';

export interface ExportOptions {
  deck: string | null;
  anki: string;
  withProgress: boolean;
  decksDir: string;
  storageDir: string;
  stdout: NodeJS.WritableStream;
  /** Where the summary goes; process.stderr by default. */
  stderr?: NodeJS.WritableStream;
  now?: () => Date;
  /** The cards' progress by deck id; by default read (read-only) from the store in storageDir. */
  readProgress?: (decks: Deck[]) => Promise<Map<string, CardProgress[]>>;
}

/** Read-only: no lock taken, nothing written; a missing store reads as empty. */
async function readProgressFromStore(storageDir: string, now: Date, decks: Deck[]): Promise<Map<string, CardProgress[]>> {
  const { openStore } = await import('../store/open-store.js');
  const store = await openStore(storageDir, { mode: 'read', now });
  try {
    return new Map(decks.map((deck) => [deck.id, store.progress(deck.id)]));
  } finally {
    await store.close();
  }
}

async function selectDecks(options: ExportOptions, warn: (line: string) => void): Promise<Deck[]> {
  const { decks, problems } = await loadAllDecks(options.decksDir);
  // Said before looking the deck up: a deck named but unreadable is then explained.
  for (const problem of problems) warn(`${problem} (skipped)`);
  if (options.deck !== null) return [findDeck(decks, options.deck)];
  if (decks.length === 0) {
    throw new UserError(`briefdeck: no decks to export in "${options.decksDir}" — run "briefdeck generate ARTICLE" first`);
  }
  return decks;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function runExport(options: ExportOptions): Promise<number> {
  const stderr = options.stderr ?? process.stderr;
  const decks = await selectDecks(options, (line) => stderr.write(`${line}\n`));
  const toStdout = options.anki === '-';
  if (toStdout && options.withProgress) {
    throw new UserError('briefdeck: --with-progress writes a second file, so it needs --anki FILE, not -');
  }
  if (toStdout) {
    await writeAnkiCsv(decks, options.stdout);
    return 0;
  }
  const progressFile = progressFileOf(options.anki);
  await checkWritableTarget(options.anki);
  if (options.withProgress) await checkWritableTarget(progressFile);
  // Read the progress before writing anything, so a store problem leaves both files alone.
  const progress = !options.withProgress
    ? null
    : options.readProgress
      ? await options.readProgress(decks)
      : await readProgressFromStore(options.storageDir, (options.now ?? (() => new Date()))(), decks);

  let notes = 0;
  await writeFileAtomically(options.anki, async (out) => {
    notes = (await writeAnkiCsv(decks, out)).notes;
  });
  let progressNote = '';
  if (progress) {
    let cards = 0;
    await writeFileAtomically(progressFile, async (out) => {
      cards = (await writeProgressCsv(decks, progress, out)).cards;
    });
    progressNote = `; the schedule of ${plural(cards, 'card')} in ${progressFile}`;
  }
  stderr.write(
    `Exported ${plural(notes, 'note')} from ${plural(decks.length, 'deck')} to ${options.anki}${progressNote} — in Anki: File › Import\n`,
  );
  return 0;
}

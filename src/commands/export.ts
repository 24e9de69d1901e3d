/**
 * `briefdeck export [DECK] --anki FILE|-` (CSV) or `--apkg FILE [--with-progress]` (Anki package).
 * Throws UserError (exit 2) with one line for bad input; returns 0 when written.
 */
import { findDeck, loadAllDecks } from '../deck/deck-file.js';
import type { Deck } from '../deck/types.js';
import { UserError } from '../errors.js';
import { writeAnkiCsv } from '../export/anki-csv.js';
import type { AnkiScheduleInput } from '../export/anki-collection.js';
import { checkWritableTarget, writeFileAtomically } from '../export/write-file-atomically.js';
import { plural } from './plural.js';

export interface ExportOptions {
  deck: string | null;
  /** The CSV file, or `-` for stdout. */
  anki: string | null;
  /** The Anki package file. */
  apkg: string | null;
  withProgress: boolean;
  decksDir: string;
  storageDir: string;
  stdout: NodeJS.WritableStream;
  /** Where the summary goes; process.stderr by default. */
  stderr?: NodeJS.WritableStream;
  now?: () => Date;
  /** IANA zone of the user's calendar days (due days); the system's by default. */
  timeZone?: string;
  /** The cards' progress and answers; by default read (read-only) from the store in storageDir. */
  readSchedule?: (decks: Deck[]) => Promise<AnkiScheduleInput>;
}

/** Read-only: no lock taken, nothing written; a missing store reads as empty. */
async function readScheduleFromStore(storageDir: string, now: Date, decks: Deck[]): Promise<AnkiScheduleInput> {
  const { openStore } = await import('../store/open-store.js');
  const store = await openStore(storageDir, { mode: 'read', now });
  try {
    return {
      progress: new Map(decks.map((deck) => [deck.id, store.progress(deck.id)])),
      answers: decks.flatMap((deck) => store.answers({ deckId: deck.id })),
    };
  } finally {
    await store.close();
  }
}

async function selectDecks(options: ExportOptions, warn: (line: string) => void): Promise<Deck[]> {
  const { decks, problems, unreadable } = await loadAllDecks(options.decksDir);
  // (A deck named whose own file is unreadable: that file's line is the error, said once.)
  const chosen = options.deck !== null ? findDeck(decks, options.deck, unreadable) : null;
  for (const problem of problems) warn(`${problem} (skipped)`);
  if (chosen) return [chosen];
  if (decks.length === 0) {
    throw new UserError(`briefdeck: no decks to export in "${options.decksDir}" — run "briefdeck generate ARTICLE" first`);
  }
  return decks;
}


function checkTargets(options: ExportOptions): void {
  if ((options.anki === null) === (options.apkg === null)) {
    throw new UserError('briefdeck: give one of --apkg FILE (a package for Anki) or --anki FILE|- (a CSV) — usage: briefdeck export [DECK] --apkg FILE [--with-progress]');
  }
  if (options.anki !== null && options.withProgress) {
    throw new UserError('briefdeck: a CSV cannot carry the schedule — use --apkg FILE --with-progress, and "Import scheduling" in Anki');
  }
  if (options.apkg === '-') throw new UserError('briefdeck: --apkg needs a file name (a package is not written to stdout), e.g. --apkg deck.apkg');
}

export async function runExport(options: ExportOptions): Promise<number> {
  checkTargets(options);
  const stderr = options.stderr ?? process.stderr;
  const decks = await selectDecks(options, (line) => stderr.write(`${line}\n`));
  if (options.anki === '-') {
    await writeAnkiCsv(decks, options.stdout);
    return 0;
  }
  if (options.anki !== null) {
    await checkWritableTarget(options.anki);
    let notes = 0;
    await writeFileAtomically(options.anki, async (out) => {
      notes = (await writeAnkiCsv(decks, out)).notes;
    });
    stderr.write(`Exported ${plural(notes, 'note')} from ${plural(decks.length, 'deck')} to ${options.anki} — in Anki: File › Import\n`);
    return 0;
  }
  return exportPackage(options, options.apkg!, decks, stderr);
}

async function exportPackage(options: ExportOptions, file: string, decks: Deck[], stderr: NodeJS.WritableStream): Promise<number> {
  await checkWritableTarget(file);
  const now = (options.now ?? (() => new Date()))();
  // Read the progress before writing anything, so a store problem leaves the file alone.
  const schedule = !options.withProgress
    ? null
    : options.readSchedule
      ? await options.readSchedule(decks)
      : await readScheduleFromStore(options.storageDir, now, decks);
  const { buildAnkiCollection } = await import('../export/anki-collection.js');
  const { ankiPackageBytes } = await import('../export/write-anki-package.js');
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const collection = buildAnkiCollection(decks, { now, timeZone, schedule });
  const bytes = await ankiPackageBytes(collection);
  await writeFileAtomically(file, async (out) => {
    out.write(bytes);
  });
  const reviewed = collection.cards.filter((c) => c.type !== 0).length;
  const history = schedule ? `, the schedule of ${plural(reviewed, 'reviewed card')} and ${plural(collection.revlog.length, 'answer')}` : '';
  stderr.write(
    `Exported ${plural(collection.notes.length, 'note')} (${plural(collection.cards.length, 'card')}) from ${plural(decks.length, 'deck')}${history} to ${file} — open it in Anki${schedule ? ' and tick "Import scheduling"' : ''}\n`,
  );
  return 0;
}

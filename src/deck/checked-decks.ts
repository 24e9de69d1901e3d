// Deck files checked once and trusted afterwards while their text is unchanged. Checking a
// deck file against its schema (every note, every cloze) is most of the work of loading it:
// about 8 ms of a review's first frame for the bundled deck, more for larger decks. The
// record of what passed is a cache beside the store, never a second truth: an entry is used
// only for the same file with the same text (length and CRC-32 of the text) under the same
// briefdeck version, and a missing, unreadable or damaged record only means checking again.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { VERSION } from '../version.js';

export const CHECKED_DECKS_FILE = 'checked-decks.json';
const FORMAT = 1;

interface TextPrint {
  length: number;
  crc32: number;
}

export interface CheckedDecks {
  /** Whether deck file `file` was checked with exactly this text. */
  has(file: string, text: string): boolean;
  /** Remember that deck file `file` passed its check with this text. */
  add(file: string, text: string): void;
  /** Write the record if anything was added; a failure to write is ignored (it is a cache). */
  save(): Promise<void>;
}

const printOf = (text: string): TextPrint => ({ length: text.length, crc32: crc32(text) });

function readRecord(raw: string): Record<string, TextPrint> {
  const data = JSON.parse(raw) as { format?: unknown; briefdeck?: unknown; decks?: unknown } | null;
  // A record written by another version is not trusted: what a valid deck is may have changed.
  if (data?.format !== FORMAT || data.briefdeck !== VERSION || typeof data.decks !== 'object' || data.decks === null) return {};
  return data.decks as Record<string, TextPrint>;
}

/** The record of checked decks kept in `storageDir` (empty when there is none, or it is damaged). */
export async function openCheckedDecks(storageDir: string): Promise<CheckedDecks> {
  const recordFile = path.join(storageDir, CHECKED_DECKS_FILE);
  let decks: Record<string, TextPrint> = {};
  try {
    decks = readRecord(await readFile(recordFile, 'utf8'));
  } catch {
    // Missing or damaged: every deck is checked, and the record written afresh.
  }
  let added = false;
  return {
    has(file, text) {
      const known = decks[path.resolve(file)];
      if (typeof known !== 'object' || known === null) return false;
      const print = printOf(text);
      return known.length === print.length && known.crc32 === print.crc32;
    },
    add(file, text) {
      decks = { ...decks, [path.resolve(file)]: printOf(text) };
      added = true;
    },
    async save() {
      if (!added) return;
      added = false;
      const temp = path.join(storageDir, `.${CHECKED_DECKS_FILE}.${process.pid}.tmp`);
      try {
        // Only into a storage folder that exists; no fsync: losing it costs one check.
        await writeFile(temp, `${JSON.stringify({ format: FORMAT, briefdeck: VERSION, decks })}\n`);
        await rename(temp, recordFile);
      } catch {
        await rm(temp, { force: true }).catch(() => undefined);
      }
    },
  };
}

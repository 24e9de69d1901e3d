// Where each part of the store lives. Every path built from data (a deck id) is checked to
// stay inside the storage dir, so a hostile deck file cannot write elsewhere.
import path from 'node:path';
import { DECK_ID_PATTERN } from './store-schema.js';

export const META_FILE = 'meta.json';
export const PROGRESS_DIR = 'progress';
export const LOG_FILE = 'reviews.jsonl';
export const BACKUPS_DIR = 'backups';
/** The writer lock, a directory holding its owner; see store-lock.ts. */
export const LOCK_DIR = 'writer.lock';

export function isValidDeckId(deckId: string): boolean {
  return DECK_ID_PATTERN.test(deckId);
}

/** The progress file of a deck, relative to the storage dir. */
export function progressFileName(deckId: string): string {
  if (!isValidDeckId(deckId)) throw new Error(`invalid deck id ${JSON.stringify(deckId)}`);
  return path.join(PROGRESS_DIR, `${deckId}.json`);
}

/** Resolve `relative` under `dir`, refusing anything that would land outside it. */
export function insideStore(dir: string, relative: string): string {
  const root = path.resolve(dir);
  const full = path.resolve(root, relative);
  if (full !== root && !full.startsWith(root + path.sep)) {
    throw new Error(`path ${JSON.stringify(relative)} escapes the storage dir`);
  }
  return full;
}

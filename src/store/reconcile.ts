// The log is the truth, a deck's progress file a cache stamped with the last seq applied to
// it. A crash between appending an answer and rewriting the progress file leaves the file
// behind; replaying the newer entries brings it up to date.
import type { Low } from 'lowdb';
import type { LogEntry, ReviewLogEntry } from '../schedule/types.js';
import { applyAnswer, applyUndo } from './apply-log-entry.js';
import type { ReviewLog } from './review-log.js';
import { DamagedFileError } from './store-errors.js';
import { LOG_FILE, progressFileName } from './store-paths.js';
import type { ProgressFile } from './store-schema.js';

/**
 * Apply log entry `seq` (already in the log) to its deck's progress in memory; returns the
 * deck id. `entry` saves reading back an entry the caller has just appended.
 */
export function applyLogEntry(
  log: ReviewLog,
  decks: ReadonlyMap<string, Low<ProgressFile>>,
  seq: number,
  entry: LogEntry = log.entry(seq),
): string {
  const deckId = log.index.deckOf(seq);
  const deck = decks.get(deckId);
  if (!deck) throw new DamagedFileError(LOG_FILE, `line ${seq} is for deck ${deckId}, which meta.json does not list`);
  const answer = entry.type === 'answer' ? entry : (log.entry(entry.undoes) as ReviewLogEntry);
  const card = deck.data.cards[answer.cardId];
  if (!card) {
    throw new DamagedFileError(progressFileName(deckId), `has no card ${answer.cardId}, answered in ${LOG_FILE} line ${answer.seq}`);
  }
  if (entry.type === 'answer') {
    deck.data.cards[card.cardId] = applyAnswer(card, entry);
  } else {
    const previous = log.index.latestReviewOf(card.cardId, entry.undoes, seq);
    const lastReviewed = previous === null ? null : log.entry(previous).at;
    deck.data.cards[card.cardId] = applyUndo(card, answer, lastReviewed);
  }
  deck.data.appliedSeq = seq;
  return deckId;
}

/**
 * Replay every entry newer than its deck's appliedSeq (in memory). Returns the decks that
 * changed, for the caller to write back in write mode. `skipUnknown`: leave out entries for
 * decks or cards the progress files do not hold (a reader racing a writer) instead of
 * calling them damage.
 */
export function reconcileProgress(log: ReviewLog, decks: ReadonlyMap<string, Low<ProgressFile>>, skipUnknown = false): Set<string> {
  const changed = new Set<string>();
  let oldest = log.lastSeq;
  for (const deck of decks.values()) oldest = Math.min(oldest, deck.data.appliedSeq);
  for (const [deckId, deck] of decks) {
    if (deck.data.appliedSeq > log.lastSeq) {
      throw new DamagedFileError(
        LOG_FILE,
        `ends at seq ${log.lastSeq}, but ${progressFileName(deckId)} has applied answers up to seq ${deck.data.appliedSeq} (was the log cut or replaced?)`,
      );
    }
  }
  for (let seq = oldest + 1; seq <= log.lastSeq; seq += 1) {
    const deck = decks.get(log.index.deckOf(seq));
    if (deck && seq <= deck.data.appliedSeq) continue;
    try {
      changed.add(applyLogEntry(log, decks, seq));
    } catch (error) {
      if (!(skipUnknown && error instanceof DamagedFileError)) throw error;
    }
  }
  return changed;
}

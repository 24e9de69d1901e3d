// The store as the commands see it. Implemented by ReviewStore, opened by openStore.
import type { Deck } from '../deck/types.js';
import type { CardProgress, ReviewLogEntry } from '../schedule/types.js';

export interface OpenStoreOptions {
  mode: 'read' | 'write';
  now: Date;
  /** IANA zone for the calendar day of backups and the clock time in lock messages. */
  timeZone?: string;
  /** Daily backups kept (default 7). */
  keepBackups?: number;
  /** What this process is doing (`review`, `quiz`…), shown to a second writer refused. */
  command?: string;
  /** The storage dir as the user named it, for messages (default: `dir`). */
  displayDir?: string;
  /** Where a problem that does not stop the store opening is said (a backup the full disk refused). */
  warn?: (line: string) => void;
}

export interface KnownDeck {
  id: string;
  name: string;
  slug: string;
  sha256?: string;
}

export interface AnswerQuery {
  day?: string;
  deckId?: string;
  cardId?: string;
}

export interface Store {
  readonly dir: string;
  /** This device's id (made once per store), or null for a store not yet written. */
  readonly deviceId: string | null;
  /**
   * Register a deck's cards: new cards get newCardSchedule() progress; cards of notes with
   * retiredAt (or no longer in the deck) are suspended, history kept; a returning note's
   * cards are unsuspended (unless the user suspended them). Returns counts.
   */
  syncDeck(deck: Deck): Promise<{ added: number; retired: number }>;
  /** The decks the store has progress for, as last synced (name, slug, article hash). */
  knownDecks(): KnownDeck[];
  /** A deck's note ids by their content fingerprint, as last synced. */
  noteIdsByFingerprint(deckId: string): Map<string, string>;
  progress(deckId?: string): CardProgress[];
  progressOf(cardId: string): CardProgress | undefined;
  /** Effective answers (undone ones removed), oldest first, optionally filtered. */
  answers(filter?: AnswerQuery): ReviewLogEntry[];
  /**
   * Append the answer (fsync) then update the card's progress (after, reviews/lastReviewed
   * for source 'review'/'quiz'); resolves when the answer is durable in the log. The deck's
   * progress file (a cache of the log) is written just after, before the next write runs.
   * Returns the entry with its seq.
   */
  record(answer: Omit<ReviewLogEntry, 'seq'>): Promise<ReviewLogEntry>;
  /** Undo the card's latest answer: append an undo entry, restore the card to `answer.before`. */
  undo(seq: number, at: string): Promise<void>;
  setSuspended(cardId: string, suspended: boolean): Promise<void>;
  /** Waits for pending writes, then releases the lock. */
  close(): Promise<void>;
}

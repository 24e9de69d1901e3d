// The open store: progress in memory (one lowdb file per deck), answers in the review log.
// Each write appends at most one log line and rewrites one deck's progress file.
import { Low } from 'lowdb';
import { cardsOfDeck, type Deck } from '../deck/types.js';
import { UserError } from '../errors.js';
import type { CardProgress, LogEntry, ReviewLogEntry, UndoLogEntry } from '../schedule/types.js';
import { planDeckSync } from './deck-sync.js';
import type { MergedHistory } from './merged-history.js';
import { progressAdapter } from './read-store-files.js';
import { applyLogEntry } from './reconcile.js';
import type { ReviewLog } from './review-log.js';
import type { AnswerQuery, KnownDeck, Store } from './store-api.js';
import { LockLostError, type StoreLock } from './store-lock.js';
import { PROGRESS_DIR, insideStore, isValidDeckId } from './store-paths.js';
import { makeDirectoryDurably } from './durable-write.js';
import { answerEntrySchema, PROGRESS_SCHEMA, undoEntrySchema, type MetaFile, type ProgressFile, type StoredCard } from './store-schema.js';

export class ReviewStore implements Store {
  readonly #cardDecks = new Map<string, string>();
  /** Writes run one at a time, in call order: seqs are assigned inside. */
  #writes: Promise<unknown> = Promise.resolve();
  #closed = false;
  /** Decks whose progress in memory is ahead of their file; their answers are in the log. */
  readonly #behind = new Set<string>();
  #flushQueued = false;

  constructor(
    readonly dir: string,
    private readonly meta: Low<MetaFile> | null,
    private readonly decks: Map<string, Low<ProgressFile>>,
    private readonly log: ReviewLog,
    /** null in read mode. */
    private readonly lock: StoreLock | null,
    /** null while no other device's log is here. */
    private readonly history: MergedHistory | null = null,
  ) {
    for (const deck of decks.values()) for (const cardId of Object.keys(deck.data.cards)) this.#cardDecks.set(cardId, deck.data.deckId);
  }

  syncDeck(deck: Deck): Promise<{ added: number; retired: number }> {
    return this.#write(async () => {
      if (!isValidDeckId(deck.id)) throw new UserError(`briefdeck: deck "${deck.name}" has an invalid id ${JSON.stringify(deck.id)}`, 2);
      const known = this.decks.get(deck.id);
      // Ids are unique across decks: a card the storage files under another deck is refused
      // here, in one line, rather than failing at the first grade.
      for (const card of cardsOfDeck(deck)) {
        const owner = this.#cardDecks.get(card.id);
        if (owner !== undefined && owner !== deck.id) {
          const other = this.meta?.data.decks[owner]?.name ?? owner;
          throw new UserError(
            `briefdeck: deck "${deck.name}" has card ${card.id}, which the storage holds for deck "${other}" — import this deck's export under a new name to give it new ids`,
            1,
          );
        }
      }
      const plan = planDeckSync(deck, known?.data.cards ?? {});
      // Progress first, meta second: meta never lists a deck whose progress file is missing.
      if (!known || plan.changed) {
        if (!known) await makeDirectoryDurably(insideStore(this.dir, PROGRESS_DIR));
        const file = known ?? new Low(progressAdapter(this.dir, deck.id), { schema: PROGRESS_SCHEMA, deckId: deck.id, appliedSeq: this.log.lastSeq, cards: {} });
        file.data.cards = plan.cards;
        // Cards new to this store may have been answered on another machine.
        const added = new Set(Object.keys(plan.cards).filter((cardId) => !known?.data.cards[cardId]));
        this.history?.applyTo(file, added);
        await file.write();
        this.decks.set(deck.id, file);
        for (const cardId of Object.keys(plan.cards)) this.#cardDecks.set(cardId, deck.id);
      }
      const meta = this.meta!;
      const listed = meta.data.decks[deck.id];
      if (listed?.name !== deck.name || listed.slug !== deck.slug || listed.sha256 !== deck.source.sha256) {
        meta.data.decks[deck.id] = { name: deck.name, slug: deck.slug, sha256: deck.source.sha256 };
        await meta.write();
      }
      return { added: plan.added, retired: plan.retired };
    });
  }

  get deviceId(): string | null {
    return this.meta?.data.deviceId ?? null;
  }

  knownDecks(): KnownDeck[] {
    return Object.entries(this.meta?.data.decks ?? {}).map(([id, deck]) => ({ id, ...deck }));
  }

  noteIdsByFingerprint(deckId: string): Map<string, string> {
    const cards = Object.values(this.decks.get(deckId)?.data.cards ?? {});
    return new Map(cards.flatMap((card) => (card.fingerprint === undefined ? [] : [[card.fingerprint, card.noteId] as const])));
  }

  progress(deckId?: string): CardProgress[] {
    const decks = deckId === undefined ? [...this.decks.values()] : [this.decks.get(deckId)].filter((d) => d !== undefined);
    return decks.flatMap((deck) => Object.values(deck.data.cards).map(toCardProgress));
  }

  progressOf(cardId: string): CardProgress | undefined {
    const card = this.#storedCard(cardId);
    return card && toCardProgress(card);
  }

  answers(filter?: AnswerQuery): ReviewLogEntry[] {
    if (this.history) return this.history.answers(filter);
    return this.log.entries(this.log.index.effectiveAnswers(filter)) as ReviewLogEntry[];
  }

  record(answer: Omit<ReviewLogEntry, 'seq'>): Promise<ReviewLogEntry> {
    return this.#write(async () => {
      const card = this.#storedCard(answer.cardId);
      if (!card || card.deckId !== answer.deckId) throw new Error(`store: no card ${answer.cardId} in deck ${answer.deckId}`);
      const entry: ReviewLogEntry = answerEntrySchema.parse({ ...answer, type: 'answer', seq: this.log.lastSeq + 1 });
      await this.#appendAndApply(entry);
      this.history?.recorded(entry);
      return entry;
    });
  }

  undo(seq: number, at: string): Promise<void> {
    return this.#write(async () => {
      const why = this.log.index.whyNotUndoable(seq);
      if (why) throw new UserError(`briefdeck: cannot undo answer ${seq}: ${why}`, 2);
      const entry: UndoLogEntry = undoEntrySchema.parse({ type: 'undo', seq: this.log.lastSeq + 1, undoes: seq, at });
      await this.#appendAndApply(entry);
      this.history?.undone(seq);
    });
  }

  setSuspended(cardId: string, suspended: boolean): Promise<void> {
    return this.#write(async () => {
      const card = this.#storedCard(cardId);
      if (!card) throw new Error(`store: no card ${cardId}`);
      if (card.suspended === suspended) return;
      const deck = this.decks.get(card.deckId)!;
      deck.data.cards[cardId] = { ...card, suspended };
      await deck.write();
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#writes.catch(() => undefined);
    // A progress write that failed is tried once more; if it fails again, the next open
    // replays those answers from the log, as after a crash.
    const holdsLock = this.lock !== null && (await this.lock.verify().then(() => true, () => false));
    if (holdsLock) await this.#flushProgress().catch(() => undefined);
    // The writer saves the log's index for a fast next open; a reader never writes.
    if (holdsLock) await this.log.saveSnapshot().catch(() => undefined);
    await this.log.close();
    await this.lock?.release();
  }

  /**
   * Log first: once its line is fsync'd the answer is durable and the caller may go on. The
   * deck's progress file is a cache stamped with appliedSeq (a crash before it is written is
   * repaired from the log on the next open), so it is written just after, on the same queue,
   * and the next card does not wait for its two fsyncs.
   */
  async #appendAndApply(entry: LogEntry): Promise<void> {
    await this.log.append(entry);
    this.#behind.add(applyLogEntry(this.log, this.decks, entry.seq, entry));
    this.#queueProgressFlush();
  }

  #queueProgressFlush(): void {
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    const flush = async (): Promise<void> => {
      this.#flushQueued = false;
      // Another briefdeck took the lock: its progress files are newer than ours.
      if (!this.lock || (await this.lock.verify().then(() => false, () => true))) return;
      // A failure leaves the deck behind for the next flush or close; the log holds its answers.
      await this.#flushProgress().catch(() => undefined);
    };
    this.#writes = this.#writes.then(flush, flush);
  }

  async #flushProgress(): Promise<void> {
    for (const deckId of [...this.#behind]) {
      await this.decks.get(deckId)!.write();
      this.#behind.delete(deckId);
    }
  }

  #storedCard(cardId: string): StoredCard | undefined {
    const deckId = this.#cardDecks.get(cardId);
    return deckId === undefined ? undefined : this.decks.get(deckId)?.data.cards[cardId];
  }

  #write<T>(operation: () => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('store: already closed'));
    if (!this.lock) return Promise.reject(new Error('store: opened read-only'));
    const lock = this.lock;
    const run = async (): Promise<T> => {
      // The token check before every write: a writer whose lock was taken never appends again.
      await lock.verify().catch((error: unknown) => {
        throw error instanceof LockLostError
          ? new UserError(`briefdeck: lost the lock on storage "${this.dir}" to another briefdeck; answers from now on were not saved — restart the session`, 1)
          : error;
      });
      return operation();
    };
    const result = this.#writes.then(run, run);
    this.#writes = result.catch(() => undefined);
    return result;
  }
}

function toCardProgress(card: StoredCard): CardProgress {
  const { cardId, deckId, noteId, ord, repetitions, easiness, interval, due, lapses, reviews, lastReviewed } = card;
  return { cardId, deckId, noteId, ord, repetitions, easiness, interval, due, lapses, reviews, lastReviewed, suspended: card.suspended || card.retired };
}

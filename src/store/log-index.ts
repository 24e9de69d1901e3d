// A compact in-memory index of the review log: a few typed-array columns per entry instead of
// a million parsed objects, so a 1M-entry log costs ~35 MB of memory. Full entries are read
// back from the file by offset when asked for. Seq n sits at position n - 1.
// The stored columns (see LogIndexColumns) can be saved and loaded whole, so that opening a
// large store need not re-parse the log (log-snapshot.ts); the rest is derived from them.
import type { AnswerSource } from '../schedule/types.js';

const ANSWER = 1;
const UNDO = 2;
const SOURCES: readonly AnswerSource[] = ['review', 'repeat', 'quiz'];

/** Interns repeated strings (card ids, deck ids, days) as small integers. */
class StringTable {
  readonly values: string[] = [];
  readonly #numbers = new Map<string, number>();
  static of(values: readonly string[]): StringTable {
    const table = new StringTable();
    for (const value of values) table.intern(value);
    if (table.values.length !== values.length) throw new Error('log index: repeated string in a saved table');
    return table;
  }
  intern(value: string): number {
    let n = this.#numbers.get(value);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(value);
      this.#numbers.set(value, n);
    }
    return n;
  }
  lookup(value: string): number | undefined {
    return this.#numbers.get(value);
  }
}

/** What a saved index holds: per entry, its line length and fields; the interned strings. */
export interface LogIndexColumns {
  count: number;
  lengths: Uint32Array;
  kinds: Uint8Array;
  sources: Uint8Array;
  cards: Int32Array;
  decks: Int32Array;
  days: Int32Array;
  links: Int32Array;
  cardIds: string[];
  deckIds: string[];
  dayNames: string[];
}

export interface AnswerFilter {
  day?: string;
  deckId?: string;
  cardId?: string;
}

export class LogIndex {
  #count = 0;
  #starts = new Float64Array(1024);
  #lengths = new Uint32Array(1024);
  #kinds = new Uint8Array(1024);
  #sources = new Uint8Array(1024);
  /** For an undo: the card and deck of the answer it undoes. */
  #cards = new Int32Array(1024);
  #decks = new Int32Array(1024);
  #days = new Int32Array(1024);
  /** For an answer: seq of the undo that undid it (0: none). For an undo: seq it undoes. */
  #links = new Int32Array(1024);
  /** For an answer: seq of the same card's previous answer (0: none). */
  #previousOfCard = new Int32Array(1024);
  /** Per card number: seq of its latest answer, undone or not. */
  #lastOfCard: number[] = [];
  #cardIds = new StringTable();
  #deckIds = new StringTable();
  #dayNames = new StringTable();

  /**
   * An index rebuilt from saved columns of a log that starts at byte 0 (lines are contiguous,
   * so line starts are summed from the lengths). Throws if the columns contradict each other:
   * the caller then falls back to reading the log.
   */
  static fromColumns(columns: LogIndexColumns): LogIndex {
    const index = new LogIndex();
    const { count } = columns;
    index.#reserve(count);
    index.#lengths.set(columns.lengths.subarray(0, count));
    index.#kinds.set(columns.kinds.subarray(0, count));
    index.#sources.set(columns.sources.subarray(0, count));
    index.#cards.set(columns.cards.subarray(0, count));
    index.#decks.set(columns.decks.subarray(0, count));
    index.#days.set(columns.days.subarray(0, count));
    index.#links.set(columns.links.subarray(0, count));
    index.#cardIds = StringTable.of(columns.cardIds);
    index.#deckIds = StringTable.of(columns.deckIds);
    index.#dayNames = StringTable.of(columns.dayNames);
    index.#count = count;
    index.#deriveStartsAndChains();
    return index;
  }

  /** The stored columns (views, not copies: use before the next append). */
  toColumns(): LogIndexColumns {
    const n = this.#count;
    return {
      count: n,
      lengths: this.#lengths.subarray(0, n),
      kinds: this.#kinds.subarray(0, n),
      sources: this.#sources.subarray(0, n),
      cards: this.#cards.subarray(0, n),
      decks: this.#decks.subarray(0, n),
      days: this.#days.subarray(0, n),
      links: this.#links.subarray(0, n),
      cardIds: this.#cardIds.values,
      deckIds: this.#deckIds.values,
      dayNames: this.#dayNames.values,
    };
  }

  get count(): number {
    return this.#count;
  }

  /** Byte range of seq's line in the log file (without its newline). */
  rangeOf(seq: number): { start: number; length: number } {
    return { start: this.#starts[seq - 1]!, length: this.#lengths[seq - 1]! };
  }

  isAnswer(seq: number): boolean {
    return seq >= 1 && seq <= this.#count && this.#kinds[seq - 1] === ANSWER;
  }

  deckOf(seq: number): string {
    return this.#deckIds.values[this.#decks[seq - 1]!]!;
  }

  addAnswer(fields: { cardId: string; deckId: string; day: string; source: AnswerSource }, start: number, length: number): void {
    const i = this.#push(ANSWER, start, length);
    const card = this.#cardIds.intern(fields.cardId);
    this.#cards[i] = card;
    this.#decks[i] = this.#deckIds.intern(fields.deckId);
    this.#days[i] = this.#dayNames.intern(fields.day);
    this.#sources[i] = SOURCES.indexOf(fields.source);
    this.#links[i] = 0;
    this.#previousOfCard[i] = this.#lastOfCard[card] ?? 0;
    this.#lastOfCard[card] = i + 1;
  }

  /** Why `undoes` cannot be undone now, or null if it can. */
  whyNotUndoable(undoes: number): string | null {
    if (!this.isAnswer(undoes)) return `seq ${undoes} is not an answer`;
    if (this.#links[undoes - 1] !== 0) return `answer ${undoes} is already undone`;
    const latest = this.#latestEffectiveAnswer(this.#cards[undoes - 1]!);
    // Restoring `before` of an older answer would silently drop the later ones.
    if (latest !== undoes) return `answer ${undoes} is not its card's latest answer (${latest} is)`;
    return null;
  }

  /** Call whyNotUndoable first. */
  addUndo(undoes: number, start: number, length: number): void {
    const i = this.#push(UNDO, start, length);
    this.#cards[i] = this.#cards[undoes - 1]!;
    this.#decks[i] = this.#decks[undoes - 1]!;
    this.#days[i] = -1;
    this.#links[i] = undoes;
    this.#links[undoes - 1] = i + 1;
  }

  /**
   * The card's latest answer before `beforeSeq` that counts as a review (not a same-day
   * repeat) and was still in effect at `asOfSeq` — what `lastReviewed` falls back to on undo.
   */
  latestReviewOf(cardId: string, beforeSeq: number, asOfSeq: number): number | null {
    const card = this.#cardIds.lookup(cardId);
    if (card === undefined) return null;
    for (let seq = this.#lastOfCard[card] ?? 0; seq > 0; seq = this.#previousOfCard[seq - 1]!) {
      const undoneBy = this.#links[seq - 1]!;
      const inEffect = undoneBy === 0 || undoneBy > asOfSeq;
      if (seq < beforeSeq && inEffect && SOURCES[this.#sources[seq - 1]!] !== 'repeat') return seq;
    }
    return null;
  }

  /** Seqs of the answers still in effect that match the filter, oldest first. */
  effectiveAnswers(filter: AnswerFilter = {}): number[] {
    const wantDay = filter.day === undefined ? -1 : this.#dayNames.lookup(filter.day);
    const wantDeck = filter.deckId === undefined ? -1 : this.#deckIds.lookup(filter.deckId);
    const wantCard = filter.cardId === undefined ? -1 : this.#cardIds.lookup(filter.cardId);
    if (wantDay === undefined || wantDeck === undefined || wantCard === undefined) return [];
    const matches = (seq: number): boolean =>
      this.#kinds[seq - 1] === ANSWER &&
      this.#links[seq - 1] === 0 &&
      (wantDay < 0 || this.#days[seq - 1] === wantDay) &&
      (wantDeck < 0 || this.#decks[seq - 1] === wantDeck);
    const seqs: number[] = [];
    if (wantCard >= 0) {
      // Walk the card's own chain rather than the whole log.
      for (let seq = this.#lastOfCard[wantCard] ?? 0; seq > 0; seq = this.#previousOfCard[seq - 1]!) {
        if (matches(seq)) seqs.push(seq);
      }
      return seqs.reverse();
    }
    for (let seq = 1; seq <= this.#count; seq += 1) if (matches(seq)) seqs.push(seq);
    return seqs;
  }

  #latestEffectiveAnswer(card: number): number {
    let seq = this.#lastOfCard[card] ?? 0;
    while (seq > 0 && this.#links[seq - 1] !== 0) seq = this.#previousOfCard[seq - 1]!;
    return seq;
  }

  /** Line starts, each card's chain of answers, with a range check of every stored field. */
  #deriveStartsAndChains(): void {
    // Columns in locals: private-field reads in a million-step loop cost more than the work.
    const [starts, lengths, kinds, sources, cards, decks, days, links, previous] =
      [this.#starts, this.#lengths, this.#kinds, this.#sources, this.#cards, this.#decks, this.#days, this.#links, this.#previousOfCard];
    const count = this.#count;
    const cardCount = this.#cardIds.values.length;
    const deckCount = this.#deckIds.values.length;
    const dayCount = this.#dayNames.values.length;
    const lastOfCard = new Array<number>(cardCount).fill(0);
    let start = 0;
    for (let i = 0; i < count; i += 1) {
      starts[i] = start;
      start += lengths[i]! + 1;
      const card = cards[i]!;
      const deck = decks[i]!;
      const link = links[i]!;
      const isAnswer = kinds[i] === ANSWER;
      const ok =
        card >= 0 && card < cardCount && deck >= 0 && deck < deckCount &&
        (isAnswer
          ? days[i]! >= 0 && days[i]! < dayCount && sources[i]! < SOURCES.length && (link === 0 || (link > i + 1 && link <= count && links[link - 1] === i + 1))
          : kinds[i] === UNDO && link >= 1 && link <= i && links[link - 1] === i + 1);
      if (!ok) throw new Error(`log index: saved entry ${i + 1} is inconsistent`);
      if (isAnswer) {
        previous[i] = lastOfCard[card]!;
        lastOfCard[card] = i + 1;
      }
    }
    this.#lastOfCard = lastOfCard;
  }

  /** Capacity for at least `count` entries, in powers of two as #grow keeps it. */
  #reserve(count: number): void {
    let size = this.#kinds.length;
    while (size < count) size *= 2;
    if (size > this.#kinds.length) this.#grow(size);
  }

  #push(kind: number, start: number, length: number): number {
    if (this.#count === this.#kinds.length) this.#grow(this.#kinds.length * 2);
    const i = this.#count;
    this.#kinds[i] = kind;
    this.#starts[i] = start;
    this.#lengths[i] = length;
    this.#count += 1;
    return i;
  }

  #grow(size: number): void {
    const grown = <A extends Float64Array | Uint32Array | Uint8Array | Int32Array>(old: A, make: (n: number) => A): A => {
      const next = make(size);
      next.set(old as never);
      return next;
    };
    this.#starts = grown(this.#starts, (n) => new Float64Array(n));
    this.#lengths = grown(this.#lengths, (n) => new Uint32Array(n));
    this.#kinds = grown(this.#kinds, (n) => new Uint8Array(n));
    this.#sources = grown(this.#sources, (n) => new Uint8Array(n));
    this.#cards = grown(this.#cards, (n) => new Int32Array(n));
    this.#decks = grown(this.#decks, (n) => new Int32Array(n));
    this.#days = grown(this.#days, (n) => new Int32Array(n));
    this.#links = grown(this.#links, (n) => new Int32Array(n));
    this.#previousOfCard = grown(this.#previousOfCard, (n) => new Int32Array(n));
  }
}

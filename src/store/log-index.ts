// A compact in-memory index of the review log: a few typed-array columns per entry instead of
// a million parsed objects, so a 1M-entry log costs ~35 MB of memory. Full entries are read
// back from the file by offset when asked for. Seq n sits at position n - 1.
import type { AnswerSource } from '../schedule/types.js';

const ANSWER = 1;
const UNDO = 2;
const SOURCES: readonly AnswerSource[] = ['review', 'repeat', 'quiz'];

/** Interns repeated strings (card ids, deck ids, days) as small integers. */
class StringTable {
  readonly values: string[] = [];
  readonly #numbers = new Map<string, number>();
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
  readonly #cardIds = new StringTable();
  readonly #deckIds = new StringTable();
  readonly #dayNames = new StringTable();

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

  #push(kind: number, start: number, length: number): number {
    if (this.#count === this.#kinds.length) this.#grow();
    const i = this.#count;
    this.#kinds[i] = kind;
    this.#starts[i] = start;
    this.#lengths[i] = length;
    this.#count += 1;
    return i;
  }

  #grow(): void {
    const size = this.#kinds.length * 2;
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

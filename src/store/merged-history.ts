// The store's history once other devices' logs are present: this device's log and theirs,
// replayed together (schedule/replay-history.ts). Progress files stay caches: on open, each
// registered card's schedule is set to what the replay says, so every machine holding the
// same logs shows the same schedule. Without other devices' logs the store works as it always
// did, from its own log alone.
import type { Low } from 'lowdb';
import { replayHistory, type ReplayedAnswer, type ReplayedCard } from '../schedule/replay-history.js';
import { newCardSchedule, type LogEntry, type ReviewLogEntry } from '../schedule/types.js';
import type { AnswerQuery } from './store-api.js';
import type { ReviewLog } from './review-log.js';
import type { ProgressFile, StoredCard } from './store-schema.js';

export class MergedHistory {
  private constructor(
    readonly ownDevice: string,
    private answersInOrder: ReplayedAnswer[],
    private readonly cards: Map<string, ReplayedCard>,
  ) {}

  /** null when no other device's log is here: the store then reads its own log alone. */
  static build(ownDevice: string, ownLog: ReviewLog, others: ReadonlyMap<string, LogEntry[]>): MergedHistory | null {
    if (others.size === 0) return null;
    const replayed = replayHistory(new Map([...others, [ownDevice, ownLog.allEntries()]]));
    return new MergedHistory(ownDevice, replayed.answers, replayed.cards);
  }

  answers(filter: AnswerQuery = {}): ReviewLogEntry[] {
    return this.answersInOrder.filter(
      (a) =>
        (filter.day === undefined || a.day === filter.day) &&
        (filter.deckId === undefined || a.deckId === filter.deckId) &&
        (filter.cardId === undefined || a.cardId === filter.cardId),
    );
  }

  /** Set each card of the deck to its replayed schedule; returns whether anything changed. */
  applyTo(deck: Low<ProgressFile>, only?: ReadonlySet<string>): boolean {
    let changed = false;
    for (const [cardId, card] of Object.entries(deck.data.cards)) {
      if (only && !only.has(cardId)) continue;
      const next = this.#replayed(card);
      if (JSON.stringify(next) !== JSON.stringify(card)) {
        deck.data.cards[cardId] = next;
        changed = true;
      }
    }
    return changed;
  }

  /** This device has just recorded an answer: the newest in the history. */
  recorded(answer: ReviewLogEntry): void {
    this.answersInOrder.push({ ...answer, device: this.ownDevice });
  }

  undone(seq: number): void {
    this.answersInOrder = this.answersInOrder.filter((a) => !(a.device === this.ownDevice && a.seq === seq));
  }

  #replayed(card: StoredCard): StoredCard {
    const replayed = this.cards.get(card.cardId);
    const schedule = replayed?.schedule ?? newCardSchedule();
    return { ...card, ...schedule, reviews: replayed?.reviews ?? 0, lastReviewed: replayed?.lastReviewed ?? null };
  }
}

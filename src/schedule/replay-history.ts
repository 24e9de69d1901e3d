// The history of several devices as one: each device's log (its answers and its own undo
// lines) merged and replayed in time order. Pure, so that every machine holding the same logs
// computes the same schedule. An answer whose card was already in the state it saw keeps the
// schedule it recorded; one that another device's earlier answer overtook is graded again
// from the state it now follows; a second scheduling answer to a card on the same day becomes
// a same-day repeat (logged, counted nowhere, the schedule left alone), as SM-2's step 7 says.
import { answerCard } from './answer-card.js';
import { newCardSchedule, type LogEntry, type ReviewLogEntry, type ScheduleSnapshot } from './types.js';

/** An effective answer as replayed, with the device whose log holds it. */
export interface ReplayedAnswer extends ReviewLogEntry {
  device: string;
}

export interface ReplayedCard {
  schedule: ScheduleSnapshot;
  /** Answers that set the schedule (same-day repeats excluded). */
  reviews: number;
  lastReviewed: string | null;
}

export interface ReplayedHistory {
  /** Effective answers (undone ones left out), in replay order. */
  answers: ReplayedAnswer[];
  cards: Map<string, ReplayedCard>;
}

/** Replay order: time, then device id, then the device's own order. Equal on every machine. */
export function compareAnswers(a: ReplayedAnswer, b: ReplayedAnswer): number {
  return Date.parse(a.at) - Date.parse(b.at) || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0) || a.seq - b.seq;
}

/** `logs`: each device's entries (answers and undo lines), keyed by device id. */
export function replayHistory(logs: ReadonlyMap<string, readonly LogEntry[]>): ReplayedHistory {
  const effective: { answer: ReviewLogEntry; device: string; time: number }[] = [];
  for (const [device, entries] of logs) {
    // An undo line names an answer of its own log: undo lines stay with their device.
    const undone = new Set(entries.flatMap((entry) => (entry.type === 'undo' ? [entry.undoes] : [])));
    for (const entry of entries) if (entry.type === 'answer' && !undone.has(entry.seq)) effective.push({ answer: entry, device, time: Date.parse(entry.at) });
  }
  // compareAnswers, with each time parsed once (a large history sorts in a fraction of the time).
  effective.sort((a, b) => a.time - b.time || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0) || a.answer.seq - b.answer.seq);
  const cards = new Map<string, ReplayedCard>();
  const scheduledOn = new Map<string, string>();
  const answers = effective.map(({ answer, device }): ReplayedAnswer => {
    const card = cards.get(answer.cardId);
    // A card's first answer starts from the state its device saw (a new card, normally).
    const state = card?.schedule ?? answer.before ?? newCardSchedule();
    const repeat = answer.source === 'repeat' || scheduledOn.get(answer.cardId) === answer.day;
    if (repeat) {
      if (!card) cards.set(answer.cardId, { schedule: state, reviews: 0, lastReviewed: null });
      return { ...answer, device, source: 'repeat', before: state, after: state };
    }
    const after = sameSchedule(state, answer.before) ? answer.after : answerCard(state, answer.quality, answer.day);
    scheduledOn.set(answer.cardId, answer.day);
    if (card) {
      card.schedule = after;
      card.reviews += 1;
      card.lastReviewed = answer.at;
    } else {
      cards.set(answer.cardId, { schedule: after, reviews: 1, lastReviewed: answer.at });
    }
    return { ...answer, device, before: state, after };
  });
  return { answers, cards };
}

function sameSchedule(a: ScheduleSnapshot, b: ScheduleSnapshot): boolean {
  return a.repetitions === b.repetitions && a.easiness === b.easiness && a.interval === b.interval && a.due === b.due && a.lapses === b.lapses;
}

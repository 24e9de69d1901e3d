import type { Card } from '../deck/types.js';
import { answerCard } from '../schedule/answer-card.js';
import type { TodayQueue } from '../schedule/queue.js';
import { isQuality } from '../schedule/sm2.js';
import { newCardSchedule, type Quality, type ScheduleSnapshot } from '../schedule/types.js';
import { answerEntry, type SessionAnswer } from './answer-entry.js';

/** A card with its current schedule (a new card has newCardSchedule()). */
export interface SessionCard {
  card: Card;
  progress: ScheduleSnapshot;
}

/** Why a card is in the session: a due review, a new card, or a same-day repeat (step 7). */
export type SessionItemKind = 'due' | 'new' | 'repeat';

export interface SessionItem {
  card: Card;
  kind: SessionItemKind;
}

export type SessionPhase = 'question' | 'answer' | 'finished';

/** A recorded answer and the cards that were waiting before it, so undo is exact. */
interface RecordedAnswer {
  answer: SessionAnswer;
  pendingBefore: readonly SessionItem[];
}

export interface ReviewSessionState {
  readonly today: string;
  readonly startedAt: string;
  /** Cards still to show; the first is the current card. */
  readonly pending: readonly SessionItem[];
  readonly phase: SessionPhase;
  readonly helpVisible: boolean;
  /** The current card's id, deck, schedule and source shown in place of its grades. */
  readonly infoVisible: boolean;
  /** Cards suspended during the session, in order. */
  readonly suspended: readonly string[];
  /** True once the user quit: the session takes no more events. */
  readonly quit: boolean;
  readonly schedules: ReadonlyMap<string, ScheduleSnapshot>;
  /** Cards that already had today's scheduling answer: further grades are repeats. */
  readonly gradedToday: ReadonlySet<string>;
  readonly history: readonly RecordedAnswer[];
}

export type SessionEvent =
  | { type: 'reveal' }
  | { type: 'grade'; quality: Quality; at: string; ms: number }
  | { type: 'undo' }
  | { type: 'toggleHelp' }
  | { type: 'toggleInfo' }
  | { type: 'suspend' }
  | { type: 'quit' };

export type SessionEffect =
  /** The shell persists the answer (and `after` as the card's schedule), then continues. */
  | { type: 'record'; answer: SessionAnswer }
  /** The shell appends an undo entry for the last recorded answer and restores the schedule. */
  | { type: 'undo'; cardId: string; restore: ScheduleSnapshot }
  /** The shell suspends the card: it leaves reviews until `briefdeck unsuspend`. */
  | { type: 'suspend'; cardId: string };

export interface SessionStep {
  state: ReviewSessionState;
  effect: SessionEffect | null;
}

/** A card graded below 4 comes back after this many other cards (or last, if fewer remain). */
export const REPEAT_GAP = 3;

export function startReviewSession(input: {
  queue: TodayQueue;
  progress: ReadonlyMap<string, ScheduleSnapshot>;
  today: string;
  startedAt: string;
}): ReviewSessionState {
  const { queue } = input;
  const seen = new Set<string>();
  const pending: SessionItem[] = [];
  const add = (cards: Card[], kind: SessionItemKind): void => {
    for (const card of cards) {
      if (seen.has(card.id)) continue;
      seen.add(card.id);
      pending.push({ card, kind });
    }
  };
  add(queue.due, 'due');
  add(queue.fresh, 'new');
  add(queue.repeats, 'repeat');
  const schedules = new Map(pending.map(({ card }) => [card.id, input.progress.get(card.id) ?? newCardSchedule()]));
  return {
    today: input.today,
    startedAt: input.startedAt,
    pending,
    phase: pending.length > 0 ? 'question' : 'finished',
    helpVisible: false,
    infoVisible: false,
    suspended: [],
    quit: false,
    schedules,
    gradedToday: new Set(queue.repeats.map((c) => c.id)),
    history: [],
  };
}

export function currentCard(state: ReviewSessionState): SessionCard | null {
  const item = state.pending[0];
  if (state.phase === 'finished' || item === undefined) return null;
  return { card: item.card, progress: state.schedules.get(item.card.id) ?? newCardSchedule() };
}

function grade(state: ReviewSessionState, quality: Quality, at: string, ms: number): SessionStep {
  if (!isQuality(quality)) throw new RangeError(`grade must be an integer 0–5, got ${String(quality)}`);
  const [item, ...rest] = state.pending;
  if (item === undefined) return { state, effect: null };
  const { card } = item;
  const before = state.schedules.get(card.id) ?? newCardSchedule();
  const isRepeat = state.gradedToday.has(card.id);
  // Same-day repeats are logged but leave the schedule alone (step 7).
  const after = isRepeat ? before : answerCard(before, quality, state.today);
  const answer = answerEntry({ card, day: state.today, at, quality, before, after, ms, source: isRepeat ? 'repeat' : 'review' });
  const pending =
    quality < 4 ? [...rest.slice(0, REPEAT_GAP), { card, kind: 'repeat' as const }, ...rest.slice(REPEAT_GAP)] : rest;
  const next: ReviewSessionState = {
    ...state,
    pending,
    phase: pending.length > 0 ? 'question' : 'finished',
    schedules: new Map(state.schedules).set(card.id, after),
    gradedToday: new Set(state.gradedToday).add(card.id),
    history: [...state.history, { answer, pendingBefore: state.pending }],
    infoVisible: false,
  };
  return { state: next, effect: { type: 'record', answer } };
}

function undo(state: ReviewSessionState): SessionStep {
  const last = state.history[state.history.length - 1];
  if (last === undefined) return { state, effect: null };
  const { answer, pendingBefore } = last;
  const gradedToday = new Set(state.gradedToday);
  if (answer.source === 'review') gradedToday.delete(answer.cardId);
  const next: ReviewSessionState = {
    ...state,
    pending: pendingBefore,
    phase: 'question',
    schedules: new Map(state.schedules).set(answer.cardId, answer.before),
    gradedToday,
    history: state.history.slice(0, -1),
  };
  return { state: next, effect: { type: 'undo', cardId: answer.cardId, restore: answer.before } };
}

/** A bad card dealt with where it is seen: out of this session and of reviews to come. */
function suspend(state: ReviewSessionState): SessionStep {
  const item = state.pending[0];
  if (item === undefined || state.phase === 'finished') return { state, effect: null };
  const pending = state.pending.filter((p) => p.card.id !== item.card.id);
  const next: ReviewSessionState = {
    ...state,
    pending,
    phase: pending.length > 0 ? 'question' : 'finished',
    infoVisible: false,
    suspended: [...state.suspended, item.card.id],
  };
  return { state: next, effect: { type: 'suspend', cardId: item.card.id } };
}

/** The review state machine: the Ink UI and the line mode both drive it. */
export function reduceSession(state: ReviewSessionState, event: SessionEvent): SessionStep {
  if (state.quit) return { state, effect: null };
  switch (event.type) {
    case 'reveal':
      return { state: state.phase === 'question' ? { ...state, phase: 'answer' } : state, effect: null };
    case 'grade':
      // Grading needs the answer shown first; anything else is ignored.
      return state.phase === 'answer' ? grade(state, event.quality, event.at, event.ms) : { state, effect: null };
    case 'undo':
      return undo(state);
    case 'toggleHelp':
      return { state: { ...state, helpVisible: !state.helpVisible }, effect: null };
    case 'toggleInfo':
      return { state: { ...state, infoVisible: !state.infoVisible }, effect: null };
    case 'suspend':
      return suspend(state);
    case 'quit':
      return { state: { ...state, phase: 'finished', quit: true }, effect: null };
  }
}

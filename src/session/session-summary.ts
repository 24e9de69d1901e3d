import type { SessionAnswer } from './answer-entry.js';
import type { ReviewSessionState } from './review-session.js';

export interface SessionCounts {
  newLeft: number;
  repeatLeft: number;
  reviewLeft: number;
  /** Answers given in this session (undone ones excluded). */
  done: number;
}

/** The header's figures; the current card counts as left until it is graded. */
export function sessionCounts(state: ReviewSessionState): SessionCounts {
  const left = state.quit ? [] : state.pending;
  const count = (kind: string): number => left.filter((item) => item.kind === kind).length;
  return { newLeft: count('new'), repeatLeft: count('repeat'), reviewLeft: count('due'), done: state.history.length };
}

export interface SessionSummary {
  /** Distinct cards answered at least once. */
  cardsDone: number;
  /** Share of answers graded 3 or more (0…1); null when nothing was answered. */
  correctShare: number | null;
  /** From the session's start to its last answer; 0 when nothing was answered. */
  timeSpentMs: number;
  answers: SessionAnswer[];
}

export function summarizeSession(state: ReviewSessionState): SessionSummary {
  const answers = state.history.map((h) => h.answer);
  const last = answers[answers.length - 1];
  return {
    cardsDone: new Set(answers.map((a) => a.cardId)).size,
    correctShare: answers.length === 0 ? null : answers.filter((a) => a.quality >= 3).length / answers.length,
    timeSpentMs: last ? Math.max(0, Date.parse(last.at) - Date.parse(state.startedAt)) : 0,
    answers,
  };
}

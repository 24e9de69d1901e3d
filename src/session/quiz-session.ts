import { matchAnswers, type Verdict } from '../quiz/match-answer.js';
import { quizQuality } from '../quiz/quiz-grade.js';
import type { QuizMode } from '../quiz/quiz-mode.js';
import type { QuizQuestion } from '../quiz/quiz-question.js';
import { answerCard } from '../schedule/answer-card.js';
import { newCardSchedule, type Quality, type ScheduleSnapshot } from '../schedule/types.js';
import { answerEntry, type SessionAnswer } from './answer-entry.js';

/** question → (flip: revealed) → (typed, choice: feedback) → next question … → finished. */
export type QuizPhase = 'question' | 'revealed' | 'feedback' | 'finished';

export interface QuizResult {
  question: QuizQuestion;
  verdict: Verdict;
  /** What was typed or chosen ("" for "don't know"); null in flip mode, where the user judges. */
  given: string | null;
  /** From showing the question to the answer (flip: to the judgement). */
  ms: number;
  at: string;
  /** The SM-2 grade the answer is worth (recorded only with --record). */
  quality: Quality;
}

export interface QuizState {
  readonly mode: QuizMode;
  /** With --record each first answer to a card becomes an SM-2 grade (a 'record' effect). */
  readonly record: boolean;
  readonly today: string;
  /** 1 for the quiz, 2… for each re-quiz of the missed questions. */
  readonly round: number;
  readonly questions: readonly QuizQuestion[];
  readonly index: number;
  readonly phase: QuizPhase;
  /** Typed mode: the answer being typed. */
  readonly draft: string;
  /** ISO time the current question was shown: the per-question timer starts here. */
  readonly shownAt: string;
  /** Flip mode: ms from showing to the reveal — the time it took to recall. */
  readonly revealMs: number | null;
  readonly roundStartedAt: string;
  readonly finishedAt: string | null;
  /** This round's answers, in order. */
  readonly results: readonly QuizResult[];
  readonly schedules: ReadonlyMap<string, ScheduleSnapshot>;
  /** Cards whose schedule an answer already set today: a recorded answer is a same-day repeat. */
  readonly scheduledToday: ReadonlySet<string>;
  /** Cards whose answer already went to the log in this quiz: a re-quiz is practice, not a review. */
  readonly recorded: ReadonlySet<string>;
  readonly quit: boolean;
}

export type QuizEvent =
  | { type: 'reveal'; at: string }
  | { type: 'judge'; right: boolean; at: string }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'submit'; at: string }
  | { type: 'choose'; option: number; at: string }
  | { type: 'next'; at: string }
  | { type: 'again'; at: string }
  | { type: 'quit'; at: string };

/** The shell appends the answer to the review log (source 'quiz') and stores `after`. */
export type QuizEffect = { type: 'record'; answer: SessionAnswer };

export interface QuizStep {
  state: QuizState;
  effect: QuizEffect | null;
}

export function startQuiz(input: {
  questions: readonly QuizQuestion[];
  mode: QuizMode;
  record: boolean;
  today: string;
  startedAt: string;
  /** Current schedules by card id (a card missing here is new). */
  schedules: ReadonlyMap<string, ScheduleSnapshot>;
  /** Cards given a scheduling answer earlier today (review or an earlier quiz --record). */
  scheduledToday?: ReadonlySet<string>;
}): QuizState {
  return {
    mode: input.mode,
    record: input.record,
    today: input.today,
    round: 1,
    questions: input.questions,
    index: 0,
    phase: input.questions.length > 0 ? 'question' : 'finished',
    draft: '',
    shownAt: input.startedAt,
    revealMs: null,
    roundStartedAt: input.startedAt,
    finishedAt: input.questions.length > 0 ? null : input.startedAt,
    results: [],
    schedules: input.schedules,
    scheduledToday: input.scheduledToday ?? new Set(),
    recorded: new Set(),
    quit: false,
  };
}

export function currentQuestion(state: QuizState): QuizQuestion | null {
  return state.phase === 'finished' ? null : (state.questions[state.index] ?? null);
}

/** The answer being shown as feedback (typed, choice), or the last one given. */
export function lastResult(state: QuizState): QuizResult | null {
  return state.results[state.results.length - 1] ?? null;
}

/** Answers the user got wrong this round: the ones `again` asks once more. */
export function missedResults(state: QuizState): QuizResult[] {
  return state.results.filter((r) => r.verdict === 'wrong');
}

const msSince = (from: string, to: string): number => Math.max(0, Date.parse(to) - Date.parse(from));

function moveOn(state: QuizState, at: string): QuizState {
  const index = state.index + 1;
  const done = index >= state.questions.length;
  return { ...state, index, phase: done ? 'finished' : 'question', draft: '', shownAt: at, revealMs: null, finishedAt: done ? at : null };
}

function answer(state: QuizState, verdict: Verdict, given: string | null, at: string): QuizStep {
  const question = state.questions[state.index]!;
  const ms = msSince(state.shownAt, at);
  const quality = quizQuality(verdict, state.revealMs ?? ms, state.mode);
  const result: QuizResult = { question, verdict, given, ms, at, quality };
  let next: QuizState = { ...state, results: [...state.results, result] };
  // Flip shows the answer before the judgement, so there is no feedback to read.
  next = state.mode === 'flip' ? moveOn(next, at) : { ...next, phase: 'feedback' };

  const { card } = question;
  if (!state.record || state.recorded.has(card.id)) return { state: next, effect: null };
  const before = state.schedules.get(card.id) ?? newCardSchedule();
  // One scheduling answer a day, as in review (SM-2 step 7): a second is a repeat, logged but
  // leaving the schedule alone — else every quiz of the day would stretch the interval again.
  const isRepeat = state.scheduledToday.has(card.id);
  const after = isRepeat ? before : answerCard(before, quality, state.today);
  const entry = answerEntry({ card, day: state.today, at, quality, before, after, ms, source: isRepeat ? 'repeat' : 'quiz' });
  next = { ...next, schedules: new Map(next.schedules).set(card.id, after), recorded: new Set(next.recorded).add(card.id) };
  return { state: next, effect: { type: 'record', answer: entry } };
}

/** Control characters never belong in an answer (a pasted newline, a stray escape). */
const printable = (text: string): string => text.replace(/\p{Cc}/gu, '');

function onQuestion(state: QuizState, event: QuizEvent): QuizStep {
  const none = (s: QuizState): QuizStep => ({ state: s, effect: null });
  const question = state.questions[state.index]!;
  switch (state.mode) {
    case 'flip':
      return event.type === 'reveal' ? none({ ...state, phase: 'revealed', revealMs: msSince(state.shownAt, event.at) }) : none(state);
    case 'typed':
      if (event.type === 'type') return none({ ...state, draft: state.draft + printable(event.text) });
      if (event.type === 'erase') return none({ ...state, draft: Array.from(state.draft).slice(0, -1).join('') });
      if (event.type !== 'submit') return none(state);
      {
        const given = state.draft.trim();
        // An empty answer is "don't know": wrong, and the answer is shown.
        const verdict = given === '' ? 'wrong' : matchAnswers(given, question.answers, question.matchKind).verdict;
        return answer(state, verdict, given, event.at);
      }
    case 'choice': {
      const options = question.options ?? [];
      if (event.type !== 'choose' || !Number.isInteger(event.option) || event.option < 1 || event.option > options.length) {
        return none(state);
      }
      const chosen = options[event.option - 1]!;
      return answer(state, chosen === question.answer ? 'right' : 'wrong', chosen, event.at);
    }
  }
}

/** The quiz state machine: the Ink UI and the line mode both drive it. */
export function reduceQuiz(state: QuizState, event: QuizEvent): QuizStep {
  if (state.quit) return { state, effect: null };
  if (event.type === 'quit') {
    return { state: { ...state, phase: 'finished', quit: true, finishedAt: state.finishedAt ?? event.at }, effect: null };
  }
  switch (state.phase) {
    case 'question':
      return onQuestion(state, event);
    case 'revealed':
      return event.type === 'judge' ? answer(state, event.right ? 'right' : 'wrong', null, event.at) : { state, effect: null };
    case 'feedback':
      return { state: event.type === 'next' ? moveOn(state, event.at) : state, effect: null };
    case 'finished': {
      const missed = missedResults(state);
      if (event.type !== 'again' || missed.length === 0) return { state, effect: null };
      const again: QuizState = {
        ...state,
        round: state.round + 1,
        questions: missed.map((r) => r.question),
        index: 0,
        phase: 'question',
        draft: '',
        shownAt: event.at,
        revealMs: null,
        roundStartedAt: event.at,
        finishedAt: null,
        results: [],
      };
      return { state: again, effect: null };
    }
  }
}

export interface QuizScore {
  right: number;
  near: number;
  wrong: number;
  /** Questions answered this round. */
  answered: number;
  /** Questions in this round. */
  total: number;
}

/** The running score of this round: the header shows it, the end screen too. */
export function quizScore(state: QuizState): QuizScore {
  const count = (verdict: QuizResult['verdict']): number => state.results.filter((r) => r.verdict === verdict).length;
  return { right: count('right'), near: count('near'), wrong: count('wrong'), answered: state.results.length, total: state.questions.length };
}

export interface QuizSummary extends QuizScore {
  /** From the round's first question to its end (or the last answer, after a quit). */
  timeMs: number;
  /** Wrong answers, in the order asked: what `again` asks once more. */
  missed: QuizResult[];
  /** Near misses, to show their exact spelling. */
  nearMisses: QuizResult[];
}

export function summarizeQuiz(state: QuizState): QuizSummary {
  const lastAt = state.results[state.results.length - 1]?.at;
  const end = state.quit ? (lastAt ?? state.roundStartedAt) : (state.finishedAt ?? lastAt ?? state.roundStartedAt);
  return {
    ...quizScore(state),
    timeMs: Math.max(0, Date.parse(end) - Date.parse(state.roundStartedAt)),
    missed: missedResults(state),
    nearMisses: state.results.filter((r) => r.verdict === 'near'),
  };
}

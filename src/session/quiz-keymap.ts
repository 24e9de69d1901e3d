import type { QuizMode } from '../quiz/quiz-mode.js';
import type { QuizEvent, QuizPhase } from './quiz-session.js';

/** The parts of Ink's `Key` the keymap reads. */
export interface QuizKeyFlags {
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

export interface QuizKeyContext {
  mode: QuizMode;
  phase: QuizPhase;
}

/**
 * Keys by phase. Esc and Ctrl-C quit everywhere; q quits too except while an answer is
 * being typed (it is a letter then).
 * - question, typed: letters type, Backspace erases, Enter answers (empty: "don't know")
 * - question, flip: space or Enter shows the answer; then y (knew it) or n (did not)
 * - question, choice: 1–4 pick an option
 * - feedback: space or Enter goes on
 * - finished: r quizzes the missed questions again; q, space or Enter leave
 */
export function quizKeyToEvent(input: string, key: QuizKeyFlags, context: QuizKeyContext, at: string): QuizEvent | null {
  if (key.escape) return { type: 'quit', at };
  if (key.ctrl) return input === 'c' ? { type: 'quit', at } : null;
  const { mode, phase } = context;
  if (phase === 'question' && mode === 'typed') {
    if (key.return) return { type: 'submit', at };
    if (key.backspace || key.delete) return { type: 'erase' };
    return input && !key.meta ? { type: 'type', text: input } : null;
  }
  return phaseKey(input, key, context, at);
}

function phaseKey(input: string, key: QuizKeyFlags, { mode, phase }: QuizKeyContext, at: string): QuizEvent | null {
  const lower = input.toLowerCase();
  if (lower === 'q') return { type: 'quit', at };
  const go = key.return || input === ' ';
  switch (phase) {
    case 'question':
      if (mode === 'flip') return go ? { type: 'reveal', at } : null;
      return /^[1-9]$/.test(input) ? { type: 'choose', option: Number(input), at } : null;
    case 'revealed':
      return lower === 'y' ? { type: 'judge', right: true, at } : lower === 'n' ? { type: 'judge', right: false, at } : null;
    case 'feedback':
      return go ? { type: 'next', at } : null;
    case 'finished':
      if (lower === 'r') return { type: 'again', at };
      return go ? { type: 'quit', at } : null;
  }
}

/**
 * A chunk of input may hold several keys: a paste, a held-down Backspace, or fast typing
 * that the terminal sends at once ("Tokayev\r"). While an answer is typed, the chunk is
 * read key by key: text types, Backspace erases, a line break answers (and ends the chunk).
 * Anything else is one key.
 */
export function quizInputToEvents(input: string, key: QuizKeyFlags, context: QuizKeyContext, at: string): QuizEvent[] {
  const typing = context.phase === 'question' && context.mode === 'typed' && !key.ctrl && !key.escape && !key.meta;
  if (!typing || input.length <= 1) {
    const event = quizKeyToEvent(input, key, context, at);
    return event === null ? [] : [event];
  }
  const events: QuizEvent[] = [];
  let text = '';
  const flush = (): void => {
    if (text) events.push({ type: 'type', text });
    text = '';
  };
  for (const char of input) {
    if (char === '\r' || char === '\n') {
      flush();
      events.push({ type: 'submit', at });
      return events;
    }
    if (char === '\u007f' || char === '\b') {
      flush();
      events.push({ type: 'erase' });
    } else {
      text += char;
    }
  }
  flush();
  return events;
}

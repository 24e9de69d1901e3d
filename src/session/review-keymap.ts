import type { Quality } from '../schedule/types.js';
import type { SessionEvent, SessionPhase } from './review-session.js';

/** What a key asks for; a grade still lacks its time, which the caller adds (see `timeIntent`). */
export type SessionIntent = Exclude<SessionEvent, { type: 'grade' }> | { type: 'grade'; quality: Quality };

/** The parts of Ink's `Key` the keymap reads. */
export interface KeyFlags {
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  upArrow?: boolean;
  downArrow?: boolean;
}

/**
 * Moving through a back too long for the terminal: j or ↓ one line on, k or ↑ one line back;
 * 0 for any other key. Only the screen moves, so this is no session event.
 */
export function keyToScroll(input: string, key: KeyFlags): -1 | 0 | 1 {
  if (key.downArrow || input === 'j') return 1;
  if (key.upArrow || input === 'k') return -1;
  return 0;
}

/**
 * Space or Enter shows the answer; 0–5 grade it; u undoes the last answer; ? toggles help;
 * i shows the card's id, deck, schedule and source; s suspends it; q, Escape or Ctrl-C quit. Keys that mean nothing in the phase give null.
 */
export function keyToEvent(input: string, key: KeyFlags, phase: SessionPhase): SessionIntent | null {
  if (key.escape) return { type: 'quit' };
  if (key.ctrl) return input === 'c' ? { type: 'quit' } : null;
  if (key.return || input === ' ') return phase === 'question' ? { type: 'reveal' } : null;
  if (/^[0-5]$/.test(input)) return phase === 'answer' ? { type: 'grade', quality: Number(input) as Quality } : null;
  switch (input.toLowerCase()) {
    case 'u':
      return { type: 'undo' };
    case '?':
      return { type: 'toggleHelp' };
    case 'i':
      return phase === 'finished' ? null : { type: 'toggleInfo' };
    case 's':
      return phase === 'finished' ? null : { type: 'suspend' };
    case 'q':
      return { type: 'quit' };
    default:
      return null;
  }
}

/** The event to dispatch: a grade gets its time `at` (ISO) and the `ms` the card was shown. */
export function timeIntent(intent: SessionIntent, at: string, ms: number): SessionEvent {
  return intent.type === 'grade' ? { ...intent, at, ms } : intent;
}

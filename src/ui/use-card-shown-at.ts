import { useEffect, useRef } from 'react';
import type { ReviewSessionState } from '../session/review-session.js';

/**
 * When the current card was put on screen (ms since the epoch), for the answer time in the log.
 * A card shown again (a repeat, or after undo) starts a fresh clock: the answer count changes.
 */
export function useCardShownAt(state: ReviewSessionState, now: () => Date): { readonly current: number } {
  const shownAt = useRef(0); // set by the effect below once the first card is on screen
  const showing = `${state.history.length}:${state.pending[0]?.card.id ?? ''}`;
  useEffect(() => {
    shownAt.current = now().getTime();
    // Only a new card restarts the clock; `now` is read, not watched.
  }, [showing]);
  return shownAt;
}

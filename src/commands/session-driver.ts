import { reduceSession, type ReviewSessionState, type SessionEffect, type SessionEvent } from '../session/review-session.js';

/**
 * Runs the pure session reducer for an interface (Ink or line mode) and persists each
 * effect before the new state is shown: an answer is durable before the next card appears.
 * Events are handled one at a time, in order, even when keys arrive during a write.
 */
export interface SessionDriver {
  getState(): ReviewSessionState;
  dispatch(event: SessionEvent): Promise<void>;
  subscribe(listener: () => void): () => void;
}

export type PersistEffect = (effect: SessionEffect) => Promise<void>;

export function createSessionDriver(initial: ReviewSessionState, persist: PersistEffect): SessionDriver {
  let state = initial;
  let chain: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();

  const apply = async (event: SessionEvent): Promise<void> => {
    const step = reduceSession(state, event);
    if (step.effect) await persist(step.effect);
    state = step.state;
    for (const listener of listeners) listener();
  };

  return {
    getState: () => state,
    dispatch(event) {
      const next = chain.then(() => apply(event));
      // A failed write stops the chain for later events too: nothing is shown as saved that is not.
      chain = next;
      return next;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

import { reduceSession, type ReviewSessionState, type SessionEffect, type SessionEvent } from '../session/review-session.js';

/**
 * Runs a pure session reducer for an interface (Ink or line mode) and persists each
 * effect before the new state is shown: an answer is durable before the next card appears.
 * Events are handled one at a time, in order, even when keys arrive during a write.
 */
export interface ReducerDriver<State, Event> {
  getState(): State;
  dispatch(event: Event): Promise<void>;
  subscribe(listener: () => void): () => void;
}

/** The review session's driver. */
export type SessionDriver = ReducerDriver<ReviewSessionState, SessionEvent>;

export type PersistEffect = (effect: SessionEffect) => Promise<void>;

/** A driver over any `(state, event) → {state, effect}` reducer (the review, the quiz). */
export function createReducerDriver<State, Event, Effect>(
  initial: State,
  reduce: (state: State, event: Event) => { state: State; effect: Effect | null },
  persist: (effect: Effect) => Promise<void>,
): ReducerDriver<State, Event> {
  let state = initial;
  let chain: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();

  const apply = async (event: Event): Promise<void> => {
    const step = reduce(state, event);
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

export function createSessionDriver(initial: ReviewSessionState, persist: PersistEffect): SessionDriver {
  return createReducerDriver(initial, reduceSession, persist);
}

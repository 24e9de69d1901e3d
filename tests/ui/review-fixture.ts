import { parseCloze } from '../../src/deck/cloze.js';
import { cardsOfDeck, type Card, type Deck, type Note } from '../../src/deck/types.js';
import { createSessionDriver, type SessionDriver } from '../../src/commands/session-driver.js';
import { buildTodayQueue } from '../../src/schedule/queue.js';
import { startReviewSession, type SessionEffect } from '../../src/session/review-session.js';
import { dueTomorrowAndWeek } from '../../src/session/forecast.js';
import type { CardContent } from '../../src/ui/review-app.js';

export const TODAY = '2025-03-09';
const START = Date.parse('2025-03-09T10:00:00Z');

const note = (id: string, text: string, extra: string, section: string | null): Note => {
  const ords = parseCloze(text).filter((s) => s.type === 'deletion').length;
  return { id, fingerprint: id, kind: 'number', cardKinds: Array(ords).fill('number'), text, extra, section, tags: [] };
};

/** Three notes, four cards: the first note has two deletions, so its second card waits for tomorrow. */
export const deck: Deck = {
  schema: 1,
  id: 'deck-ca',
  name: 'Central Asia briefing',
  slug: 'central-asia',
  source: { title: 'US pledges aid to Central Asia', sha256: '0'.repeat(64), dateline: null },
  generatedAt: '2025-03-01T00:00:00Z',
  notes: [
    note(
      'n1',
      'The fund will add {{c1::$3 billion::amount}} over {{c2::five years::duration}}.',
      'The fund will add $3 billion over five years, officials said on Monday.',
      'Economy',
    ),
    note('n2', '{{c1::Kazakhstan::place}} will host the summit.', 'Kazakhstan will host the summit in June.', null),
    note('n3', 'Turnout rose to {{c1::64 percent}}.', 'Turnout rose to 64 percent, the commission said.', 'Elections'),
  ],
};

export function describeCard(card: Card): CardContent {
  const n = deck.notes.find((x) => x.id === card.noteId)!;
  return { segments: parseCloze(n.text), deckName: deck.name, title: deck.source.title, section: n.section, extra: n.extra };
}

export interface ReviewHarness {
  driver: SessionDriver;
  /** What the store was asked to persist, in order. */
  effects: SessionEffect[];
  now: () => Date;
  /** Moves the test clock on. */
  advance: (ms: number) => void;
  forecast: () => { tomorrow: number; week: number };
}

/** Today's queue of the deck (all new), a session over it and a driver whose store is an array. */
export function reviewHarness(options: { failWith?: string } = {}): ReviewHarness {
  const queue = buildTodayQueue({
    cards: cardsOfDeck(deck),
    progress: new Map(),
    todayLog: [],
    today: TODAY,
    newLimit: 20,
    reviewLimit: 200,
  });
  const state = startReviewSession({ queue, progress: new Map(), today: TODAY, startedAt: new Date(START).toISOString() });
  const effects: SessionEffect[] = [];
  const driver = createSessionDriver(state, async (effect) => {
    if (options.failWith) throw new Error(options.failWith);
    effects.push(effect);
  });
  let clock = START;
  return {
    driver,
    effects,
    now: () => new Date(clock),
    advance: (ms) => {
      clock += ms;
    },
    forecast: () => dueTomorrowAndWeek(driver.getState().schedules.values(), TODAY),
  };
}

/** Lets the driver's async dispatch settle and Ink re-render (generous: CI shares 2 cores). */
export const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

// Keypress → next card, in-process: the real review screen (ReviewApp, rendered by Ink with
// its usual frame throttle, not ink-testing-library's debug mode) over a real store on disk,
// wired as `briefdeck review` wires it. For each card: wait for its question, reveal it, then
// time from writing the grade key to stdin until Ink writes a frame with the next card's
// question. The grade persists the answer (log append + fsync) before the next card shows.
//   node keypress.mjs STORE_DIR CARDS ROUNDS   (a synthetic store, see synthetic-store.ts)
import { EventEmitter } from 'node:events';
import { render } from 'ink';
import { cardContentLookup } from '../src/commands/card-content.js';
import { createSessionDriver } from '../src/commands/session-driver.js';
import { cardsOfDeck, DECK_SCHEMA, type Deck, type Note } from '../src/deck/types.js';
import { buildTodayQueue } from '../src/schedule/queue.js';
import { dueTomorrowAndWeek } from '../src/session/forecast.js';
import { startReviewSession } from '../src/session/review-session.js';
import { openStore } from '../src/store/open-store.js';
import { ReviewApp } from '../src/ui/review-app.js';
import { CARDS_PER_DECK, deckIdOf } from './synthetic-store.js';

/** The day every synthetic card is due. */
const TODAY = '2025-06-10';
/** Longer than Ink's 30 fps throttle window, as the pause between two keys of a person is. */
const PAUSE_MS = 60;

/** Decks whose notes are the synthetic store's cards; each question names its card. */
function syntheticDecks(cards: number): Deck[] {
  const decks: Deck[] = [];
  for (let d = 0; d * CARDS_PER_DECK < cards; d += 1) {
    const id = deckIdOf(d);
    const notes: Note[] = [];
    for (let c = 0; c < CARDS_PER_DECK && d * CARDS_PER_DECK + c < cards; c += 1) {
      notes.push({
        id: `${id}n${c}`, fingerprint: `${id}n${c}`, kind: 'number', cardKinds: ['number'],
        text: `Card ${d}/${c}: the fund will add {{c1::$${c + 1} billion::amount}} over five years.`,
        extra: 'The fund will add billions over five years, officials said on Monday.', section: null, tags: [],
      });
    }
    decks.push({ schema: DECK_SCHEMA, id, name: `Deck ${d}`, slug: `deck-${d}`, source: { title: 'Bench article', sha256: '0'.repeat(64), dateline: null }, generatedAt: '2025-01-01T00:00:00.000Z', notes });
  }
  return decks;
}

/** A terminal's output: remembers what was written since the last look. */
class FakeStdout extends EventEmitter {
  readonly columns = 100;
  readonly rows = 40;
  readonly isTTY = true;
  #waiter: { test: (text: string) => boolean; resolve: (at: number) => void } | null = null;
  write(chunk: string | Uint8Array): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    if (this.#waiter?.test(text)) {
      const { resolve } = this.#waiter;
      this.#waiter = null;
      resolve(performance.now());
    }
    return true;
  }
  /** Resolves with the time of the first write for which `test` holds. */
  next(test: (text: string) => boolean): Promise<number> {
    return new Promise((resolve) => {
      this.#waiter = { test, resolve };
    });
  }
}

/** A terminal's keyboard, as Ink reads it (the shape ink-testing-library uses). */
class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  #data: string | null = null;
  press(key: string): void {
    this.#data = key;
    this.emit('readable');
    this.emit('data', key);
  }
  read = (): string | null => {
    const data = this.#data;
    this.#data = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const [dir, cardsArg, roundsArg] = process.argv.slice(2);
  if (!dir) throw new Error('usage: keypress STORE_DIR CARDS ROUNDS');
  const decks = syntheticDecks(Number(cardsArg));
  const startedAt = new Date(`${TODAY}T09:00:00Z`);
  const offset = startedAt.getTime() - Date.now();
  const now = () => new Date(Date.now() + offset);
  const store = await openStore(dir, { mode: 'write', now: startedAt, timeZone: 'UTC', command: 'bench' });
  for (const deck of decks) await store.syncDeck(deck);
  const cards = decks.flatMap(cardsOfDeck);
  const progress = new Map(cards.flatMap((c) => {
    const p = store.progressOf(c.id);
    return p ? [[c.id, p] as const] : [];
  }));
  const queue = buildTodayQueue({ cards, progress, todayLog: store.answers({ day: TODAY }), today: TODAY, newLimit: 20, reviewLimit: 200 });
  const state = startReviewSession({ queue, progress: new Map(progress), today: TODAY, startedAt: startedAt.toISOString() });
  const driver = createSessionDriver(state, async (effect) => {
    if (effect.type === 'record') await store.record(effect.answer);
  });
  const stdout = new FakeStdout();
  const stdin = new FakeStdin();
  const questionShown = (text: string) => text.includes('show answer');
  const firstQuestion = stdout.next(questionShown);
  const app = render(
    <ReviewApp driver={driver} describe={cardContentLookup(decks)} now={now} forecast={() => dueTomorrowAndWeek(store.progress(), TODAY)} color={false} onExit={() => undefined} />,
    { stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, exitOnCtrlC: false, patchConsole: false },
  );
  await firstQuestion;
  const rounds = Math.min(Number(roundsArg), state.pending.length - 1);
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    await pause(PAUSE_MS);
    const revealed = stdout.next((text) => text.includes('correct after hesitation'));
    stdin.press(' ');
    await revealed;
    await pause(PAUSE_MS);
    const shown = stdout.next(questionShown);
    const pressedAt = performance.now();
    stdin.press('4');
    times.push((await shown) - pressedAt);
  }
  app.unmount();
  await store.close();
  process.stdout.write(JSON.stringify({ times, queue: state.pending.length }));
}

await main();

// The review log is the only truth: a month of reviews through the real session, driver and
// store, with the scheduler switched every few days, leaves each scheduler exactly the state
// it would have read from that log alone.
import { beforeAll, expect, test } from 'vitest';
import { loadFsrsEngine } from '../../src/commands/load-fsrs.js';
import { persistTo } from '../../src/commands/review.js';
import { createSessionDriver } from '../../src/commands/session-driver.js';
import { cardsOfDeck, type Deck } from '../../src/deck/types.js';
import { createSeededRandom } from '../../src/quiz/seeded-random.js';
import { answerCard } from '../../src/schedule/answer-card.js';
import { addDays } from '../../src/schedule/calendar.js';
import type { FsrsEngine } from '../../src/schedule/fsrs-engine.js';
import { replayFsrs } from '../../src/schedule/fsrs-replay.js';
import { buildTodayQueue } from '../../src/schedule/queue.js';
import { createFsrsScheduler, SM2_SCHEDULER, type Scheduler } from '../../src/schedule/scheduler.js';
import { newCardSchedule, type Quality, type ScheduleSnapshot } from '../../src/schedule/types.js';
import { startReviewSession } from '../../src/session/review-session.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { tempDir } from '../helpers/temp-dir.js';

let engine: FsrsEngine;
beforeAll(async () => {
  engine = await loadFsrsEngine(0.9);
});

const deck: Deck = {
  schema: 1,
  id: 'switchdeck',
  name: 'Switch deck',
  slug: 'switch-deck',
  source: { title: 'Twelve facts', sha256: '1'.repeat(64), dateline: null },
  generatedAt: '2026-01-01T00:00:00.000Z',
  notes: Array.from({ length: 12 }, (_, i) => ({
    id: `note${String(i).padStart(2, '0')}`,
    fingerprint: `f${i}`,
    kind: 'number' as const,
    cardKinds: ['number' as const],
    text: `Fact ${i} is {{c1::${i * 7}::number}}.`,
    extra: `Fact ${i}.`,
    section: null,
    tags: [],
  })),
};

const START = '2026-03-01';

/** One day's session as `briefdeck review` runs it, under `scheduler`; grades from `random`, the second answer undone and given again. */
async function reviewDay(store: Store, scheduler: Scheduler, day: string, random: () => number): Promise<void> {
  const cards = cardsOfDeck(deck);
  const progress = new Map(cards.flatMap((c) => (store.progressOf(c.id) ? [[c.id, store.progressOf(c.id)!] as const] : [])));
  const underActive = new Map([...progress].map(([id, p]) => [id, { ...p, due: scheduler.dueOf(p) }]));
  const queue = buildTodayQueue({ cards, progress: underActive, todayLog: store.answers({ day }), today: day, newLimit: 3, reviewLimit: 100 });
  const now = () => new Date(`${day}T09:00:00Z`);
  const driver = createSessionDriver(
    startReviewSession({ queue, progress: new Map<string, ScheduleSnapshot>(progress), today: day, startedAt: now().toISOString() }),
    persistTo(store, now, scheduler),
  );
  let undone = false;
  while (driver.getState().phase !== 'finished') {
    await driver.dispatch({ type: 'reveal' });
    const quality = ([5, 4, 4, 3, 2, 4, 5, 1] as const)[Math.floor(random() * 8)]! as Quality;
    await driver.dispatch({ type: 'grade', quality, at: now().toISOString(), ms: 1000 });
    if (!undone && driver.getState().history.length === 2) {
      undone = true;
      await driver.dispatch({ type: 'undo' });
    }
  }
}

test('switching SM-2 ⇄ FSRS every few days over a month leaves each scheduler the state of that log alone', async () => {
  const storage = tempDir('switch');
  const store = await openStore(storage, { mode: 'write', now: new Date(`${START}T08:00:00Z`), timeZone: 'UTC', command: 'test' });
  const random = createSeededRandom(15);
  let live: Scheduler = SM2_SCHEDULER;
  try {
    await store.syncDeck(deck);
    for (let d = 0; d < 30; d += 1) {
      // A new process each time the scheduler changes, as a user's next `briefdeck review` is.
      const fsrsDays = Math.floor(d / 4) % 2 === 1;
      if (d % 4 === 0) live = fsrsDays ? createFsrsScheduler(engine, store.answers()) : SM2_SCHEDULER;
      await reviewDay(store, live, addDays(START, d), random);
    }
    expect(live.name).toBe('fsrs');
    const log = store.answers();
    expect(log.length).toBeGreaterThan(60);
    expect(new Set(log.map((a) => a.source))).toEqual(new Set(['review', 'repeat']));

    for (const card of cardsOfDeck(deck)) {
      const answers = log.filter((a) => a.cardId === card.id);
      // SM-2 over the whole log, as if it had been the only scheduler: same-day repeats change nothing.
      let sm2 = newCardSchedule();
      for (const a of answers) if (a.source === 'review') sm2 = answerCard(sm2, a.quality, a.day);
      const kept = store.progressOf(card.id)!;
      expect({ repetitions: kept.repetitions, easiness: kept.easiness, interval: kept.interval, due: kept.due, lapses: kept.lapses }).toEqual(sm2);

      // FSRS as the session kept it (answer by answer, undos replayed) = FSRS replayed over the log.
      const replayed = replayFsrs(engine, answers);
      expect(live.dueOf(kept)).toBe(replayed?.due ?? null);
      expect(live.preview(kept, false, addDays(START, 30))).toEqual(createFsrsScheduler(engine, log).preview(kept, false, addDays(START, 30)));
    }
  } finally {
    await store.close();
  }
});

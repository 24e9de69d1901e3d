import { cleanup, render } from 'ink-testing-library';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { loadFsrsEngine } from '../../src/commands/load-fsrs.js';
import { createSessionDriver } from '../../src/commands/session-driver.js';
import { cardsOfDeck } from '../../src/deck/types.js';
import type { FsrsEngine } from '../../src/schedule/fsrs-engine.js';
import { answerFsrs, previewFsrsIntervals } from '../../src/schedule/fsrs-replay.js';
import { buildTodayQueue } from '../../src/schedule/queue.js';
import { createFsrsScheduler, gradePreviewOf, scheduleInfoOf } from '../../src/schedule/scheduler.js';
import { startReviewSession } from '../../src/session/review-session.js';
import { ReviewApp } from '../../src/ui/review-app.js';
import { deck, describeCard, tick, TODAY } from './review-fixture.js';

let engine: FsrsEngine;
beforeAll(async () => {
  engine = await loadFsrsEngine(0.9);
});
afterEach(() => {
  cleanup();
});

/** The review screen under FSRS, its scheduler told of each answer as `briefdeck review` does. */
function renderFsrsReview() {
  const scheduler = createFsrsScheduler(engine, []);
  const queue = buildTodayQueue({ cards: cardsOfDeck(deck), progress: new Map(), todayLog: [], today: TODAY, newLimit: 1, reviewLimit: 200 });
  const state = startReviewSession({ queue, progress: new Map(), today: TODAY, startedAt: `${TODAY}T10:00:00.000Z` });
  const driver = createSessionDriver(state, async (effect) => {
    if (effect.type === 'record') scheduler.recorded(effect.answer);
  });
  const now = () => new Date(`${TODAY}T10:00:00Z`);
  const app = render(
    <ReviewApp driver={driver} describe={describeCard} now={now} forecast={() => ({ tomorrow: 0, week: 0 })} color={false} onExit={vi.fn()} preview={gradePreviewOf(scheduler)} info={scheduleInfoOf(scheduler)} />,
  );
  const press = async (...keys: string[]): Promise<void> => {
    for (const key of keys) {
      app.stdin.write(key);
      await tick();
    }
  };
  return { press, frame: () => app.lastFrame() ?? '' };
}

test('under FSRS each grade is labelled with the interval FSRS would give', async () => {
  const { press, frame } = renderFsrsReview();
  await press(' ');
  const days = previewFsrsIntervals(engine, null, TODAY);
  expect(days[5]).toBeGreaterThan(days[4]);
  expect(frame()).toContain(`5 · perfect · ${days[5]} d`);
  expect(frame()).toContain(`4 · correct after hesitation · ${days[4]} d`);
  expect(frame()).toContain(`3 · correct with difficulty · ${days[3]} d`);
  expect(frame()).toContain(`0 · blackout · ${days[0]} d`);
});

test('under FSRS a same-day repeat is a short-term review: its grades show the intervals after the first answer', async () => {
  const { press, frame } = renderFsrsReview();
  // The only card, failed: it comes straight back as a repeat.
  await press(' ', '1', ' ');
  expect(frame()).toContain('repeat · a same-day review; below 4 it comes back');
  const afterFail = answerFsrs(engine, null, 1, TODAY);
  const days = previewFsrsIntervals(engine, afterFail, TODAY);
  expect(frame()).toContain(`5 · perfect · ${days[5]} d`);
  expect(days[5]).not.toBe(previewFsrsIntervals(engine, null, TODAY)[5]);
});

test("under FSRS the i panel shows the card's FSRS state, not SM-2's", async () => {
  const { press, frame } = renderFsrsReview();
  await press('i');
  expect(frame()).toContain('FSRS · new: not answered yet');
  // Failed once: back as a repeat, its FSRS memory is that of one Again today.
  await press('i', ' ', '1', 'i');
  const { memory, due } = answerFsrs(engine, null, 1, TODAY);
  expect(frame()).toContain(`FSRS · due ${due} · stability ${memory.stability.toFixed(1)} d · difficulty ${memory.difficulty.toFixed(1)} · recall today 100 % · 0 lapses`);
  expect(frame()).not.toContain('EF 2.50');
});

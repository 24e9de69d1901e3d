import type { Grade } from 'ts-fsrs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadTsFsrs } from '../../src/commands/load-fsrs.js';
import { createFsrsEngine, type FsrsEngine } from '../../src/schedule/fsrs-engine.js';
import { fsrsRating } from '../../src/schedule/fsrs-grade.js';
import { answerFsrs, fsrsFromSm2, previewFsrsIntervals, replayFsrs, type AnswerForFsrs } from '../../src/schedule/fsrs-replay.js';
import { daysBetween } from '../../src/schedule/calendar.js';
import { newCardSchedule, type Quality } from '../../src/schedule/types.js';

// Loaded as briefdeck loads it, so that Date.prototype stays clean in this file too.
let tsFsrs: Awaited<ReturnType<typeof loadTsFsrs>>;
let engine: FsrsEngine;
beforeAll(async () => {
  tsFsrs = await loadTsFsrs();
  engine = createFsrsEngine(tsFsrs);
});

function answer(day: string, quality: Quality, source: AnswerForFsrs['source'] = 'review'): AnswerForFsrs {
  return { cardId: 'c1', day, quality, before: newCardSchedule(), source };
}

const HISTORY: AnswerForFsrs[] = [
  answer('2026-01-01', 3),
  answer('2026-01-01', 4, 'repeat'),
  answer('2026-01-03', 4),
  answer('2026-01-10', 1),
  answer('2026-01-10', 4, 'repeat'),
  answer('2026-01-12', 5),
  answer('2026-01-18', 4),
];

describe('replayFsrs', () => {
  test("gives what ts-fsrs's own scheduler gives for the same answers, day by day", () => {
    // The oracle: ts-fsrs's full scheduler, fed noon on each answer's day, with no learning
    // steps and no fuzz (briefdeck schedules whole days; same-day repeats are short-term reviews).
    const scheduler = tsFsrs.fsrs({ learning_steps: [], relearning_steps: [], enable_fuzz: false, enable_short_term: true });
    let card = tsFsrs.createEmptyCard(new Date('2026-01-01T12:00:00Z'));
    for (const a of HISTORY) card = scheduler.next(card, new Date(`${a.day}T12:00:00Z`), fsrsRating(a.quality) as Grade).card;
    const state = replayFsrs(engine, HISTORY)!;
    expect(state.memory.stability).toBeCloseTo(card.stability, 8);
    expect(state.memory.difficulty).toBeCloseTo(card.difficulty, 8);
    expect(state.due).toBe(card.due.toISOString().slice(0, 10));
    expect(state.lastDay).toBe('2026-01-18');
  });

  test('a new card with no answers has no FSRS state', () => {
    expect(replayFsrs(engine, [])).toBeNull();
    expect(replayFsrs(engine, [], newCardSchedule())).toBeNull();
  });

  test('a card imported with progress only starts from its SM-2 state: due the same day, stability its interval', () => {
    const imported = { repetitions: 4, easiness: 2.5, interval: 20, due: '2026-02-01', lapses: 0 };
    const state = replayFsrs(engine, [], imported)!;
    expect(state.due).toBe('2026-02-01');
    expect(state.lastDay).toBe('2026-01-12');
    expect(state.memory.stability).toBe(20);
    // A higher easiness is an easier card.
    const easier = fsrsFromSm2(engine, { ...imported, easiness: 2.9 })!;
    expect(easier.memory.difficulty).toBeLessThan(state.memory.difficulty);
  });

  test('a log that starts on a learnt card (imported, then reviewed here) continues from its SM-2 state', () => {
    const before = { repetitions: 4, easiness: 2.5, interval: 20, due: '2026-02-01', lapses: 0 };
    const state = replayFsrs(engine, [{ ...answer('2026-02-01', 4), before }])!;
    const fromNothing = replayFsrs(engine, [answer('2026-02-01', 4)])!;
    expect(state.memory.stability).toBeGreaterThan(20);
    expect(fromNothing.memory.stability).toBeLessThan(10);
  });

  test('tells the recall it predicted before each scheduled review of a known card', () => {
    const seen: { day: string; predicted: number; passed: boolean }[] = [];
    replayFsrs(engine, HISTORY, null, ({ day, predicted, passed }) => seen.push({ day, predicted, passed }));
    // The first answer (a new card) and the same-day repeats predict nothing.
    expect(seen.map((s) => s.day)).toEqual(['2026-01-03', '2026-01-10', '2026-01-12', '2026-01-18']);
    expect(seen.map((s) => s.passed)).toEqual([true, false, true, true]);
    for (const s of seen) expect(s.predicted).toBeGreaterThan(0.5);
  });
});

describe('previewFsrsIntervals', () => {
  test('each grade shows the days answerFsrs would give, and better grades never give less', () => {
    const state = replayFsrs(engine, HISTORY.slice(0, 3))!;
    const preview = previewFsrsIntervals(engine, state, '2026-01-10');
    for (const q of [0, 3, 4, 5] as const) expect(preview[q]).toBe(daysBetween('2026-01-10', answerFsrs(engine, state, q, '2026-01-10').due));
    expect(preview[0]).toBe(preview[2]);
    expect(preview[3]).toBeLessThanOrEqual(preview[4]);
    expect(preview[4]).toBeLessThan(preview[5]);
  });

  test('a higher desired retention gives shorter intervals', () => {
    const strict = createFsrsEngine(tsFsrs, 0.95);
    const state = replayFsrs(engine, HISTORY)!;
    expect(previewFsrsIntervals(strict, state, '2026-01-25')[4]).toBeLessThan(previewFsrsIntervals(engine, state, '2026-01-25')[4]);
  });

  test('a desired retention outside 0.7–0.99 is refused', () => {
    expect(() => createFsrsEngine({} as never, 1.2)).toThrow(/between 0.7 and 0.99, got 1.2/);
  });
});

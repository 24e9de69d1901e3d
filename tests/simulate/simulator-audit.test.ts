// The simulator checked for fairness (issue 15, second round): both schedulers pay for the
// same same-day repeats, FSRS under its own memory model knows that memory exactly, and the
// SM-2 the simulator runs is the session's own.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadTsFsrs } from '../../src/commands/load-fsrs.js';
import { createFsrsEngine, type FsrsEngine, type FsrsMemory } from '../../src/schedule/fsrs-engine.js';
import type { FsrsCardState } from '../../src/schedule/fsrs-replay.js';
import type { Quality, ScheduleSnapshot } from '../../src/schedule/types.js';
import { fsrsLearner, type LearnerModel } from '../../src/simulate/learner-models.js';
import { fsrsSimulated, runSimulation, SM2_SIMULATED, type SimulatedScheduler } from '../../src/simulate/run-simulation.js';

let engine: FsrsEngine;
beforeAll(async () => {
  engine = createFsrsEngine(await loadTsFsrs(), 0.9);
});

interface Answer {
  day: string;
  quality: Quality;
  isRepeat: boolean;
}

/** The scheduler with every answer it is given written down. */
function recording<S>(scheduler: SimulatedScheduler<S>): { scheduler: SimulatedScheduler<S>; answers: Answer[] } {
  const answers: Answer[] = [];
  return {
    answers,
    scheduler: { ...scheduler, answer: (state, quality, day, isRepeat) => (answers.push({ day, quality, isRepeat }), scheduler.answer(state, quality, day, isRepeat)) },
  };
}

/** A learner who grades from a fixed script: a first sight, then each review in turn (repeats always 4). */
function scriptedLearner(script: Quality[]): LearnerModel<{ next: number }> {
  return {
    name: 'scripted',
    firstSight: () => ({ quality: script[0]!, memory: { next: 1 } }),
    recall: () => 1,
    answer: (memory, elapsedDays) =>
      elapsedDays === 0 ? { quality: 4, memory } : { quality: script[memory.next] ?? 4, memory: { next: memory.next + 1 } },
  };
}

const ONE_CARD = { cards: 1, days: 60, newPerDay: 1, seed: 1 };

describe('the simulator is fair to both schedulers', () => {
  test('a grade below 4 brings one same-day repeat under SM-2 and FSRS alike, and both are counted as answers', () => {
    // First sight Again, then a review graded 3 (Hard), then 4s.
    const learner = scriptedLearner([1, 3, 4, 4, 4]);
    for (const simulated of [SM2_SIMULATED, fsrsSimulated(engine)] as SimulatedScheduler<unknown>[]) {
      const { scheduler, answers } = recording(simulated);
      const figures = runSimulation(ONE_CARD, learner, scheduler);
      const repeats = answers.filter((a) => a.isRepeat);
      expect(repeats.map((a) => a.day)).toEqual([answers[0]!.day, answers.find((a) => a.quality === 3)!.day]);
      expect(figures.reviewsPerCard).toBe(answers.length);
    }
  });

  test('under FSRS-6 as the truth, FSRS with the same parameters holds exactly the learner’s memory at every answer', () => {
    const truth = fsrsLearner(engine);
    // The learner's memory just before each answer, and the scheduler's when it is told the grade.
    let learnerBefore: FsrsMemory | null = null;
    const pairs: [FsrsMemory, FsrsMemory][] = [];
    const learner: LearnerModel<FsrsMemory> = { ...truth, answer: (memory, e, p, r) => ((learnerBefore = memory), truth.answer(memory, e, p, r)) };
    const fsrs = fsrsSimulated(engine);
    const scheduler: SimulatedScheduler<FsrsCardState | null> = {
      ...fsrs,
      answer: (state, quality, day, isRepeat) => {
        if (state !== null && learnerBefore !== null) pairs.push([learnerBefore, state.memory]);
        return fsrs.answer(state, quality, day, isRepeat);
      },
    };
    runSimulation({ cards: 40, days: 120, newPerDay: 10, seed: 5 }, learner, scheduler);
    expect(pairs.length).toBeGreaterThan(200);
    for (const [learnerMemory, held] of pairs) expect(held).toEqual(learnerMemory);
  });

  test('the SM-2 the simulator runs is the session’s 1990 SM-2: 1, 6, 15 days; a lapse restarts at 1 day; repeats leave it alone', () => {
    // First sight 4, reviews 4, 4, then a lapse (1), then 4s.
    const { scheduler, answers } = recording(SM2_SIMULATED as SimulatedScheduler<ScheduleSnapshot>);
    runSimulation({ ...ONE_CARD, days: 40 }, scriptedLearner([4, 4, 4, 1, 4, 4, 4]), scheduler);
    const days = answers.filter((a) => !a.isRepeat).map((a) => a.day);
    const gaps = days.slice(1).map((day, i) => (Date.parse(day) - Date.parse(days[i]!)) / 86_400_000);
    // EF stays 2.5 on grade 4: 1, 6, ceil(6 × 2.5) = 15; after the lapse on day 22: 1, 1, 6.
    expect(gaps).toEqual([1, 6, 15, 1, 1, 6]);
    expect(answers.filter((a) => a.isRepeat)).toHaveLength(1);
  });
});

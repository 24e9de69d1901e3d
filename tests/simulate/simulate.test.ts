import { beforeAll, describe, expect, test } from 'vitest';
import { loadTsFsrs } from '../../src/commands/load-fsrs.js';
import { createFsrsEngine, type TsFsrsModule } from '../../src/schedule/fsrs-engine.js';
import { compareSchedulers, type EngineFor } from '../../src/simulate/compare-schedulers.js';
import { exponentialLearner, fsrsLearner } from '../../src/simulate/learner-models.js';
import { fsrsSimulated, runSimulation, SM2_SIMULATED } from '../../src/simulate/run-simulation.js';

// Small enough for a unit test (the full year of 1,000 cards is `briefdeck simulate`).
const SMALL = { cards: 120, days: 90, newPerDay: 20, seed: 7 };
let tsFsrs: TsFsrsModule;
let engineFor: EngineFor;
beforeAll(async () => {
  tsFsrs = await loadTsFsrs();
  engineFor = (retention, parameters) => createFsrsEngine(tsFsrs, retention, parameters);
});

describe('the simulator', () => {
  test('gives the same figures for the same seed, and other figures for another seed', async () => {
    const first = await compareSchedulers(SMALL, engineFor, 0.9);
    const again = await compareSchedulers(SMALL, engineFor, 0.9);
    expect(again).toEqual(first);
    const other = await compareSchedulers({ ...SMALL, seed: 8 }, engineFor, 0.9);
    expect(other.models[0]!.sm2.reviewsPerCard).not.toBe(first.models[0]!.sm2.reviewsPerCard);
    expect(first.models.map((m) => m.model)).toEqual(['fsrs6-default', 'exponential-difficulty']);
    for (const m of first.models) {
      for (const f of [m.sm2, m.fsrs]) {
        expect(f.reviewsPerCard).toBeGreaterThan(1);
        for (const share of [f.meanRecall, f.finalRecall, f.passRate, f.knownRecall]) {
          expect(share).toBeGreaterThan(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  test('FSRS under its own memory model passes about as often as the retention it is asked for', () => {
    const model = fsrsLearner(engineFor(0.9));
    const at90 = runSimulation({ ...SMALL, cards: 300, days: 150 }, model, fsrsSimulated(engineFor(0.9)));
    const at80 = runSimulation({ ...SMALL, cards: 300, days: 150 }, model, fsrsSimulated(engineFor(0.8)));
    expect(at90.passRate).toBeGreaterThan(0.87);
    expect(at90.passRate).toBeLessThan(0.93);
    // A lower target: fewer reviews, lower recall.
    expect(at80.reviewsPerCard).toBeLessThan(at90.reviewsPerCard);
    expect(at80.meanRecall).toBeLessThan(at90.meanRecall);
  });

  test('the matched comparison finds the retention at which FSRS recalls as SM-2 does', async () => {
    const [, exponential] = (await compareSchedulers(SMALL, engineFor, 0.9)).models;
    expect(Math.abs(exponential!.fsrsAtSm2Recall.meanRecall - exponential!.sm2.meanRecall)).toBeLessThan(0.005);
  });

  test('a learner who never forgets is never failed, under either scheduler', () => {
    const perfect = { ...exponentialLearner(), recall: () => 1 };
    for (const scheduler of [SM2_SIMULATED, fsrsSimulated(engineFor(0.9))]) {
      expect(runSimulation(SMALL, perfect as never, scheduler as never).passRate).toBe(1);
    }
  });
});

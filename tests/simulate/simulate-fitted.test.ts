// FSRS with parameters fitted to the simulated learner's own log, as `briefdeck fit` fits a user's.
import { beforeAll, describe, expect, test } from 'vitest';
import { fitFsrsParameters } from '../../src/commands/fit-fsrs-parameters.js';
import { loadTsFsrs } from '../../src/commands/load-fsrs.js';
import { addDays } from '../../src/schedule/calendar.js';
import { createFsrsEngine, type TsFsrsModule } from '../../src/schedule/fsrs-engine.js';
import { trainingSequence, trainingTargets } from '../../src/schedule/fsrs-training.js';
import { compareSchedulers, type EngineFor, type FitParameters } from '../../src/simulate/compare-schedulers.js';
import { fsrsLearner, type LearnerModel } from '../../src/simulate/learner-models.js';
import { fsrsRefitted, simulate } from '../../src/simulate/run-simulation.js';

let tsFsrs: TsFsrsModule;
let engineFor: EngineFor;
const fit: FitParameters = async (targets) => (await fitFsrsParameters(targets)).parameters;
beforeAll(async () => {
  tsFsrs = await loadTsFsrs();
  engineFor = (retention, parameters) => createFsrsEngine(tsFsrs, retention, parameters);
});

describe('FSRS fitted to the simulated log', () => {
  test('after the switch day every card is scheduled by the new parameters, replayed over its answers', () => {
    const slowForgetting = [...tsFsrs.default_w];
    slowForgetting[3] = 30; // a first "perfect" remembered 30 days, not 8
    const perfectOnce: LearnerModel<null> = {
      name: 'perfect once',
      firstSight: () => ({ quality: 5, memory: null }),
      recall: () => 1,
      answer: () => ({ quality: 4, memory: null }),
    };
    const config = { cards: 1, days: 10, newPerDay: 1, seed: 1 };
    const scheduler = fsrsRefitted(engineFor(0.9), engineFor(0.9, slowForgetting), 3);
    const { states } = simulate(config, perfectOnce, scheduler);
    // Seen on day 0 only (due on day 8 by the defaults, on day 30 by the new parameters).
    expect(states[0]!.answers).toEqual([{ day: '2026-01-01', quality: 5 }]);
    expect(states[0]!.fsrs!.due).toBe(addDays('2026-01-01', 30));
    const unswitched = simulate({ ...config, days: 8 }, perfectOnce, fsrsRefitted(engineFor(0.9), engineFor(0.9, slowForgetting), 20));
    expect(unswitched.states[0]!.fsrs!.due).toBe(addDays('2026-01-01', 8));
  });

  test('the fit recovers a learner whose memory differs from the defaults: first memories twice as long', async () => {
    const truthParameters = [...tsFsrs.default_w];
    for (const i of [0, 1, 2, 3]) truthParameters[i]! *= 2;
    const learner = fsrsLearner(engineFor(0.9, truthParameters));
    const defaults = engineFor(0.9);
    const { states } = simulate({ cards: 400, days: 90, newPerDay: 20, seed: 4 }, learner, fsrsRefitted(defaults, defaults, 90));
    const fitted = (await fitFsrsParameters(trainingTargets(states.map((s) => trainingSequence(s.answers))))).parameters;
    // Good and Easy on a first sight: the fitted stability is nearer the truth than the default is.
    for (const i of [2, 3]) {
      expect(Math.abs(fitted[i]! - truthParameters[i]!)).toBeLessThan(Math.abs(tsFsrs.default_w[i]! - truthParameters[i]!));
    }
  });

  test('the report gives FSRS fitted beside the defaults, at 0.9 and at SM-2\'s recall', async () => {
    const config = { cards: 200, days: 80, newPerDay: 20, seed: 7, fitAfterDays: 50 };
    const first = await compareSchedulers(config, engineFor, 0.9, fit);
    for (const m of first.models) {
      expect(m.fsrsFitted).toMatchObject({ fittedAfterDays: 50, figures: { desiredRetention: 0.9 } });
      expect(m.fsrsFitted!.reviews).toBeGreaterThanOrEqual(400);
      expect(m.fsrsFitted!.parameters).toHaveLength(21);
      expect(Math.abs(m.fsrsFitted!.atSm2Recall.meanRecall - m.sm2.meanRecall)).toBeLessThan(0.005);
    }
    // (The same log gives the same parameters: tests/commands/fit.e2e.test.ts.)
  });

  test('no fitted figures when the run ends before the fit, or the log then is too short to fit', async () => {
    const tiny = { cards: 20, days: 30, newPerDay: 20, seed: 7 };
    for (const fitAfterDays of [30, 10]) {
      for (const m of (await compareSchedulers({ ...tiny, fitAfterDays }, engineFor, 0.9, fit)).models) expect(m.fsrsFitted).toBeNull();
    }
  });
});

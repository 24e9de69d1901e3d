// SM-2 against FSRS under each learner model: the figures `briefdeck simulate` prints.
import type { FsrsEngine } from '../schedule/fsrs-engine.js';
import { exponentialLearner, fsrsLearner, type LearnerModel } from './learner-models.js';
import { fsrsSimulated, runSimulation, SM2_SIMULATED, type SchedulerFigures, type SimulationConfig } from './run-simulation.js';

export const FULL_SIMULATION: SimulationConfig = { cards: 1000, days: 365, newPerDay: 20, seed: 1 };

export interface MatchedFsrs extends SchedulerFigures {
  /** The desired retention at which FSRS's mean recall comes nearest SM-2's. */
  desiredRetention: number;
}

export interface ModelComparison {
  model: string;
  sm2: SchedulerFigures;
  fsrs: SchedulerFigures & { desiredRetention: number };
  /** FSRS at SM-2's mean recall: the fair comparison of reviews per card. */
  fsrsAtSm2Recall: MatchedFsrs;
  /** FSRS knowing as much on a typical day as SM-2 (the srs-simulator's "same amount remembered"). */
  fsrsAtSm2Known: MatchedFsrs;
}

export interface SimulationReport {
  config: SimulationConfig;
  models: ModelComparison[];
}

/** Builds an FSRS engine for a desired retention (ts-fsrs is loaded by the caller). */
export type EngineFor = (desiredRetention: number) => FsrsEngine;

function compareUnder<M>(config: SimulationConfig, model: LearnerModel<M>, engineFor: EngineFor, desiredRetention: number): ModelComparison {
  const sm2 = runSimulation(config, model, SM2_SIMULATED);
  const fsrs = { ...runSimulation(config, model, fsrsSimulated(engineFor(desiredRetention))), desiredRetention };
  return {
    model: model.name,
    sm2,
    fsrs,
    fsrsAtSm2Recall: matchRecall(config, model, engineFor, 'meanRecall', sm2.meanRecall),
    fsrsAtSm2Known: matchRecall(config, model, engineFor, 'knownRecall', sm2.knownRecall),
  };
}

/** Bisect FSRS's desired retention (0.70–0.99) until `figure` is SM-2's (both grow with the retention). */
function matchRecall<M>(
  config: SimulationConfig,
  model: LearnerModel<M>,
  engineFor: EngineFor,
  figure: 'meanRecall' | 'knownRecall',
  target: number,
): MatchedFsrs {
  let low = 0.7;
  let high = 0.99;
  let best: MatchedFsrs | null = null;
  for (let step = 0; step < 12; step += 1) {
    const retention = Math.round(((low + high) / 2) * 10_000) / 10_000;
    const figures = { ...runSimulation(config, model, fsrsSimulated(engineFor(retention))), desiredRetention: retention };
    if (best === null || Math.abs(figures[figure] - target) < Math.abs(best[figure] - target)) best = figures;
    if (Math.abs(figures[figure] - target) < 0.001) break;
    if (figures[figure] < target) low = retention;
    else high = retention;
  }
  return best!;
}

/** Both schedulers under both learner models. `truth` is FSRS-6 with default parameters. */
export function compareSchedulers(config: SimulationConfig, engineFor: EngineFor, desiredRetention: number): SimulationReport {
  const truth = engineFor(0.9);
  return {
    config,
    models: [
      compareUnder(config, fsrsLearner(truth), engineFor, desiredRetention),
      compareUnder(config, exponentialLearner(), engineFor, desiredRetention),
    ],
  };
}

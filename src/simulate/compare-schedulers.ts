// SM-2 against FSRS under each learner model: the figures `briefdeck simulate` prints.
import type { FsrsEngine } from '../schedule/fsrs-engine.js';
import { MIN_TRAINING_REVIEWS, trainingSequence, trainingTargets, type TrainingSequence } from '../schedule/fsrs-training.js';
import { exponentialLearner, fsrsLearner, type LearnerModel } from './learner-models.js';
import {
  fsrsRefitted,
  fsrsSimulated,
  runSimulation,
  simulate,
  SM2_SIMULATED,
  type SchedulerFigures,
  type SimulatedScheduler,
  type SimulationConfig,
} from './run-simulation.js';

/** A year of 1,000 cards; FSRS's parameters fitted to the log after three months, as a user might. */
export const FULL_SIMULATION: SimulationConfig = { cards: 1000, days: 365, newPerDay: 20, seed: 1, fitAfterDays: 90 };

export interface MatchedFsrs extends SchedulerFigures {
  /** The desired retention at which FSRS's mean recall comes nearest SM-2's. */
  desiredRetention: number;
}

/** FSRS with parameters fitted to the learner's own log (see fittedParameters). */
export interface FittedFsrs {
  /** The day of the fit (days from the start), and the reviews it was fitted to. */
  fittedAfterDays: number;
  reviews: number;
  parameters: number[];
  /** At the desired retention asked for. */
  figures: MatchedFsrs;
  /** At SM-2's mean recall. */
  atSm2Recall: MatchedFsrs;
}

export interface ModelComparison {
  model: string;
  sm2: SchedulerFigures;
  fsrs: SchedulerFigures & { desiredRetention: number };
  /** FSRS at SM-2's mean recall: the fair comparison of reviews per card. */
  fsrsAtSm2Recall: MatchedFsrs;
  /** FSRS knowing as much on a typical day as SM-2 (the srs-simulator's "same amount remembered"). */
  fsrsAtSm2Known: MatchedFsrs;
  /** null when no fit was asked for or could be made, the year ends before the fit, or the log then is too short to fit. */
  fsrsFitted: FittedFsrs | null;
}

export interface SimulationReport {
  config: SimulationConfig;
  models: ModelComparison[];
}

/** Builds an FSRS engine for a desired retention, with FSRS-6's default parameters or `parameters` (ts-fsrs is loaded by the caller). */
export type EngineFor = (desiredRetention: number, parameters?: readonly number[]) => FsrsEngine;

/** Fits FSRS's parameters to training targets (the optimizer is loaded by the caller); null when it cannot. */
export type FitParameters = (targets: TrainingSequence[]) => Promise<number[] | null>;

/**
 * Bisect FSRS's desired retention (0.70–0.99) until `figure` is SM-2's. Mean recall at reviews
 * grows with the retention under both models (checked over the whole range at full size), so
 * the bisection finds it; reviews per card need not grow with it.
 */
function matchRecall<M, S>(
  config: SimulationConfig,
  model: LearnerModel<M>,
  schedulerFor: (desiredRetention: number) => SimulatedScheduler<S>,
  figure: 'meanRecall' | 'knownRecall',
  target: number,
): MatchedFsrs {
  let low = 0.7;
  let high = 0.99;
  let best: MatchedFsrs | null = null;
  for (let step = 0; step < 12; step += 1) {
    const retention = Math.round(((low + high) / 2) * 10_000) / 10_000;
    const figures = { ...runSimulation(config, model, schedulerFor(retention)), desiredRetention: retention };
    if (best === null || Math.abs(figures[figure] - target) < Math.abs(best[figure] - target)) best = figures;
    if (Math.abs(figures[figure] - target) < 0.001) break;
    if (figures[figure] < target) low = retention;
    else high = retention;
  }
  return best!;
}

/**
 * The parameters a user would fit: FSRS with its defaults at 0.9 for the first
 * `fitAfterDays` days, then fitted to that log (at least MIN_TRAINING_REVIEWS reviews, as
 * `briefdeck fit` asks). Fitted once per learner model and used at every retention tried: the
 * parameters describe the learner's memory, not the retention.
 */
async function fittedParameters<M>(
  config: SimulationConfig,
  model: LearnerModel<M>,
  engineFor: EngineFor,
  fit: FitParameters,
): Promise<{ parameters: number[]; reviews: number } | null> {
  const after = config.fitAfterDays;
  if (after === undefined || after >= config.days) return null;
  const defaults = engineFor(0.9);
  const { states } = simulate({ ...config, days: after }, model, fsrsRefitted(defaults, defaults, after));
  const targets = trainingTargets(states.map((state) => trainingSequence(state.answers)));
  if (targets.length < MIN_TRAINING_REVIEWS) return null;
  const parameters = await fit(targets);
  return parameters === null ? null : { parameters, reviews: targets.length };
}

async function compareUnder<M>(
  config: SimulationConfig,
  model: LearnerModel<M>,
  engineFor: EngineFor,
  desiredRetention: number,
  fit: FitParameters | undefined,
): Promise<ModelComparison> {
  const sm2 = runSimulation(config, model, SM2_SIMULATED);
  const fsrs = { ...runSimulation(config, model, fsrsSimulated(engineFor(desiredRetention))), desiredRetention };
  const withDefaults = (retention: number) => fsrsSimulated(engineFor(retention));
  const comparison: ModelComparison = {
    model: model.name,
    sm2,
    fsrs,
    fsrsAtSm2Recall: matchRecall(config, model, withDefaults, 'meanRecall', sm2.meanRecall),
    fsrsAtSm2Known: matchRecall(config, model, withDefaults, 'knownRecall', sm2.knownRecall),
    fsrsFitted: null,
  };
  const fitted = fit ? await fittedParameters(config, model, engineFor, fit) : null;
  if (fitted) {
    const fittedAfterDays = config.fitAfterDays!;
    const refitted = (retention: number) => fsrsRefitted(engineFor(retention), engineFor(retention, fitted.parameters), fittedAfterDays);
    comparison.fsrsFitted = {
      fittedAfterDays,
      ...fitted,
      figures: { ...runSimulation(config, model, refitted(desiredRetention)), desiredRetention },
      atSm2Recall: matchRecall(config, model, refitted, 'meanRecall', sm2.meanRecall),
    };
  }
  return comparison;
}

/**
 * Both schedulers under both learner models. `truth` is FSRS-6 with default parameters. With
 * `fit`, FSRS is also run with parameters fitted to the learner's log after `fitAfterDays`.
 */
export async function compareSchedulers(config: SimulationConfig, engineFor: EngineFor, desiredRetention: number, fit?: FitParameters): Promise<SimulationReport> {
  const truth = engineFor(0.9);
  return {
    config,
    models: [
      await compareUnder(config, fsrsLearner(truth), engineFor, desiredRetention, fit),
      await compareUnder(config, exponentialLearner(), engineFor, desiredRetention, fit),
    ],
  };
}

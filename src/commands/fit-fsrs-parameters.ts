// FSRS's parameters fitted to a review log by fsrs-rs's optimizer: the native build
// @open-spaced-repetition/binding ships for each platform (an optional dependency; the registry
// this project installs from carries the Linux x64 glibc one). Loaded only here, when a fit is
// asked for: no other command pays for it.
import { createRequire } from 'node:module';
import { UserError } from '../errors.js';
import { isFsrsParameters } from '../schedule/fsrs-engine.js';
import type { TrainingSequence } from '../schedule/fsrs-training.js';

/** The part of the optimizer's API a fit uses (fsrs-rs's Node binding). */
interface Binding {
  FSRSBindingReview: new (rating: number, deltaT: number) => unknown;
  FSRSBindingItem: new (reviews: unknown[]) => unknown;
  FSRSBinding: new (parameters?: number[]) => { evaluate(items: unknown[]): { logLoss: number } };
  computeParameters(items: unknown[], options: { enableShortTerm: boolean }): Promise<number[]>;
}

// The native build for each platform briefdeck installs one for.
const BUILDS: Record<string, string> = {
  'linux-x64': '@open-spaced-repetition/binding-linux-x64-gnu/fsrs-binding.linux-x64-gnu.node',
};

function loadOptimizer(command: string): Binding {
  const platform = `${process.platform}-${process.arch}`;
  // BRIEFDECK_FSRS_OPTIMIZER names another build (tests point it at one that is not there).
  const build = process.env.BRIEFDECK_FSRS_OPTIMIZER || BUILDS[platform];
  try {
    if (!build) throw new Error('no build is published for it');
    return createRequire(import.meta.url)(build) as Binding;
  } catch (error) {
    // Node's message goes on with a require stack; its first sentence says what is missing.
    const reason = (error instanceof Error ? error.message : String(error)).split(/\.\s|\n/)[0];
    throw new UserError(`briefdeck ${command}: the FSRS optimizer has no build for this machine (${platform}: ${reason}) — FSRS keeps its default parameters`, 1);
  }
}

export interface FitResult {
  parameters: number[];
  /** How well the fitted and the default parameters predict the same reviews (lower is better). */
  logLoss: { fitted: number; defaults: number };
}

/**
 * Fit FSRS-6's 21 parameters to `targets` (see trainingTargets: each ends on an answer given
 * days after the one before). Deterministic: the same targets give the same parameters.
 */
export async function fitFsrsParameters(targets: readonly TrainingSequence[], command = 'fit'): Promise<FitResult> {
  // fsrs-rs aborts the whole process (a panic it cannot unwind) on a sequence without an
  // answer days apart, so each is checked here first.
  for (const target of targets) {
    if (target.length < 2 || target[0]!.deltaT !== 0 || target[target.length - 1]!.deltaT <= 0) {
      throw new RangeError('fitFsrsParameters: each target starts at a first sight and ends on an answer days after the one before');
    }
  }
  const binding = loadOptimizer(command);
  const items = targets.map((target) => new binding.FSRSBindingItem(target.map((r) => new binding.FSRSBindingReview(r.rating, r.deltaT))));
  const parameters = await binding.computeParameters(items, { enableShortTerm: true });
  if (!isFsrsParameters(parameters)) {
    throw new UserError(`briefdeck ${command}: the FSRS optimizer returned ${parameters.length} parameters, not 21 — FSRS keeps its current parameters`, 1);
  }
  return {
    parameters,
    logLoss: { fitted: new binding.FSRSBinding(parameters).evaluate(items).logLoss, defaults: new binding.FSRSBinding().evaluate(items).logLoss },
  };
}

// FSRS's parameters fitted to a review log by fsrs-rs's optimizer (@open-spaced-repetition/binding,
// a native module). Loaded only here, when a fit is asked for: no other command pays for it.
import { UserError } from '../errors.js';
import { isFsrsParameters } from '../schedule/fsrs-engine.js';
import type { TrainingSequence } from '../schedule/fsrs-training.js';

type Binding = typeof import('@open-spaced-repetition/binding');

async function loadOptimizer(command: string): Promise<Binding> {
  // Without a native build the loader tries a WASI one, and Node warns that WASI is
  // experimental: a second line on stderr about a fallback briefdeck reports itself below.
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (!String(typeof warning === 'string' ? warning : warning.message).startsWith('WASI')) {
      (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
    }
  }) as typeof process.emitWarning;
  try {
    return await import('@open-spaced-repetition/binding');
  } catch (error) {
    // napi-rs's message goes on about npm; its first sentence says what is missing.
    const reason = (error instanceof Error ? error.message : String(error)).split(/\.\s|\n/)[0];
    throw new UserError(
      `briefdeck ${command}: the FSRS optimizer has no build for this machine (${process.platform}-${process.arch}: ${reason}) — FSRS keeps its default parameters`,
      1,
    );
  } finally {
    process.emitWarning = emitWarning;
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
  const binding = await loadOptimizer(command);
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

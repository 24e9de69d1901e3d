import { calendarDayIn } from '../store/calendar-day.js';
import { MIN_TRAINING_REVIEWS, trainingSequences, trainingTargets } from '../schedule/fsrs-training.js';
import { UserError } from '../errors.js';
import { openStore } from '../store/open-store.js';
import { readSchedulerSettings, writeSchedulerSettings, type SchedulerSettings } from '../store/scheduler-settings.js';
import type { CommandRunner } from './context.js';
import { fitFsrsParameters } from './fit-fsrs-parameters.js';

/**
 * `briefdeck fit`: FSRS's parameters fitted to the user's own review log, kept in settings.json
 * and used by every replay from then on; `--reset` goes back to the defaults. The log is only read.
 */
export const runFitCommand: CommandRunner = async (args, context) => {
  const settings = await readSchedulerSettings(context.storageDir, context.storageDir);
  const lock = { now: context.now(), timeZone: context.timeZone, displayDir: context.storageDir };
  if (args.values.reset) {
    const { fitted: _dropped, ...rest } = settings;
    await writeSchedulerSettings(context.storageDir, rest, lock);
    context.stdout.write('FSRS uses its default parameters again (your review log is untouched)\n');
    return 0;
  }
  // Read mode: no lock, nothing written — the log is what it was a moment ago, which is all a fit needs.
  const store = await openStore(context.storageDir, { mode: 'read', now: context.now(), timeZone: context.timeZone, displayDir: context.storageDir });
  let targets;
  try {
    targets = trainingTargets(trainingSequences(store.answers()));
  } finally {
    await store.close();
  }
  if (targets.length < MIN_TRAINING_REVIEWS) {
    throw new UserError(
      `briefdeck fit: your review log has ${targets.length} reviews of cards seen on an earlier day; fitting FSRS needs at least ${MIN_TRAINING_REVIEWS} — keep reviewing (FSRS uses its default parameters until then)`,
      1,
    );
  }
  const fit = await fitFsrsParameters(targets);
  const next: SchedulerSettings = { ...settings, fitted: { parameters: fit.parameters, reviews: targets.length, day: calendarDayIn(lock.now, context.timeZone) } };
  await writeSchedulerSettings(context.storageDir, next, lock);
  const active = settings.scheduler === 'fsrs' ? 'FSRS schedules with them from now on' : 'used once you choose FSRS: briefdeck config scheduler fsrs';
  context.stdout.write(
    `FSRS parameters fitted to ${targets.length} reviews: log loss ${fit.logLoss.fitted.toFixed(3)} (defaults ${fit.logLoss.defaults.toFixed(3)}; lower predicts your recall better) — ${active}; back to the defaults with: briefdeck fit --reset\n`,
  );
  return 0;
};

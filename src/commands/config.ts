import { COMMANDS } from '../cli-args.js';
import { UserError } from '../errors.js';
import { isDesiredRetention } from '../schedule/fsrs-engine.js';
import { readSchedulerSettings, SCHEDULERS, writeSchedulerSettings, type SchedulerName, type SchedulerSettings } from '../store/scheduler-settings.js';
import type { CommandRunner } from './context.js';

const CONFIG_USAGE = COMMANDS.config!.usage;

/** "SM-2" or "FSRS (desired retention 0.9)": how where, stats and config name the scheduler. */
export function describeScheduler(settings: SchedulerSettings): string {
  if (settings.scheduler !== 'fsrs') return 'SM-2';
  const fitted = settings.fitted ? `, parameters fitted on ${settings.fitted.day} to ${settings.fitted.reviews} reviews` : '';
  return `FSRS (desired retention ${settings.desiredRetention}${fitted})`;
}

/** --desired-retention as typed: a number from 0.7 to 0.99, or one clear line. */
export function parseRetention(raw: unknown, command = 'config'): number | undefined {
  if (raw === undefined) return undefined;
  const value = typeof raw === 'string' && /^\s*0?\.\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!isDesiredRetention(value)) {
    throw new UserError(`briefdeck ${command}: --desired-retention must be a number from 0.7 to 0.99 (e.g. 0.9), got "${String(raw)}"`);
  }
  return value;
}

function parseScheduler(raw: string | undefined): SchedulerName | undefined {
  if (raw === undefined) return undefined;
  const name = raw.toLowerCase().replace('-', '');
  if (!(SCHEDULERS as readonly string[]).includes(name)) {
    throw new UserError(`briefdeck config: the scheduler is sm2 or fsrs, got "${raw}" — usage: ${CONFIG_USAGE}`);
  }
  return name as SchedulerName;
}

/** `briefdeck config`: show or set the scheduler (a store setting; the review log is not touched). */
export const runConfigCommand: CommandRunner = async (args, context) => {
  const [key, value] = args.positionals;
  if (key !== undefined && key !== 'scheduler') {
    throw new UserError(`briefdeck config: unknown setting "${key}" (there is one: scheduler) — usage: ${CONFIG_USAGE}`);
  }
  const scheduler = parseScheduler(value);
  const desiredRetention = parseRetention(args.values['desired-retention']);
  const current = await readSchedulerSettings(context.storageDir, context.storageDir).catch((error: unknown) => {
    // A damaged settings file is replaced by a full new choice, never patched.
    if (scheduler !== undefined && error instanceof UserError) return null;
    throw error;
  });
  if (scheduler === undefined && desiredRetention === undefined) {
    context.stdout.write(`scheduler ${describeScheduler(current!)}\n`);
    return 0;
  }
  const next: SchedulerSettings = {
    scheduler: scheduler ?? current!.scheduler,
    desiredRetention: desiredRetention ?? current?.desiredRetention ?? 0.9,
    // Fitted parameters stay through a switch to SM-2 and back.
    ...(current?.fitted ? { fitted: current.fitted } : {}),
  };
  await writeSchedulerSettings(context.storageDir, next, { now: context.now(), timeZone: context.timeZone, displayDir: context.storageDir });
  const back = next.scheduler === 'fsrs' ? 'sm2' : 'fsrs';
  context.stdout.write(
    `scheduler ${describeScheduler(next)} — reviews from now on are scheduled by it, from your whole review log; switch back any time with: briefdeck config scheduler ${back}\n`,
  );
  return 0;
};

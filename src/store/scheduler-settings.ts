// The scheduler the user chose, kept in its own small file beside the store (settings.json).
// A preference, not progress: the review log stays the only truth, and either scheduler's
// state is derived from it, so switching loses nothing.
import path from 'node:path';
import { UserError } from '../errors.js';
import { DEFAULT_DESIRED_RETENTION, FSRS_PARAMETER_COUNT } from '../schedule/fsrs-engine.js';
import * as z from '../zod-english.js';
import { makeDirectoryDurably } from './durable-write.js';
import { DurableJsonAdapter } from './durable-json-adapter.js';
import { DamagedFileError, NewerSchemaError } from './store-errors.js';
import { acquireStoreLock } from './store-lock.js';

export const SETTINGS_FILE = 'settings.json';
export const SCHEDULERS = ['sm2', 'fsrs'] as const;
export type SchedulerName = (typeof SCHEDULERS)[number];

/** FSRS's parameters fitted to the user's own log by `briefdeck fit`. */
export interface FittedParameters {
  /** w0…w20, as ts-fsrs takes them. */
  parameters: number[];
  /** Reviews they were fitted on (answers given days after the card's previous one). */
  reviews: number;
  /** The calendar day of the fit. */
  day: string;
}

export interface SchedulerSettings {
  scheduler: SchedulerName;
  /** FSRS's target recall at the due day (0.7–0.99). */
  desiredRetention: number;
  /** Absent: FSRS-6's default parameters. */
  fitted?: FittedParameters;
}

export const DEFAULT_SETTINGS: SchedulerSettings = { scheduler: 'sm2', desiredRetention: DEFAULT_DESIRED_RETENTION };

/**
 * Its own number: the file's shape did not change when the store's layout went to schema 2.
 * `fitted` is optional, so the number stays 1: an older briefdeck reads such a file and uses
 * the default parameters.
 */
const SETTINGS_SCHEMA = 1;

const settingsFileSchema = z.object({
  schema: z.literal(SETTINGS_SCHEMA),
  scheduler: z.enum(SCHEDULERS),
  desiredRetention: z.number().check(z.gte(0.7, 'expected a desired retention of at least 0.7'), z.lte(0.99, 'expected a desired retention of at most 0.99')),
  fitted: z.optional(
    z.object({
      parameters: z.array(z.number().check(z.refine(Number.isFinite, 'expected a finite number'))).check(z.length(FSRS_PARAMETER_COUNT, `expected ${FSRS_PARAMETER_COUNT} FSRS parameters`)),
      reviews: z.int().check(z.gte(0)),
      day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day (YYYY-MM-DD)')),
    }),
  ),
});

function adapter(dir: string): DurableJsonAdapter<z.infer<typeof settingsFileSchema>> {
  return new DurableJsonAdapter(dir, SETTINGS_FILE, settingsFileSchema, 2);
}

/** The settings in `dir`; defaults (SM-2) when there are none. A damaged file is one clear error. */
export async function readSchedulerSettings(dir: string, displayDir = dir): Promise<SchedulerSettings> {
  try {
    const data = await adapter(dir).read();
    if (!data) return { ...DEFAULT_SETTINGS };
    return { scheduler: data.scheduler, desiredRetention: data.desiredRetention, ...(data.fitted ? { fitted: data.fitted } : {}) };
  } catch (error) {
    const file = path.join(displayDir, SETTINGS_FILE);
    if (error instanceof NewerSchemaError) {
      throw new UserError(`briefdeck: ${file} was written by a newer briefdeck (schema ${error.version}); upgrade briefdeck`, 1);
    }
    if (error instanceof DamagedFileError) {
      throw new UserError(`briefdeck: ${file} ${error.problem} — set it again with: briefdeck config scheduler sm2|fsrs (your reviews are untouched; fit FSRS's parameters again with: briefdeck fit)`, 1);
    }
    throw error;
  }
}

/** Write the settings durably under the store's writer lock: while a review runs, the change is refused, not half-seen. */
export async function writeSchedulerSettings(
  dir: string,
  settings: SchedulerSettings,
  lock: { now: Date; timeZone?: string; displayDir?: string },
): Promise<void> {
  await makeDirectoryDurably(path.resolve(dir));
  const held = await acquireStoreLock(dir, { displayDir: lock.displayDir ?? dir, command: 'config', now: lock.now, timeZone: lock.timeZone });
  try {
    await adapter(dir).write({ schema: SETTINGS_SCHEMA, ...settings });
  } finally {
    await held.release();
  }
}

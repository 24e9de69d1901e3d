import type { ParsedCommand } from '../cli-args.js';
import { UserError } from '../errors.js';

/** What every command gets from the shell: folders, the clock, the streams. */
export interface CommandContext {
  decksDir: string;
  storageDir: string;
  now: () => Date;
  timeZone: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export type CommandRunner = (args: ParsedCommand, context: CommandContext) => Promise<number>;

/** The clock: BRIEFDECK_NOW (ISO time) when set, so tests and scripts can travel in time. */
export function clockFromEnv(env: NodeJS.ProcessEnv): () => Date {
  const fixed = env.BRIEFDECK_NOW;
  if (!fixed) return () => new Date();
  const at = new Date(fixed);
  if (Number.isNaN(at.getTime())) {
    throw new UserError(`briefdeck: BRIEFDECK_NOW="${fixed}" is not an ISO time — use e.g. 2026-01-04T09:00:00Z`);
  }
  // A fixed start that still moves, so answer times within a session stay meaningful.
  const offset = at.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

export function contextFromProcess(values: ParsedCommand['values']): CommandContext {
  const env = process.env;
  return {
    decksDir: (values['decks-dir'] as string | undefined) ?? env.BRIEFDECK_DECKS ?? 'decks',
    storageDir: (values.storage as string | undefined) ?? env.BRIEFDECK_STORAGE ?? 'storage',
    now: clockFromEnv(env),
    timeZone: env.BRIEFDECK_TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  };
}

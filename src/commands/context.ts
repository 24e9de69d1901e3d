import { statSync } from 'node:fs';
import os from 'node:os';
import type { ParsedCommand } from '../cli-args.js';
import { UserError } from '../errors.js';
import { resolveHome, type Home } from '../home/resolve-home.js';
import { isUtcZone } from '../schedule/calendar.js';

/** What every command gets from the shell: folders, the clock, the streams. */
export interface CommandContext {
  decksDir: string;
  storageDir: string;
  /** How decksDir and storageDir were chosen, for `briefdeck where`. */
  home: Home;
  now: () => Date;
  /**
   * The user's time zone when named (BRIEFDECK_TZ, an IANA name); undefined means the system's
   * own, which `calendarDayIn` reads without loading ICU's formatter.
   */
  timeZone: string | undefined;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Where a command line runs: the process's own for the CLI, or a test's. */
export interface Shell {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export type CommandRunner = (args: ParsedCommand, context: CommandContext) => Promise<number>;

/** The clock: BRIEFDECK_NOW (ISO time) when set, so tests and scripts can travel in time. */
export function clockFromEnv(env: NodeJS.ProcessEnv): () => Date {
  const fixed = env.BRIEFDECK_NOW;
  if (!fixed) return () => new Date();
  const at = parseRealTime(fixed);
  if (at === null) {
    throw new UserError(
      `briefdeck: BRIEFDECK_NOW="${fixed}" is not a real ISO time between 1970 and 9899 — use e.g. 2026-01-04T09:00:00Z`,
    );
  }
  // A fixed start that still moves, so answer times within a session stay meaningful.
  const offset = at.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO time that exists: Date reads 2026-02-30 as 2 March, so each part is checked. Years
 * stop at 9899 so that a due date (up to 36,500 days on) still has four digits.
 */
export function parseRealTime(text: string): Date | null {
  const match = ISO_TIME.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const calendar = new Date(Date.UTC(year!, month! - 1, day!));
  const isDay = calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month! - 1 && calendar.getUTCDate() === day;
  if (!isDay || hour! > 23 || minute! > 59 || second! > 59 || year! < 1970 || year! > 9899) return null;
  const at = new Date(text.trim());
  return Number.isNaN(at.getTime()) ? null : at;
}

/** BRIEFDECK_TZ when set (checked once, here); otherwise undefined: the system's zone. */
export function timeZoneFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const named = env.BRIEFDECK_TZ;
  if (named === undefined || named === '') return undefined;
  // UTC is a zone without asking ICU, whose first formatter loads its data (calendar.ts).
  if (isUtcZone(named)) return named;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: named });
  } catch {
    throw new UserError(
      `briefdeck: BRIEFDECK_TZ="${named}" is not a time zone — use an IANA name such as Europe/Paris, or unset it to use the system's`,
    );
  }
  return named;
}

function isDirectory(dir: string): boolean {
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** The home folder as Node reads it (HOME on POSIX), but from this shell's environment. */
function homedirOf(env: NodeJS.ProcessEnv): string {
  return process.platform !== 'win32' && env.HOME ? env.HOME : os.homedir();
}

export function contextFromShell(values: ParsedCommand['values'], shell: Shell): CommandContext {
  const { env } = shell;
  const home = resolveHome({
    cwd: shell.cwd,
    env,
    platform: process.platform,
    homedir: homedirOf(env),
    flags: { decksDir: values['decks-dir'] as string | undefined, storage: values.storage as string | undefined },
    isDirectory,
  });
  return {
    decksDir: home.decks.path,
    storageDir: home.storage.path,
    home,
    now: clockFromEnv(env),
    timeZone: timeZoneFromEnv(env),
    env,
    stdin: shell.stdin,
    stdout: shell.stdout,
    stderr: shell.stderr,
  };
}

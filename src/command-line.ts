// One command line, run against a shell: its arguments, environment, working folder and
// streams. The `briefdeck` executable (cli.ts) hands it the process's own; tests can hand it
// others and run a command in-process, through the same parsing, context and error lines.
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from './cli-args.js';
import type { CommandRunner, Shell } from './commands/context.js';
import { UserError } from './errors.js';
import { VERSION } from './version.js';

export type { Shell };

const RUNNERS: Record<string, () => Promise<CommandRunner>> = {
  generate: async () => (await import('./commands/generate.js')).runGenerateCommand,
  decks: async () => (await import('./commands/decks.js')).runDecksCommand,
  review: async () => (await import('./commands/review.js')).runReviewCommand,
  export: async () => (await import('./commands/transfer.js')).runExportCommand,
  import: async () => (await import('./commands/transfer.js')).runImportCommand,
  restore: async () => (await import('./commands/restore.js')).runRestoreCommand,
  quiz: async () => (await import('./commands/quiz.js')).runQuizCommand,
  brief: async () => (await import('./commands/brief.js')).runBriefCommand,
  stats: async () => (await import('./commands/stats.js')).runStatsCommand,
  suspend: async () => (await import('./commands/suspend.js')).runSuspendCommand,
  unsuspend: async () => (await import('./commands/suspend.js')).runUnsuspendCommand,
  where: async () => (await import('./commands/where.js')).runWhereCommand,
  edit: async () => (await import('./commands/edit.js')).runEditCommand,
  config: async () => (await import('./commands/config.js')).runConfigCommand,
  simulate: async () => (await import('./commands/simulate.js')).runSimulateCommand,
  fit: async () => (await import('./commands/fit.js')).runFitCommand,
  sync: async () => (await import('./commands/sync.js')).runSyncCommand,
};

/** The decks shipped with the package: beside dist/ once built, beside src/ when run from source. */
const BUNDLED_DECKS_DIR = fileURLToPath(new URL('../decks/', import.meta.url));

async function main(argv: string[], shell: Shell): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') {
    shell.stdout.write(`${parsed.text}\n`);
    return 0;
  }
  if (parsed.kind === 'version') {
    shell.stdout.write(`briefdeck ${VERSION}\n`);
    return 0;
  }
  const load = RUNNERS[parsed.command];
  if (!load) {
    shell.stderr.write(`briefdeck: "${parsed.command}" is not built yet in this version — see "briefdeck --help"\n`);
    return 2;
  }
  const { contextFromShell } = await import('./commands/context.js');
  const context = contextFromShell(parsed.values, shell);
  if (parsed.command !== 'where') {
    const { seedDataDir } = await import('./home/first-use.js');
    const told = seedDataDir(context.home, BUNDLED_DECKS_DIR);
    if (told) shell.stderr.write(`${told}\n`);
  }
  const run = await load();
  return run(parsed, context);
}

export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** The one line a failed command leaves on stderr, and its exit code. */
function report(error: unknown, shell: Shell): number {
  if (error instanceof UserError) {
    shell.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  if (shell.env.DEBUG) {
    shell.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  } else if (isDiskFull(error)) {
    const where = (error as NodeJS.ErrnoException).path;
    shell.stderr.write(`briefdeck: the disk is full${where ? ` (writing ${where})` : ''} — free some space and run it again; nothing saved before was lost\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    shell.stderr.write(`briefdeck: unexpected error: ${message} (run with DEBUG=1 for details)\n`);
  }
  return 1;
}

/** Run `briefdeck ARGV…` in this shell; resolves to the exit code (never rejects). */
export function runCommandLine(argv: string[], shell: Shell): Promise<number> {
  return main(argv, shell).catch((error: unknown) => report(error, shell));
}

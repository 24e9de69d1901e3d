#!/usr/bin/env node
// Entry point: parse arguments first, then import only the command that runs, so that
// `--help` never pays for Ink, React or the NLP model.
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from './cli-args.js';
import type { CommandRunner } from './commands/context.js';
import { UserError } from './errors.js';
import { VERSION } from './version.js';

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

// Node 22.1+ keeps the compiled code of the bundle's chunks on disk (in its own folder under
// the temp dir), so a review's first frame is not spent compiling Ink and React again.
// Node 20 has no such cache; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${parsed.text}\n`);
    return 0;
  }
  if (parsed.kind === 'version') {
    process.stdout.write(`briefdeck ${VERSION}\n`);
    return 0;
  }
  const load = RUNNERS[parsed.command];
  if (!load) {
    process.stderr.write(`briefdeck: "${parsed.command}" is not built yet in this version — see "briefdeck --help"\n`);
    return 2;
  }
  const { contextFromProcess } = await import('./commands/context.js');
  const context = contextFromProcess(parsed.values);
  if (parsed.command !== 'where') {
    const { seedDataDir } = await import('./home/first-use.js');
    const told = seedDataDir(context.home, BUNDLED_DECKS_DIR);
    if (told) process.stderr.write(`${told}\n`);
  }
  const run = await load();
  return run(parsed, context);
}

function report(error: unknown): number {
  if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  if (process.env.DEBUG) {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  } else if (isDiskFull(error)) {
    const where = (error as NodeJS.ErrnoException).path;
    process.stderr.write(`briefdeck: the disk is full${where ? ` (writing ${where})` : ''} — free some space and run it again; nothing saved before was lost\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`briefdeck: unexpected error: ${message} (run with DEBUG=1 for details)\n`);
  }
  return 1;
}

function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

// `briefdeck export --anki - | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  const why = isDiskFull(error) ? 'the disk is full — free some space and run it again' : error.message;
  process.stderr.write(`briefdeck: cannot write to standard output: ${why}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error);
  },
);

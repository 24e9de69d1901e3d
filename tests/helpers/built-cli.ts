import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { smallDeck } from '../fixtures/small-deck.js';
import { tempDir } from './temp-dir.js';

export { tempDir };

export const CLI = resolve('dist/briefdeck.js');

/**
 * The CLI is built once for the whole run by tests/build-cli-once.ts (vitest globalSetup);
 * this checks it is there, so a test file run on its own fails clearly rather than oddly.
 */
export function buildCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run the tests through vitest (its globalSetup builds it)`);
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { input?: string; env?: Record<string, string | undefined>; cwd?: string; cli?: string } = {},
): CliResult {
  const result = spawnSync('node', [options.cli ?? CLI, ...args], {
    input: options.input ?? '',
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', BRIEFDECK_TZ: 'UTC', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export { spawn };

/** A fresh decks folder holding the small test deck, an empty storage folder, and the flags naming both. */
export function smallDeckWorkspace(): { decks: string; storage: string; args: string[] } {
  const decks = tempDir('decks');
  const storage = tempDir('storage');
  writeFileSync(join(decks, 'small-deck.json'), JSON.stringify(smallDeck));
  return { decks, storage, args: ['--decks-dir', decks, '--storage', storage] };
}

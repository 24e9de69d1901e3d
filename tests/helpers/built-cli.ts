import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CLI = resolve('dist/briefdeck.js');

let built = false;
/** End-to-end tests run the bundled CLI, as a user would; build it once per test process. */
export function buildCli(): void {
  if (built) return;
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  built = true;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `bd-${prefix}-`));
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const result = spawnSync('node', [CLI, ...args], {
    input: options.input ?? '',
    cwd: options.cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', BRIEFDECK_TZ: 'UTC', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export { spawn };

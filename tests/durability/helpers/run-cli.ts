// Running the private copy of the CLI as a user would: NODE_ENV=production, no colour, UTC.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { runInProcess } from '../../helpers/in-process-cli.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface CliOptions {
  input?: string;
  env?: Record<string, string>;
  cwd?: string;
}

function childEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', BRIEFDECK_TZ: 'UTC', DEBUG: '', ...env };
}

/** Run to the end; stdin gets `input` and is closed. */
export function runCliSync(cli: string, args: string[], options: CliOptions = {}): CliRun {
  const started = performance.now();
  const result = spawnSync('node', [cli, ...args], {
    input: options.input ?? '',
    cwd: options.cwd,
    encoding: 'utf8',
    env: childEnv(options.env),
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}

/** A child whose stdin stays open until the test writes to it or ends it. */
export function startCli(cli: string, args: string[], options: Omit<CliOptions, 'input'> = {}): ChildProcessWithoutNullStreams {
  return spawn('node', [cli, ...args], { cwd: options.cwd, env: childEnv(options.env) });
}

/** Run to the end without blocking the test process, so that several can run at once. */
export function runCliAsync(cli: string, args: string[], options: CliOptions = {}): Promise<CliRun & { pid: number }> {
  const started = performance.now();
  const child = startCli(cli, args, options);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.input ?? '');
  return new Promise((resolve) => {
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: performance.now() - started, pid: child.pid! }));
  });
}

export interface LineWatch {
  /** Every stdout line so far. */
  readonly lines: string[];
  /** Resolves once `count` lines in all have matched `pattern`; rejects if the child exits first. */
  until(pattern: RegExp, count?: number, timeoutMs?: number): Promise<void>;
}

/** Follow a running child's stdout line by line, from its start. */
export function watchLines(child: ChildProcessWithoutNullStreams): LineWatch {
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  let closed = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const check of waiters) check();
  });
  child.on('close', () => {
    closed = true;
    for (const check of waiters) check();
  });
  return {
    lines,
    until(pattern, count = 1, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`waited ${timeoutMs} ms for ${count}× ${pattern}; got:\n${lines.join('\n')}`)), timeoutMs);
        const done = (error?: Error): void => {
          clearTimeout(timer);
          waiters.delete(check);
          if (error) reject(error);
          else resolve();
        };
        const check = (): void => {
          if (lines.filter((l) => pattern.test(l)).length >= count) done();
          else if (closed) done(new Error(`exited before ${count}× ${pattern}; got:\n${lines.join('\n')}`));
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/**
 * The same command line in this process (src/command-line.ts), with the environment the
 * private copy gets: for tests that repeat a case many times only to exercise store logic.
 * Each promise keeps at least one case through the real process (runCliSync and the rest).
 */
export async function runCliInProcess(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const started = performance.now();
  const result = await runInProcess(args, { input: options.input, cwd: options.cwd, env: childEnv(options.env) });
  return { ...result, ms: performance.now() - started };
}

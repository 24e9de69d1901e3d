// Start-up figures of the built CLI against `node -e 0`, measured alternately so both see the
// same machine load: `briefdeck --help`, and the first frame of `briefdeck review` on the
// bundled deck in a real pseudo-terminal (util-linux `script`, 80×24, CI=false), timed from
// spawn until the card's prompt is on the screen.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './stats.js';

export const CLI = path.resolve('dist/briefdeck.js');
const DECKS = path.resolve('decks');
/** The line under a card not yet revealed (grade-bar.tsx): the card is on screen. */
const CARD_SHOWN = 'show answer';
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

function timeRun(command: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return performance.now() - started;
}

export interface Paired {
  medianMs: number;
  baselineMs: number;
  ratio: number;
  runs: number;
}

/** `briefdeck --help` and `node -e 0`, alternately, `runs` times each after one warm-up. */
export function benchHelp(runs: number): Paired {
  const help: number[] = [];
  const bare: number[] = [];
  timeRun(process.execPath, [CLI, '--help']);
  for (let i = 0; i < runs; i += 1) {
    bare.push(timeRun(process.execPath, ['-e', '0']));
    help.push(timeRun(process.execPath, [CLI, '--help']));
  }
  return { medianMs: median(help), baselineMs: median(bare), ratio: median(help) / median(bare), runs };
}

/** Run `shellCommand` in a pty; resolve with the ms until `marker` is on screen (or the exit). */
export function timeInPty(shellCommand: string, marker: string | null, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('script', ['-qfec', `stty cols 80 rows 24; exec ${shellCommand}`, '/dev/null'], {
      env: { ...process.env, CI: 'false', TERM: 'xterm-256color', NODE_ENV: 'production', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    let seenAt: number | null = null;
    const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (seenAt !== null || marker === null) return;
      screen += chunk.toString('utf8').replace(ANSI, '');
      if (screen.includes(marker)) {
        seenAt = performance.now() - started;
        child.stdin.write('q'); // leave the review the way a user does, releasing the lock
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timeout);
      if (marker === null) resolve(performance.now() - started);
      else if (seenAt !== null) resolve(seenAt);
      else reject(new Error(`no "${marker}" on screen (exit ${code}): ${screen.slice(-400)}`));
    });
  });
}

/**
 * The environment of a first-frame run: a fixed clock, and the time zone left to the system as
 * a user's is (BRIEFDECK_TZ unset), so the run pays for finding the user's calendar day.
 */
export const FIRST_FRAME_ENV: NodeJS.ProcessEnv = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z', BRIEFDECK_TZ: undefined };

/** The shell command of a review of the bundled deck on `node` with the CLI at `cli`. */
export function reviewCommand(node: string, cli: string, storage: string): string {
  return `${node} ${cli} review central-asia-engagement --decks-dir ${DECKS} --storage ${storage}`;
}

/** A review's first frame in a pty, until the card's prompt is on screen. */
export const timeFirstFrame = (command: string, env: NodeJS.ProcessEnv = FIRST_FRAME_ENV): Promise<number> =>
  timeInPty(command, CARD_SHOWN, env);

/** First frame of `briefdeck review` on the bundled deck vs `node -e 0`, both in a pty. */
export async function benchFirstFrame(runs: number): Promise<Paired> {
  const storage = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-bench-frame-'));
  const review = reviewCommand(process.execPath, CLI, storage);
  const bare = `${process.execPath} -e 0`;
  try {
    await timeFirstFrame(review); // creates the store and takes the day's backup
    const frames: number[] = [];
    const bares: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      bares.push(await timeInPty(bare, null, FIRST_FRAME_ENV));
      frames.push(await timeFirstFrame(review));
    }
    return { medianMs: median(frames), baselineMs: median(bares), ratio: median(frames) / median(bares), runs };
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

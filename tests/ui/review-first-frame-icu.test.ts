// The first review frame in a real pseudo-terminal (util-linux `script`, 80×24) loads none of
// ICU's data: its first date formatter or segmenter costs 20–80 ms of start-up. The promise is
// checked by making both throw in the CLI (a preload), not by timing it; so is the promise that
// an ordinary review loads none of a few of Node's built-ins it does not need (a preload names
// what was loaded).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, CLI, smallDeckWorkspace } from '../helpers/built-cli.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

/** `briefdeck review` in a pty until the card's prompt shows, then `q`; the screen text and the exit code. */
function reviewInPty(args: string[], env: NodeJS.ProcessEnv): Promise<{ screen: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const command = `stty cols 80 rows 24; exec ${process.execPath} ${CLI} review ${args.join(' ')}`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...process.env, CI: 'false', TERM: 'xterm-256color', NODE_ENV: 'production', BRIEFDECK_NOW: '2026-03-02T09:00:00Z', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    let quit = false;
    const timeout = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8').replace(ANSI, '');
      if (!quit && screen.includes('show answer')) {
        quit = true;
        child.stdin.write('q');
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timeout);
      resolve({ screen, code });
    });
  });
}

beforeAll(buildCli);

describe.skipIf(!hasScript)('the first review frame', () => {
  test("shows the card without ICU's date formatter or grapheme segmenter, in the system's zone", async () => {
    const { args } = smallDeckWorkspace();
    const run = await reviewInPty(args, {
      TZ: 'Europe/Paris',
      BRIEFDECK_TZ: undefined,
      NODE_OPTIONS: `--require ${path.resolve('tests/fixtures/refuse-intl.cjs')}`,
      REFUSE_INTL: 'DateTimeFormat,Segmenter',
    });
    expect(run.screen).not.toContain('Intl.');
    expect(run.screen).toContain('show answer');
    expect(run.screen).toContain('Session ended');
    expect(run.code).toBe(0);
  });

  test('loads none of node:crypto, node:readline, node:child_process, node:assert once the store exists (10–25 ms of start-up on Node 24)', async () => {
    const { args } = smallDeckWorkspace();
    const env = { NODE_OPTIONS: `--require ${path.resolve('tests/fixtures/report-builtins.cjs')}`, REPORT_BUILTINS: 'crypto,readline,child_process,assert' };
    await reviewInPty(args, env); // makes the store: its device id is random, through nanoid
    const run = await reviewInPty(args, env);
    expect(run.screen).toContain('show answer');
    expect(run.screen).not.toContain('built-in module loaded');
    expect(run.code).toBe(0);
  });
});

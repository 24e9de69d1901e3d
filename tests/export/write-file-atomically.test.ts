import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeFileAtomically } from '../../src/export/write-file-atomically.js';
import { smallDeck } from '../fixtures/small-deck.js';
import { CLI, buildCli } from '../helpers/built-cli.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-write-'));
  made.push(dir);
  return dir;
}

const diskFull = (): NodeJS.ErrnoException => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });

describe('a full disk while exporting', () => {
  test('the write fails with one line naming the file and the disk, the old file stays, no temp file is left', async () => {
    const dir = temp();
    const target = join(dir, 'deck.csv');
    writeFileSync(target, 'old\n');
    const writing = writeFileAtomically(target, async (out) => {
      out.write('new rows…\n');
      // What the kernel says when the disk fills: an error event on the stream.
      out.emit('error', diskFull());
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    await expect(writing).rejects.toThrow(`briefdeck: cannot write "${target}": the disk is full — free some space and run it again (nothing was replaced)`);
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['deck.csv']);
  });

  test('export to a full standard output (/dev/full) is one line, exit 1, no stack trace', () => {
    buildCli();
    const dir = temp();
    const decks = join(dir, 'decks');
    mkdirSync(decks);
    writeFileSync(join(decks, 'small-deck.json'), JSON.stringify(smallDeck));
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync('node', [CLI, 'export', 'small-deck', '--anki', '-', '--decks-dir', decks, '--storage', join(dir, 'storage')], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production', DEBUG: '' },
        timeout: 20_000,
      });
      expect(run.stderr).toBe('briefdeck: cannot write to standard output: the disk is full — free some space and run it again\n');
      expect(run.status).toBe(1);
    } finally {
      closeSync(full);
    }
  });
});

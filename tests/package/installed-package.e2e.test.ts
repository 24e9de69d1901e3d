// What `npm install -g` puts on a user's machine: the packed files, and nothing from the
// repository around them. The bundle needs no node_modules, so the unpacked package runs as is.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, runCli, tempDir } from '../helpers/built-cli.js';

let packed: { root: string; files: string[] };
beforeAll(() => {
  buildCli();
  packed = packAndUnpack();
});

/** npm pack (without running the build again: the suite built dist/ already) and unpack it. */
function packAndUnpack(): { root: string; files: string[] } {
  const dir = tempDir('pack');
  // --ignore-scripts: `prepare` would rebuild dist/ under the other test files.
  const report = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  execFileSync('tar', ['-xzf', join(dir, report[0].filename), '-C', dir]);
  return { root: join(dir, 'package'), files: report[0].files.map((f: { path: string }) => f.path) };
}

describe('the installed package', () => {
  test('holds the built CLI, the bundled deck and the README, and no sources, tests or progress', () => {
    const { root, files } = packed;
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/briefdeck.js', 'decks/central-asia-engagement.json']));
    expect(files.filter((f) => /^(src|tests|storage|bench|eval|scripts)\//.test(f))).toEqual([]);

    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const bin = join(root, manifest.bin.briefdeck);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  test('run from / by a new user, it reviews the bundled deck', () => {
    const { root } = packed;
    const env = { XDG_DATA_HOME: tempDir('xdg'), BRIEFDECK_HOME: '', BRIEFDECK_DECKS: '', BRIEFDECK_STORAGE: '', BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
    const result = runCli(['review', '--plain'], { cwd: '/', env, input: '\n4\nq\n', cli: join(root, 'dist', 'briefdeck.js') });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/first use .* bundled deck central-asia-engagement/);
    expect(result.stdout).toMatch(/^\[Central Asia engagement\] new 20/m);
    expect(result.stdout).toMatch(/Session over: 1 card, /);
  });
});

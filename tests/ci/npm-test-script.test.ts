// `npm test` (package.json's script, scripts/test.mjs) in a folder whose tsc and vitest are
// fakes: both run, side by side, and the run fails when either fails.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

// The fake tsc waits (up to 5 s) for the fake vitest to have started: run one after the other, it never sees it.
const FAKE_TSC = `#!/usr/bin/env node
const fs = require('node:fs');
const started = Date.now();
const wait = () => {
  if (fs.existsSync(process.env.FAKE_VITEST_STARTED)) {
    if (process.env.FAKE_TSC_FAILS) { console.log('src/x.ts(1,7): error TS2322: Type "string" is not assignable to type "number".'); process.exit(2); }
    process.exit(0);
  }
  if (Date.now() - started > 5000) { console.log('tsc ran alone'); process.exit(3); }
  setTimeout(wait, 20);
};
wait();
`;

const FAKE_VITEST = `#!/usr/bin/env node
import fs from 'node:fs';
fs.writeFileSync(process.env.FAKE_VITEST_STARTED, JSON.stringify(process.argv.slice(2)));
console.log('vitest ran');
setTimeout(() => process.exit(process.env.FAKE_VITEST_FAILS ? 1 : 0), 200);
`;

function npmTest(fails: { tsc?: boolean; vitest?: boolean } = {}): { status: number | null; stdout: string; stderr: string; vitestArgs: string[] | null } {
  const root = tempDir('npm-test');
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'fake', private: true, type: 'module', scripts: { test: pkg.scripts.test, typecheck: pkg.scripts.typecheck } }));
  mkdirSync(path.join(root, 'scripts'));
  copyFileSync('scripts/test.mjs', path.join(root, 'scripts', 'test.mjs'));
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
  for (const [file, text] of [[tsc, FAKE_TSC], [vitest, FAKE_VITEST]] as const) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    chmodSync(file, 0o755);
  }
  // Each package's own package.json, so node reads the fakes as CommonJS; and their commands in .bin.
  writeFileSync(path.join(root, 'node_modules', 'typescript', 'package.json'), '{"name":"typescript"}');
  writeFileSync(path.join(root, 'node_modules', 'vitest', 'package.json'), '{"name":"vitest"}');
  mkdirSync(path.join(root, 'node_modules', '.bin'));
  symlinkSync(tsc, path.join(root, 'node_modules', '.bin', 'tsc'));
  symlinkSync(vitest, path.join(root, 'node_modules', '.bin', 'vitest'));
  const started = path.join(root, 'vitest-started');
  const run = spawnSync('npm', ['test', '--silent', '--', '--reporter=dot'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      FAKE_VITEST_STARTED: started,
      FAKE_TSC_FAILS: fails.tsc ? '1' : '',
      FAKE_VITEST_FAILS: fails.vitest ? '1' : '',
    },
  });
  let vitestArgs: string[] | null = null;
  try {
    vitestArgs = JSON.parse(readFileSync(started, 'utf8')) as string[];
  } catch {
    vitestArgs = null;
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, vitestArgs };
}

describe('npm test', () => {
  test('type-checks and runs the suite side by side, passing its arguments to vitest', () => {
    const run = npmTest();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.vitestArgs).toEqual(['run', '--reporter=dot']);
    expect(run.stdout).toContain('vitest ran');
    expect(run.stdout).toContain('type check (tsc --noEmit): no errors');
  });

  test('fails when the type check fails, printing its errors after the suite', () => {
    const run = npmTest({ tsc: true });
    expect(run.status).not.toBe(0);
    expect(run.vitestArgs).not.toBeNull();
    expect(run.stderr).toMatch(/type check \(tsc --noEmit\) failed:\nsrc\/x\.ts\(1,7\): error TS2322/);
  });

  test('fails when a test fails', () => {
    const run = npmTest({ vitest: true });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('type check (tsc --noEmit): no errors');
  });
});

// .ci/run, the whole CI, with npm and npx replaced by fakes that write the JSON report vitest
// would (a number passed and failed, set per run by the test), and Node 24 "installed" by the
// fake npm as a script that says it is v24. What is checked: the Node 24 run happens, with
// Node 24 first on PATH; the last line counts both runs; any failure fails CI; nothing is left
// in the temp folder.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const FAKE_NPM = `#!/usr/bin/env bash
# npm ci: nothing to do. npm test -- … --outputFile.json=FILE: the Node 20 run's report.
# npm install … node@24: a "node" in node_modules/.bin that says it is Node 24.
report() { for arg in "$@"; do case "$arg" in --outputFile.json=*) printf '{"numPassedTests":%s,"numFailedTests":%s}' "$1" "$2" >"\${arg#--outputFile.json=}";; esac; done; }
case "$1" in
  ci) [ "$FAKE_CI" != fail ] || { echo "npm error lock file out of date" >&2; exit 1; } ;;
  test) report "$FAKE_PASSED_20" "$FAKE_FAILED_20" "$@"; [ "$FAKE_FAILED_20" = 0 ] ;;
  install)
    [ "$FAKE_INSTALL" = ok ] || { echo "npm error network: registry unreachable" >&2; exit 1; }
    sleep 0.5
    mkdir -p node_modules/.bin
    printf '#!/usr/bin/env bash\\nif [ "$1" = --version ]; then echo v24.99.0; else exit 3; fi\\n' >node_modules/.bin/node
    chmod +x node_modules/.bin/node ;;
  *) exit 9 ;;
esac
`;

const FAKE_NPX = `#!/usr/bin/env bash
# npx vitest run FILES… --outputFile.json=FILE: the Node 24 run's report, and the node it found.
# Like npm and vitest on Node 24, it leaves a compile cache in the temp folder.
mkdir -p "\${TMPDIR:-/tmp}/node-compile-cache"
node --version >>"$FAKE_LOG"
echo "$@" >>"$FAKE_LOG"
report() { for arg in "$@"; do case "$arg" in --outputFile.json=*) printf '{"numPassedTests":%s,"numFailedTests":%s}' "$1" "$2" >"\${arg#--outputFile.json=}";; esac; done; }
report "$FAKE_PASSED_24" "$FAKE_FAILED_24" "$@"
[ "$FAKE_FAILED_24" = 0 ]
`;

interface Outcome {
  status: number | null;
  lastLine: string;
  stderr: string;
  log: string;
  leftInTemp: string[];
}

function runCi(fake: { passed20: number; failed20: number; passed24: number; failed24: number; install: 'ok' | 'fail'; ci?: 'fail' }): Outcome {
  const root = tempDir('ci');
  const repo = path.join(root, 'repo');
  const bin = path.join(root, 'bin');
  const tmp = path.join(root, 'tmp');
  for (const dir of [path.join(repo, '.ci'), bin, tmp]) mkdirSync(dir, { recursive: true });
  for (const script of ['run', 'node24']) copyFileSync(path.join('.ci', script), path.join(repo, '.ci', script));
  writeFileSync(path.join(bin, 'npm'), FAKE_NPM);
  writeFileSync(path.join(bin, 'npx'), FAKE_NPX);
  chmodSync(path.join(bin, 'npm'), 0o755);
  chmodSync(path.join(bin, 'npx'), 0o755);
  const log = path.join(root, 'npx.log');
  writeFileSync(log, '');
  // The machine's own PATH, less any node24 on it: the fake install is what gives Node 24.
  const systemPath = (process.env.PATH ?? '').split(':').filter((dir) => !readdirSafe(dir).includes('node24'));
  const run = spawnSync('bash', [path.join(repo, '.ci', 'run')], {
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: [bin, ...systemPath].join(':'),
      TMPDIR: tmp,
      FAKE_LOG: log,
      FAKE_PASSED_20: String(fake.passed20),
      FAKE_FAILED_20: String(fake.failed20),
      FAKE_PASSED_24: String(fake.passed24),
      FAKE_FAILED_24: String(fake.failed24),
      FAKE_INSTALL: fake.install,
      FAKE_CI: fake.ci ?? 'ok',
    },
  });
  const lines = run.stdout.trimEnd().split('\n');
  return { status: run.status, lastLine: lines[lines.length - 1] ?? '', stderr: run.stderr, log: readFileSync(log, 'utf8'), leftInTemp: readdirSync(tmp) };
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

describe('.ci/run', () => {
  test('runs the end-to-end tests again on Node 24 (installed when missing, first on PATH) and counts both runs', () => {
    const ci = runCi({ passed20: 1180, failed20: 0, passed24: 125, failed24: 0, install: 'ok' });
    expect(ci.stderr).toBe('');
    expect(ci.status).toBe(0);
    expect(ci.lastLine).toBe('1305 passed, 0 failed');
    const [version, args] = ci.log.trimEnd().split('\n');
    expect(version).toBe('v24.99.0');
    // The selection of end-to-end files, then the reporters .ci/run passes.
    expect(args).toMatch(/^vitest run tests\/commands\/generate\.e2e\.test\.ts .*tests\/package .*tests\/ui\/review-in-tmux\.test\.ts .*--outputFile\.json=/);
    expect(args).not.toMatch(/config\.e2e/);
    expect(ci.leftInTemp).toEqual([]);
  });

  test('a failing test on Node 24 fails CI, and is counted', () => {
    const ci = runCi({ passed20: 1180, failed20: 0, passed24: 124, failed24: 1, install: 'ok' });
    expect(ci.status).not.toBe(0);
    expect(ci.lastLine).toBe('1304 passed, 1 failed');
    expect(ci.leftInTemp).toEqual([]);
  });

  test('a failing test on Node 20 fails CI, though Node 24 still runs and is counted', () => {
    const ci = runCi({ passed20: 1178, failed20: 2, passed24: 125, failed24: 0, install: 'ok' });
    expect(ci.status).not.toBe(0);
    expect(ci.lastLine).toBe('1303 passed, 2 failed');
  });

  test('npm ci failing fails CI at once; the Node 24 fetched meanwhile goes with the temp folder', () => {
    const ci = runCi({ passed20: 1180, failed20: 0, passed24: 125, failed24: 0, install: 'ok', ci: 'fail' });
    expect(ci.status).not.toBe(0);
    expect(ci.stderr).toMatch(/lock file out of date/);
    expect(ci.log).toBe('');
    expect(ci.leftInTemp).toEqual([]);
  });

  test('Node 24 that cannot be installed fails CI, saying why', () => {
    const ci = runCi({ passed20: 1180, failed20: 0, passed24: 125, failed24: 0, install: 'fail' });
    expect(ci.status).not.toBe(0);
    expect(ci.stderr).toMatch(/could not install Node 24 from the registry/);
    expect(ci.stderr).toMatch(/registry unreachable/);
    expect(ci.log).toBe('');
    expect(ci.lastLine).toBe('1180 passed, 0 failed');
    expect(ci.leftInTemp).toEqual([]);
  });
});

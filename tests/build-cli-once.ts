import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * End-to-end tests spawn the bundled CLI (dist/briefdeck.js), as a user runs it. Build it
 * once here, before any test file runs: test files run in parallel workers, and a build
 * inside each would replace dist/ under a CLI another worker is running.
 *
 * The run also gets a temp folder of its own, handed to the workers and every CLI they start
 * through TMPDIR, and a data folder inside it (XDG_DATA_HOME), so that no test can reach the
 * user's own decks and progress. Each test removes what it made (tests/helpers/temp-dir.ts);
 * anything still there at the end fails the run, naming it, and is removed.
 */
export default function buildCliOnce(): () => void {
  // Each project of vitest.config.ts inherits this global setup, and vitest runs it once per
  // project, in this one process: the first run does the work, the others find it done.
  if (process.env.BRIEFDECK_TEST_RUN) return () => {};
  execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  const root = mkdtempSync(join(tmpdir(), 'bd-run-'));
  const data = join(root, 'data');
  mkdirSync(data);
  process.env.BRIEFDECK_TEST_RUN = root;
  process.env.TMPDIR = root;
  process.env.XDG_DATA_HOME = data;
  return () => {
    // Caches of the tools under test, not a test's leftovers: Node 22+ keeps the CLI's compile
    // cache in the temp folder, and tsx (which runs a helper of the store tests) its own.
    const caches = (name: string): boolean => name === 'data' || name === 'node-compile-cache' || /^tsx-\d+$/.test(name);
    const left = [...readdirSync(root).filter((name) => !caches(name)), ...readdirSync(data).map((name) => join('data', name))];
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    if (left.length) throw new Error(`tests left ${left.length} things in the temp folder: ${left.slice(0, 10).join(', ')}`);
  };
}

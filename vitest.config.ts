import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const TESTS = 'tests/**/*.test.{ts,tsx}';

// Test files share their worker's modules (isolate: false): each file no longer imports React,
// Ink and the generator afresh, which was most of the CPU of the quick files (2-core AMD EPYC,
// back to back: the suite 229 → 167 s). A file that replaces a module (vi.mock) needs a module cache of its
// own, or it would get the copy another file loaded first: those run isolated, found by
// reading them, so a new one cannot be forgotten.
const testsDir = fileURLToPath(new URL('tests/', import.meta.url));
const mocking = readdirSync(testsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file) && /\bvi\.(?:mock|doMock)\(/.test(readFileSync(testsDir + file, 'utf8')))
  .map((file) => `tests/${file.split('\\').join('/')}`);

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: on the 2-core CI machine, one. Most
    // files here wait on child processes (the built CLI, git, tmux) rather than compute, so
    // two files side by side there nearly halve the run, and a third saves another 5–10 %
    // (2-core AMD EPYC: the suite 205 → 194 s, the Node 24 end-to-end run 54–57 → 50–51 s).
    maxWorkers: Math.max(3, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/build-cli-once.ts'],
    // Clean-up hooks of the helpers, registered in every file (see the file).
    setupFiles: ['tests/setup-each-file.ts'],
    projects: [
      { extends: true, test: { name: 'shared', include: [TESTS], exclude: mocking, isolate: false } },
      { extends: true, test: { name: 'isolated', include: mocking, isolate: true } },
    ],
  },
});

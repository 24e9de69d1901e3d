import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Vitest's default is one worker fewer than the cores: on the 2-core CI machine, one. Most
    // files here wait on child processes (the built CLI, git, tmux) rather than compute, so
    // two files side by side there nearly halve the run, and a third saves another 5–10 %
    // (2-core AMD EPYC: the suite 205 → 194 s, the Node 24 end-to-end run 54–57 → 50–51 s).
    maxWorkers: Math.max(3, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/build-cli-once.ts'],
  },
});

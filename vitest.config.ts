import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Vitest's default is one worker fewer than the cores: on the 2-core CI machine, one. Most
    // files here wait on child processes (the built CLI, git, tmux) rather than compute, so
    // two files side by side there nearly halve the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/build-cli-once.ts'],
  },
});

import { availableParallelism } from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The longest files first. Without timings from an earlier run (a clean clone, as on CI)
 * Vitest starts the largest files first, and the 200-kill durability test — small, 80 s on
 * one worker — started two thirds of the way in and ran on alone at the end. What kills,
 * syncs or drives the built CLI goes first; Vitest's own order stays within each group.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const weight = (spec: TestSpecification): number => {
      const id = spec.moduleId;
      if (/survive[s]?-kill/.test(id)) return 2;
      return /[/\\](?:durability|sync)[/\\]|\.e2e\.test\./.test(id) ? 1 : 0;
    };
    return sorted.map((spec, i) => ({ spec, i, w: weight(spec) })).sort((a, b) => b.w - a.w || a.i - b.i).map(({ spec }) => spec);
  }
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Vitest's default is one worker fewer than the cores: on the 2-core CI machine, one. Most
    // files here wait on child processes (the built CLI, git, tmux) rather than compute, so
    // two files side by side there nearly halve the run, and a third saves another 5–10 %
    // (2-core AMD EPYC: the suite 205 → 194 s, the Node 24 end-to-end run 54–57 → 50–51 s).
    maxWorkers: Math.max(3, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/build-cli-once.ts'],
  },
});

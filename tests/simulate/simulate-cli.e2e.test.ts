import { beforeAll, expect, test } from 'vitest';
import { buildCli, runCli } from '../helpers/built-cli.js';

beforeAll(buildCli);

test('briefdeck simulate --json prints each model with both schedulers, the same for the same seed', () => {
  const args = ['simulate', '--json', '--cards', '60', '--days', '40', '--seed', '3'];
  const first = runCli(args);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  const report = JSON.parse(first.stdout);
  expect(report.models.map((m: { model: string }) => m.model)).toEqual(['fsrs6-default', 'exponential-difficulty']);
  for (const m of report.models) {
    for (const figures of [m.sm2, m.fsrs]) {
      expect(Object.keys(figures)).toEqual(expect.arrayContaining(['reviewsPerCard', 'meanRecall', 'finalRecall']));
    }
  }
  expect(runCli(args).stdout).toBe(first.stdout);
  const text = runCli(['simulate', '--cards', '60', '--days', '40', '--seed', '3']);
  expect(text.stdout).toMatch(/^Learner model: fsrs6-default$/m);
  expect(text.stdout).toMatch(/^ {2}SM-2 +\d+\.\d\d/m);
});

test('bad simulate flags are one line and exit 2', () => {
  for (const bad of [['--cards', '0'], ['--cards', '50000'], ['--desired-retention', '0.5'], ['--seed', 'x']]) {
    const result = runCli(['simulate', ...bad]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  }
});

test('without an optimizer build for the machine, simulate still reports the default-parameter figures and says in one line what is left out', () => {
  // Long enough for the fit after 90 days (with the optimizer: tests/simulate/simulate-fitted.test.ts).
  const args = ['simulate', '--json', '--cards', '200', '--days', '91', '--seed', '3'];
  // The loader pointed at a native build that is not there.
  const without = runCli(args, { env: { BRIEFDECK_FSRS_OPTIMIZER: '/nonexistent/fsrs-binding.node' } });
  expect(without.status).toBe(0);
  expect(without.stderr).toMatch(/^briefdeck simulate: the FSRS optimizer has no build for this machine .*; the rows with fitted parameters are left out\n$/);
  const report = JSON.parse(without.stdout);
  expect(report.models.map((m: { fsrsFitted: unknown }) => m.fsrsFitted)).toEqual([null, null]);
  for (const m of report.models) expect(m.fsrsAtSm2Recall.reviewsPerCard).toBeGreaterThan(1);
});

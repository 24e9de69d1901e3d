import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadFsrsEngine, loadTsFsrs } from '../../src/commands/load-fsrs.js';
import { previewFsrsIntervals } from '../../src/schedule/fsrs-replay.js';
import { buildCli, runCli, smallDeckWorkspace, tempDir } from '../helpers/built-cli.js';
import { historyDeck, recordHistory } from '../helpers/store-with-history.js';

beforeAll(buildCli);

const DAY1 = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
const AFTER_HISTORY = { BRIEFDECK_NOW: '2026-03-10T09:00:00Z' };

describe('briefdeck fit', () => {
  test('with too few reviews it says how many there are and how many it needs, in one line, and writes nothing', () => {
    const { storage, args } = smallDeckWorkspace();
    runCli(['review', 'small-deck', ...args], { input: '\n5\n\n4\n', env: DAY1 });
    const log = readFileSync(join(storage, 'reviews.jsonl'), 'utf8');
    const refused = runCli(['fit', ...args], { env: DAY1 });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      'briefdeck fit: your review log has 0 reviews of cards seen on an earlier day; fitting FSRS needs at least 400 — keep reviewing (FSRS uses its default parameters until then)\n',
    );
    expect(existsSync(join(storage, 'settings.json'))).toBe(false);
    expect(readFileSync(join(storage, 'reviews.jsonl'), 'utf8')).toBe(log);
  });

  test('fits FSRS to the log, keeps the parameters in settings.json through scheduler switches, and --reset drops them', () => {
    const storage = tempDir('fit');
    const decks = tempDir('fit-decks');
    const args = ['--storage', storage, '--decks-dir', decks];
    return recordHistory(storage, historyDeck(120), '2026-01-05', 60).then(() => {
      const log = readFileSync(join(storage, 'reviews.jsonl'), 'utf8');
      const fit = runCli(['fit', ...args], { env: AFTER_HISTORY });
      expect(fit.stderr).toBe('');
      expect(fit.status).toBe(0);
      expect(fit.stdout).toMatch(/^FSRS parameters fitted to 837 reviews: log loss 0\.\d{3} \(defaults 0\.\d{3}; lower predicts your recall better\) — used once you choose FSRS: briefdeck config scheduler fsrs; back to the defaults with: briefdeck fit --reset\n$/);
      const [fitted, defaults] = [...fit.stdout.matchAll(/0\.\d{3}/g)].map((m) => Number(m[0]));
      expect(fitted).toBeLessThan(defaults!);
      const settings = JSON.parse(readFileSync(join(storage, 'settings.json'), 'utf8'));
      expect(settings).toMatchObject({ schema: 1, scheduler: 'sm2', desiredRetention: 0.9, fitted: { reviews: 837, day: '2026-03-10' } });
      expect(settings.fitted.parameters).toHaveLength(21);
      // The same log gives the same parameters.
      expect(runCli(['fit', ...args], { env: AFTER_HISTORY }).stdout).toBe(fit.stdout);
      expect(JSON.parse(readFileSync(join(storage, 'settings.json'), 'utf8'))).toEqual(settings);
      expect(readFileSync(join(storage, 'reviews.jsonl'), 'utf8')).toBe(log);

      runCli(['config', 'scheduler', 'fsrs', '--desired-retention', '0.85', ...args], { env: AFTER_HISTORY });
      expect(runCli(['config', ...args]).stdout).toBe('scheduler FSRS (desired retention 0.85, parameters fitted on 2026-03-10 to 837 reviews)\n');
      runCli(['config', 'scheduler', 'sm2', ...args], { env: AFTER_HISTORY });
      expect(JSON.parse(readFileSync(join(storage, 'settings.json'), 'utf8')).fitted).toEqual(settings.fitted);

      const reset = runCli(['fit', '--reset', ...args], { env: AFTER_HISTORY });
      expect(reset.stdout).toBe('FSRS uses its default parameters again (your review log is untouched)\n');
      expect(JSON.parse(readFileSync(join(storage, 'settings.json'), 'utf8'))).toEqual({ schema: 1, scheduler: 'sm2', desiredRetention: 0.85 });
    });
  });

  test('where the optimizer has no build for the machine, fit says so in one line and writes nothing', async () => {
    const storage = tempDir('fit-nobuild');
    await recordHistory(storage, historyDeck(120), '2026-01-05', 60);
    // The loader is pointed at a native build that is not there.
    const refused = runCli(['fit', '--storage', storage], { env: { ...AFTER_HISTORY, BRIEFDECK_FSRS_OPTIMIZER: join(storage, 'missing.node') } });
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^briefdeck fit: the FSRS optimizer has no build for this machine \(linux-x64: Cannot find module '[^']*missing\.node'\) — FSRS keeps its default parameters\n$/);
    expect(existsSync(join(storage, 'settings.json'))).toBe(false);
  });

  test('the review schedules and labels grades with the fitted parameters', async () => {
    const { storage, args } = smallDeckWorkspace();
    // FSRS-6's defaults with a first "perfect" remembered for 30 days, not 8.
    const engine = await loadFsrsEngine(0.9);
    const parameters = [...(await loadTsFsrs()).default_w];
    parameters[3] = 30;
    writeFileSync(join(storage, 'settings.json'), JSON.stringify({ schema: 1, scheduler: 'fsrs', desiredRetention: 0.9, fitted: { parameters, reviews: 500, day: '2026-03-01' } }));
    const review = runCli(['review', 'small-deck', ...args], { input: '\n5\n', env: DAY1 });
    expect(review.stderr).toBe('');
    expect(review.stdout).toContain('5 · perfect · 30 d');
    expect(previewFsrsIntervals(engine, null, '2026-03-02')[5]).not.toBe(30);
  });

  test('a settings file with a wrong set of parameters stops fit and review in one line; the log is untouched', () => {
    const { storage, args } = smallDeckWorkspace();
    runCli(['review', 'small-deck', ...args], { input: '\n5\n', env: DAY1 });
    const log = readFileSync(join(storage, 'reviews.jsonl'), 'utf8');
    writeFileSync(join(storage, 'settings.json'), JSON.stringify({ schema: 1, scheduler: 'fsrs', desiredRetention: 0.9, fitted: { parameters: [1, 2, 3], reviews: 500, day: '2026-03-01' } }));
    for (const command of [['fit'], ['review', 'small-deck']]) {
      const refused = runCli([...command, ...args], { input: '', env: DAY1 });
      expect(refused.status).toBe(1);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toMatch(/settings\.json has a bad field fitted\.parameters: expected 21 FSRS parameters .*briefdeck fit\)$/m);
    }
    expect(readFileSync(join(storage, 'reviews.jsonl'), 'utf8')).toBe(log);
  });
});

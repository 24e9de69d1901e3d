import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadFsrsEngine } from '../../src/commands/load-fsrs.js';
import { previewFsrsIntervals } from '../../src/schedule/fsrs-replay.js';
import { buildCli, runCli, smallDeckWorkspace } from '../helpers/built-cli.js';

beforeAll(buildCli);

const DAY1 = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
const DAY2 = { BRIEFDECK_NOW: '2026-03-03T09:00:00Z' };

describe('briefdeck config scheduler', () => {
  test('SM-2 is the default, and config, where and stats say which scheduler is in use', () => {
    const { storage, args } = smallDeckWorkspace();
    expect(runCli(['config', ...args]).stdout).toBe('scheduler SM-2\n');
    expect(runCli(['where', ...args]).stdout).toMatch(/^scheduler SM-2 \(change with: briefdeck config scheduler sm2\|fsrs\)$/m);

    const set = runCli(['config', 'scheduler', 'fsrs', '--desired-retention', '0.85', ...args], { env: DAY1 });
    expect(set.stderr).toBe('');
    expect(set.status).toBe(0);
    expect(set.stdout).toMatch(/^scheduler FSRS \(desired retention 0\.85\) — reviews from now on/);
    expect(JSON.parse(readFileSync(join(storage, 'settings.json'), 'utf8'))).toMatchObject({ scheduler: 'fsrs', desiredRetention: 0.85 });
    expect(runCli(['config', 'scheduler', ...args]).stdout).toBe('scheduler FSRS (desired retention 0.85)\n');
    expect(runCli(['where', ...args]).stdout).toMatch(/^scheduler FSRS \(desired retention 0\.85\)/m);
    expect(JSON.parse(runCli(['where', '--json', ...args]).stdout).scheduler).toEqual({ scheduler: 'fsrs', desiredRetention: 0.85 });
    const stats = JSON.parse(runCli(['stats', '--json', ...args], { env: DAY1 }).stdout);
    expect(stats.scheduler).toMatchObject({ name: 'fsrs', desiredRetention: 0.85 });
    // Only the retention: the scheduler stays.
    runCli(['config', '--desired-retention', '0.9', ...args], { env: DAY1 });
    expect(runCli(['config', ...args]).stdout).toBe('scheduler FSRS (desired retention 0.9)\n');
  });

  test('under FSRS the review labels grades with FSRS intervals and schedules by them; back on SM-2, SM-2 is as it was', async () => {
    const { args } = smallDeckWorkspace();
    runCli(['config', 'scheduler', 'fsrs', ...args], { env: DAY1 });
    const day1 = runCli(['review', 'small-deck', ...args], { input: '\n5\n\n4\n\n5\n', env: DAY1 });
    expect(day1.stderr).toBe('');
    const fsrs = previewFsrsIntervals(await loadFsrsEngine(0.9), null, '2026-03-02');
    expect(fsrs[5]).toBeGreaterThan(1);
    expect(day1.stdout).toContain(`5 · perfect · ${fsrs[5]} d`);
    expect(day1.stdout).toContain(`4 · correct after hesitation · ${fsrs[4]} d`);
    expect(day1.stdout).not.toContain('5 · perfect · 1 d');
    // FSRS put the three cards further than tomorrow: nothing to review on day 2, one new card.
    expect(runCli(['review', 'small-deck', ...args], { input: '', env: DAY2 }).stdout).toMatch(/new 1 · repeat 0 · review 0/);
    // decks counts due as review shows them.
    expect(JSON.parse(runCli(['decks', '--json', ...args], { env: DAY2 }).stdout)[0]).toMatchObject({ due: 0, new: 1 });

    // SM-2 read the same answers as 1-day intervals: all three are due on day 2.
    runCli(['config', 'scheduler', 'sm2', ...args], { env: DAY2 });
    const sm2 = runCli(['review', 'small-deck', ...args], { input: '', env: DAY2 });
    expect(sm2.stdout).toMatch(/new 0 · repeat 0 · review 3/);
    expect(JSON.parse(runCli(['decks', '--json', ...args], { env: DAY2 }).stdout)[0]).toMatchObject({ due: 3 });
    expect(sm2.stdout).not.toContain('· 8 d');
  });

  test('a wrong scheduler or retention is one line and changes nothing', () => {
    const { storage, args } = smallDeckWorkspace();
    const bad = runCli(['config', 'scheduler', 'fsr', ...args]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('briefdeck config: the scheduler is sm2 or fsrs, got "fsr" — usage: briefdeck config [scheduler [sm2|fsrs]] [--desired-retention R]\n');
    const retention = runCli(['config', 'scheduler', 'fsrs', '--desired-retention', '1.5', ...args]);
    expect(retention.status).toBe(2);
    expect(retention.stderr).toMatch(/^briefdeck config: --desired-retention must be a number from 0\.7 to 0\.99 \(e\.g\. 0\.9\), got "1\.5"\n$/);
    expect(runCli(['config', 'colour', 'red', ...args]).status).toBe(2);
    expect(existsSync(join(storage, 'settings.json'))).toBe(false);
  });

  test('a damaged settings file stops the review with one line naming it and the fix; the log is untouched', () => {
    const { storage, args } = smallDeckWorkspace();
    runCli(['review', 'small-deck', ...args], { input: '\n5\n', env: DAY1 });
    const log = readFileSync(join(storage, 'reviews.jsonl'), 'utf8');
    writeFileSync(join(storage, 'settings.json'), '{"schema":1,"scheduler":"fsrs6","desiredRetention":0.9}\n');
    const refused = runCli(['review', 'small-deck', ...args], { input: '\n5\n', env: DAY2 });
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/settings\.json has a bad field scheduler: .* — set it again with: briefdeck config scheduler sm2\|fsrs/);
    expect(readFileSync(join(storage, 'reviews.jsonl'), 'utf8')).toBe(log);
    // where still runs and says what is wrong.
    expect(runCli(['where', ...args]).stdout).toMatch(/^scheduler briefdeck: .*settings\.json has a bad field/m);
    expect(runCli(['config', 'scheduler', 'sm2', ...args], { env: DAY2 }).status).toBe(0);
    expect(runCli(['review', 'small-deck', ...args], { input: '', env: DAY2 }).status).toBe(0);
  });
});

test('a settings.json written before the store went to schema 2 is still read, and the store migrates around it', () => {
  const { storage, args } = smallDeckWorkspace();
  writeFileSync(join(storage, 'settings.json'), '{\n  "schema": 1,\n  "scheduler": "fsrs",\n  "desiredRetention": 0.85\n}\n');
  const review = runCli(['review', '--plain', ...args], { input: 'q\n', env: DAY1 });
  expect(review.stderr).toBe('');
  expect(runCli(['config', ...args]).stdout).toBe('scheduler FSRS (desired retention 0.85)\n');
  expect(JSON.parse(readFileSync(join(storage, 'meta.json'), 'utf8')).schema).toBe(2);
});

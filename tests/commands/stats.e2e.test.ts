import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Deck } from '../../src/deck/types.js';
import { smallDeck } from '../fixtures/small-deck.js';
import { buildCli, runCli, tempDir } from '../helpers/built-cli.js';
import { defaultGrade, simulateMonth } from '../stats/simulate-month.js';
import bundled from '../../decks/central-asia-engagement.json' with { type: 'json' };

const deck = bundled as unknown as Deck;
const NOW = { BRIEFDECK_NOW: '2026-03-31T10:00:00Z' };
const LEECH = `${deck.notes.find((n) => n.text.includes('{{c1::$3 billion'))!.id}.1`; // "$3 billion" in the trade sentence

/** Every file under `dir` with its content, to compare before and after. */
function snapshotDir(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name)] = readFileSync(join(entry.parentPath, entry.name), 'base64');
  }
  return files;
}

let decks: string;
let storage: string;
let args: string[];

beforeAll(async () => {
  buildCli();
  decks = tempDir('decks');
  storage = tempDir('storage');
  copyFileSync('decks/central-asia-engagement.json', join(decks, 'central-asia-engagement.json'));
  // March 2026: eight new cards a day, days 10, 11 and 21 skipped, one card failing every other day.
  await simulateMonth(storage, { deck, start: '2026-03-01', days: 30, newPerDay: 8, skip: [9, 10, 20], grade: defaultGrade([LEECH]) });
  args = ['--decks-dir', decks, '--storage', storage];
}, 60_000);

describe('briefdeck stats on a month of reviews', () => {
  test('plain output (no TTY) shows counts, forecast, history, retention and trouble spots within 80 columns', () => {
    const result = runCli(['stats', ...args], { env: NOW });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^briefdeck stats · Central Asia engagement · 2026-03-31 · SM-2$/m);
    expect(out).toMatch(/^Cards {2}\d+: \d+ new · \d+ learning · \d+ young · \d+ mature · 0 suspended$/m);
    expect(out).toContain('Due · 30 days');
    expect(out).toContain('Reviews · 26 weeks');
    expect(out).toContain('Streak 9 days'); // days 22–30 of March, none yet on the 31st
    expect(out).toMatch(/Streak 9 days · studied 27 of \d+ days/);
    expect(out).toMatch(/^ {2}young cards {3}\d+% of \d+/m);
    expect(out).toMatch(new RegExp(`lapses .*${LEECH.replace('.', '\\.')}.*\\$3 billion`));
    expect(out).not.toMatch(/\u001B\[/);
    expect(Math.max(...out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  test('--json parses, with schema 1 and every part; --days sets the forecast length', () => {
    const result = runCli(['stats', '--json', '--days', '7', ...args], { env: NOW });
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, any>;
    expect(json.schema).toBe(1);
    expect(json.forecast.perDay).toHaveLength(7);
    expect(json.history.currentStreak).toBe(9);
    expect(json.history.daysStudied).toBe(27);
    expect(json.counts.total).toBe(json.counts.new + json.counts.learning + json.counts.young + json.counts.mature + json.counts.suspended);
    expect(json.retention.map((w: { days: number }) => w.days)).toEqual([7, 30, 365]);
    expect(json.leeches.cards[0].cardId).toBe(LEECH);
    expect(json.leeches.cards[0].lapses).toBeGreaterThanOrEqual(4);
  });

  test('stats only reads: every file of the store is byte-identical after, and DECK gives the same figures', () => {
    const before = snapshotDir(storage);
    const all = runCli(['stats', '--json', ...args], { env: NOW });
    runCli(['stats', ...args], { env: NOW });
    expect(snapshotDir(storage)).toEqual(before);
    expect(runCli(['stats', 'central-asia-engagement', '--json', ...args], { env: NOW }).stdout).toBe(all.stdout);
  });

  test('bad --days and unknown decks: one line, exit 2', () => {
    const bad = runCli(['stats', '--days', 'soon', ...args], { env: NOW });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--days must be a whole number');
    const unknown = runCli(['stats', 'nope', ...args], { env: NOW });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });
});

test('an empty store is friendly, in text and in JSON', () => {
  const emptyDecks = tempDir('decks');
  writeFileSync(join(emptyDecks, 'small-deck.json'), JSON.stringify(smallDeck));
  const emptyArgs = ['--decks-dir', emptyDecks, '--storage', join(tempDir('storage'), 'none-yet')];
  const text = runCli(['stats', ...emptyArgs], { env: NOW });
  expect(text.status).toBe(0);
  expect(text.stdout).toContain('Nothing reviewed yet — run briefdeck review');
  expect(text.stdout).toContain('4: 4 new');
  expect(text.stdout).not.toMatch(/NaN/);
  const json = JSON.parse(runCli(['stats', '--json', ...emptyArgs], { env: NOW }).stdout) as { nothingReviewed: boolean; retention: Array<{ young: { share: null } }> };
  expect(json.nothingReviewed).toBe(true);
  expect(json.retention[0]!.young.share).toBeNull();
});

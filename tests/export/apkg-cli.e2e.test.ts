import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { buildCli, runCli, smallDeckWorkspace, tempDir } from '../helpers/built-cli.js';
import { withAnkiPackage } from './read-anki-package.js';

beforeAll(buildCli);
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the built CLI: export --apkg and import --apkg', () => {
  test('a review, then the package with its schedule and history, then back into a deck', async () => {
    const { decks, storage, args } = smallDeckWorkspace();
    const out = tempDir('apkg');
    made.push(decks, storage, out);
    const reviewed = runCli(['review', 'small-deck', ...args], { input: '5\n5\n5\n', env: { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' } });
    expect(reviewed.status).toBe(0);

    const file = join(out, 'small.apkg');
    const exported = runCli(['export', 'small-deck', '--apkg', file, '--with-progress', ...args], { env: { BRIEFDECK_NOW: '2026-03-03T09:00:00Z' } });
    expect(exported.stderr).toMatch(/^Exported \d+ notes \(4 cards\) from 1 deck, the schedule of 3 reviewed cards and 3 answers to .*small\.apkg — open it in Anki and tick "Import scheduling"\n$/);
    expect(exported.status).toBe(0);
    await withAnkiPackage(file, ({ all }) => {
      expect(all('SELECT type, queue, ivl, count(*) AS n FROM cards GROUP BY type, queue, ivl ORDER BY type')).toEqual([
        { type: 0, queue: 0, ivl: 0, n: 1 },
        { type: 2, queue: 2, ivl: 1, n: 3 },
      ]);
      expect(all('SELECT ease, type FROM revlog')).toEqual([1, 2, 3].map(() => ({ ease: 4, type: 0 })));
    });

    const into = tempDir('into');
    made.push(into);
    const imported = runCli(['import', '--apkg', file, '--decks-dir', into]);
    expect(imported.stdout).toMatch(/^Imported \d+ notes into "Small deck"/);
    expect(imported.status).toBe(0);
  });

  test('usage errors: one line, exit 2', () => {
    const { args, decks, storage } = smallDeckWorkspace();
    made.push(decks, storage);
    for (const argv of [['export', 'small-deck'], ['import'], ['import', '--apkg', 'a.apkg', '--anki', 'a.csv'], ['export', '--apkg', '-']]) {
      const result = runCli([...argv, ...args]);
      expect(result.status, argv.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });
});

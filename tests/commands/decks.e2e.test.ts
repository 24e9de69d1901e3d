import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { smallDeck } from '../fixtures/small-deck.js';
import { buildCli, runCli, tempDir } from '../helpers/built-cli.js';

beforeAll(buildCli);

describe('briefdeck decks', () => {
  test('lists each deck with total, new, due and suspended cards, before and after a review', () => {
    const decks = tempDir('decks');
    const storage = tempDir('storage');
    writeFileSync(join(decks, 'small-deck.json'), JSON.stringify(smallDeck));
    const args = ['--decks-dir', decks, '--storage', storage];

    const fresh = runCli(['decks', '--json', ...args]);
    expect(fresh.status).toBe(0);
    expect(JSON.parse(fresh.stdout)).toEqual([
      { slug: 'small-deck', name: 'Small deck', id: 'smalldeck01', total: 4, new: 4, due: 0, buried: 0, suspended: 0 },
    ]);

    runCli(['review', ...args], { input: '5\n5\n5\n', env: { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' } });
    const nextDay = runCli(['decks', '--json', ...args], { env: { BRIEFDECK_NOW: '2026-03-03T09:00:00Z' } });
    expect(JSON.parse(nextDay.stdout)[0]).toMatchObject({ total: 4, new: 1, due: 3 });

    const table = runCli(['decks', ...args], { env: { BRIEFDECK_NOW: '2026-03-03T09:00:00Z' } });
    expect(table.stdout).toMatch(/deck\s+total\s+new\s+due\s+buried\s+suspended/);
    expect(table.stdout).toMatch(/small-deck\s+4\s+1\s+3\s+0\s+0/);
  });

  test('a bad deck file is named on stderr and the good decks are still listed', () => {
    const decks = tempDir('decks');
    writeFileSync(join(decks, 'small-deck.json'), JSON.stringify(smallDeck));
    writeFileSync(join(decks, 'broken.json'), JSON.stringify({ ...smallDeck, id: 'x y' }));
    const result = runCli(['decks', '--decks-dir', decks, '--storage', tempDir('storage')]);
    expect(result.stderr).toMatch(/broken\.json.*field "id"/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain('small-deck');
    expect(result.status).toBe(1);
  });

  test('a hand-copied deck file (the same ids) is reported in one line naming both files; the other decks still work', () => {
    const decks = tempDir('decks');
    const storage = tempDir('storage');
    writeFileSync(join(decks, 'small-deck.json'), JSON.stringify(smallDeck));
    writeFileSync(join(decks, 'the-copy.json'), JSON.stringify({ ...smallDeck, name: 'The copy', slug: 'the-copy' }));
    const args = ['--decks-dir', decks, '--storage', storage];
    const listed = runCli(['decks', ...args]);
    expect(listed.stderr.trim().split('\n')).toEqual([
      `briefdeck: deck files "${join(decks, 'small-deck.json')}" and "${join(decks, 'the-copy.json')}" share deck id smalldeck01 (a copied file?) — "${join(decks, 'the-copy.json')}" is left out; remove it, or import its export under a new name to give it new ids`,
    ]);
    expect(listed.stdout).toMatch(/small-deck\s+4/);
    const review = runCli(['review', '--plain', ...args], { input: '5\n5\n', env: { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' } });
    expect(review.stdout).toMatch(/^Saved: 5\.$/m);
    expect(review.status).toBe(0);
  });

  test('a deck exported and imported under a new name gets its own ids: both review, each with its own progress', () => {
    const decks = tempDir('decks');
    const storage = tempDir('storage');
    writeFileSync(join(decks, 'small-deck.json'), JSON.stringify(smallDeck));
    const args = ['--decks-dir', decks, '--storage', storage];
    const csv = join(tempDir('csv'), 'small.csv');
    expect(runCli(['export', 'small-deck', '--anki', csv, ...args]).status).toBe(0);
    const imported = runCli(['import', '--anki', csv, '--deck', 'Small again', ...args]);
    expect(imported.stderr).toBe('');
    const env = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
    const review = runCli(['review', '--plain', ...args], { input: '5\n'.repeat(8), env });
    expect(review.stderr).toBe('');
    expect(review.status).toBe(0);
    expect(review.stdout.match(/^Saved: 5\.$/gm)).toHaveLength(6);
    const listed = JSON.parse(runCli(['decks', '--json', ...args], { env }).stdout) as { slug: string; new: number }[];
    expect(listed.map((d) => [d.slug, d.new])).toEqual([
      ['small-again', 1],
      ['small-deck', 1],
    ]);
  });

  test('--help is fast to reach and lists every command; an unknown command exits 2', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['generate', 'review', 'quiz', 'export', 'stats', 'decks']) expect(help.stdout).toContain(command);
    const unknown = runCli(['fly']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('briefdeck: unknown command "fly" — run "briefdeck --help" for the list\n');
  });
});

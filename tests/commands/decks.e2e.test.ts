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
      { slug: 'small-deck', name: 'Small deck', id: 'smalldeck01', total: 4, new: 4, due: 0, suspended: 0 },
    ]);

    runCli(['review', ...args], { input: '5\n5\n5\n', env: { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' } });
    const nextDay = runCli(['decks', '--json', ...args], { env: { BRIEFDECK_NOW: '2026-03-03T09:00:00Z' } });
    expect(JSON.parse(nextDay.stdout)[0]).toMatchObject({ total: 4, new: 1, due: 3 });

    const table = runCli(['decks', ...args], { env: { BRIEFDECK_NOW: '2026-03-03T09:00:00Z' } });
    expect(table.stdout).toMatch(/small-deck\s+4\s+1\s+3\s+0/);
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

  test('--help is fast to reach and lists every command; an unknown command exits 2', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['generate', 'review', 'quiz', 'export', 'stats', 'decks']) expect(help.stdout).toContain(command);
    const unknown = runCli(['fly']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('briefdeck: unknown command "fly" — run "briefdeck --help" for the list\n');
  });
});

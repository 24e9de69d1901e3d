// One command from anywhere: outside a workspace briefdeck keeps its decks and progress in the
// user's data folder (here a temp XDG_DATA_HOME), and the first use puts the bundled deck there.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { smallDeck } from '../fixtures/small-deck.js';
import { buildCli, runCli, tempDir } from '../helpers/built-cli.js';

beforeAll(buildCli);

/** A user with no briefdeck variables set and a data folder of their own. */
function user(): Record<string, string> {
  return { XDG_DATA_HOME: tempDir('xdg'), BRIEFDECK_HOME: '', BRIEFDECK_DECKS: '', BRIEFDECK_STORAGE: '', BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
}

describe('where decks and progress live', () => {
  test('from / on first use, review finds the bundled deck in the data folder, and the answer is kept there', () => {
    const env = user();
    const first = runCli(['review', '--plain'], { cwd: '/', env, input: '\n5\nq\n' });
    expect(first.stderr).toMatch(/^briefdeck: first use — made .*\/briefdeck\/decks, with the bundled deck central-asia-engagement/);
    expect(first.stderr.trim().split('\n')).toHaveLength(1);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Q: /);
    expect(first.stdout).toMatch(/Session over: 1 card, /);
    expect(readdirSync(join(env.XDG_DATA_HOME!, 'briefdeck', 'decks'))).toContain('central-asia-engagement.json');
    expect(existsSync(join(env.XDG_DATA_HOME!, 'briefdeck', 'storage', 'reviews.jsonl'))).toBe(true);

    const again = runCli(['decks', '--json'], { cwd: '/', env });
    expect(again.stderr).toBe('');
    expect(JSON.parse(again.stdout)[0]).toMatchObject({ slug: 'central-asia-engagement', due: 0 });
    expect(JSON.parse(again.stdout)[0].new).toBe(JSON.parse(again.stdout)[0].total - 1);
  });

  test('where names each folder and why, and changes nothing', () => {
    const env = user();
    const result = runCli(['where'], { cwd: '/', env });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`decks    ${join(env.XDG_DATA_HOME!, 'briefdeck', 'decks')} (not made yet)`);
    expect(result.stdout).toMatch(/your data folder \(\$XDG_DATA_HOME\); not inside a workspace/);
    expect(result.stdout).toMatch(/^workspace none/m);
    expect(existsSync(join(env.XDG_DATA_HOME!, 'briefdeck'))).toBe(false);
  });

  test('inside a workspace (found from a subfolder) its decks and storage are used, not the data folder', () => {
    const env = user();
    const workspace = tempDir('workspace');
    mkdirSync(join(workspace, 'decks'));
    mkdirSync(join(workspace, 'storage'));
    mkdirSync(join(workspace, 'notes', 'jan'), { recursive: true });
    writeFileSync(join(workspace, 'decks', 'small-deck.json'), JSON.stringify(smallDeck));
    const inside = join(workspace, 'notes', 'jan');

    const where = JSON.parse(runCli(['where', '--json'], { cwd: inside, env }).stdout);
    expect(where.workspace).toBe(workspace);
    expect(where.decks).toMatchObject({ path: join(workspace, 'decks'), source: 'workspace' });
    const decks = runCli(['decks', '--json'], { cwd: inside, env });
    expect(JSON.parse(decks.stdout).map((d: { slug: string }) => d.slug)).toEqual(['small-deck']);
    expect(existsSync(join(env.XDG_DATA_HOME!, 'briefdeck'))).toBe(false);
  });

  test('BRIEFDECK_HOME, and then --decks-dir and --storage, win over the workspace and the data folder', () => {
    const env = user();
    const home = tempDir('home');
    const flagDecks = tempDir('flag-decks');
    const byHome = JSON.parse(runCli(['where', '--json'], { cwd: '/', env: { ...env, BRIEFDECK_HOME: home } }).stdout);
    expect(byHome.decks.path).toBe(join(home, 'decks'));
    expect(byHome.storage.path).toBe(join(home, 'storage'));
    const byFlag = JSON.parse(runCli(['where', '--json', '--decks-dir', flagDecks], { cwd: '/', env: { ...env, BRIEFDECK_HOME: home } }).stdout);
    expect(byFlag.decks).toMatchObject({ path: flagDecks, why: 'set by --decks-dir' });
    expect(byFlag.storage.path).toBe(join(home, 'storage'));
  });
});

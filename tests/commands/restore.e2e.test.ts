import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, runCli, smallDeckWorkspace, tempDir } from '../helpers/built-cli.js';

beforeAll(buildCli);

describe('briefdeck restore', () => {
  test('a storage folder that does not exist: one line naming it and how to name the right one, exit 2, nothing made', () => {
    const missing = join(tempDir('restore'), 'nonexistent');
    const result = runCli(['restore', '--storage', missing]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `briefdeck: there is no storage folder "${missing}" to restore — name the store with --storage DIR ("briefdeck where" shows the one in use)\n`,
    );
    expect(existsSync(missing)).toBe(false);
  });

  test('names the folder where the files it replaced were put', () => {
    const { storage, args } = smallDeckWorkspace();
    runCli(['review', 'small-deck', ...args], { input: '\n5\n', env: { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' } });
    runCli(['review', 'small-deck', ...args], { input: '\n5\n', env: { BRIEFDECK_NOW: '2026-03-03T09:00:00Z' } });
    const result = runCli(['restore', ...args], { env: { BRIEFDECK_NOW: '2026-03-03T10:00:00Z' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const folder = /the files it replaced are in (\S+)/.exec(result.stdout)?.[1];
    expect(folder).toMatch(new RegExp(`^${join(storage, 'backups', 'replaced-')}`));
    expect(readdirSync(folder!)).toEqual(expect.arrayContaining(['meta.json', 'reviews.jsonl']));
  });
});

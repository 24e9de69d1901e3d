// Promise 4: the store and deck files carry a schema number; a newer one is refused with
// "upgrade briefdeck" (nothing written), an older one is migrated after a backup.
// The migrations table is empty (schema 1 is the first), so the built CLI can only show the
// refusals. "Backup before migrate" is checked in-process: the test registers a migration
// from schema 0 — a version no briefdeck ever wrote — and opens a store that declares it.
// A newer store and a newer deck file are each refused once through the real CLI process; the
// stores are written, and the other refusals run, through the same command line in-process.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { migrations, type Migration } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../helpers/built-cli.js';
import { answerOf, makeDeck } from '../store/fixtures/make-deck.js';
import { filesUnder, tempStorageDir } from '../store/fixtures/store-dir.js';
import { numberedDeck, writeDecks } from './helpers/numbered-deck.js';
import { privateCli } from './helpers/private-cli.js';
import { runCliAsync, runCliInProcess, type CliOptions, type CliRun } from './helpers/run-cli.js';

const env = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
let cli: string;
type Via = 'the real process' | 'in-process';
const run = (via: Via, args: string[], options: CliOptions): Promise<CliRun> =>
  via === 'the real process' ? runCliAsync(cli, args, options) : runCliInProcess(args, options);
beforeAll(async () => {
  cli = await privateCli();
});

function setSchema(file: string, schema: number): void {
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schema }));
}

/** A store with one answer, written by the CLI; returns its paths and args. */
async function storeWithOneAnswer() {
  const root = tempDir('schema');
  const decks = writeDecks(path.join(root, 'decks'), [numberedDeck(5)]);
  const storage = path.join(root, 'storage');
  const args = ['--decks-dir', decks, '--storage', storage];
  expect((await runCliInProcess(['review', '--plain', ...args], { input: '5\n', env })).stderr).toBe('');
  return { root, decks, storage, args };
}

describe('a newer schema is refused with "upgrade briefdeck"', () => {
  test.each([
    ['meta.json', 'meta.json', 'the real process'],
    ['a progress file', path.join('progress', 'numbered01.json'), 'in-process'],
  ] as const)('in %s (%s) of the store, run %s: review and decks refuse, nothing is written', async (_what, file, via) => {
    const { storage, args } = await storeWithOneAnswer();
    setSchema(path.join(storage, file), 3);
    const before = filesUnder(storage);
    for (const command of ['review', 'decks']) {
      const refused = await run(via, [command, '--plain', ...args].filter((a) => command === 'review' || a !== '--plain'), { input: '5\n', env });
      expect(refused.status, command).toBe(1);
      expect(refused.stderr.trim().split('\n'), command).toEqual([
        `briefdeck: ${path.join(storage, file)} was written by a newer briefdeck (store schema 3, this one knows 2); upgrade briefdeck`,
      ]);
    }
    expect(filesUnder(storage)).toEqual(before);
  }, 60_000);

  test('in a deck file: that deck is refused in one line, the others still load and review (decks through the real process)', async () => {
    const { decks, args } = await storeWithOneAnswer();
    const newer = numberedDeck(3, 'newerdeck01', 'From the future');
    writeDecks(decks, [{ ...newer, schema: 2 as 1 }]);
    const file = path.join(decks, 'from-the-future.json');
    const line = `briefdeck: deck file "${file}" was written by a newer briefdeck (schema 2) — upgrade briefdeck`;

    const listed = await runCliAsync(cli, ['decks', ...args], { env });
    expect(listed.stderr.trim().split('\n')).toEqual([line]);
    expect(listed.stdout).toMatch(/^numbered-items\s+5\s/m);
    const review = await runCliInProcess(['review', '--plain', ...args], { input: '5\n', env });
    expect(review.stderr.trim().split('\n')).toEqual([line]);
    expect(review.stdout).toMatch(/^Saved: 5\.$/m);
  }, 60_000);
});

test('an older store schema with no migration to this one is refused, not guessed at; nothing is written', async () => {
  const { storage, args } = await storeWithOneAnswer();
  setSchema(path.join(storage, 'meta.json'), 0);
  const before = filesUnder(storage);
  const refused = await runCliInProcess(['review', '--plain', ...args], { input: '5\n', env });
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain(`${path.join(storage, 'meta.json')} has schema 0, which this briefdeck cannot upgrade; nothing was written`);
  expect(filesUnder(storage)).toEqual(before);
}, 60_000);

describe('an older store schema is migrated after a backup', () => {
  const registered = migrations as Record<number, Migration>;
  afterEach(() => {
    delete registered[0];
  });
  const options = (day: string) => ({ mode: 'write' as const, now: new Date(`${day}T09:00:00Z`), timeZone: 'UTC' });

  /** A schema-1 store relabelled as schema 0, and a migration 0 → 1 that records what it saw. */
  async function olderStore(lastOpened: string) {
    const dir = tempStorageDir();
    const store = await openStore(dir, options(lastOpened));
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }]));
    await store.record(answerOf(store, 'n1.1'));
    await store.close();
    setSchema(path.join(dir, 'meta.json'), 0);
    const seen: { backups: Record<string, string>; live: Record<string, string> }[] = [];
    registered[0] = async (storeDir) => {
      seen.push({ backups: filesUnder(path.join(storeDir, 'backups')), live: filesUnder(storeDir) });
      setSchema(path.join(storeDir, 'meta.json'), 1);
    };
    return { dir, seen };
  }

  test('the backup holds the store exactly as it was before the migration touched it', async () => {
    const { dir, seen } = await olderStore('2026-03-01');
    const before = filesUnder(dir);
    const store = await openStore(dir, options('2026-03-02'));
    expect(store.answers().map((a) => a.cardId)).toEqual(['n1.1']);
    await store.close();

    expect(seen).toHaveLength(1);
    const backup = Object.fromEntries(
      Object.entries(seen[0]!.backups).map(([file, bytes]) => [file.replace(/^2026-03-02\//, ''), bytes]),
    );
    expect(backup).toEqual(before);
    expect(JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')).schema).toBe(2);
  });
});

// Promise 6, the shell: deck names and paths cannot reach outside decks/ or the storage
// folder, and an input over the documented 5 MB limit is refused before it is read whole.
// The first case of each kind goes through the real CLI process; the other cases of that kind
// run the same command line in-process (a generate started as a process loads the NLP model
// each time; in-process, once per file). The endless stdin needs a real process.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, openSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../helpers/built-cli.js';
import { filesUnder } from '../store/fixtures/store-dir.js';
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

/** root/work/{decks,storage,article.md}: the folders a deck name might try to leave. */
function setUp() {
  const root = tempDir('bounds');
  const work = path.join(root, 'work');
  const decks = path.join(work, 'decks');
  const storage = path.join(work, 'storage');
  writeDecks(decks, []);
  const article = path.join(work, 'article.md');
  cpSync('tests/fixtures/inputs/briefing.md', article);
  return { root, work, decks, storage, article, args: ['--decks-dir', decks, '--storage', storage] };
}

describe('deck names and paths stay inside decks/ and storage/', () => {
  test.each([
    ['../../x', 'x.json', 'the real process'],
    ['/etc/passwd', 'etc-passwd.json', 'in-process'],
    ['..', 'deck.json', 'in-process'],
    ['a/../../b\n::c', 'a-b-c.json', 'in-process'],
  ] as const)('generate --deck %j writes decks/%s and nothing else (%s)', async (name, file, via) => {
    const { root, decks, article, args } = setUp();
    const outside = filesUnder(root);
    const passwd = statSync('/etc/passwd');
    const generated = await run(via, ['generate', article, '--deck', name, ...args], { env });
    expect(generated.stderr).toBe('');
    expect(generated.status).toBe(0);
    expect(readdirSync(decks)).toEqual([file]);
    const after = filesUnder(root);
    expect(Object.keys(after).filter((f) => !(f in outside))).toEqual([path.join('work', 'decks', file)]);
    expect(statSync('/etc/passwd').mtimeMs).toBe(passwd.mtimeMs);
  }, 60_000);

  test.each([
    ['../../x', 'the real process'],
    ['/etc/passwd', 'in-process'],
    ['../storage/meta', 'in-process'],
  ] as const)('review %j names no deck and touches nothing (%s)', async (name, via) => {
    const { root, args } = setUp();
    writeDecks(path.join(root, 'work', 'decks'), [numberedDeck(2)]);
    const before = filesUnder(root);
    const review = await run(via, ['review', name, '--plain', ...args], { input: '5\n', env });
    expect(review.status).toBe(2);
    expect(review.stderr).toContain(`no deck named "${name}"`);
    expect(filesUnder(root)).toEqual(before);
  }, 60_000);

  test('a deck file whose id would name a path outside storage is refused on load; the store gets nothing of it', async () => {
    const { root, decks, storage, args } = setUp();
    writeDecks(decks, [numberedDeck(2), { ...numberedDeck(2, '../../../escaped', 'Escape attempt') }]);
    const review = await runCliInProcess(['review', '--plain', ...args], { input: '5\n', env });
    expect(review.stderr.trim().split('\n')).toEqual([expect.stringMatching(/escape-attempt\.json" is not a valid deck: field "id"/)]);
    expect(review.stdout).toMatch(/^Saved: 5\.$/m);
    expect(Object.keys(filesUnder(root)).filter((f) => /escaped/.test(f))).toEqual([]);
    expect(readFileSync(path.join(storage, 'meta.json'), 'utf8')).not.toContain('escape');
  }, 60_000);
});

describe('inputs over the 5 MB limit', () => {
  const FIVE_MB = 5 * 1024 * 1024;

  test('a 6 MB file (sparse) is refused at once: exit 2, one line, nothing written', async () => {
    const { work, decks, args } = setUp();
    const big = path.join(work, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 6 * 1024 * 1024);
    const run = await runCliAsync(cli, ['generate', big, ...args], { env });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`briefdeck: cannot read "${big}": it is 6,291,456 bytes, over the 5 MB limit (5,242,880 bytes) — pass the article alone, not a whole site or archive\n`);
    expect(run.ms).toBeLessThan(10_000);
    expect(readdirSync(decks)).toEqual([]);
  }, 60_000);

  test('the size is checked before reading: a 3 GiB sparse file gets the same refusal, not a read error', async () => {
    // Reading it whole would fail differently (Node refuses to read files over 2 GiB) or
    // exhaust memory; only a check made before reading can say "over the 5 MB limit".
    const { work, args } = setUp();
    const huge = path.join(work, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3);
    const run = await runCliInProcess(['generate', huge, ...args], { env });
    rmSync(huge);
    expect(run.stderr).toContain('it is 3,221,225,472 bytes, over the 5 MB limit');
    expect(run.status).toBe(2);
  }, 60_000);

  test('more than 5 MB on stdin is refused the same way', async () => {
    const { args } = setUp();
    const run = await runCliInProcess(['generate', '-', ...args], { input: 'Exports rose 15 percent. '.repeat(FIVE_MB / 20), env });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^briefdeck: cannot read stdin: it is over the 5 MB limit/);
  }, 60_000);

  test('an endless stdin (/dev/zero) is read only up to the limit, then refused in one line', () => {
    const { args, decks } = setUp();
    const zero = openSync('/dev/zero', 'r');
    try {
      const run = spawnSync('node', [cli, 'generate', '-', ...args], {
        stdio: [zero, 'pipe', 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, NODE_ENV: 'production', ...env },
        timeout: 20_000,
      });
      expect(run.signal).toBeNull();
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('briefdeck: cannot read stdin: it is over the 5 MB limit (5,242,880 bytes) — pass the article alone, not a whole site or archive\n');
      expect(readdirSync(decks)).toEqual([]);
    } finally {
      closeSync(zero);
    }
  }, 60_000);
});

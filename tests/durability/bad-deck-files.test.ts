// Promise 5: deck files are checked on load by a schema. A bad deck file gives one line
// naming the file and the field; the other decks still load, list and review.
// The first bad file and the FIFO go through the real CLI process; the other cases run the
// same command lines in-process (they exercise the deck checks, not the process around them).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Deck } from '../../src/deck/types.js';
import { tempDir } from '../helpers/built-cli.js';
import { numberedDeck, savedAnswersIn, writeDecks } from './helpers/numbered-deck.js';
import { privateCli } from './helpers/private-cli.js';
import { answersInStore } from './helpers/read-answers.js';
import { runCliAsync, runCliInProcess, runCliSync, type CliOptions, type CliRun } from './helpers/run-cli.js';

let cli: string;
type Via = 'the real process' | 'in-process';
const run = (via: Via, args: string[], options: CliOptions): Promise<CliRun> =>
  via === 'the real process' ? runCliAsync(cli, args, options) : runCliInProcess(args, options);
beforeAll(async () => {
  cli = await privateCli();
});

const env = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
const other = numberedDeck(3, 'otherdeck01', 'Other deck');
const withNote = (change: (note: Deck['notes'][number]) => object, index = 0) =>
  JSON.stringify({ ...other, notes: other.notes.map((note, i) => (i === index ? change(note) : note)) });
const { name: _dropped, ...nameless } = other;

/** [what, file text, what the line must say] */
const badFiles: [string, string, string][] = [
  ['a field of the wrong type', withNote((note) => ({ ...note, text: 5 })), 'field "notes.0.text": Invalid input: expected string, received number'],
  ['a missing field', JSON.stringify(nameless), 'field "name": Invalid input: expected string, received undefined'],
  ['not JSON', '{"schema": 1, "notes": [', 'is not valid JSON'],
  ['cloze markup that does not parse', withNote((note) => ({ ...note, text: 'Item 1 cost {{c1::$1 million' })), 'field "notes.0.text"'],
  ['a note with more cards than deletions', withNote((note) => ({ ...note, cardKinds: ['money', 'money'] }), 1), 'field "notes.1.text"'],
];

const cases = badFiles.map(([what, text, says], i): [string, Via, string, string] => [what, i === 0 ? 'the real process' : 'in-process', text, says]);

test.each(cases)('%s (%s): decks and review name the file and the field in one line; the other deck still loads and reviews', async (_what, via, text, says) => {
  const root = tempDir('baddeck');
  const decks = writeDecks(path.join(root, 'decks'), [numberedDeck(5)]);
  const bad = path.join(decks, 'other-deck.json');
  writeFileSync(bad, text);
  const storage = path.join(root, 'storage');
  const args = ['--decks-dir', decks, '--storage', storage];

  const listed = await run(via, ['decks', ...args], { env });
  expect(listed.stderr.trim().split('\n')).toEqual([expect.stringContaining(`briefdeck: deck file "${bad}" `)]);
  expect(listed.stderr).toContain(says);
  expect(listed.stdout).toMatch(/^numbered-items\s+5\s/m);
  expect(listed.status).toBe(1);

  await expectReviewSavesTwo(via, args, storage, listed.stderr);
}, 60_000);

test('a copied deck file (the same ids under another name) is left out in one line naming both files; the original still reviews', async () => {
  const root = tempDir('copydeck');
  const decks = writeDecks(path.join(root, 'decks'), [numberedDeck(5)]);
  const original = path.join(decks, 'numbered-items.json');
  const copy = path.join(decks, 'the-copy.json');
  writeFileSync(copy, JSON.stringify({ ...numberedDeck(5), name: 'The copy', slug: 'the-copy' }));
  const storage = path.join(root, 'storage');
  const args = ['--decks-dir', decks, '--storage', storage];

  const listed = await runCliInProcess(['decks', ...args], { env });
  expect(listed.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^briefdeck: deck files "${original}" and "${copy}" share deck id numbered01 `))]);
  expect(listed.stdout).toMatch(/^numbered-items\s+5\s/m);
  expect(listed.stdout).not.toMatch(/the-copy/);

  await expectReviewSavesTwo('in-process', args, storage, listed.stderr);
}, 60_000);

test('a FIFO named *.json in the decks folder is skipped with one line, never read: decks and review do not hang', async () => {
  const root = tempDir('fifodeck');
  const decks = writeDecks(path.join(root, 'decks'), [numberedDeck(5)]);
  const fifo = path.join(decks, 'pipe.json');
  execFileSync('mkfifo', [fifo]);
  const storage = path.join(root, 'storage');
  const args = ['--decks-dir', decks, '--storage', storage];
  const line = `briefdeck: deck file "${fifo}" is not a regular file (a pipe, device or socket), so it was skipped — remove it from the decks folder`;

  const listed = runCliSync(cli, ['decks', ...args], { env });
  expect(listed.stderr.trim().split('\n')).toEqual([line]);
  expect(listed.stdout).toMatch(/^numbered-items\s+5\s/m);
  const review = runCliSync(cli, ['review', '--plain', ...args], { input: '5\n', env });
  expect(review.stderr.trim().split('\n')).toEqual([line]);
  expect(review.status).toBe(0);
  expect(await answersInStore(storage)).toEqual(savedAnswersIn(review.stdout));
}, 60_000);

/** The other decks still review: two answers are saved, with the same one-line warning as `decks`. */
test.each([['review'], ['stats'], ['quiz']])('%s naming the deck whose file is bad says what is wrong with that file, in one line, not "no deck named"', async (command) => {
  const root = tempDir('namedbad');
  const decks = writeDecks(path.join(root, 'decks'), [numberedDeck(5)]);
  const bad = path.join(decks, 'other-deck.json');
  writeFileSync(bad, '{"schema": 1, "notes": [');
  const run = await runCliInProcess([command, 'other-deck', '--decks-dir', decks, '--storage', path.join(root, 'storage')], { env });
  expect(run.stderr.trim().split('\n')).toEqual([`briefdeck: deck file "${bad}" is not valid JSON — fix it by hand, or regenerate it with "briefdeck generate ARTICLE --replace" (which keeps the damaged file aside)`]);
  expect(run.status).toBe(2);
});

async function expectReviewSavesTwo(via: Via, args: string[], storage: string, warning: string): Promise<void> {
  const review = await run(via, ['review', '--plain', ...args], { input: '5\n4\n', env });
  expect(review.stderr).toBe(warning);
  expect(review.status).toBe(0);
  const saved = savedAnswersIn(review.stdout);
  expect(saved).toHaveLength(2);
  expect(await answersInStore(storage)).toEqual(saved);
}


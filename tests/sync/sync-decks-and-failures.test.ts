// Decks travel and merge by note id; a remote that fails leaves this machine as it was.
// The failures (a refusing or missing remote, no git, a running review) go through the real
// CLI process; the merges run the same command lines in-process.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildCli, CLI, tempDir } from '../helpers/built-cli.js';
import { holdStoreOpen } from '../store/fixtures/hold-store-open-process.js';
import { filesUnder } from '../store/fixtures/store-dir.js';
import type { Deck, Note } from '../../src/deck/types.js';
import { bareRemote, GIT_ENV, history, machine, review, sync, type Machine } from './helpers/machines.js';

beforeAll(() => buildCli());

const deckFile = (m: Machine) => path.join(m.decks, 'small-deck.json');
const readDeck = (m: Machine): Deck => JSON.parse(readFileSync(deckFile(m), 'utf8'));

/** What `generate` does to a deck regenerated from a changed article: notes added, some retired. */
function regenerate(m: Machine, at: string, change: (notes: Note[]) => Note[]): void {
  const deck = readDeck(m);
  writeFileSync(deckFile(m), JSON.stringify({ ...deck, generatedAt: at, notes: change(deck.notes) }, null, 2));
}

function newNote(id: string, text: string): Note {
  return { id, fingerprint: `fp-${id}`, kind: 'number', cardKinds: ['number'], text, extra: text.replace(/\{\{c1::|\}\}/g, ''), section: null, tags: [] };
}

test('a deck regenerated on both sides keeps the union of notes and the retirements of either; two hand edits of one note are both kept aside', async () => {
  const remote = bareRemote();
  const a = machine('a', true, 'in-process');
  const b = machine('b', false, 'in-process');
  expect((await sync(a, '2026-01-05T08:00:00Z', remote)).status).toBe(0);
  expect((await sync(b, '2026-01-05T08:01:00Z', remote)).status).toBe(0);

  const [money, pct, person] = ['noteMoney01', 'notePct0001', 'notePerson1'];
  regenerate(a, '2026-01-06T09:00:00Z', (notes) => [
    ...notes.map((n) => (n.id === money ? { ...n, retiredAt: '2026-01-06T09:00:00Z' } : n.id === person ? { ...n, text: n.text.replace('said', 'told reporters'), editedAt: '2026-01-06T09:00:00Z' } : n)),
    newNote('noteNewOnA1', 'Exports rose to {{c1::12}} ships.'),
  ]);
  regenerate(b, '2026-01-06T10:00:00Z', (notes) => [
    ...notes.map((n) => (n.id === pct ? { ...n, retiredAt: '2026-01-06T10:00:00Z' } : n.id === person ? { ...n, text: n.text.replace('said', 'stated'), editedAt: '2026-01-06T10:00:00Z' } : n)),
    newNote('noteNewOnB1', 'Imports fell to {{c1::40}} tonnes.'),
  ]);
  const bPerson = readDeck(b).notes.find((n) => n.id === person)!;
  const aPerson = readDeck(a).notes.find((n) => n.id === person)!;

  expect((await sync(a, '2026-01-06T11:00:00Z')).status).toBe(0);
  const merging = await sync(b, '2026-01-06T11:05:00Z');
  expect(merging.status, merging.stderr).toBe(0);
  const told = await sync(a, '2026-01-06T11:10:00Z');
  expect(told.status, told.stderr).toBe(0);

  expect(readDeck(a)).toEqual(readDeck(b));
  const notes = readDeck(a).notes;
  expect(notes.map((n) => n.id).sort()).toEqual([money, pct, person, 'noteNewOnA1', 'noteNewOnB1'].sort());
  expect(notes.filter((n) => n.retiredAt).map((n) => n.id).sort()).toEqual([money, pct]);
  // The conflict: B merged it, kept its own version, and both machines were told where both are.
  expect(notes.find((n) => n.id === person)).toEqual(bPerson);
  for (const [m, run] of [[b, merging], [a, told]] as const) {
    expect(run.stderr).toMatch(/deck "Small deck": 1 note \(notePerson1\) edited differently by hand on two machines — .*both are in .*small-deck\.json\.conflict-/);
    const kept = readdirSync(m.decks).filter((name) => name.includes('.conflict-'));
    expect(kept).toHaveLength(1);
    const record = JSON.parse(readFileSync(path.join(m.decks, kept[0]!), 'utf8'));
    expect(record.notes).toEqual([{ noteId: person, here: bPerson, there: aPerson }]);
  }
  // The decks still load (the conflict file is not a deck) and count the same on both.
  const [onA, onB] = await Promise.all([a, b].map((m) => m.run(['decks'], '2026-01-06T12:00:00Z')));
  expect(onA!.stderr).toBe('');
  expect(onA!.stdout).toBe(onB!.stdout);
}, 60_000);

test('a remote that refuses the push, or cannot be reached: one line, exit 1, store and decks as they were', async () => {
  const remote = bareRemote();
  const a = machine('a', true);
  expect((await sync(a, '2026-01-05T08:00:00Z', remote)).status).toBe(0);
  const b = machine('b');
  expect((await sync(b, '2026-01-05T08:01:00Z', remote)).status).toBe(0);
  expect((await review(a, '2026-01-05T09:00:00Z', [5, 4])).status).toBe(0);
  // A regenerated the deck meanwhile: one note retired.
  regenerate(a, '2026-01-05T09:05:00Z', (notes) => notes.map((n) => (n.id === 'notePct0001' ? { ...n, retiredAt: '2026-01-05T09:05:00Z' } : n)));
  expect((await sync(a, '2026-01-05T09:10:00Z')).status).toBe(0);
  expect((await review(b, '2026-01-05T10:00:00Z', [4])).status).toBe(0);

  // The server's hook refuses every push (a full disk, a quota, a protected branch).
  const hook = path.join(remote, 'hooks', 'pre-receive');
  writeFileSync(hook, '#!/bin/sh\necho "quota exceeded" >&2\nexit 1\n');
  chmodSync(hook, 0o755);
  const outsideRepo = (m: Machine) => Object.fromEntries(Object.entries(filesUnder(m.home)).filter(([file]) => !file.startsWith('storage/sync/')));
  const before = outsideRepo(b);
  const answersBefore = await history(b);
  const refused = await sync(b, '2026-01-05T10:10:00Z');
  expect(refused.status).toBe(1);
  expect(refused.stderr.trim().split('\n')).toHaveLength(1);
  expect(refused.stderr).toMatch(/^briefdeck: the sync remote .* refused the push: .*quota exceeded.*; nothing was changed here/);
  expect(outsideRepo(b)).toEqual(before);
  expect(await history(b)).toEqual(answersBefore);

  // No network (here: a remote that is not there).
  const gone = await b.run(['sync', '--remote', path.join(tempDir('gone'), 'nowhere.git')], '2026-01-05T10:20:00Z');
  expect(gone.status).toBe(1);
  expect(gone.stderr).toMatch(/^briefdeck: could not fetch from the sync remote .*nowhere\.git: .*; nothing was changed here and reviews go on offline — run briefdeck sync again once it is reachable\n$/);
  expect(outsideRepo(b)).toEqual(before);

  // Once the remote takes pushes again, nothing was lost on the way.
  writeFileSync(hook, '#!/bin/sh\nexit 0\n');
  expect((await b.run(['sync', '--remote', remote], '2026-01-05T10:30:00Z')).status).toBe(0);
  expect((await sync(a, '2026-01-05T10:40:00Z')).status).toBe(0);
  expect(await history(a)).toEqual(await history(b));
  expect((await history(a)).answers).toHaveLength(3);
  expect(readDeck(b)).toEqual(readDeck(a));
  expect(readDeck(b).notes.find((n) => n.id === 'notePct0001')!.retiredAt).toBe('2026-01-05T09:05:00Z');
}, 60_000);

test('sync without git on PATH says so in one line', () => {
  const bin = tempDir('no-git');
  mkdirSync(path.join(bin, 'bin'));
  symlinkSync(process.execPath, path.join(bin, 'bin', 'node'));
  const a = machine('a', true);
  const run = spawnSync(process.execPath, [CLI, 'sync', '--remote', '/nowhere.git', '--decks-dir', a.decks, '--storage', a.storage], {
    encoding: 'utf8',
    env: { ...GIT_ENV, PATH: path.join(bin, 'bin'), NO_COLOR: '1', HOME: bin },
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toBe('briefdeck: sync needs git, and no git command was found — install git (or put it on PATH) and run briefdeck sync again\n');
});

test('sync (or sync --status) before any remote was named asks for one and writes nothing', async () => {
  const a = machine('a', true, 'in-process');
  for (const args of [['sync'], ['sync', '--status']]) {
    const run = await a.run(args, '2026-01-05T08:00:00Z');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^briefdeck: storage ".*" has no sync remote yet — name one once with: briefdeck sync --remote URL\n$/);
  }
  expect(filesUnder(a.storage)).toEqual({});
});

test('a store restored from a backup gets the answers it lost back from the remote at the next sync', async () => {
  const remote = bareRemote();
  const a = machine('a', true, 'in-process');
  expect((await review(a, '2026-01-05T09:00:00Z', [5, 4])).status).toBe(0);
  expect((await review(a, '2026-01-06T09:00:00Z', [4])).status).toBe(0);
  expect((await sync(a, '2026-01-06T09:30:00Z', remote)).status).toBe(0);
  const synced = await history(a);
  // The backup of 2026-01-06 was taken before that day's answer.
  expect((await a.run(['restore', '2026-01-06'], '2026-01-06T10:00:00Z')).status).toBe(0);
  expect((await history(a)).answers).toHaveLength(synced.answers.length - 1);
  const back = await sync(a, '2026-01-06T10:30:00Z');
  expect(back.status, back.stderr).toBe(0);
  expect(back.stdout).toMatch(/received 1 answer\b/);
  expect(await history(a)).toEqual(synced);
}, 60_000);

test('a damaged deck file here is never overwritten by the version coming home: that one gets a name beside it', async () => {
  const remote = bareRemote();
  const a = machine('a', true, 'in-process');
  expect((await sync(a, '2026-01-05T08:00:00Z', remote)).status).toBe(0);
  const b = machine('b', false, 'in-process');
  writeFileSync(deckFile(b), '{"schema": 1, "id": "smalldeck01", "notes": [');
  const damaged = readFileSync(deckFile(b), 'utf8');
  const run = await sync(b, '2026-01-05T08:01:00Z', remote);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toContain(`deck file "${deckFile(b)}" is not valid JSON`);
  expect(readFileSync(deckFile(b), 'utf8')).toBe(damaged);
  expect(JSON.parse(readFileSync(path.join(b.decks, 'small-deck-2.json'), 'utf8')).id).toBe('smalldeck01');
});

test('sync beside a running review is refused at once, like a second writer; the remote is left alone', async () => {
  const remote = bareRemote();
  const a = machine('a', true);
  expect((await sync(a, '2026-01-05T08:00:00Z', remote)).status).toBe(0);
  expect((await review(a, '2026-01-05T09:00:00Z', [5])).status).toBe(0);
  const remoteHead = () => spawnSync('git', ['--git-dir', remote, 'rev-parse', 'main'], { encoding: 'utf8', env: { ...process.env, ...GIT_ENV } }).stdout;
  const before = remoteHead();
  const holder = await holdStoreOpen(a.storage);
  try {
    const refused = await sync(a, '2026-01-05T09:10:00Z');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^briefdeck: storage ".*" is in use by another briefdeck \\(pid ${holder.pid}, review, since .*\\n$`));
    expect(remoteHead()).toBe(before);
  } finally {
    holder.kill('SIGKILL');
  }
}, 30_000);

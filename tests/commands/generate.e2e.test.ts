import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseDeckFile } from '../../src/deck/deck-file.js';
import type { Deck } from '../../src/deck/types.js';
import { buildCli, runCli, tempDir } from '../helpers/built-cli.js';
import { runInProcess } from '../helpers/in-process-cli.js';

beforeAll(buildCli);

const SEED = new URL('../../decks/central-asia-engagement.txt', import.meta.url).pathname;
const SEED_SLUG = 'us-ambassador-kazakhstan-outlines-us';

function readDeck(file: string): Deck {
  return parseDeckFile(readFileSync(file, 'utf8'), file);
}

/** The deck file's text without the one line that is meant to change between runs. */
const withoutTimestamp = (text: string): string => text.replace(/"generatedAt": "[^"]*"/, '"generatedAt": "…"');

describe('briefdeck generate on the seed article', () => {
  test('writes a schema-valid deck and says what it made', () => {
    const decks = tempDir('gen');
    const result = runCli(['generate', SEED, '--decks-dir', decks], { env: { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const file = join(decks, `${SEED_SLUG}.json`);
    const deck = readDeck(file);
    const cards = deck.notes.reduce((n, note) => n + note.cardKinds.length, 0);
    expect(result.stdout.split('\n')[0]).toBe(
      `Wrote ${file}: "US Ambassador to Kazakhstan Outlines US Engagement in Central Asia", ${deck.notes.length} notes, ${cards} cards`,
    );
    const quotes = deck.notes.filter((n) => n.kind === 'quote').length;
    expect(result.stdout).toMatch(new RegExp(`cards by kind: .*quote ${quotes}\\b`));
    expect(deck.source).toMatchObject({ path: SEED, dateline: 'WASHINGTON' });
    // BRIEFDECK_NOW sets the clock, which then runs on.
    expect(deck.generatedAt.startsWith('2026-03-02T09:00')).toBe(true);
    expect(deck.notes.some((n) => n.extra.startsWith('Speaker: U.S. Ambassador to Kazakhstan Daniel Rosenblum'))).toBe(true);
  });

  test('generating twice gives the same file byte for byte, apart from generatedAt', async () => {
    const decks = tempDir('gen');
    const file = join(decks, `${SEED_SLUG}.json`);
    await runInProcess(['generate', SEED, '--decks-dir', decks], { env: { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' } });
    const first = readFileSync(file, 'utf8');
    const again = await runInProcess(['generate', SEED, '--decks-dir', decks], { env: { BRIEFDECK_NOW: '2026-03-05T09:00:00Z' } });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/\(0 new, \d+ unchanged, 0 retired\)/);
    const second = readFileSync(file, 'utf8');
    expect(second).not.toBe(first);
    expect(withoutTimestamp(second)).toBe(withoutTimestamp(first));
  });

  test('a lightly edited article keeps the ids of unchanged notes and retires the vanished one', async () => {
    const decks = tempDir('gen');
    const work = tempDir('article');
    const article = join(work, 'article.txt');
    const original = readFileSync(SEED, 'utf8');
    writeFileSync(article, original);
    await runInProcess(['generate', article, '--decks-dir', decks, '--deck', 'Edited'], { env: { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' } });
    const before = readDeck(join(decks, 'edited.json'));
    // A sentence of the article that has a fact note of its own (one note: a long sentence can make two).
    const alone = (n: { extra: string }): boolean => before.notes.filter((m) => m.extra === n.extra).length === 1;
    const sentence = before.notes.find((n) => n.kind !== 'quote' && !/[“”]/.test(n.extra) && /^Kazakhstan\b/.test(n.extra) && alone(n))!.extra;
    expect(original).toContain(sentence);
    writeFileSync(article, original.replace(sentence, 'Kazakhstan has long kept close ties with its southern neighbours.'));
    const result = await runInProcess(['generate', article, '--decks-dir', decks, '--deck', 'Edited'], { env: { BRIEFDECK_NOW: '2026-03-09T09:00:00Z' } });
    expect(result.status).toBe(0);
    const after = readDeck(join(decks, 'edited.json'));
    const vanished = before.notes.filter((n) => n.extra.includes(sentence));
    expect(vanished).toHaveLength(1);
    const retired = after.notes.filter((n) => n.retiredAt);
    // The budget and the one-answer share are for the whole deck, so a removed sentence may
    // also push out a weaker card elsewhere; every note made again keeps its id.
    expect(retired.map((n) => n.id)).toEqual(expect.arrayContaining(vanished.map((n) => n.id)));
    expect(retired.length).toBeLessThanOrEqual(2);
    expect(retired[0]!.retiredAt!.startsWith('2026-03-09T09:00')).toBe(true);
    const live = new Map(after.notes.filter((n) => !n.retiredAt).map((n) => [n.fingerprint, n.id]));
    for (const note of before.notes.filter((n) => live.has(n.fingerprint))) expect(live.get(note.fingerprint), note.text).toBe(note.id);
    expect(live.size).toBeGreaterThanOrEqual(before.notes.length - 2);
    expect(result.stdout).toMatch(new RegExp(`\\(\\d+ new, \\d+ unchanged, ${retired.length} retired\\)`));
  });
});

describe('other inputs', () => {
  test('a one-sentence article: "1 note", not "1 notes"', async () => {
    const decks = tempDir('gen');
    const result = await runInProcess(['generate', '-', '--deck', 'Farms', '--decks-dir', decks], { input: 'Farm closures\n\nOfficials said 40 percent of 2,000 farms closed in 2023.\n' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/"Farms", 1 note, \d+ cards/);
  });

  test('stdin ("-") with --deck names the deck', () => {
    const decks = tempDir('gen');
    const result = runCli(['generate', '-', '--deck', 'Piped Briefing', '--decks-dir', decks], { input: readFileSync(SEED, 'utf8') });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const deck = readDeck(join(decks, 'piped-briefing.json'));
    expect(deck.name).toBe('Piped Briefing');
    expect(deck.source.path).toBeUndefined();
    expect(deck.notes.length).toBeGreaterThan(20);
  });

  test('an HTML page gives the article without its navigation', async () => {
    const decks = tempDir('gen');
    const page = join(tempDir('article'), 'story.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Port deal | News</title><script>var x = "$9 billion";</script></head><body>
       <nav><a href="/">Home</a> <a href="/world">World in 2030</a></nav>
       <article><h1>Port deal signed</h1>
       <p>Kenya signed a $2 billion port deal with the Harbor Development Agency on March 3, 2024.</p>
       <p>“This port will double our exports within five years,” Transport Minister Amina Otieno said.</p></article>
       <footer>© 2025 News Corp</footer></body></html>`,
    );
    const result = await runInProcess(['generate', page, '--decks-dir', decks, '--json']);
    expect(result.status).toBe(0);
    const deck = JSON.parse(result.stdout) as Deck;
    expect(deck.name).toBe('Port deal signed');
    const text = deck.notes.map((n) => n.text).join('\n');
    expect(text).toMatch(/\{\{c\d::\$2 billion::amount\}\}/);
    expect(text).not.toMatch(/9 billion|2030|2025|Home/);
    const quote = deck.notes.find((n) => n.kind === 'quote')!;
    expect(quote.text).toContain('{{c1::Amina Otieno::who said it?}}');
    expect(quote.extra.split('\n')[0]).toBe('Speaker: Transport Minister Amina Otieno');
  });
});

describe('bad input: one line on stderr naming the file, exit 2, nothing written', () => {
  const work = tempDir('bad');
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(work, 'missing.txt'), /no such file/],
    ['a directory', () => work, /directory/],
    ['an empty file', () => write('empty.txt', ''), /empty/],
    ['binary data', () => write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0])), /binary/],
    ['a file over 5 MB', () => sparse('huge.txt', '6M'), /over the 5 MB limit/],
    ['text with no facts', () => write('plain.txt', 'hello there. it is nice.'), /no facts or quotes/],
  ];

  function write(name: string, data: string | Buffer): string {
    const file = join(work, name);
    writeFileSync(file, data);
    return file;
  }

  /** A sparse file: big to stat, nothing on disk. */
  function sparse(name: string, size: string): string {
    const file = join(work, name);
    execFileSync('truncate', ['-s', size, file]);
    return file;
  }

  test.each(cases)('%s', (_label, makeInput, problem) => {
    const input = makeInput();
    const decks = join(tempDir('gen'), 'decks');
    const result = runCli(['generate', input, '--decks-dir', decks]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(input);
    expect(lines[0]).toMatch(problem);
    expect(existsSync(decks) ? readdirSync(decks) : []).toEqual([]);
  });
});

test('regenerating after the deck file was deleted keeps the ids, and so the progress, from the storage', async () => {
  const decks = tempDir('lost');
  const storage = tempDir('lost-storage');
  const args = ['--decks-dir', decks, '--storage', storage];
  const env = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
  expect((await runInProcess(['generate', SEED, ...args], { env })).status).toBe(0);
  const file = join(decks, `${SEED_SLUG}.json`);
  const first = readDeck(file);
  const review = runCli(['review', '--plain', ...args], { input: '5\n4\n5\n', env });
  expect(review.stdout.match(/^Saved: /gm)).toHaveLength(3);
  const before = JSON.parse(runCli(['decks', '--json', ...args], { env }).stdout) as unknown[];

  rmSync(file);
  const again = await runInProcess(['generate', SEED, ...args], { env });
  expect(again.stderr).toBe('');
  expect(again.stdout).toContain(`notes found in the storage keep their ids and progress`);
  const second = readDeck(file);
  expect(second.id).toBe(first.id);
  expect(second.notes.map((n) => n.id)).toEqual(first.notes.map((n) => n.id));
  expect(JSON.parse(runCli(['decks', '--json', ...args], { env }).stdout)).toEqual(before);
  const stats = JSON.parse(runCli(['stats', '--json', ...args], { env }).stdout) as { decks: unknown[] };
  expect(stats.decks).toHaveLength(1);
});

test('terminal control sequences in an article never reach the deck or the screen', async () => {
  const work = tempDir('controls');
  const decks = join(work, 'decks');
  const args = ['--decks-dir', decks, '--storage', join(work, 'storage')];
  const env = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
  const article = join(work, 'article.txt');
  const text = readFileSync(SEED, 'utf8').replace('\n', '\u001b]0;pwned\u0007\n').replace(/Kazakhstan/g, 'Kazakh\u001b[2Jstan');
  writeFileSync(article, text);
  const generated = await runInProcess(['generate', article, ...args], { env });
  expect(generated.status).toBe(0);
  const [file] = readdirSync(decks);
  const outputs = [
    generated.stdout,
    readFileSync(join(decks, file!), 'utf8'),
    runCli(['review', '--plain', ...args], { input: '\n5\n\n5\nq\n', env }).stdout,
    runCli(['brief', ...args], { env }).stdout,
    runCli(['decks', ...args], { env }).stdout,
  ];
  for (const output of outputs) {
    expect(output).toMatch(/kazakhstan/i);
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\\u001b/);
  }

  // A hand-edited deck file with an escape sequence is shown without it.
  const deckFile = join(decks, file!);
  writeFileSync(deckFile, readFileSync(deckFile, 'utf8').replace(/Kazakhstan/g, 'Kazakh\\u001b[2Jstan'));
  const review = runCli(['review', '--plain', ...args], { input: '\n5\nq\n', env: { BRIEFDECK_NOW: '2026-03-09T09:00:00Z' } });
  expect(review.stdout).not.toContain('\u001b');
});

test('a damaged deck file: generate refuses, offering --replace; with it the file is kept aside and the ids come back from the storage', async () => {
  const decks = tempDir('damaged');
  const storage = tempDir('damaged-storage');
  const args = ['--decks-dir', decks, '--storage', storage];
  const env = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
  expect((await runInProcess(['generate', SEED, ...args], { env })).status).toBe(0);
  const file = join(decks, `${SEED_SLUG}.json`);
  const ids = readDeck(file).notes.map((n) => n.id);
  expect(runCli(['review', '--plain', ...args], { input: '5\n', env }).status).toBe(0);
  writeFileSync(file, '{"schema": 1, "notes": [');

  const refused = runCli(['generate', SEED, ...args], { env });
  expect(refused.status).toBe(2);
  expect(refused.stderr).toBe(
    `briefdeck: deck file "${file}" is not valid JSON — fix it by hand, or regenerate it with "briefdeck generate ARTICLE --replace" (which keeps the damaged file aside)\n`,
  );
  const replaced = await runInProcess(['generate', SEED, '--replace', ...args], { env });
  expect(replaced.status).toBe(0);
  const [aside] = readdirSync(decks).filter((n) => n.includes('.damaged-'));
  expect(aside).toMatch(/\.json\.damaged-2026-03-02T09-\d\d-\d\d-\d{3}Z$/);
  expect(replaced.stderr).toBe(`briefdeck: the damaged deck file was kept aside as ${join(decks, aside!)}\n`);
  expect(readFileSync(join(decks, aside!), 'utf8')).toBe('{"schema": 1, "notes": [');
  expect(readDeck(file).notes.map((n) => n.id)).toEqual(ids);
});

describe('deck names in any script', () => {
  const BRIEFING = new URL('../fixtures/inputs/briefing.md', import.meta.url).pathname;
  const env = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };

  test('names in Japanese and Russian make two decks, neither replacing the other', async () => {
    const decks = tempDir('scripts');
    expect((await runInProcess(['generate', SEED, '--deck', '中央アジア外交', '--decks-dir', decks], { env })).status).toBe(0);
    expect((await runInProcess(['generate', BRIEFING, '--deck', 'Брифинг', '--decks-dir', decks], { env })).status).toBe(0);
    expect(readdirSync(decks).sort()).toEqual(['брифинг.json', '中央アジア外交.json']);
    const first = readDeck(join(decks, '中央アジア外交.json'));
    expect(first.name).toBe('中央アジア外交');
    expect(first.notes.some((n) => n.retiredAt)).toBe(false);
  });

  test('a name whose file name is taken by a deck of another article under another name is refused, nothing written', async () => {
    const decks = tempDir('clash');
    expect((await runInProcess(['generate', SEED, '--deck', '???', '--decks-dir', decks], { env })).status).toBe(0);
    const before = readFileSync(join(decks, 'deck.json'));
    const clash = runCli(['generate', BRIEFING, '--deck', '!!!', '--decks-dir', decks], { env });
    expect(clash.status).toBe(2);
    expect(clash.stderr.trim().split('\n')).toEqual([
      `briefdeck: ${join(decks, 'deck.json')} already holds the deck "???", made from another article — name this one with --deck NAME; nothing was written`,
    ]);
    expect(readFileSync(join(decks, 'deck.json'))).toEqual(before);
    expect(readdirSync(decks)).toEqual(['deck.json']);
  });
});

test('--deck ../../evil stays inside the decks directory', async () => {
  const root = tempDir('gen');
  const decks = join(root, 'a', 'b', 'decks');
  mkdirSync(decks, { recursive: true });
  const result = await runInProcess(['generate', SEED, '--deck', '../../evil', '--decks-dir', decks]);
  expect(result.status).toBe(0);
  expect(readdirSync(decks)).toEqual(['evil.json']);
  for (const dir of [root, join(root, 'a'), dirname(decks)]) expect(readdirSync(dir).some((f) => f.includes('evil'))).toBe(false);
  expect(readDeck(join(decks, 'evil.json')).name).toBe('../../evil');
});

test('a deck made under the long slug of an earlier version is regenerated in place, keeping its ids', async () => {
  const decks = tempDir('gen');
  const first = await runInProcess(['generate', SEED, '--decks-dir', decks, '--json']);
  expect(first.status).toBe(0);
  const longSlug = 'us-ambassador-to-kazakhstan-outlines-us-engagement-in-central-asia';
  renameSync(join(decks, `${SEED_SLUG}.json`), join(decks, `${longSlug}.json`));
  const again = await runInProcess(['generate', SEED, '--decks-dir', decks]);
  expect(again.status).toBe(0);
  expect(readdirSync(decks)).toEqual([`${longSlug}.json`]);
  expect(readDeck(join(decks, `${longSlug}.json`)).notes.map((n) => n.id)).toEqual(JSON.parse(first.stdout).notes.map((n: { id: string }) => n.id));
});

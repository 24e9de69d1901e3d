import { chmodSync, existsSync, truncateSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, test } from 'vitest';
import { runExport } from '../../src/commands/export.js';
import { runImport } from '../../src/commands/import.js';
import { loadDeckFile, saveDeckFile } from '../../src/deck/deck-file.js';
import type { Deck } from '../../src/deck/types.js';
import { exportToString } from './export-to-string.js';
import { bundledOrSampleDeck, sampleDeck } from './sample-deck.js';
import { tempDir } from '../helpers/temp-dir.js';

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

let dir: string;
let decksDir: string;
let out: ReturnType<typeof sink>;
let err: ReturnType<typeof sink>;

beforeEach(async () => {
  dir = tempDir('export');
  decksDir = join(dir, 'decks');
  await saveDeckFile(decksDir, sampleDeck());
  out = sink();
  err = sink();
});

const exportOptions = (anki: string, more: Partial<Parameters<typeof runExport>[0]> = {}) => ({
  deck: 'central-asia-engagement',
  anki,
  apkg: null,
  withProgress: false,
  decksDir,
  storageDir: join(dir, 'storage'),
  stdout: out.stream,
  stderr: err.stream,
  ...more,
});

describe('briefdeck export --anki', () => {
  test('writes the file, leaves no temporary file, and says how to import it', async () => {
    const file = join(dir, 'out.csv');
    await expect(runExport(exportOptions(file))).resolves.toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(await exportToString([sampleDeck()]));
    expect(readdirSync(dir).sort()).toEqual(['decks', 'out.csv']);
    expect(err.text()).toBe(`Exported 4 notes from 1 deck to ${file} — in Anki: File › Import\n`);
  });

  test('"-" writes to stdout, and no DECK exports every deck', async () => {
    const second = sampleDeck();
    await saveDeckFile(decksDir, { ...second, id: 'deck2', name: 'Second', slug: 'second', notes: second.notes.map((n) => ({ ...n, id: `${n.id}2` })) });
    await runExport(exportOptions('-', { deck: null }));
    const csv = out.text();
    expect(csv).toContain('"briefdeck::Second"');
    expect(csv).toContain('"briefdeck::Central Asia engagement"');
  });

  test('replaces an existing file whole', async () => {
    const file = join(dir, 'out.csv');
    writeFileSync(file, 'old');
    await runExport(exportOptions(file));
    expect(readFileSync(file, 'utf8').startsWith('#separator:Comma\n')).toBe(true);
  });

  test('--with-progress is refused for a CSV, pointing to the package; no side file that Anki would take for notes', async () => {
    const file = join(dir, 'out.csv');
    await expect(runExport(exportOptions(file, { withProgress: true }))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/CSV cannot carry the schedule — use --apkg FILE --with-progress/),
    });
    expect(readdirSync(dir).sort()).toEqual(['decks']);
  });
});

describe('bad input: one line, exit 2, nothing written', () => {
  function expectUsageError(error: unknown, pattern: RegExp): void {
    expect(error).toMatchObject({ name: 'UserError', exitCode: 2 });
    expect((error as Error).message).toMatch(pattern);
    expect((error as Error).message).not.toContain('\n');
  }

  async function failure(promise: Promise<unknown>): Promise<unknown> {
    return promise.then(
      () => expect.fail('expected a UserError'),
      (error: unknown) => error,
    );
  }

  test('an unknown deck', async () => {
    const file = join(dir, 'out.csv');
    writeFileSync(file, 'old contents');
    expectUsageError(await failure(runExport(exportOptions(file, { deck: 'nope' }))), /no deck named "nope"/);
    expect(readFileSync(file, 'utf8')).toBe('old contents');
  });

  test('no decks at all', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expectUsageError(await failure(runExport(exportOptions('-', { deck: null, decksDir: empty }))), /no decks to export/);
  });

  test('a folder as FILE', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    expectUsageError(await failure(runExport(exportOptions(folder))), /is a folder/);
    expect(readdirSync(folder)).toEqual([]);
  });

  test('a path in a folder that does not exist, or under a file', async () => {
    expectUsageError(await failure(runExport(exportOptions(join(dir, 'missing', 'x.csv')))), /cannot write .* does not exist/);
    writeFileSync(join(dir, 'plain'), '');
    expectUsageError(await failure(runExport(exportOptions(join(dir, 'plain', 'x.csv')))), /cannot write/);
  });

  test.skipIf(process.getuid?.() === 0)('a folder without write permission', async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'out.csv'), 'old');
    chmodSync(locked, 0o555);
    try {
      expectUsageError(await failure(runExport(exportOptions(join(locked, 'out.csv')))), /no permission/);
      expect(readFileSync(join(locked, 'out.csv'), 'utf8')).toBe('old');
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  test('a failure half-way leaves the old file byte-identical and no temporary file', async () => {
    const file = join(dir, 'out.csv');
    writeFileSync(file, 'old contents');
    const broken = sampleDeck();
    broken.notes.push({ ...broken.notes[0]!, id: 'brokenNote', text: 'unclosed {{c1::deletion' });
    await saveDeckFile(decksDir, broken);
    // Broken cloze text is now refused when the deck file loads, before the export starts.
    // (The deck asked for is the bad file: its one line is the error, said once.)
    await expect(runExport(exportOptions(file))).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/central-asia-engagement\.json" is not a valid deck: field "notes\.\d+\.text": cloze markup does not parse/) });
    expect(err.text()).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('old contents');
    expect(readdirSync(dir).sort()).toEqual(['decks', 'out.csv']);
  });

  test('--with-progress to stdout', async () => {
    expectUsageError(await failure(runExport(exportOptions('-', { withProgress: true }))), /use --apkg FILE --with-progress/);
  });

  test('neither or both of --anki and --apkg', async () => {
    expectUsageError(await failure(runExport(exportOptions(null as unknown as string))), /give one of --apkg FILE .* or --anki FILE/);
    expectUsageError(await failure(runExport(exportOptions(join(dir, 'a.csv'), { apkg: join(dir, 'a.apkg') }))), /give one of/);
    expect(readdirSync(dir).sort()).toEqual(['decks']);
  });
});

describe('briefdeck import --anki', () => {
  const importOptions = (file: string, into: string, deck: string | null = null) => ({
    file,
    deck,
    decksDir: into,
    stdout: out.stream,
    now: () => new Date('2024-05-01T00:00:00Z'),
  });

  test('export then import into an empty folder gives the same notes', async () => {
    const file = join(dir, 'out.csv');
    await runExport(exportOptions(file));
    const into = join(dir, 'elsewhere');
    await expect(runImport(importOptions(file, into))).resolves.toBe(0);
    const back = await loadDeckFile(join(into, 'central-asia-engagement.json'));
    const live = sampleDeck().notes.filter((n) => !n.retiredAt);
    expect(back.notes.map((n) => [n.id, n.text, n.cardKinds, n.extra, n.tags])).toEqual(
      live.map((n) => [n.id, n.text, n.cardKinds, n.extra, n.tags]),
    );
    expect(out.text()).toMatch(/^Imported 4 notes into "Central Asia engagement"/);
  });

  test('re-importing into the deck it came from updates it in place and keeps the retired note', async () => {
    const file = join(dir, 'out.csv');
    await runExport(exportOptions(file));
    writeFileSync(file, readFileSync(file, 'utf8').replace('officials said.', 'officials said on Tuesday.'));
    await runImport(importOptions(file, decksDir));
    const deck = await loadDeckFile(join(decksDir, 'central-asia-engagement.json'));
    expect(deck.id).toBe('deckCA01');
    expect(deck.notes).toHaveLength(5);
    expect(deck.notes[0]).toMatchObject({ id: 'n1AAAAAAAAAA', section: 'Trade', fingerprint: 'fp-n1AAAAAAAAAA' });
    expect(deck.notes[0]!.extra).toContain('on Tuesday.');
    expect(deck.notes[4]!.retiredAt).toBeDefined();
    expect(out.text()).toContain('0 new, 1 changed, 3 unchanged');
  });

  test('re-importing an unchanged export of the bundled deck changes nothing: same ids, kinds and tags, "0 changed"', async () => {
    const bundled = bundledOrSampleDeck();
    await saveDeckFile(decksDir, bundled);
    const deckFile = join(decksDir, `${bundled.slug}.json`);
    const before = readFileSync(deckFile, 'utf8');
    const file = join(dir, 'bundled.csv');
    await runExport(exportOptions(file, { deck: bundled.slug }));
    await runImport(importOptions(file, decksDir));
    const live = bundled.notes.filter((n) => !n.retiredAt).length;
    expect(out.text()).toContain(`: 0 new, 0 changed, ${live} unchanged`);
    expect(readFileSync(deckFile, 'utf8')).toBe(before);
    // And into an empty folder: the same notes, kinds and tags come back.
    const into = join(dir, 'elsewhere');
    await runImport(importOptions(file, into));
    const back = await loadDeckFile(join(into, `${bundled.slug}.json`));
    const pick = (notes: Deck['notes']) => notes.filter((n) => !n.retiredAt).map((n) => [n.id, n.text, n.extra, n.cardKinds, n.tags]);
    expect(pick(back.notes)).toEqual(pick(bundled.notes));
  });

  test('an export imported under another name gets new note ids: ids stay unique across decks', async () => {
    const file = join(dir, 'out.csv');
    await runExport(exportOptions(file));
    await expect(runImport(importOptions(file, decksDir, 'Copy of the briefing'))).resolves.toBe(0);
    const original = await loadDeckFile(join(decksDir, 'central-asia-engagement.json'));
    const copy = await loadDeckFile(join(decksDir, 'copy-of-the-briefing.json'));
    expect(copy.notes.map((n) => n.text)).toEqual(original.notes.filter((n) => !n.retiredAt).map((n) => n.text));
    const originalIds = new Set([original.id, ...original.notes.map((n) => n.id)]);
    expect([copy.id, ...copy.notes.map((n) => n.id)].filter((id) => originalIds.has(id))).toEqual([]);
  });

  test('refuses to overwrite a different deck of the same name', async () => {
    const file = join(dir, 'anki.txt');
    writeFileSync(file, '{{c1::x}}\ty\n');
    const before = readFileSync(join(decksDir, 'central-asia-engagement.json'));
    await expect(runImport(importOptions(file, decksDir, 'Central Asia engagement'))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/different deck .* --deck NAME/),
    });
    expect(readFileSync(join(decksDir, 'central-asia-engagement.json'))).toEqual(before);
  });

  test('a missing file or a file without cloze notes is a usage error', async () => {
    await expect(runImport(importOptions(join(dir, 'nope.csv'), decksDir))).rejects.toMatchObject({ exitCode: 2 });
    writeFileSync(join(dir, 'basic.txt'), 'front\tback\n');
    await expect(runImport(importOptions(join(dir, 'basic.txt'), decksDir))).rejects.toThrow(/no cloze notes/);
    expect(existsSync(join(decksDir, 'basic.json'))).toBe(false);
  });

  test('an import file over the size limit is refused before it is read, nothing written', async () => {
    const { MAX_IMPORT_BYTES } = await import('../../src/commands/import.js');
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_IMPORT_BYTES + 1); // sparse: no disk used, and never read
    const before = existsSync(decksDir) ? readdirSync(decksDir) : [];
    await expect(runImport(importOptions(huge, decksDir))).rejects.toThrow(/huge\.csv" is over the 128 MB import limit/);
    expect(existsSync(decksDir) ? readdirSync(decksDir) : []).toEqual(before);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { zipSync } from 'fflate';
import { runExport } from '../../src/commands/export.js';
import { runImport } from '../../src/commands/import.js';
import { loadDeckFile, saveDeckFile } from '../../src/deck/deck-file.js';
import { type Deck, cardId } from '../../src/deck/types.js';
import { answerCard } from '../../src/schedule/answer-card.js';
import { daysBetween, localDay } from '../../src/schedule/calendar.js';
import type { AnswerSource, Quality } from '../../src/schedule/types.js';
import { openStore } from '../../src/store/open-store.js';
import { normalizeLikeAnki } from './read-like-anki.js';
import { type AnkiPackageView, type Row, SCHEMA_11_COLUMNS, withAnkiPackage } from './read-anki-package.js';
import { bundledOrSampleDeck, sampleDeck } from './sample-deck.js';

let dir: string;
let decksDir: string;
let storageDir: string;
let stderr: PassThrough;
let said: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-apkg-'));
  decksDir = join(dir, 'decks');
  storageDir = join(dir, 'storage');
  stderr = new PassThrough();
  said = '';
  stderr.on('data', (c: Buffer) => (said += c.toString()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function exportPackage(deck: Deck, more: Partial<Parameters<typeof runExport>[0]> = {}): Promise<string> {
  await saveDeckFile(decksDir, deck);
  const file = join(dir, 'deck.apkg');
  await runExport({
    deck: deck.slug,
    anki: null,
    apkg: file,
    withProgress: false,
    decksDir,
    storageDir,
    stdout: new PassThrough(),
    stderr,
    now: () => new Date('2024-03-20T09:00:00Z'),
    timeZone: 'UTC',
    ...more,
  });
  return file;
}

const live = (deck: Deck) => deck.notes.filter((n) => !n.retiredAt);
const num = (row: Row, key: string): number => Number(row[key]);

describe('the .apkg of the bundled deck, read back as Anki reads it', () => {
  test('a legacy package: collection.anki2 in schema 11 with its tables, an empty media list, no meta', async () => {
    const file = await exportPackage(bundledOrSampleDeck());
    await withAnkiPackage(file, ({ entries, all }) => {
      // No `meta` entry and no collection.anki21: Anki reads collection.anki2 (rslib meta.rs).
      expect([...entries.keys()].sort()).toEqual(['collection.anki2', 'media']);
      expect(JSON.parse(entries.get('media')!.toString('utf8'))).toEqual({});
      expect(all('SELECT ver FROM col')).toEqual([{ ver: 11 }]);
      for (const [table, columns] of Object.entries(SCHEMA_11_COLUMNS)) {
        expect(all(`PRAGMA table_info(${table})`).map((c) => c.name)).toEqual(columns);
      }
      expect(all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    });
    expect(readdirSync(dir).sort()).toEqual(['deck.apkg', 'decks']);
  });

  test('its own cloze note type: type 1, fields Text and Back Extra, a template showing the hint and the back', async () => {
    const file = await exportPackage(bundledOrSampleDeck());
    await withAnkiPackage(file, ({ colJson, all }) => {
      const models = Object.values(colJson('models'));
      expect(models).toHaveLength(1);
      const nt = models[0]!;
      expect(nt).toMatchObject({ name: 'briefdeck cloze', type: 1, sortf: 0, did: null });
      // Every key rslib's NotetypeSchema11 requires is there.
      for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']) expect(nt).toHaveProperty(key);
      expect((nt.flds as Row[]).map((f) => [f.name, f.ord, f.font, f.size, f.sticky, f.rtl])).toEqual([
        ['Text', 0, 'Arial', 20, false, false],
        ['Back Extra', 1, 'Arial', 20, false, false],
      ]);
      const [tmpl] = nt.tmpls as Row[];
      expect(tmpl).toMatchObject({ ord: 0, qfmt: '{{cloze:Text}}' });
      expect(String(tmpl!.afmt)).toMatch(/\{\{cloze:Text\}\}[\s\S]*\{\{Back Extra\}\}/);
      expect(String(nt.css)).toContain('.cloze');
      expect(all('SELECT DISTINCT mid FROM notes')).toEqual([{ mid: Number(nt.id) }]);
    });
  });

  test('every live note with its GUID, tags and fields; one card per deletion, in the deck briefdeck::<name>', async () => {
    const deck = bundledOrSampleDeck();
    const file = await exportPackage(deck);
    const notes = live(deck);
    const cardCount = notes.reduce((sum, n) => sum + n.cardKinds.length, 0);
    await withAnkiPackage(file, ({ all, colJson }) => {
      const rows = all('SELECT * FROM notes ORDER BY id');
      expect(rows).toHaveLength(notes.length);
      expect(rows.map((r) => r.guid)).toEqual(notes.map((n) => `briefdeck-${n.id}`));
      rows.forEach((row, i) => {
        const fields = String(row.flds).split('\u001f');
        expect(fields).toHaveLength(2);
        const ords = [...new Set([...fields[0]!.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
        expect(ords).toEqual(notes[i]!.cardKinds.map((_, k) => k + 1));
        const tags = String(row.tags).trim().split(' ');
        expect(tags).toEqual(expect.arrayContaining([`briefdeck::${deck.slug}`, ...notes[i]!.tags]));
      });
      const decks = Object.values(colJson('decks'));
      const ours = decks.find((d) => d.name === `briefdeck::${deck.name}`)!;
      expect(decks.map((d) => d.name).sort()).toEqual(['Default', 'briefdeck', `briefdeck::${deck.name}`]);
      for (const d of decks) {
        expect(normalizeLikeAnki(String(d.name))).toBe(d.name);
        for (const key of ['id', 'name', 'usn', 'lrnToday', 'revToday', 'newToday', 'timeToday', 'collapsed', 'dyn', 'conf']) expect(d).toHaveProperty(key);
      }
      expect(Object.keys(colJson('dconf'))).toEqual(['1']);
      const cards = all('SELECT c.* FROM cards c JOIN notes n ON n.id = c.nid ORDER BY n.id, c.ord');
      expect(cards).toHaveLength(cardCount);
      expect(cards.every((c) => c.did === ours.id)).toBe(true);
      expect(cards.map((c) => `${c.nid}:${c.ord}`)).toEqual(rows.flatMap((r, i) => notes[i]!.cardKinds.map((_, k) => `${r.id}:${k}`)));
      // Without progress every card is new, in note order.
      expect(cards.map((c) => [c.type, c.queue])).toEqual(cards.map(() => [0, 0]));
      expect(cards.map((c) => c.due)).toEqual(cards.map((_, k) => k + 1));
      expect(all('SELECT count(*) AS n FROM revlog')).toEqual([{ n: 0 }]);
      // rslib refuses ids later than a day after the import (gather.rs check_ids).
      const tomorrow = Date.parse('2024-03-21T09:00:00Z');
      for (const table of ['notes', 'cards']) expect(num(all(`SELECT max(id) AS m FROM ${table}`)[0]!, 'm')).toBeLessThanOrEqual(tomorrow);
    });
    expect(said).toBe(`Exported ${notes.length} notes (${cardCount} cards) from 1 deck to ${file} — open it in Anki\n`);
  });
});

describe('several decks in one package', () => {
  test('decks whose names Anki takes for one (case, a trailing ":") share one Anki deck', async () => {
    const first = sampleDeck();
    const second: Deck = { ...sampleDeck(), id: 'deck2', slug: 'second', name: 'CENTRAL ASIA ENGAGEMENT:' };
    second.notes = second.notes.map((n) => ({ ...n, id: `${n.id}2` }));
    await saveDeckFile(decksDir, second);
    const file = await exportPackage(first, { deck: null });
    await withAnkiPackage(file, ({ all, colJson }) => {
      const names = Object.values(colJson('decks')).map((d) => d.name);
      expect(names.sort()).toEqual(['Default', 'briefdeck', 'briefdeck::Central Asia engagement']);
      expect(all('SELECT count(DISTINCT did) AS n, count(*) AS cards FROM cards')).toEqual([{ n: 1, cards: 10 }]);
    });
  });
});

describe('--with-progress: the schedule and the review log of the store', () => {
  async function answer(cardKey: string, deck: Deck, at: string, quality: Quality, source: AnswerSource = 'review'): Promise<void> {
    const store = await openStore(storageDir, { mode: 'write', now: new Date(at), timeZone: 'UTC' });
    try {
      await store.syncDeck(deck);
      const before = store.progressOf(cardKey)!;
      const day = localDay(at, 'UTC');
      const after = answerCard(before, quality, day);
      const { due, repetitions, easiness, interval, lapses } = before;
      await store.record({ type: 'answer', cardId: cardKey, deckId: deck.id, at, day, quality, before: { due, repetitions, easiness, interval, lapses }, after, ms: 4200, source });
    } finally {
      await store.close();
    }
  }

  async function reviewedDeck(): Promise<Deck> {
    const deck = sampleDeck();
    const [n1, n2, , n4] = deck.notes;
    await answer(cardId(n1!.id, 1), deck, '2024-03-01T09:00:00.000Z', 5);
    await answer(cardId(n1!.id, 1), deck, '2024-03-02T09:00:00.000Z', 4);
    await answer(cardId(n1!.id, 2), deck, '2024-03-01T09:00:01.000Z', 2);
    await answer(cardId(n1!.id, 2), deck, '2024-03-01T09:00:05.000Z', 4, 'repeat');
    await answer(cardId(n2!.id, 1), deck, '2024-03-19T09:00:00.000Z', 3);
    await answer(cardId(n4!.id, 1), deck, '2024-03-05T09:00:00.000Z', 4);
    const store = await openStore(storageDir, { mode: 'write', now: new Date('2024-03-06T09:00:00Z'), timeZone: 'UTC' });
    await store.setSuspended(cardId(n4!.id, 1), true);
    await store.close();
    return deck;
  }

  async function storeContents(deck: Deck) {
    const store = await openStore(storageDir, { mode: 'read', now: new Date('2024-03-20T09:00:00Z') });
    try {
      return { progress: store.progress(deck.id), answers: store.answers({ deckId: deck.id }) };
    } finally {
      await store.close();
    }
  }

  /** Anki's day number of "today" at the export: days from the collection's creation day. */
  function daysElapsed(view: AnkiPackageView, today: string): number {
    const row = view.all('SELECT crt FROM col')[0]!;
    const offset = Number(view.colJson<Record<string, unknown>>('conf').creationOffset);
    const created = new Date((num(row, 'crt') - offset * 60) * 1000).toISOString().slice(0, 10);
    return daysBetween(created, today);
  }

  test('each card as Anki stores it: type, queue, due, interval, ease in permille, reviews, lapses; suspended stays suspended', async () => {
    const deck = await reviewedDeck();
    const { progress } = await storeContents(deck);
    const file = await exportPackage(deck, { withProgress: true });
    await withAnkiPackage(file, (view) => {
      const cards = view.all("SELECT c.*, n.guid FROM cards c JOIN notes n ON n.id = c.nid");
      const elapsed = daysElapsed(view, '2024-03-20');
      const conf = view.colJson<Record<string, unknown>>('conf');
      expect(conf).toMatchObject({ schedVer: 2, rollover: 4 });
      for (const p of progress) {
        const card = cards.find((c) => c.guid === `briefdeck-${p.noteId}` && c.ord === p.ord - 1);
        if (deck.notes.find((n) => n.id === p.noteId)!.retiredAt) {
          expect(card).toBeUndefined();
          continue;
        }
        expect(card, p.cardId).toBeDefined();
        if (p.due === null) {
          expect([card!.type, card!.queue, card!.ivl, card!.factor]).toEqual([0, p.suspended ? -1 : 0, 0, 0]);
          continue;
        }
        expect({
          type: card!.type,
          queue: card!.queue,
          dueInDays: num(card!, 'due') - elapsed,
          ivl: card!.ivl,
          factor: card!.factor,
          reps: card!.reps,
          lapses: card!.lapses,
        }).toEqual({
          type: 2,
          queue: p.suspended ? -1 : 2,
          dueInDays: daysBetween('2024-03-20', p.due),
          ivl: p.interval,
          factor: Math.round(p.easiness * 1000),
          reps: p.reviews,
          lapses: p.lapses,
        });
      }
      // Overdue cards stay overdue without a negative day number.
      expect(cards.every((c) => num(c, 'due') >= 0)).toBe(true);
      expect(cards.filter((c) => c.queue === -1)).toHaveLength(1);
    });
    expect(said).toMatch(/the schedule of 4 reviewed cards and 6 answers .* tick "Import scheduling"/);
  });

  test('the answers as revlog rows: their times, the card, the button, the intervals and the ease', async () => {
    const deck = await reviewedDeck();
    const { answers } = await storeContents(deck);
    const file = await exportPackage(deck, { withProgress: true });
    await withAnkiPackage(file, (view) => {
      const rows = view.all('SELECT r.*, n.guid, c.ord FROM revlog r JOIN cards c ON c.id = r.cid JOIN notes n ON n.id = c.nid ORDER BY r.id');
      expect(rows).toHaveLength(answers.length);
      const sorted = [...answers].sort((a, b) => a.at.localeCompare(b.at));
      expect(
        rows.map((r) => ({ at: new Date(num(r, 'id')).toISOString(), card: `${String(r.guid).slice(10)}.${num(r, 'ord') + 1}`, ease: r.ease, ivl: r.ivl, lastIvl: r.lastIvl, factor: r.factor, time: r.time, type: r.type })),
      ).toEqual(
        sorted.map((a) => ({
          at: a.at,
          card: a.cardId,
          ease: a.quality < 3 ? 1 : a.quality - 1,
          ivl: a.after.interval,
          lastIvl: a.before.interval,
          factor: Math.round(a.after.easiness * 1000),
          time: 4200,
          type: a.before.due === null ? 0 : a.source === 'repeat' ? 0 : 1,
        })),
      );
    });
  });

  test('the bundled deck with its store: every live note and card, the reviewed cards scheduled, every answer in the revlog', async () => {
    const deck = bundledOrSampleDeck();
    const firstCards = live(deck).slice(0, 3).map((n) => cardId(n.id, 1));
    for (const [i, key] of firstCards.entries()) await answer(key, deck, `2024-03-1${i}T09:00:00.000Z`, (3 + i) as Quality);
    const file = await exportPackage(deck, { withProgress: true });
    await withAnkiPackage(file, ({ all }) => {
      expect(all('SELECT count(*) AS n FROM notes')).toEqual([{ n: live(deck).length }]);
      expect(all('SELECT count(*) AS n FROM cards')).toEqual([{ n: live(deck).reduce((sum, n) => sum + n.cardKinds.length, 0) }]);
      expect(all('SELECT n.guid, c.ord, c.type FROM cards c JOIN notes n ON n.id = c.nid WHERE c.type = 2 ORDER BY n.id')).toEqual(
        firstCards.map((key) => ({ guid: `briefdeck-${key.slice(0, -2)}`, ord: 0, type: 2 })),
      );
      expect(all('SELECT ease FROM revlog ORDER BY id')).toEqual([{ ease: 2 }, { ease: 3 }, { ease: 4 }]);
    });
  });

  test('without --with-progress the store is not read and nothing of it is carried', async () => {
    const deck = await reviewedDeck();
    const file = await exportPackage(deck);
    await withAnkiPackage(file, ({ all }) => {
      expect(all('SELECT count(*) AS n FROM revlog')).toEqual([{ n: 0 }]);
      expect(all('SELECT DISTINCT type, queue FROM cards')).toEqual([{ type: 0, queue: 0 }]);
    });
  });
});

describe('import --apkg: the round trip', () => {
  const importOptions = (file: string, into: string) => ({
    file,
    format: 'apkg' as const,
    deck: null,
    decksDir: into,
    stdout: out,
    now: () => new Date('2024-05-01T00:00:00Z'),
  });
  let out: PassThrough;
  let printed: string;
  beforeEach(() => {
    out = new PassThrough();
    printed = '';
    out.on('data', (c: Buffer) => (printed += c.toString()));
  });

  test('exported → imported gives the same notes: ids, texts, kinds, context and tags; into the same deck, "0 changed"', async () => {
    const deck = bundledOrSampleDeck();
    const file = await exportPackage(deck);
    const into = join(dir, 'elsewhere');
    await runImport(importOptions(file, into));
    const back = await loadDeckFile(join(into, `${deck.slug}.json`));
    const pick = (d: Deck) => live(d).map((n) => [n.id, n.text, n.extra, n.cardKinds, n.tags]);
    expect(back.name).toBe(deck.name);
    expect(pick(back)).toEqual(pick(deck));
    const deckFile = join(decksDir, `${deck.slug}.json`);
    const before = readFileSync(deckFile, 'utf8');
    await runImport(importOptions(file, decksDir));
    expect(printed).toContain(`0 new, 0 changed, ${live(deck).length} unchanged`);
    expect(readFileSync(deckFile, 'utf8')).toBe(before);
  });

  test('a file that is not a package, or a package only newer Anki reads: one line naming the file and the fix, nothing written', async () => {
    const notZip = join(dir, 'notes.apkg');
    writeFileSync(notZip, 'front,back\n');
    await expect(runImport(importOptions(notZip, decksDir))).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/notes\.apkg" is not an Anki package .* export a deck from Anki as \.apkg/) });
    const newer = join(dir, 'newer.apkg');
    writeFileSync(newer, zipSync({ meta: new Uint8Array([0x08, 0x03]), 'collection.anki21b': new Uint8Array([1, 2, 3]), 'collection.anki2': new Uint8Array() }));
    await expect(runImport(importOptions(newer, decksDir))).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/newer\.apkg" is in the newer package format only — export it again from Anki with "Support older Anki versions" ticked/) });
    const garbage = join(dir, 'garbage.apkg');
    writeFileSync(garbage, zipSync({ 'collection.anki2': new TextEncoder().encode('not a database at all') }));
    await expect(runImport(importOptions(garbage, decksDir))).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/garbage\.apkg" holds no (readable )?(Anki )?collection/) });
    expect(readdirSync(dir).sort()).toEqual(['garbage.apkg', 'newer.apkg', 'notes.apkg']);
  });
});

// Deck files checked once are trusted while their text is unchanged; everything else is
// checked as before, so a bad deck still gives its one line.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { CHECKED_DECKS_FILE, openCheckedDecks } from '../../src/deck/checked-decks.js';
import { loadAllDecks } from '../../src/deck/deck-file.js';
import { deckFileSchema } from '../../src/deck/deck-schema.js';
import { smallDeck } from '../fixtures/small-deck.js';
import { tempDir } from '../helpers/temp-dir.js';

function workspace(): { decks: string; storage: string; file: string } {
  const decks = tempDir('checked-decks');
  const storage = tempDir('checked-storage');
  const file = join(decks, 'small-deck.json');
  writeFileSync(file, `${JSON.stringify(smallDeck, null, 2)}\n`);
  return { decks, storage, file };
}

/** The decks in `decks`, with the record kept in `storage` (saved afterwards, as a review does). */
async function load(decks: string, storage: string): Promise<Awaited<ReturnType<typeof loadAllDecks>>> {
  const checked = await openCheckedDecks(storage);
  const loaded = await loadAllDecks(decks, checked);
  await checked.save();
  return loaded;
}

/** The deck file's text with one cloze broken and the length kept: `{{c1::` becomes `{{c9::`. */
function brokenSameLength(text: string): string {
  const broken = text.replace('{{c1::', '{{c9::');
  expect(broken).not.toBe(text);
  expect(broken.length).toBe(text.length);
  return broken;
}

describe('deck files already checked', () => {
  test('an unchanged deck file is checked once, then trusted', async () => {
    const { decks, storage } = workspace();
    const check = vi.spyOn(deckFileSchema, 'safeParse');
    try {
      const first = await load(decks, storage);
      expect(check).toHaveBeenCalledTimes(1);
      const second = await load(decks, storage);
      expect(check).toHaveBeenCalledTimes(1);
      expect(second).toEqual(first);
      expect(second.decks[0]!.notes).toHaveLength(smallDeck.notes.length);
    } finally {
      check.mockRestore();
    }
  });

  test('a deck file changed after its check is checked again, and a bad one still gives its one line', async () => {
    const { decks, storage, file } = workspace();
    expect((await load(decks, storage)).problems).toEqual([]);
    writeFileSync(file, brokenSameLength(readFileSync(file, 'utf8')));
    const { decks: loaded, problems } = await load(decks, storage);
    expect(loaded).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`deck file "${file}" is not a valid deck: field "notes.0.text"`);
  });

  test('a damaged record is ignored: every deck is checked, and the record written afresh', async () => {
    const { decks, storage, file } = workspace();
    writeFileSync(join(storage, CHECKED_DECKS_FILE), '{"format":1,"briefdeck":');
    writeFileSync(file, brokenSameLength(readFileSync(file, 'utf8')));
    expect((await load(decks, storage)).problems).toHaveLength(1);
    writeFileSync(file, `${JSON.stringify(smallDeck, null, 2)}\n`);
    expect((await load(decks, storage)).problems).toEqual([]);
    const record = JSON.parse(readFileSync(join(storage, CHECKED_DECKS_FILE), 'utf8')) as { decks: Record<string, unknown> };
    expect(Object.keys(record.decks)).toEqual([file]);
  });

  test("a record from another briefdeck version is not trusted: what a valid deck is may have changed", async () => {
    const { decks, storage, file } = workspace();
    await load(decks, storage);
    const recordFile = join(storage, CHECKED_DECKS_FILE);
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as { briefdeck: string; decks: Record<string, { length: number; crc32: number }> };
    // The record made to vouch for a broken text, but under another version.
    const broken = brokenSameLength(readFileSync(file, 'utf8'));
    writeFileSync(file, broken);
    const { crc32 } = await import('node:zlib');
    record.decks[file] = { length: broken.length, crc32: crc32(broken) };
    writeFileSync(recordFile, JSON.stringify({ ...record, briefdeck: '0.0.1' }));
    expect((await load(decks, storage)).problems).toHaveLength(1);
  });

  test('a deck file with fields the check drops is checked every time (the trusted copy would keep them)', async () => {
    const { decks, storage, file } = workspace();
    writeFileSync(file, JSON.stringify({ ...smallDeck, colour: 'red' }));
    const first = await load(decks, storage);
    const second = await load(decks, storage);
    expect(second.decks[0]).not.toHaveProperty('colour');
    expect(second).toEqual(first);
    expect(existsSync(join(storage, CHECKED_DECKS_FILE))).toBe(false);
  });

  test('no storage folder yet: nothing is written, and nothing is left behind', async () => {
    const { decks, storage } = workspace();
    const missing = join(storage, 'not-made-yet');
    expect((await load(decks, missing)).problems).toEqual([]);
    expect(readdirSync(storage)).toEqual([]);
  });
});

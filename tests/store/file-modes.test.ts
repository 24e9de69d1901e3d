// Rewriting a file (atomically, through a temp file) keeps its permissions: a store or deck
// made private (0600) does not become readable by all (0644) at the next write.
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { saveDeckFile } from '../../src/deck/deck-file.js';
import { writeFileAtomically } from '../../src/export/write-file-atomically.js';
import { openStore } from '../../src/store/open-store.js';
import { makeDeck } from './fixtures/make-deck.js';
import { tempStorageDir } from './fixtures/store-dir.js';

const modeOf = (file: string): string => (statSync(file).mode & 0o777).toString(8);

describe('a rewritten file keeps its mode', () => {
  test('store files', async () => {
    const dir = tempStorageDir();
    const now = new Date('2025-03-01T09:00:00Z');
    const first = await openStore(dir, { mode: 'write', now });
    await first.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    await first.close();
    for (const file of ['meta.json', 'progress/deckA.json']) chmodSync(path.join(dir, file), 0o600);
    const second = await openStore(dir, { mode: 'write', now });
    await second.syncDeck(makeDeck('deckA', [{ id: 'n1' }, { id: 'n2' }], 'Renamed'));
    await second.close();
    expect([modeOf(path.join(dir, 'meta.json')), modeOf(path.join(dir, 'progress/deckA.json'))]).toEqual(['600', '600']);
  });

  test('deck files and exports', async () => {
    const root = path.dirname(tempStorageDir());
    const decks = path.join(root, 'decks');
    const deck = { ...makeDeck('deckA', [{ id: 'n1' }]), slug: 'private' };
    await saveDeckFile(decks, deck);
    chmodSync(path.join(decks, 'private.json'), 0o600);
    await saveDeckFile(decks, { ...deck, name: 'Private, again' });
    expect(modeOf(path.join(decks, 'private.json'))).toBe('600');

    const csv = path.join(root, 'out.csv');
    writeFileSync(csv, 'old\n', { mode: 0o640 });
    chmodSync(csv, 0o640);
    await writeFileAtomically(csv, async (out) => {
      out.write('new\n');
    });
    expect(modeOf(csv)).toBe('640');
  });
});

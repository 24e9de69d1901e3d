// Temp files left by kills and full disks are removed by the next run that writes there;
// a live process's temp file is never touched.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { saveDeckFile } from '../../src/deck/deck-file.js';
import { writeFileAtomically } from '../../src/export/write-file-atomically.js';
import { openStore } from '../../src/store/open-store.js';
import { makeDeck } from './fixtures/make-deck.js';
import { tempStorageDir } from './fixtures/store-dir.js';

const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());
const live = process.ppid;

function leave(dir: string, names: string[]): void {
  mkdirSync(dir, { recursive: true });
  for (const name of names) writeFileSync(path.join(dir, name), 'x'.repeat(1000));
}

describe('abandoned temp files', () => {
  test('the store’s writer removes those of dead processes in storage and progress/', async () => {
    const dir = tempStorageDir();
    await (await openStore(dir, { mode: 'write', now: new Date('2025-03-01T09:00:00Z') })).close();
    leave(dir, [`.meta.json.${dead}.3.tmp`, `.writer.json.${dead}.1.tmp`, `.meta.json.${live}.2.tmp`]);
    leave(path.join(dir, 'progress'), [`.deckA.json.${dead}.7.tmp`]);
    const store = await openStore(dir, { mode: 'write', now: new Date('2025-03-01T10:00:00Z') });
    await store.close();
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([`.meta.json.${live}.2.tmp`]);
    expect(readdirSync(path.join(dir, 'progress')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('generate/import (saving a deck) removes those in decks/; an export those beside its own file', async () => {
    const root = path.dirname(tempStorageDir());
    const decks = path.join(root, 'decks');
    leave(decks, [`.old-deck.${dead}.1700000000000.tmp`, `.other.${live}.1700000000000.tmp`]);
    await saveDeckFile(decks, { ...makeDeck('deckA', [{ id: 'n1' }]), slug: 'central-asia-briefing' });
    expect(readdirSync(decks).sort()).toEqual([`.other.${live}.1700000000000.tmp`, 'central-asia-briefing.json']);

    const out = path.join(root, 'out');
    leave(out, [`.x.csv.${dead}.abcd0123.tmp`, `.y.csv.${dead}.abcd0123.tmp`]);
    await writeFileAtomically(path.join(out, 'x.csv'), async (stream) => {
      stream.write('a\n');
    });
    expect(readdirSync(out).sort()).toEqual([`.y.csv.${dead}.abcd0123.tmp`, 'x.csv']);
  });
});

import { PassThrough } from 'node:stream';
import type { Deck } from '../../src/deck/types.js';
import { writeAnkiCsv } from '../../src/export/anki-csv.js';

export async function exportToString(decks: Deck[], options: Parameters<typeof writeAnkiCsv>[2] = {}): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeAnkiCsv(decks, out, options);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

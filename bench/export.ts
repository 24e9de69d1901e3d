// Export of 100k synthetic notes to a file: through the streaming Anki CSV writer, or (with
// --apkg) as an Anki package, built whole in memory (SQLite in WebAssembly, then zipped).
// Run: npx tsx bench/export.ts [notes] [--apkg]   Target: ≤ 3 s (CSV).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildClozeText } from '../src/deck/cloze.js';
import { DECK_SCHEMA, type Deck, type Note } from '../src/deck/types.js';
import { buildAnkiCollection } from '../src/export/anki-collection.js';
import { writeAnkiCsv } from '../src/export/anki-csv.js';
import { ankiPackageBytes } from '../src/export/write-anki-package.js';
import { writeFileAtomically } from '../src/export/write-file-atomically.js';

export function syntheticDeck(count: number): Deck {
  const notes: Note[] = [];
  for (let i = 0; i < count; i += 1) {
    const text = buildClozeText([
      { type: 'text', text: `Section ${i % 97}: the "C5+1" fund <${i}> & partners pledged ` },
      { type: 'deletion', ord: 1, answer: `$${(i % 500) + 1}.${i % 10} billion`, hint: 'amount' },
      { type: 'text', text: ' by ' },
      { type: 'deletion', ord: 2, answer: `${2000 + (i % 30)}`, hint: 'date' },
      { type: 'text', text: ', officials said; ratio a::b }} noted.' },
    ]);
    notes.push({
      id: `bench${i.toString(36).padStart(7, '0')}`,
      fingerprint: `fp${i}`,
      kind: 'money',
      cardKinds: ['money', 'date'],
      text,
      extra: `The fund, announced in Astana, pledged money by a date, officials said.\nParagraph ${i}.`,
      section: i % 3 ? 'Trade' : null,
      tags: ['economy'],
    });
  }
  return {
    schema: DECK_SCHEMA,
    id: 'benchDeck',
    name: 'Bench deck',
    slug: 'bench-deck',
    source: { title: 'Bench article', url: 'https://example.org/a?b=1&c=2', sha256: '0'.repeat(64), dateline: 'ASTANA, 1 May 2024' },
    generatedAt: '2024-05-01T00:00:00.000Z',
    notes,
  };
}

export async function benchExport(count = 100_000, format: 'csv' | 'apkg' = 'csv'): Promise<{ ms: number; cpuMs: number; peakRssMb: number; rssBeforeMb: number; bytes: number }> {
  const deck = syntheticDeck(count);
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-'));
  const file = join(dir, `bench.${format}`);
  try {
    const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    if (format === 'csv') {
      await writeFileAtomically(file, async (out) => {
        await writeAnkiCsv([deck], out);
      });
    } else {
      const bytes = await ankiPackageBytes(buildAnkiCollection([deck], { now: new Date(), timeZone: 'UTC', schedule: null }));
      await writeFileAtomically(file, async (out) => {
        out.write(bytes);
      });
    }
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024, rssBeforeMb, bytes: statSync(file).size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run directly (not when imported, nor when bundled into the suite's child).
if (process.argv[1]?.endsWith('export.ts')) {
  const count = Number(process.argv[2] ?? 100_000);
  const format = process.argv.includes('--apkg') ? 'apkg' : 'csv';
  const { ms, cpuMs, peakRssMb, rssBeforeMb, bytes } = await benchExport(count, format);
  console.log(
    `export (${format}): ${count} notes → ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s); peak RSS ${peakRssMb.toFixed(0)} MB (${rssBeforeMb.toFixed(0)} MB before writing, the deck in memory); target ≤ 3 s`,
  );
}

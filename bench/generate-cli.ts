// `briefdeck generate` end to end on ~1 MB of articles: the seed and the six test articles,
// repeated, in one plain-text file, through the built CLI (reading, NLP, writing the deck).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI } from './startup.js';

const SEED = new URL('../decks/central-asia-engagement.txt', import.meta.url).pathname;
const ARTICLES = new URL('../tests/fixtures/articles', import.meta.url).pathname;
const NAMES = ['01-national-identity-pew-survey', '02-top-technology-stories-2024', '03-nasa-voyager-reconnects', '04-exoplanet-liquid-ocean', '05-national-arab-orchestra', '06-how-connected-pew-survey'];

/** A plain-text article of at least `bytes` bytes: the seed, then the others until it is big enough. */
function corpus(bytes: number): string {
  const bodies = NAMES.map((name) => readFileSync(path.join(ARTICLES, `${name}.txt`), 'utf8').trim());
  let text = readFileSync(SEED, 'utf8').trim();
  for (let i = 0; Buffer.byteLength(text) < bytes; i += 1) text += `\n\n${bodies[i % bodies.length]}`;
  return `${text}\n`;
}

/**
 * One paragraph of ~240 KB — a single line, a name, a sum and an organisation 4,000 times, and
 * quote marks that never pair — where a rule that rescans the paragraph per name or per mark
 * would turn quadratic.
 */
export function hostileLine(): string {
  return `t\n\n“He said ${'Dr. Smith paid $5 billion in 2022 to the Agency of Things, '.repeat(4000)} and U.S. “\n`;
}

export function benchGenerate(runs: number, bytes = 1_000_000, text = corpus(bytes)): { medianMs: number; bytes: number; notes: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-bench-generate-'));
  try {
    const input = path.join(dir, 'corpus.txt');
    writeFileSync(input, text);
    const times: number[] = [];
    let notes = 0;
    for (let i = 0; i < runs; i += 1) {
      const decks = path.join(dir, `decks-${i}`);
      const started = performance.now();
      const result = spawnSync(process.execPath, [CLI, 'generate', input, '--deck', 'Bench corpus', '--decks-dir', decks, '--json'], { encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, NODE_ENV: 'production' } });
      times.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`generate exited ${result.status}: ${result.stderr}`);
      notes = (result.stdout.match(/"fingerprint"/g) ?? []).length;
    }
    times.sort((a, b) => a - b);
    return { medianMs: times[Math.floor(times.length / 2)]!, bytes: Buffer.byteLength(text), notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

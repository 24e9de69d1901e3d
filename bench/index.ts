// `npm run bench`: every speed target of issue 8, measured in one run, as a table.
//   npm run bench [-- --full] [-- --json FILE]
//   npm run bench -- --simulate: only the scheduler simulator at full size (issue 15), see simulate.ts
// Quick (under a minute on a 2-core machine): stores of 1k and 10k cards. --full adds the
// 100k-card store with 1M log entries (generated in ~10 s, a 330 MB log) and more repetitions.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchBuildDir, bundleForBench } from './bundle-for-bench.js';
import { benchGenerate, hostileLine } from './generate-cli.js';
import { describeMachine, machineLine } from './machine.js';
import { median, percentile } from './stats.js';
import { benchFirstFrame, benchHelp } from './startup.js';
import { benchSimulate } from './simulate.js';
import { benchStore, type StoreBenchFigures } from './store.js';

interface Row {
  what: string;
  measured: number;
  unit: 'ms' | 'MB' | '×';
  /** The bound, in the same unit as `measured` (for ratios to `node -e 0`: the factor). */
  target: number;
  detail: string;
  /** False when the row is shown for context at a size the target does not name. */
  counts: boolean;
}

const full = process.argv.includes('--full');
const jsonIndex = process.argv.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? process.argv[jsonIndex + 1] : undefined;
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const root = path.join(os.tmpdir(), `briefdeck-bench-${process.pid}`);
const rows: Row[] = [];
const progress = (what: string) => process.stderr.write(`bench: ${what}…\n`);
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

function lastJsonLine<T>(output: string): T {
  const line = output.split('\n').reverse().find((l) => l.startsWith('{'));
  if (!line) throw new Error(`bench: no JSON in child output: ${output.slice(-300)}`);
  return JSON.parse(line) as T;
}

function runBundled<T>(script: string, args: string[]): T {
  const out = execFileSync(process.execPath, [script, ...args], { env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 64 << 20 });
  return lastJsonLine<T>(out.toString());
}

function storeRows(f: StoreBenchFigures): void {
  const size = `${f.cards / 1000}k cards, ${f.entries / 1000}k log entries (${f.logMb.toFixed(0)} MB)`;
  const named = f.cards === 100_000;
  rows.push({ what: `one answer persisted, p99 — ${size}`, measured: f.recordP99, unit: 'ms', target: 20, counts: true, detail: `p50 ${fmt(f.recordP50)} ms over ${f.records} answers, 30 ms apart` });
  rows.push({ what: `open for writing — ${size}`, measured: f.openMs, unit: 'ms', target: 1000, counts: named, detail: `CPU ${fmt(f.openCpuMs)} ms; 1st open of the day without a snapshot ${fmt(f.firstOpenMs)} ms; next day's 1st open (backup) ${fmt(f.nextDayOpenMs)} ms; close ${fmt(f.closeMs)} ms` });
  rows.push({ what: `peak resident memory of that open — ${size}`, measured: f.peakRssMb, unit: 'MB', target: 300, counts: named, detail: '' });
}

async function main(): Promise<void> {
  const machine = describeMachine();
  const started = performance.now();
  mkdirSync(root, { recursive: true });
  progress('building the CLI');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

  progress('briefdeck --help vs node -e 0');
  const help = benchHelp(full ? 20 : 8);
  rows.push({ what: '`briefdeck --help`, vs `node -e 0`', measured: help.ratio, unit: '×', target: 1.5, counts: true, detail: `median ${fmt(help.medianMs)} ms vs ${fmt(help.baselineMs)} ms, ${help.runs} runs each, alternating` });

  progress('first frame of briefdeck review in a pty');
  const frame = await benchFirstFrame(full ? 10 : 4);
  rows.push({ what: 'first frame of `briefdeck review`, bundled deck, vs `node -e 0` (both in a pty)', measured: frame.ratio, unit: '×', target: 2.5, counts: true, detail: `median ${fmt(frame.medianMs)} ms vs ${fmt(frame.baselineMs)} ms, ${frame.runs} runs each, alternating` });

  const sizes = full ? [1_000, 10_000, 100_000] : [1_000, 10_000];
  for (const cards of sizes) {
    progress(`store of ${cards} cards`);
    storeRows(await benchStore(path.join(root, `store-${cards}`), cards, { records: full ? 200 : 50, gapMs: 30 }));
  }

  progress('keypress → next card, store of 10k cards');
  const keypress = await bundleForBench(here('./keypress.tsx'));
  const keys = runBundled<{ times: number[] }>(keypress, [path.join(root, 'store-10000'), '10000', String(full ? 150 : 50)]);
  rows.push({ what: 'keypress → next card on screen, p99 — 10k cards', measured: percentile(keys.times, 99), unit: 'ms', target: 16, counts: true, detail: `p50 ${fmt(median(keys.times))} ms over ${keys.times.length} grades (Ink's own 30 fps throttle, answer fsync'd before the card changes)` });

  progress('generate on ~1 MB of articles');
  const generated = benchGenerate(full ? 3 : 1);
  rows.push({ what: '`briefdeck generate` on 1 MB of articles', measured: generated.medianMs, unit: 'ms', target: 5000, counts: true, detail: `${(generated.bytes / 1e6).toFixed(2)} MB, the built CLI end to end` });

  progress('generate on one hostile 240 KB line');
  const hostile = benchGenerate(full ? 3 : 1, 0, hostileLine());
  rows.push({ what: '`briefdeck generate` on one 240 KB line, quotes unpaired', measured: hostile.medianMs, unit: 'ms', target: 8000, counts: true, detail: `${hostile.notes} notes; a rule that rescans the paragraph per name would be quadratic here` });

  progress('export of 100k notes');
  const exported = runBundled<{ ms: number; peakRssMb: number; rssBeforeMb: number; bytes: number }>(await bundleForBench(here('./export-child.ts')), ['100000']);
  rows.push({ what: 'export of 100k notes (Anki CSV, streamed to a file)', measured: exported.ms, unit: 'ms', target: 3000, counts: true, detail: `${(exported.bytes / 2 ** 20).toFixed(0)} MB written; memory grew ${fmt(exported.peakRssMb - exported.rssBeforeMb)} MB while writing (streaming)` });

  machine.loadAtEnd = os.loadavg()[0]!;
  printTable(machine, (performance.now() - started) / 1000);
  if (jsonFile) {
    const results = rows.map((r) => ({ ...r, ratio: r.measured / r.target, met: r.counts ? r.measured <= r.target : null }));
    writeFileSync(jsonFile, `${JSON.stringify({ machine, mode: full ? 'full' : 'quick', at: new Date().toISOString(), results }, null, 2)}\n`);
  }
}

function printTable(machine: ReturnType<typeof describeMachine>, seconds: number): void {
  console.log(`\nbriefdeck bench (${full ? 'full' : 'quick: add --full for the 100k-card store'}), ${seconds.toFixed(0)} s`);
  console.log(`machine: ${machineLine(machine)}\n`);
  console.log('| what | measured | target | ratio | met? | detail |');
  console.log('| --- | ---: | ---: | ---: | :---: | --- |');
  for (const r of rows) {
    const value = r.unit === '×' ? `${r.measured.toFixed(2)}×` : `${fmt(r.measured)} ${r.unit}`;
    const target = r.unit === '×' ? `≤ ${r.target}×` : `≤ ${r.target} ${r.unit}`;
    const met = !r.counts ? '(size)' : r.measured <= r.target ? 'yes' : '**no**';
    console.log(`| ${r.what} | ${value} | ${target} | ${(r.measured / r.target).toFixed(2)} | ${met} | ${r.detail} |`);
  }
  if (!full) console.log('\n(size): shown for context; the open and memory targets name the 100k-card store (--full).');
}

try {
  if (process.argv.includes('--simulate')) benchSimulate();
  else await main();
} finally {
  rmSync(root, { recursive: true, force: true });
  rmSync(benchBuildDir, { recursive: true, force: true });
}

// Store benchmark: a synthetic store of N cards (synthetic-store.ts), opened for writing in
// fresh child processes so sizes do not pollute each other:
//   1. first open of the day, no snapshot yet (a full scan of the log, and the daily backup),
//   2. an ordinary open (the snapshot saved by 1's close), with answers recorded and timed,
//   3. the first open of the next day (snapshot, and the daily backup).
//   npx tsx bench/store.ts [--sizes 1000,10000,100000] [--records 200] [--gap 30] [--keep]
import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForBench } from './bundle-for-bench.js';
import type { StoreChildFigures } from './store-child.js';
import { generateStore } from './synthetic-store.js';
import { median, percentile } from './stats.js';

export interface StoreBenchFigures {
  cards: number;
  entries: number;
  logMb: number;
  firstOpenMs: number;
  openMs: number;
  openCpuMs: number;
  nextDayOpenMs: number;
  /** Peak resident memory of the ordinary open. */
  peakRssMb: number;
  recordP50: number;
  recordP99: number;
  records: number;
  closeMs: number;
}

const DAY = '2025-06-01';
const NEXT_DAY = '2025-06-02';

let child: Promise<string> | undefined;

function runChild(script: string, dir: string, day: string, records: number, gapMs: number): StoreChildFigures {
  const out = execFileSync(process.execPath, [script, dir, day, String(records), String(gapMs)], {
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 16 << 20,
  });
  return JSON.parse(out.toString()) as StoreChildFigures;
}

/** Generate a store of `cards` cards in `dir` and measure it. */
export async function benchStore(dir: string, cards: number, options: { records: number; gapMs: number }): Promise<StoreBenchFigures> {
  child ??= bundleForBench(fileURLToPath(new URL('./store-child.ts', import.meta.url)));
  const script = await child;
  const entries = await generateStore(dir, cards);
  const logMb = statSync(path.join(dir, 'reviews.jsonl')).size / 2 ** 20;
  const first = runChild(script, dir, DAY, 0, 0);
  const ordinary = runChild(script, dir, DAY, options.records, options.gapMs);
  const nextDay = runChild(script, dir, NEXT_DAY, 0, 0);
  return {
    cards,
    entries,
    logMb,
    firstOpenMs: first.openMs,
    openMs: ordinary.openMs,
    openCpuMs: ordinary.openCpuMs,
    nextDayOpenMs: nextDay.openMs,
    peakRssMb: ordinary.peakRssMb,
    recordP50: median(ordinary.recordMs),
    recordP99: percentile(ordinary.recordMs, 99),
    records: ordinary.recordMs.length,
    closeMs: ordinary.closeMs,
  };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = (arg('--sizes') ?? '1000,10000,100000').split(',').map(Number);
  const records = Number(arg('--records') ?? 200);
  const gapMs = Number(arg('--gap') ?? 30);
  const root = path.join(os.tmpdir(), `briefdeck-bench-${process.pid}`);
  console.log('| cards | log entries | log MB | 1st open, no snapshot (ms) | open (ms) | open CPU (ms) | next day open (ms) | peak RSS (MB) | record p50 (ms) | record p99 (ms) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const cards of sizes) {
    const f = await benchStore(path.join(root, String(cards)), cards, { records, gapMs });
    console.log(
      `| ${cards} | ${f.entries} | ${f.logMb.toFixed(0)} | ${f.firstOpenMs.toFixed(0)} | ${f.openMs.toFixed(0)} | ${f.openCpuMs.toFixed(0)} | ${f.nextDayOpenMs.toFixed(0)} | ${f.peakRssMb.toFixed(0)} | ${f.recordP50.toFixed(1)} | ${f.recordP99.toFixed(1)} |`,
    );
  }
  if (!process.argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
}

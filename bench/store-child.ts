// Child process of the store bench: open one store for writing on a given day, then record
// answers paced like a fast reviewer, then close. Prints one JSON line of figures.
//   node store-child.mjs DIR DAY RECORDS GAP_MS
import { openStore } from '../src/store/open-store.js';
import { recordSyntheticAnswer } from './synthetic-store.js';

export interface StoreChildFigures {
  openMs: number;
  openCpuMs: number;
  /** Resident memory right after the open, and the peak so far. */
  rssMb: number;
  peakRssMb: number;
  recordMs: number[];
  closeMs: number;
}

const [dir, day, records, gapMs] = process.argv.slice(2);
if (!dir || !day) throw new Error('usage: store-child DIR DAY RECORDS GAP_MS');
const now = new Date(`${day}T09:00:00Z`);
const cpu = process.cpuUsage();
const started = performance.now();
const store = await openStore(dir, { mode: 'write', now, timeZone: 'UTC', command: 'bench' });
const openMs = performance.now() - started;
const used = process.cpuUsage(cpu);
const rssMb = process.memoryUsage().rss / 2 ** 20;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const cards = store.progress().length;
const recordMs: number[] = [];
for (let i = 0; i < Number(records); i += 1) {
  // A reviewer needs two keys per card: the progress-file write that follows each answer
  // has this long to finish before the next answer, as it always has in a real session.
  await new Promise((resolve) => setTimeout(resolve, Number(gapMs)));
  recordMs.push(await recordSyntheticAnswer(store, i, now, cards));
}
const closing = performance.now();
await store.close();
const figures: StoreChildFigures = { openMs, openCpuMs: (used.user + used.system) / 1000, rssMb, peakRssMb, recordMs, closeMs: performance.now() - closing };
process.stdout.write(JSON.stringify(figures));

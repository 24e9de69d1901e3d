// The worst case of the suite, for `node --cpu-prof`: open a large store for writing (the
// first open of the day, which also takes the backup), record a few answers, close.
//   NODE_ENV=production node --import tsx --cpu-prof --cpu-prof-dir=prof bench/profile-open.ts DIR [records]
import { openStore } from '../src/store/open-store.js';
import { recordSyntheticAnswer } from './synthetic-store.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: profile-open.ts STORE_DIR [records]');
const records = Number(process.argv[3] ?? 20);
const now = new Date('2025-06-01T09:00:00Z');
const started = performance.now();
const store = await openStore(dir, { mode: 'write', now, timeZone: 'UTC', command: 'bench' });
const openMs = performance.now() - started;
const rssMb = process.memoryUsage().rss / 2 ** 20;
const cards = store.progress().length;
const times: number[] = [];
for (let i = 0; i < records; i += 1) times.push(await recordSyntheticAnswer(store, i, now, cards));
await store.close();
console.log(JSON.stringify({ openMs: Math.round(openMs), rssMb: Math.round(rssMb), recordMs: times.map((t) => Number(t.toFixed(1))) }));

// Store benchmark: synthetic stores of N cards (in 100-card decks) with a log of 10 answers
// per card (1M entries at 100k cards); measures opening (time, resident memory) and one
// durable record() (p50/p99), each in a fresh child process so sizes do not pollute each other.
//   npx tsx bench/store.ts [--sizes 1000,10000,100000] [--records 200] [--keep]
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/open-store.js';
import type { ReviewLogEntry } from '../src/schedule/types.js';

const CARDS_PER_DECK = 100;
const ANSWERS_PER_CARD = 10;
const TODAY = new Date('2025-06-01T09:00:00Z');

interface Figures {
  openMs: number;
  rssMb: number;
  recordP50: number;
  recordP99: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const deckIdOf = (d: number) => `deck${String(d).padStart(6, '0')}`;
const cardIdOf = (d: number, c: number) => `${deckIdOf(d)}n${c}.1`;

/** Write a store straight to disk: what years of reviews through record() would leave. */
async function generateStore(dir: string, cards: number): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'progress'), { recursive: true });
  const deckCount = Math.ceil(cards / CARDS_PER_DECK);
  const entries = cards * ANSWERS_PER_CARD;
  const snapshot = { repetitions: 3, easiness: 2.5, interval: 16, due: '2025-06-10', lapses: 0 };
  const log = createWriteStream(path.join(dir, 'reviews.jsonl'));
  const lastSeqOfDeck = new Array<number>(deckCount).fill(0);
  let chunk = '';
  for (let seq = 1; seq <= entries; seq += 1) {
    const d = (seq * 7919) % deckCount;
    const c = seq % CARDS_PER_DECK;
    const at = new Date(Date.UTC(2024, 0, 1) + seq * 60_000).toISOString();
    const entry: ReviewLogEntry = { type: 'answer', seq, cardId: cardIdOf(d, c), deckId: deckIdOf(d), at, day: at.slice(0, 10), quality: 4, before: snapshot, after: snapshot, ms: 2500, source: 'review' };
    chunk += JSON.stringify(entry) + '\n';
    lastSeqOfDeck[d] = seq;
    if (chunk.length > 1 << 20) {
      if (!log.write(chunk)) await once(log, 'drain');
      chunk = '';
    }
  }
  log.end(chunk);
  await once(log, 'finish');
  const decks: Record<string, { name: string; slug: string }> = {};
  for (let d = 0; d < deckCount; d += 1) {
    const deckId = deckIdOf(d);
    decks[deckId] = { name: `Deck ${d}`, slug: `deck-${d}` };
    const progress: Record<string, unknown> = {};
    for (let c = 0; c < CARDS_PER_DECK && d * CARDS_PER_DECK + c < cards; c += 1) {
      const cardId = cardIdOf(d, c);
      progress[cardId] = { cardId, deckId, noteId: `${deckId}n${c}`, ord: 1, ...snapshot, reviews: ANSWERS_PER_CARD, lastReviewed: '2025-05-01T10:00:00.000Z', suspended: false, retired: false };
    }
    writeFileSync(path.join(dir, 'progress', `${deckId}.json`), JSON.stringify({ schema: 1, deckId, appliedSeq: lastSeqOfDeck[d], cards: progress }));
  }
  writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ schema: 1, createdAt: '2024-01-01T00:00:00.000Z', decks }));
  return entries;
}

/** Child: open once, then record `records` answers, each awaited (durable) before the next. */
async function measureInChild(dir: string, records: number, cards: number): Promise<Figures> {
  const started = performance.now();
  const store = await openStore(dir, { mode: 'write', now: TODAY, timeZone: 'UTC', command: 'bench' });
  const openMs = performance.now() - started;
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  const times: number[] = [];
  for (let i = 0; i < records; i += 1) {
    const n = (i * 104729) % cards;
    const cardId = cardIdOf(Math.floor(n / CARDS_PER_DECK), n % CARDS_PER_DECK);
    const card = store.progressOf(cardId)!;
    const { repetitions, easiness, interval, due, lapses } = card;
    const at = new Date(TODAY.getTime() + i * 1000).toISOString();
    const t = performance.now();
    await store.record({ type: 'answer', cardId, deckId: card.deckId, at, day: at.slice(0, 10), quality: 4, before: { repetitions, easiness, interval, due, lapses }, after: { repetitions: repetitions + 1, easiness, interval: interval * 2, due: '2025-07-01', lapses }, ms: 2000, source: 'review' });
    times.push(performance.now() - t);
  }
  await store.close();
  times.sort((a, b) => a - b);
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { openMs, rssMb, recordP50: pick(0.5), recordP99: pick(0.99) };
}

function runChild(dir: string, records: number, cards: number): Figures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', dir, String(records), String(cards)], {
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.toString()) as Figures;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const [dir, records, cards] = process.argv.slice(3);
    process.stdout.write(JSON.stringify(await measureInChild(dir!, Number(records), Number(cards))));
    return;
  }
  const sizes = (arg('--sizes') ?? '1000,10000,100000').split(',').map(Number);
  const records = Number(arg('--records') ?? 200);
  const root = path.join(os.tmpdir(), `briefdeck-bench-${process.pid}`);
  const rows: string[] = [];
  for (const cards of sizes) {
    const dir = path.join(root, String(cards));
    const generatedAt = performance.now();
    const entries = await generateStore(dir, cards);
    const logMb = Number(execFileSync('du', ['-sm', path.join(dir, 'reviews.jsonl')]).toString().split('\t')[0]);
    console.error(`generated ${cards} cards, ${entries} log entries in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s`);
    const first = runChild(dir, records, cards); // first open of the day: takes the daily backup
    const again = runChild(dir, records, cards); // an ordinary open
    rows.push(
      `| ${cards} | ${entries} | ${logMb} | ${first.openMs.toFixed(0)} | ${again.openMs.toFixed(0)} | ${again.rssMb.toFixed(0)} | ${again.recordP50.toFixed(1)} | ${again.recordP99.toFixed(1)} |`,
    );
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
  console.log('| cards | log entries | log MB | open, 1st of day (ms) | open (ms) | RSS after open (MB) | record p50 (ms) | record p99 (ms) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
  if (!process.argv.includes('--keep')) rmSync(root, { recursive: true, force: true });
}

await main();

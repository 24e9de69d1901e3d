/**
 * Why the generator uses wink-nlp: sentence count and parse time of wink-nlp and compromise
 * on the seed article (which lost its line breaks). Run: npx tsx bench/nlp-compare.ts
 */
import { readFileSync } from 'node:fs';
import nlpCompromise from 'compromise';
import { getNlp } from '../src/generate/nlp.js';
import { splitSentences } from '../src/generate/sentences.js';

const lines = readFileSync(new URL('../decks/central-asia-engagement.txt', import.meta.url).pathname, 'utf8').split('\n').filter((l) => l.trim());
const body = lines.slice(1).join(' ').replace(/^WASHINGTON\s+—\s+/, '');
// 50 sentences and 4 run-in headings, counted by hand (tests/fixtures/expected/central-asia-engagement.json).
const EXPECTED_SENTENCES = 50;

function median(run: () => number, times = 7): { value: number; ms: number } {
  const ms: number[] = [];
  let value = 0;
  for (let i = 0; i < times; i += 1) {
    const t0 = performance.now();
    value = run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { value, ms: ms[Math.floor(times / 2)]! };
}

let t0 = performance.now();
const wink = getNlp();
const winkLoad = performance.now() - t0;
t0 = performance.now();
nlpCompromise('warm up.');
const compromiseLoad = performance.now() - t0;

const rows = [
  ['wink-nlp readDoc', median(() => wink.readDoc(body).sentences().length())],
  ['compromise', median(() => nlpCompromise(body).sentences().length)],
  ['briefdeck splitSentences (wink + rules)', median(() => splitSentences({ title: '', dateline: null, paragraphs: [{ section: null, text: body }] }).length)],
] as const;

console.log(`seed article: ${body.split(/\s+/).length} words, expected ${EXPECTED_SENTENCES} sentences + 4 run-in headings`);
console.log('| parser | sentences | median ms |');
console.log('|---|---|---|');
for (const [name, r] of rows) console.log(`| ${name} | ${r.value} | ${r.ms.toFixed(1)} |`);
console.log(`first-call load: wink ${winkLoad.toFixed(0)} ms, compromise ${compromiseLoad.toFixed(0)} ms`);

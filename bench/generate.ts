/**
 * generateNotes against wink's own readDoc on the same text: the seed, and ~1 MB of the
 * seven articles repeated. Target: ≤ 2× the parse, 1 MB < 5 s. Run: npx tsx bench/generate.ts
 */
import { readFileSync } from 'node:fs';
import type { Article } from '../src/article/types.js';
import { generateNotes } from '../src/generate/generate-notes.js';
import { getNlp } from '../src/generate/nlp.js';
import { ARTICLE_NAMES, loadArticle, loadSeed } from '../tests/generate/load-article.js';

const text = (a: Article): string => a.paragraphs.map((p) => p.text).join('\n\n');

function time(run: () => unknown, times: number): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(times / 2)]!;
}

const nlp = getNlp();
const seed = loadSeed();
const articles = [seed, ...ARTICLE_NAMES.map(loadArticle)];
const paragraphs = articles.flatMap((a) => a.paragraphs);
const big: Article = { title: 'corpus', dateline: null, paragraphs: [] };
while (text(big).length < 1_000_000) big.paragraphs.push(...paragraphs);
void readFileSync;

const rows: [string, number, number, number][] = [];
for (const [name, article, times] of [['seed', seed, 9], ['~1 MB corpus', big, 3]] as const) {
  const parse = time(() => nlp.readDoc(text(article)), times);
  const gen = time(() => generateNotes(article), times);
  rows.push([name, text(article).length, parse, gen]);
}
console.log('| input | chars | wink readDoc ms | generateNotes ms | ratio |');
console.log('|---|---|---|---|---|');
for (const [name, chars, parse, gen] of rows) {
  console.log(`| ${name} | ${chars} | ${parse.toFixed(0)} | ${gen.toFixed(0)} | ${(gen / parse).toFixed(2)}× |`);
}

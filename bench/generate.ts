/**
 * generateNotes against wink's own readDoc on the same text: the seed, and ~1 MB of the
 * seven articles repeated (read with the real plain-text reader). Target: ≤ 2× the parse,
 * 1 MB < 5 s. Run: npx tsx bench/generate.ts
 *
 * Both wall time and CPU time (user + system, this process) are reported, as medians: the
 * bench machine is shared, and CPU time moves far less than wall time when others are busy.
 */
import type { Article } from '../src/article/types.js';
import { generateNotes } from '../src/generate/generate-notes.js';
import { getNlp } from '../src/generate/nlp.js';
import { ARTICLE_NAMES, loadArticle, loadSeed } from '../tests/generate/load-article.js';

const text = (a: Article): string => a.paragraphs.map((p) => p.text).join('\n\n');

interface Timing {
  wall: number;
  cpu: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(run: () => unknown, times: number): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const nlp = getNlp();
const seed = loadSeed();
const articles = [seed, ...ARTICLE_NAMES.map(loadArticle)];
const paragraphs = articles.flatMap((a) => a.paragraphs);
const big: Article = { title: 'corpus', dateline: null, paragraphs: [] };
while (text(big).length < 1_000_000) big.paragraphs.push(...paragraphs);

const rows: [string, number, Timing, Timing][] = [];
for (const [name, article, times] of [['seed', seed, 9], ['~1 MB corpus', big, 3]] as const) {
  const parse = time(() => nlp.readDoc(text(article)), times);
  const gen = time(() => generateNotes(article), times);
  rows.push([name, text(article).length, parse, gen]);
}
console.log('| input | chars | wink readDoc ms (wall / cpu) | generateNotes ms (wall / cpu) | ratio (wall / cpu) |');
console.log('|---|---|---|---|---|');
for (const [name, chars, parse, gen] of rows) {
  const ms = (t: Timing): string => `${t.wall.toFixed(0)} / ${t.cpu.toFixed(0)}`;
  console.log(`| ${name} | ${chars} | ${ms(parse)} | ${ms(gen)} | ${(gen.wall / parse.wall).toFixed(2)}× / ${(gen.cpu / parse.cpu).toFixed(2)}× |`);
}

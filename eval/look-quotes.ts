// Development aid: every quote the analysis finds in plain-text articles, with its speaker or "?".
// Usage: npx tsx eval/look-quotes.ts FILE…
import { readFileSync } from 'node:fs';
import { readPlainText } from '../src/article/read-text.js';
import { analyseArticle } from '../src/generate/analyse-article.js';

let found = 0;
let unsure = 0;
for (const file of process.argv.slice(2)) {
  const article = readPlainText(readFileSync(file, 'utf8'));
  for (const q of analyseArticle(article).quotes) {
    if (q.quote.text.split(/\s+/).length < 4) continue;
    found += 1;
    if (!q.speaker) unsure += 1;
    const p = article.paragraphs[q.quote.paragraph]!.text;
    const around = p.slice(Math.max(0, q.quote.start - 60), q.quote.end + 70).replace(/\s+/g, ' ');
    process.stdout.write(`${(q.speaker?.name ?? '?').padEnd(22)} ${file.split('/').pop()!.slice(0, 20)} | ${around}\n`);
  }
}
process.stdout.write(`${found} quotes of 4+ words, ${unsure} without a speaker\n`);

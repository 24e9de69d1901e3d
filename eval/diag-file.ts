import { readFileSync } from 'node:fs';
import { analyseArticle } from '../src/generate/analyse-article.js';
import { readPlainText } from '../src/article/read-text.js';
const a = readPlainText(readFileSync(process.argv[2]!, 'utf8'));
for (const q of analyseArticle(a).quotes) console.log(`${(q.speaker?.name ?? '—').padEnd(24)} s${q.sentence} p${q.quote.paragraph} ${q.quote.text.slice(0, 70)}`);

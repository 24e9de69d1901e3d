import { readFileSync } from 'node:fs';
import { readPlainText } from './src/article/read-text.js';
import { analyseArticle } from './src/generate/analyse-article.js';
const a = analyseArticle(readPlainText(readFileSync(process.argv[2]!, 'utf8')));
for (const q of a.quotes) console.log((q.speaker?.name ?? '—').padEnd(24), q.quote.text.slice(0, 70));

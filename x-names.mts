import { readFileSync } from 'node:fs';
import { readPlainText } from './src/article/read-text.js';
import { analyseArticle } from './src/generate/analyse-article.js';
const an = analyseArticle(readPlainText(readFileSync(process.argv[2]!, 'utf8')));
for (const s of an.sentences) console.log(s.names.map((n) => `${n.text}:${n.kind}`).join(' | '));
for (const q of an.quotes) console.log(q.quote.text.slice(0, 40), '→', q.speaker?.name ?? null);

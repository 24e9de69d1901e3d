// Diagnostic: every quote of one article with the speaker the analysis gives it.
//   npx tsx eval/diag-attr.ts <corpus id | path to an article file>
import { existsSync, readFileSync } from 'node:fs';
import { readPlainText } from '../src/article/read-text.js';
import { analyseArticle } from '../src/generate/analyse-article.js';
import { loadCorpus } from './corpus.js';

const which = process.argv[2] ?? '';
const article = existsSync(which) ? readPlainText(readFileSync(which, 'utf8')) : loadCorpus().find((x) => x.id === which)?.article;
if (!article) {
  process.stderr.write(`diag-attr: no corpus article or file ${which}\n`);
  process.exit(2);
}
for (const q of analyseArticle(article).quotes) {
  process.stdout.write(`${(q.speaker?.name ?? '—').padEnd(24)} s${q.sentence} p${q.quote.paragraph} ${q.quote.text.slice(0, 70)}\n`);
}

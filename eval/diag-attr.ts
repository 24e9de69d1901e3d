// Diagnostic: every quote of one article with the speaker the analysis gives it.
import { analyseArticle } from '../src/generate/analyse-article.js';
import { loadCorpus } from './corpus.js';
const a = loadCorpus().find((x) => x.id === process.argv[2])!;
for (const q of analyseArticle(a.article).quotes) console.log(`${(q.speaker?.name ?? '—').padEnd(24)} s${q.sentence} p${q.quote.paragraph} ${q.quote.text.slice(0, 70)}`);

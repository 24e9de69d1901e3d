// Diagnostic: typed names of sentences matching a pattern.
import { analyseArticle } from '../src/generate/analyse-article.js';
import { loadCorpus } from './corpus.js';
const [id, pat] = process.argv.slice(2);
const a = loadCorpus().find((x) => x.id === id)!;
const an = analyseArticle(a.article);
for (const s of an.sentences) {
  if (!s.sentence.text.includes(pat!)) continue;
  console.log(s.sentence.text.slice(0, 200));
  for (const n of s.names) console.log('   ', n.kind, JSON.stringify(n.canonical), n.common ? 'common' : '');
}

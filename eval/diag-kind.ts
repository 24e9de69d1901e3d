// Diagnostic: first mentions of one kind of fact candidate, marked when the gold calls them key (tune split).
// npx tsx eval/diag-kind.ts place
import { analyseArticle } from '../src/generate/analyse-article.js';
import { collectCandidates } from '../src/generate/candidates.js';
import { loadCorpus } from './corpus.js';
import { fold } from './judge-cards.js';
const want = process.argv[2]!;
for (const a of loadCorpus()) {
  if (a.split !== 'tune') continue;
  const analysis = analyseArticle(a.article);
  const { facts } = collectCandidates(analysis, a.article.title);
  const keys = new Set(a.gold.keyFacts.map((f) => fold(f.answer)));
  const seen = new Set<string>();
  for (const f of facts) {
    const k = fold(f.answer); if (seen.has(k)) continue; seen.add(k);
    if (f.kind !== want) continue;
    const s = analysis.sentences[f.sentence]!.sentence;
    const p = analysis.paragraphs[s.paragraph]!.text;
    console.log(keys.has(k) ? 'KEY ' : '    ', f.answer.padEnd(22), '|', p.slice(Math.max(0, f.start - 50), f.end + 40).replace(/\n/g, ' '));
  }
}

// Diagnostic: why each gold key fact of the tune split has no acceptable card.
import { analyseArticle } from '../src/generate/analyse-article.js';
import { collectCandidates } from '../src/generate/candidates.js';
import { generateNotes } from '../src/generate/generate-notes.js';
import { loadCorpus } from './corpus.js';
import { fold, judgeCards } from './judge-cards.js';
const counts: Record<string, number> = {};
const verbose = process.argv.includes('-v');
for (const a of loadCorpus()) {
  if (a.split !== 'tune') continue;
  const text = a.article.paragraphs.map((p) => p.text).join('\n\n');
  const notes = generateNotes(a.article);
  const cards = judgeCards(notes, a.gold, text);
  const asked = new Set(cards.filter((c) => c.defects.length === 0 && c.keyFact).map((c) => fold(c.keyFact!)));
  const an = analyseArticle(a.article);
  const raw = an.sentences.flatMap((s) => [
    ...s.names.map((n) => n.text),
    ...s.numbers.map((n) => an.paragraphs[s.sentence.paragraph]!.text.slice(an.paragraphs[s.sentence.paragraph]!.analysis.tokens[n.first]!.start, an.paragraphs[s.sentence.paragraph]!.analysis.tokens[n.last]!.end)),
  ]).map(fold);
  const cands = collectCandidates(an, a.article.title).facts.map((f) => fold(f.answer));
  const onCards = cards.map((c) => fold(c.answer));
  for (const f of a.gold.keyFacts) {
    const k = fold(f.answer);
    if (asked.has(k)) continue;
    const why = onCards.includes(k) ? 'carded-defective' : cands.includes(k) ? 'candidate-not-kept' : raw.includes(k) ? 'dropped-by-rules' : raw.some((r) => r.includes(k) || k.includes(r)) ? 'span-differs' : 'not-detected';
    counts[why] = (counts[why] ?? 0) + 1;
    if (verbose) console.log(a.id.padEnd(40), why.padEnd(20), `[${f.kind}]`, f.answer, f.top ? '(top)' : '');
  }
}
console.log(counts);

// Diagnostic: gold quotes whose speaker the analysis finds rightly but that get no right
// who-said card, and why (the speaker's cap, the budget, too short …). Tune split unless given.
//   npx tsx eval/diag-quote-loss.ts [tune|test] [-v]
import { analyseArticle } from '../src/generate/analyse-article.js';
import { generateNotes } from '../src/generate/generate-notes.js';
import { loadCorpus } from './corpus.js';
import { answerLimit } from '../src/generate/rank-notes.js';
import { fold, judgeCards } from './judge-cards.js';

const split = process.argv[2] === 'test' ? 'test' : 'tune';
const verbose = process.argv.includes('-v');
const counts: Record<string, number> = {};
for (const a of loadCorpus()) {
  if (a.split !== split) continue;
  const text = a.article.paragraphs.map((p) => p.text).join('\n\n');
  const notes = generateNotes(a.article);
  const unlimited = generateNotes(a.article, { maxCards: 10000 });
  const cards = judgeCards(notes, a.gold, text);
  const all = judgeCards(unlimited, a.gold, text);
  const right = new Set(cards.map((c) => c.quote).filter((q) => q !== null));
  const rightUnlimited = new Set(all.map((c) => c.quote).filter((q) => q !== null));
  const an = analyseArticle(a.article);
  for (const g of a.gold.quotes) {
    if (right.has(g.starts)) continue;
    const found = an.quotes.find((q) => fold(q.quote.text).includes(fold(g.starts).slice(0, 30)));
    const forms = [g.speaker, ...(g.aliases ?? [])].map(fold);
    const speakerRight = found?.speaker && (forms.includes(fold(found.speaker.name)) || forms.some((f) => f.endsWith(' ' + fold(found.speaker!.name))));
    if (!speakerRight) continue;
    const sameSpeaker = cards.filter((c) => c.kind === 'quote' && c.quote !== null && forms.includes(fold(a.gold.quotes.find((x) => x.starts === c.quote)!.speaker))).length;
    const surname = fold(g.speaker).split(' ').pop()!;
    const answerCards = cards.filter((c) => fold(c.answer).split(' ').pop() === surname).length;
    const capped = answerCards >= answerLimit(cards.length);
    const why = (capped ? 'capped:' : 'room:') + (rightUnlimited.has(g.starts) ? 'budget' : 'never-carded');
    counts[why] = (counts[why] ?? 0) + 1;
    if (verbose) console.log(`${why.padEnd(14)} ${a.id.slice(0, 30).padEnd(30)} words ${found!.quote.text.split(/\s+/).length} spk-cards ${sameSpeaker} answer-cards ${answerCards}/${answerLimit(cards.length)} ${g.speaker}: ${g.starts.slice(0, 50)}`);
  }
}
console.log(counts);

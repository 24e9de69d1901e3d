// Diagnostic: defective and trivia cards among --max-cards 20 (tune split).
import { generateNotes } from '../src/generate/generate-notes.js';
import { loadCorpus } from './corpus.js';
import { judgeCards } from './judge-cards.js';
for (const a of loadCorpus()) {
  if (a.split !== 'tune') continue;
  const text = a.article.paragraphs.map((p) => p.text).join('\n\n');
  for (const c of judgeCards(generateNotes(a.article, { maxCards: 20 }), a.gold, text)) {
    const tag = c.defects.length ? c.defects.join(',') : c.keyFact || c.quote || c.saidQuote ? null : 'trivia';
    if (tag) console.log(tag.padEnd(16), `[${c.kind}]`, c.answer.padEnd(30), '|', c.shown.slice(0, 110));
  }
}

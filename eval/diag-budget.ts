// Diagnostic: worth and key-fact coverage against the card budget (words per card), tune split.
import { defaultCardBudget, generateNotes } from '../src/generate/generate-notes.js';
import { loadCorpus } from './corpus.js';
import { judgeCards, scoreArticle } from './judge-cards.js';
const split = process.argv[2] ?? 'tune';
for (const scale of [1, 0.85, 0.7, 0.6, 0.5]) {
  let cards = 0, worth = 0, ok = 0, kf = 0, kfAll = 0;
  for (const a of loadCorpus()) {
    if (a.split !== split) continue;
    const text = a.article.paragraphs.map((p) => p.text).join('\n\n');
    const judged = judgeCards(generateNotes(a.article, { maxCards: Math.round(defaultCardBudget(a.article) * scale) }), a.gold, text);
    const s = scoreArticle(judged, [], a.gold);
    cards += s.cards; worth += s.worth; ok += s.acceptable; kf += s.keyFactsCovered; kfAll += s.keyFacts;
  }
  console.log(`scale ${scale}: cards ${cards} ok ${Math.round((100 * ok) / cards)} % worth ${Math.round((100 * worth) / cards)} % key facts ${Math.round((100 * kf) / kfAll)} %`);
}

// Diagnostic: for each gold quote (tune split), what the analysis found.
import { analyseArticle } from '../src/generate/analyse-article.js';
import { loadCorpus } from './corpus.js';
const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'");
const counts: Record<string, number> = {};
for (const a of loadCorpus()) {
  if (a.split !== 'tune') continue;
  const an = analyseArticle(a.article);
  for (const g of a.gold.quotes) {
    const found = an.quotes.find((q) => fold(q.quote.text).includes(fold(g.starts).slice(0, 30)));
    let status: string;
    if (!found) status = 'not-found';
    else if (!found.speaker) status = 'no-speaker';
    else {
      const forms = [g.speaker, ...(g.aliases ?? [])].map(fold);
      status = forms.includes(fold(found.speaker.name)) || forms.some((f) => f.endsWith(' ' + fold(found.speaker!.name))) ? 'right' : 'wrong:' + found.speaker.name;
    }
    const k = status.startsWith('wrong') ? 'wrong' : status;
    counts[k] = (counts[k] ?? 0) + 1;
    if (status !== 'right') console.log(`${a.id.slice(0, 28).padEnd(28)} ${status.padEnd(22)} ${g.speaker}: ${g.starts.slice(0, 50)}`);
  }
}
console.log(counts);

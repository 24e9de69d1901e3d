// Diagnostic: how often a fact candidate is a gold key fact, by feature (tune split only).
import { analyseArticle } from '../src/generate/analyse-article.js';
import { collectCandidates } from '../src/generate/candidates.js';
import { loadCorpus } from './corpus.js';
import { fold } from './judge-cards.js';
const split = process.argv[2] ?? 'tune';
const table = new Map<string, [number, number]>();
const add = (k: string, key: boolean): void => { const t = table.get(k) ?? [0, 0]; t[0] += 1; t[1] += key ? 1 : 0; table.set(k, t); };
for (const a of loadCorpus()) {
  if (a.split !== split) continue;
  const analysis = analyseArticle(a.article);
  const { facts } = collectCandidates(analysis, a.article.title);
  const keys = new Set(a.gold.keyFacts.map((f) => fold(f.answer)));
  const surnames = new Set(a.gold.keyFacts.filter((f) => f.kind === 'person').map((f) => fold(f.answer).split(' ').pop()!));
  const mentions = new Map<string, number>();
  for (const f of facts) mentions.set(fold(f.answer), (mentions.get(fold(f.answer)) ?? 0) + 1);
  const nSent = analysis.sentences.length;
  const seen = new Set<string>();
  for (const f of facts) {
    const k = fold(f.answer);
    const key = keys.has(k) || (!k.includes(' ') && surnames.has(k));
    const first = !seen.has(k); seen.add(k);
    if (!first) continue;
    const para = analysis.sentences[f.sentence]!.sentence.paragraph;
    const p = analysis.paragraphs[para]!.text;
    const sameKind = facts.filter((g) => g !== f && g.sentence === f.sentence && g.kind === f.kind).length;
    add(`kind ${f.kind}`, key);
    add(`mentions ${Math.min(mentions.get(k)!, 4)}`, key);
    add(`pos ${Math.min(4, Math.floor((5 * f.sentence) / nSent))}`, key);
    add(`para ${Math.min(para, 6)}`, key);
    add(`sameKindInSentence ${Math.min(sameKind, 3)}`, key);
    add(`inQuote ${!!f.inQuote}`, key);
    add(`inTitle ${a.article.title.toLowerCase().includes(f.answer.toLowerCase())}`, key);
    add(`acronym ${/^[A-Z.]{2,}$/.test(f.answer)}`, key);
    add(`words ${Math.min(f.answer.split(/\s+/).length, 4)}`, key);
    add(`hint ${f.hint}`, key);
    add(`paraNums ${Math.min(3, facts.filter((g) => analysis.sentences[g.sentence]!.sentence.paragraph === para && ['money','percent','number','quantity'].includes(g.kind)).length)}`, key);
    void p;
  }
}
for (const [k, [n, key]] of [...table].sort()) console.log(k.padEnd(34), String(n).padStart(4), `${Math.round((100 * key) / n)} %`);

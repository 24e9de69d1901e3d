// `npm run eval`: the generator's cards judged against hand-written gold, per article and in total.
//   npm run eval [-- --split tune|test|all] [-- --cards] [-- --json FILE] [-- --dir FOLDER]
// --split tune while changing the generator: the held-back third (test) is for reporting only.
// --cards prints every card with what is wrong with it.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { generateNotes } from '../src/generate/generate-notes.js';
import { loadCorpus, type CorpusArticle, type Split } from './corpus.js';
import { judgeCards, namesElsewhere, scoreArticle, type ArticleScore, type JudgedCard } from './judge-cards.js';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const splitWanted = (option('--split') ?? 'all') as Split | 'all';
if (!['tune', 'test', 'all'].includes(splitWanted)) {
  process.stderr.write('eval: --split takes tune, test or all\n');
  process.exit(2);
}
const showCards = argv.includes('--cards');
const only = option('--only');
const jsonFile = option('--json');
// --dir FOLDER: a corpus kept apart (a fresh batch nobody tuned on); every article counts as held back.
const dir = option('--dir');

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${Math.round((100 * n) / d)} %`);
const frac = (n: number, d: number): string => `${n}/${d}`;

function sum(scores: ArticleScore[]): ArticleScore {
  const total = scores.reduce<ArticleScore>(
    (t, s) => {
      for (const key of Object.keys(s) as (keyof ArticleScore)[]) {
        if (typeof s[key] === 'number') (t[key] as number) = ((t[key] as number) ?? 0) + (s[key] as number);
      }
      for (const [d, n] of Object.entries(s.defects)) t.defects[d as keyof typeof t.defects] = (t.defects[d as keyof typeof t.defects] ?? 0) + n;
      return t;
    },
    { defects: {} } as ArticleScore,
  );
  const worst = [...scores].sort((a, b) => b.topAnswerCards / b.cards - a.topAnswerCards / a.cards)[0];
  total.topAnswer = worst?.topAnswer ?? '';
  total.topAnswerCards = worst?.topAnswerCards ?? 0;
  return total;
}

function printCards(a: CorpusArticle, cards: JudgedCard[]): void {
  process.stdout.write(`\n## ${a.id} (${a.split})\n`);
  for (const c of cards) {
    const verdict = c.defects.length > 0 ? `✗ ${c.defects.join(',')}` : c.twin ? '~ twin' : c.keyFact || c.quote || c.saidQuote ? '★' : '·';
    process.stdout.write(`${verdict.padEnd(14)} [${c.kind}/${c.hint}] ${c.answer} — ${c.shown.slice(0, 150)}\n`);
  }
  const asked = new Set(cards.filter((c) => c.defects.length === 0 && c.keyFact).map((c) => c.keyFact!.toLowerCase()));
  for (const f of a.gold.keyFacts) if (!asked.has(f.answer.toLowerCase())) process.stdout.write(`MISSED FACT    [${f.kind}] ${f.answer}\n`);
  const right = new Set(cards.flatMap((c) => [c.quote, c.saidQuote]));
  for (const q of a.gold.quotes) if (!right.has(q.starts)) process.stdout.write(`MISSED QUOTE   ${q.speaker}: “${q.starts}…”\n`);
}

const rows: { id: string; split: Split; score: ArticleScore; ms: number }[] = [];
const articles = dir ? loadCorpus(pathToFileURL(`${dir.replace(/\/$/, '')}/`)) : loadCorpus();
// (Names the other golds list: of the corpus, and of a batch kept apart.)
const elsewhereFor = namesElsewhere([...articles, ...(dir ? loadCorpus() : [])].map((x) => x.gold));
for (const a0 of articles) {
  const a: CorpusArticle = dir ? { ...a0, split: 'test' } : a0;
  if (splitWanted !== 'all' && a.split !== splitWanted) continue;
  if (only && a.id !== only) continue;
  const t0 = performance.now();
  const notes = generateNotes(a.article);
  const ms = performance.now() - t0;
  const text = a.article.paragraphs.map((p) => p.text).join('\n\n');
  const elsewhere = elsewhereFor(a.gold.id);
  const cards = judgeCards(notes, a.gold, text, elsewhere);
  const cards20 = judgeCards(generateNotes(a.article, { maxCards: 20 }), a.gold, text, elsewhere);
  if (showCards) printCards(a, cards);
  rows.push({ id: a.id, split: a.split, score: scoreArticle(cards, cards20, a.gold), ms });
}

const header = ['article', 'split', 'cards', 'ok', 'worth', 'key facts', 'worth@20', 'top@20', 'bad@20', 'quotes', 'wrong spk', 'hints', 'cuts', 'twins', 'most asked'];
const line = (id: string, split: string, s: ArticleScore): string[] => [
  id,
  split,
  String(s.cards),
  pct(s.acceptable, s.cards),
  pct(s.worth, s.cards),
  frac(s.keyFactsCovered, s.keyFacts),
  frac(s.worth20, s.cards20),
  frac(s.topCovered20, s.topFacts),
  String(s.defective20),
  frac(s.quotesRight, s.quotes),
  String(s.wrongSpeakers),
  frac(s.hintsRight, s.hintsJudged),
  String(s.cuts),
  String(s.twins),
  `${pct(s.topAnswerCards, s.cards)} ${s.topAnswer.slice(0, 18)}`,
];
const table = [header, ...rows.map((r) => line(r.id, r.split, r.score))];
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
const print = (r: string[]): void => void process.stdout.write(`${r.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
process.stdout.write('\n');
table.forEach(print);

const totals: Record<string, unknown> = {};
for (const split of ['tune', 'test'] as Split[]) {
  const scores = rows.filter((r) => r.split === split).map((r) => r.score);
  if (scores.length === 0) continue;
  const t = sum(scores);
  const ms = rows.filter((r) => r.split === split).map((r) => r.ms).sort((a, b) => a - b);
  totals[split] = { articles: scores.length, ...t, medianMs: ms[ms.length >> 1] };
  process.stdout.write(`\n${split === 'test' ? 'HELD-BACK (test)' : 'tuning'} — ${scores.length} articles, ${t.cards} cards\n`);
  const measures: [string, string, string][] = [
    ['cards acceptable (well formed, right or neutral hint, right speaker)', pct(t.acceptable, t.cards), '≥ 95 %'],
    ['cards worth learning (a key fact or a quote, acceptable, no twin)', pct(t.worth, t.cards), '≥ 80 %'],
    ['key facts deleted somewhere (on acceptable cards)', `${pct(t.keyFactsCovered, t.keyFacts)} (${frac(t.keyFactsCovered, t.keyFacts)})`, '≥ 90 %'],
    ['  the same, figures, dates, people, organisations and places only (no terms)', `${pct(t.namedKeyFactsCovered, t.namedKeyFacts)} (${frac(t.namedKeyFactsCovered, t.namedKeyFacts)})`, ''],
    ['key facts among the cards of --max-cards 20', `${pct(t.worth20, t.cards20)} (${frac(t.worth20, t.cards20)})`, '≥ 65 %'],
    ['defective cards among --max-cards 20', String(t.defective20), '0'],
    ['top facts kept by --max-cards 20', `${pct(t.topCovered20, t.topFacts)} (${frac(t.topCovered20, t.topFacts)})`, ''],
    ['quotes of 4+ words with a right who-said card', `${pct(t.quotesRight, t.quotes)} (${frac(t.quotesRight, t.quotes)})`, '≥ 85 %'],
    ['  the same, counting per speaker at most the cap on one answer (a tenth of the deck)', `${pct(t.quotesRight, t.quotesWithinCap)} (${frac(t.quotesRight, t.quotesWithinCap)})`, ''],
    ['quotes asked with their right speaker (who said it, or what they said)', `${pct(t.quotesAsked, t.quotes)} (${frac(t.quotesAsked, t.quotes)})`, ''],
    ['who-said cards naming a wrong speaker', String(t.wrongSpeakers), '0'],
    ['hints agreeing with the gold kind', `${pct(t.hintsRight, t.hintsJudged)} (${frac(t.hintsRight, t.hintsJudged)})`, ''],
    ['cut spans', String(t.cuts), ''],
    ['twin cards', String(t.twins), ''],
    ['cards on an answer an earlier card asked (who-said cards aside)', `${t.repeats} (${pct(t.repeats, t.cards)})`, ''],
    ['most asked answer, worst article', `${pct(t.topAnswerCards, rows.find((r) => r.score.topAnswer === t.topAnswer)?.score.cards ?? 1)} ${t.topAnswer}`, ''],
    ['defects', Object.entries(t.defects).filter(([, n]) => n > 0).map(([d, n]) => `${d} ${n}`).join(', '), ''],
    ['generation time per article, median', `${Math.round(ms[ms.length >> 1]!)} ms`, ''],
  ];
  const w = Math.max(...measures.map((m) => m[0].length));
  for (const [what, got, goal] of measures) process.stdout.write(`  ${what.padEnd(w)}  ${got.padEnd(12)} ${goal}\n`);
}
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify({ rows, totals }, null, 2)}\n`);

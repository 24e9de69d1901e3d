// Fits the learned part of the fact score (src/generate/fact-score.ts) on the tuning articles:
// a logistic model of "this candidate, on a card, asks a key fact of the gold" (the judge's
// match, not cut, a hint the gold's kind allows). First it fits on one half of the tuning
// articles and ranks the other half (AUC, against the hand-set score alone), then on all of
// them, and prints the weights to paste. Never reads the held-back third.
//   npx tsx eval/fit-fact-score.ts [-v]
import { createHash } from 'node:crypto';
import { analyseArticle } from '../src/generate/analyse-article.js';
import { collectCandidates, type FactCandidate } from '../src/generate/candidates.js';
import { FEATURE_NAMES, factFeatures, LEARNED_WEIGHT, learnedLogit } from '../src/generate/fact-score.js';
import { loadCorpus } from './corpus.js';
import { compatible, cutsAWord, goldItems, matchDeletion } from './judge-cards.js';

type Row = { half: number; key: boolean; handScore: number; x: number[] };
const rows: Row[] = [];
for (const a of loadCorpus()) {
  if (a.split !== 'tune') continue;
  const half = parseInt(createHash('md5').update(a.id).digest('hex').slice(0, 6), 16) % 2;
  const analysis = analyseArticle(a.article);
  const { facts } = collectCandidates(analysis, a.article.title);
  const items = goldItems(a.gold);
  const paragraphOf = (f: FactCandidate): string => analysis.paragraphs[analysis.sentences[f.sentence]!.sentence.paragraph]!.text;
  const features = factFeatures(facts, analysis, a.article.title);
  facts.forEach((f, i) => {
    const text = paragraphOf(f);
    const m = matchDeletion(f.answer, f.kind, text, f.start, items);
    const key = !!m.item?.key && !m.cut && !cutsAWord(text, f.start, f.end) && compatible(f.kind, f.hint, m.item.kind);
    const x = features[i]!;
    rows.push({ half, key, handScore: f.score - LEARNED_WEIGHT * learnedLogit(x), x });
  });
}

/** The chance a key fact outranks a fact that is not (ties left in the order the sort gives them). */
function auc(scored: { key: boolean; s: number }[]): number {
  const sorted = [...scored].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let keys = 0;
  sorted.forEach((r, i) => {
    if (r.key) {
      rankSum += i + 1;
      keys += 1;
    }
  });
  return (rankSum - (keys * (keys + 1)) / 2) / (keys * (sorted.length - keys));
}

/** Logistic regression by gradient descent, lightly regularised. Deterministic. */
function fit(train: Row[]): { weights: number[]; bias: number } {
  const d = FEATURE_NAMES.length;
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  for (let step = 0; step < 3000; step += 1) {
    const g = new Array<number>(d).fill(0);
    let gBias = 0;
    for (const r of train) {
      const e = 1 / (1 + Math.exp(-learnedLogit(r.x, w, bias))) - (r.key ? 1 : 0);
      for (let j = 0; j < d; j += 1) g[j]! += e * r.x[j]!;
      gBias += e;
    }
    for (let j = 0; j < d; j += 1) w[j]! -= (0.5 * g[j]!) / train.length + 0.003 * w[j]!;
    bias -= (0.5 * gBias) / train.length;
  }
  return { weights: w, bias };
}

console.log(`candidates ${rows.length}, key facts among them ${rows.filter((r) => r.key).length}`);
for (const half of [0, 1]) {
  const { weights, bias } = fit(rows.filter((r) => r.half !== half));
  const held = rows.filter((r) => r.half === half);
  const hand = auc(held.map((r) => ({ key: r.key, s: r.handScore })));
  const learned = auc(held.map((r) => ({ key: r.key, s: learnedLogit(r.x, weights, bias) })));
  // (And with the hand-set score, at a few weights of the learned part: LEARNED_WEIGHT's choice.)
  const both = [1, 2, 4, 8].map((k) => `×${k} ${auc(held.map((r) => ({ key: r.key, s: r.handScore + k * learnedLogit(r.x, weights, bias) }))).toFixed(3)}`);
  console.log(`fitted without half ${half}, ranking it: hand-set score ${hand.toFixed(3)}, learned ${learned.toFixed(3)}, both ${both.join(', ')}`);
}
const { weights, bias } = fit(rows);
const round = (v: number): number => Math.round(v * 100) / 100 || 0;
console.log(`export const WEIGHTS = [${weights.map(round).join(', ')}];\nexport const BIAS = ${round(bias)};`);
if (process.argv.includes('-v')) FEATURE_NAMES.forEach((name, j) => console.log(name.padEnd(28), round(weights[j]!)));

import type { FactKind } from '../deck/types.js';
import type { ArticleAnalysis } from './analyse-article.js';

/**
 * How likely a fact is to be one a reader keeps, learned from data rather than guessed.
 *
 * A logistic model over what any article shows about a fact — its kind and hint, where the
 * article has it, how often, whether the headline or a speaker names it, how crowded its
 * sentence and paragraph are — fitted on the tuning articles of the evaluation corpus
 * (`eval/fit-fact-score.ts` fits it and prints the weights below; fitted on one half of them,
 * it ranks the other half's key facts better than the hand-set score alone: AUC 0.57 → 0.71
 * and 0.63 → 0.74 on 12,776 candidates of 292 articles). It adds to the hand-set score, it
 * does not replace it: alone it raised long names that are as often cut or no name at all.
 */

/** What the score of a fact is computed from (a fact candidate is one). */
export interface ScoredFact {
  sentence: number;
  answer: string;
  kind: FactKind;
  hint: string;
  inQuote?: unknown;
  person?: string;
  score: number;
}

const KINDS: FactKind[] = ['money', 'percent', 'quantity', 'number', 'date', 'person', 'organization', 'place', 'term'];
const HINTS = ['year', 'how long', 'how old', 'how many times', 'years', 'name', 'date'];
const FIGURES = new Set<FactKind>(['money', 'percent', 'quantity', 'number']);
type Group = 'figure' | 'date' | 'person' | 'name';
const GROUPS: Group[] = ['figure', 'date', 'person', 'name'];
const groupOf = (kind: FactKind): Group => (FIGURES.has(kind) ? 'figure' : kind === 'date' ? 'date' : kind === 'person' ? 'person' : 'name');
const SMALL_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens|hundreds|thousands)$/i;
const WEEKDAY = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;

/** The features, in the order of a row of `factFeatures` and of `WEIGHTS`. */
export const FEATURE_NAMES: string[] = [
  ...KINDS.map((k) => `kind ${k}`),
  ...HINTS.map((h) => `hint ${h}`),
  'position',
  'first paragraph',
  'first mention',
  'log mentions',
  'in headline',
  'in quote',
  'words',
  'acronym',
  'digit',
  'facts in sentence',
  'same kind in sentence',
  'sentence words / 10',
  'short name of a person',
  ...GROUPS.flatMap((g) => [`${g}: position`, `${g}: log mentions`, `${g}: in quote`]),
  'figures in paragraph',
  'small number word',
  'weekday',
  'a speaker',
  'paragraph position',
];

/** Fitted by `eval/fit-fact-score.ts` on the tuning articles; one per feature. */
export const WEIGHTS = [0.53, 0.45, -0.05, 0.44, -0.25, 0.24, -0.88, -0.33, -0.22, -0.09, -0.12, -0.15, 0, -0.17, -0.19, 0.02, -0.3, 0.12, -0.05, -0.26, 0.01, -0.44, 0.87, -0.47, 1.17, -0.22, -0.26, -0.19, 0.24, 0.47, -0.12, -0.08, -0.14, 0.03, -0.08, -0.15, -0.3, 0.19, -0.48, 0.12, -0.47, -0.13, -0.13, 0, 0.34, -0.35];
export const BIAS = -0.67;
/** How much the learned log-odds weigh against the hand-set score (a money figure's is about 12). */
export const LEARNED_WEIGHT = 2;

/**
 * What each fact looks like to the model, one row per fact in order: indexes built once, so a
 * 1 MB article of one sentence costs no more than one of many.
 */
export function factFeatures(facts: ScoredFact[], analysis: ArticleAnalysis, title: string): number[][] {
  const mentions = new Map<string, number>();
  const inSentence = new Map<number, number>();
  const kindInSentence = new Map<string, number>();
  const figuresInParagraph = new Map<number, number>();
  const paragraphOf = (f: ScoredFact): number => analysis.sentences[f.sentence]!.sentence.paragraph;
  const bump = <K>(map: Map<K, number>, key: K): void => void map.set(key, (map.get(key) ?? 0) + 1);
  for (const f of facts) {
    bump(mentions, f.answer.toLowerCase());
    bump(inSentence, f.sentence);
    bump(kindInSentence, `${f.sentence} ${f.kind}`);
    if (FIGURES.has(f.kind)) bump(figuresInParagraph, paragraphOf(f));
  }
  const speakers = [...new Set(analysis.quotes.flatMap((q) => (q.speaker ? [q.speaker.name.toLowerCase()] : [])))];
  const speaks = new Map<string, boolean>();
  const sentences = Math.max(1, analysis.sentences.length);
  const paragraphs = Math.max(1, analysis.paragraphs.length);
  const head = title.toLowerCase();
  const seen = new Set<string>();
  return facts.map((f) => {
    const key = f.answer.toLowerCase();
    const first = !seen.has(key);
    seen.add(key);
    if (!speaks.has(key)) speaks.set(key, speakers.some((s) => s.includes(key)));
    const position = f.sentence / sentences;
    const logMentions = Math.log(mentions.get(key)!);
    const group = groupOf(f.kind);
    const paragraph = paragraphOf(f);
    return [
      ...KINDS.map((k) => (f.kind === k ? 1 : 0)),
      ...HINTS.map((h) => (f.hint === h ? 1 : 0)),
      position,
      paragraph === 0 ? 1 : 0,
      first ? 1 : 0,
      logMentions,
      head.includes(key) ? 1 : 0,
      f.inQuote ? 1 : 0,
      Math.min(4, f.answer.split(/\s+/).length),
      /^[A-Z.&-]{2,}$/.test(f.answer) ? 1 : 0,
      /\d/.test(f.answer) ? 1 : 0,
      Math.min(6, inSentence.get(f.sentence)!),
      Math.min(3, kindInSentence.get(`${f.sentence} ${f.kind}`)! - 1),
      Math.min(60, analysis.sentences[f.sentence]!.sentence.text.split(/\s+/, 61).length) / 10,
      f.person ? 1 : 0,
      ...GROUPS.flatMap((g) => (g === group ? [position, logMentions, f.inQuote ? 1 : 0] : [0, 0, 0])),
      Math.min(4, figuresInParagraph.get(paragraph) ?? 0),
      SMALL_WORD.test(f.answer) ? 1 : 0,
      WEEKDAY.test(f.answer) ? 1 : 0,
      speaks.get(key) ? 1 : 0,
      paragraph / paragraphs,
    ];
  });
}

/** The model's log-odds that a fact with these features is a key fact. */
export function learnedLogit(row: number[], weights: number[] = WEIGHTS, bias: number = BIAS): number {
  return row.reduce((z, v, j) => z + weights[j]! * v, bias);
}

/** Adds to each fact's hand-set score the learned log-odds that it is a key fact. */
export function addLearnedScore(facts: ScoredFact[], analysis: ArticleAnalysis, title: string): void {
  const rows = factFeatures(facts, analysis, title);
  facts.forEach((f, i) => {
    f.score += LEARNED_WEIGHT * learnedLogit(rows[i]!);
  });
}

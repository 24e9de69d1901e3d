import type { FactKind } from '../deck/types.js';
import type { ArticleAnalysis, AttributedQuote } from './analyse-article.js';
import { wordCount } from './find-quotes.js';
import { STOP_ANSWERS } from './gazetteer.js';

/** One possible deletion: a fact at a place in a sentence. */
export interface FactCandidate {
  sentence: number;
  /** Offsets in the paragraph text. */
  start: number;
  end: number;
  answer: string;
  kind: FactKind;
  hint: string;
  score: number;
}

export interface QuoteCandidate {
  quote: AttributedQuote;
  speaker: string;
  score: number;
}

/** Quotes shorter than this are scare quotes ("New Kazakhstan"): nobody to ask about. */
export const MIN_QUOTE_WORDS = 4;

const KIND_WEIGHT: Record<FactKind, number> = {
  money: 10,
  percent: 9,
  quantity: 8,
  number: 6,
  date: 6,
  person: 7.5,
  organization: 6.5,
  place: 2,
  term: 3,
};

function specificity(answer: string, kind: FactKind, hint: string): number {
  if (kind === 'date') return /\d/.test(answer) && /\p{L}/u.test(answer) ? 1.5 : hint === 'year' ? 0.5 : -2;
  if (kind === 'number' || kind === 'quantity') return /\d/.test(answer) ? 1 : -1.5;
  if (kind === 'person') return answer.includes(' ') ? 1 : 0;
  return 0;
}

/** A place named this often is the article's setting: asking for it tests nothing. */
const SETTING_MENTIONS = 4;

/**
 * Places are the weakest facts. A sentence with a number, date, person, organisation or term
 * to ask about keeps its places as context: "Kazakhstan, Kyrgyzstan, Tajikistan…" are not
 * five more cards. In a sentence of places only, the two best stay, unless one is the setting.
 */
function withoutWeakPlaces(facts: FactCandidate[]): FactCandidate[] {
  const richer = new Set(facts.filter((f) => f.kind !== 'place').map((f) => f.sentence));
  const mentions = new Map<string, number>();
  const placesBySentence = new Map<number, FactCandidate[]>();
  for (const f of facts) {
    if (f.kind !== 'place') continue;
    const key = f.answer.toLowerCase();
    mentions.set(key, (mentions.get(key) ?? 0) + 1);
    placesBySentence.set(f.sentence, [...(placesBySentence.get(f.sentence) ?? []), f]);
  }
  const kept = new Set<FactCandidate>();
  for (const [sentence, places] of placesBySentence) {
    if (richer.has(sentence)) continue;
    const usable = places.filter((p) => mentions.get(p.answer.toLowerCase())! < SETTING_MENTIONS);
    for (const p of usable.sort((a, b) => b.score - a.score).slice(0, 2)) kept.add(p);
  }
  return facts.filter((f) => f.kind !== 'place' || kept.has(f));
}

function isUsableAnswer(answer: string): boolean {
  const a = answer.trim();
  return a.length >= 2 && /[\p{L}\p{N}]/u.test(a) && !STOP_ANSWERS.has(a.toLowerCase());
}

/**
 * A presenter's sign-off or self-introduction ("I’m Jill Robbins.", "And this is Ann Lee.")
 * names someone, but says nothing about the story: no card to ask.
 */
export function isSignOff(sentence: string): boolean {
  return /^(?:[Aa]nd\s+)?(?:I['’]m|I\s+am|[Tt]his\s+is)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}[.!]?$/u.test(sentence.trim());
}

/** Every fact and attributed quote, scored: kind, specificity, early position, first mention. */
export function collectCandidates(analysis: ArticleAnalysis): { facts: FactCandidate[]; quotes: QuoteCandidate[] } {
  const facts: FactCandidate[] = [];
  const total = Math.max(1, analysis.sentences.length);
  const seen = new Set<string>();
  for (const { sentence, numbers, names } of analysis.sentences) {
    if (isSignOff(sentence.text)) continue;
    const p = analysis.paragraphs[sentence.paragraph]!;
    const tokens = p.analysis.tokens;
    const position = 1.5 * (1 - sentence.index / total);
    const push = (start: number, end: number, kind: FactKind, hint: string): void => {
      const answer = p.text.slice(start, end);
      if (!isUsableAnswer(answer)) return;
      const key = answer.toLowerCase();
      const first = seen.has(key) ? 0 : 1;
      seen.add(key);
      const score = KIND_WEIGHT[kind] + specificity(answer, kind, hint) + position + first;
      facts.push({ sentence: sentence.index, start, end, answer, kind, hint, score });
    };
    for (const n of numbers) push(tokens[n.first]!.start, tokens[n.last]!.end, n.kind, n.hint);
    for (const n of names) {
      const hint = n.kind === 'term' ? 'name' : n.kind === 'organization' ? 'organisation' : n.kind;
      push(n.start, n.end, n.kind, hint);
    }
  }
  const quotes: QuoteCandidate[] = [];
  const kept = withoutWeakPlaces(facts);
  for (const q of analysis.quotes) {
    const words = wordCount(q.quote.text);
    if (!q.speaker || words < MIN_QUOTE_WORDS) continue;
    quotes.push({ quote: q, speaker: q.speaker.name, score: 8 + Math.min(words, 30) / 10 });
  }
  return { facts: kept, quotes };
}

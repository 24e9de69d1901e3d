import type { FactCandidate, QuoteCandidate } from './candidates.js';

/** At most this many fact cards share one answer: a deck is not fifteen cards about one name. */
export const MAX_CARDS_PER_ANSWER = 2;

const overlaps = (a: FactCandidate, b: FactCandidate): boolean =>
  a.sentence === b.sentence && a.start < b.end && b.start < a.end;

/**
 * Keep the best candidates within the card budget. Quotes compete on score like facts but
 * are not capped per speaker: each asks about a different quote, and the article decides
 * how often one person speaks. Facts are capped per distinct answer; overlapping facts in
 * one sentence keep the better one. Ties break on article order, so the result is stable.
 */
export function selectCandidates(
  facts: FactCandidate[],
  quotes: QuoteCandidate[],
  maxCards: number,
): { facts: FactCandidate[]; quotes: QuoteCandidate[] } {
  type Item = { score: number; order: number; fact?: FactCandidate; quote?: QuoteCandidate };
  const items: Item[] = [
    ...facts.map((fact, i) => ({ score: fact.score, order: i, fact })),
    ...quotes.map((quote, i) => ({ score: quote.score, order: facts.length + i, quote })),
  ].sort((a, b) => b.score - a.score || a.order - b.order);
  const keptFacts: FactCandidate[] = [];
  const keptQuotes: QuoteCandidate[] = [];
  const perAnswer = new Map<string, number>();
  const keptBySentence = new Map<number, FactCandidate[]>();
  // Cards per sentence answer: a repeated answer in one sentence is one card.
  const sentenceAnswers = new Set<string>();
  let cards = 0;
  for (const item of items) {
    if (cards >= maxCards) break;
    if (item.quote) {
      keptQuotes.push(item.quote);
      cards += 1;
      continue;
    }
    const fact = item.fact!;
    const key = fact.answer.toLowerCase();
    const sentenceKey = `${fact.sentence}\u0000${key}`;
    const inSentence = keptBySentence.get(fact.sentence) ?? [];
    if (inSentence.some((k) => overlaps(k, fact))) continue;
    if (sentenceAnswers.has(sentenceKey)) continue;
    if ((perAnswer.get(key) ?? 0) >= MAX_CARDS_PER_ANSWER) continue;
    perAnswer.set(key, (perAnswer.get(key) ?? 0) + 1);
    sentenceAnswers.add(sentenceKey);
    keptFacts.push(fact);
    keptBySentence.set(fact.sentence, [...inSentence, fact]);
    cards += 1;
  }
  return { facts: keptFacts, quotes: keptQuotes };
}

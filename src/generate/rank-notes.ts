import type { FactCandidate, QuoteCandidate } from './candidates.js';
import type { QuoteSpan } from './find-quotes.js';

/** At most this many fact cards share one answer: a deck is not fifteen cards about one name. */
export const MAX_CARDS_PER_ANSWER = 2;
/** A deck of at most this many cards asks each answer once. */
export const SHORT_DECK = 30;
/** At most this many deletions in one note: a long sentence is not ten cards. */
export const MAX_CARDS_PER_NOTE = 4;
/** A long sentence may give two notes, one per part (each under its own clause window). */
export const MAX_CARDS_PER_SENTENCE = 2 * MAX_CARDS_PER_NOTE;

const fold = (s: string): string => s.toLowerCase();

/**
 * A fact card that deletes a quote's speaker in the quote's own sentences tests the same
 * thing as the who-said card and gives it away: the who-said card stays.
 */
function twinFinder(quotes: QuoteCandidate[]): (fact: FactCandidate) => boolean {
  // The speakers of the quotes each sentence belongs to (a quote's sentences and the one
  // after, where its tag may stand), indexed once rather than searched for every fact.
  const speakersOf = new Map<number, string[]>();
  for (const q of quotes) {
    for (let s = q.quote.sentence; s <= q.quote.endSentence + 1; s += 1) speakersOf.set(s, [...(speakersOf.get(s) ?? []), fold(q.speaker)]);
  }
  return (fact) => {
    const answer = fold(fact.answer);
    // ("stated the Wolkowsky family": the family's name is the family too.)
    return (speakersOf.get(fact.sentence) ?? []).some((speaker) => speaker === answer || speaker.endsWith(` ${answer}`) || speaker === `${answer} family`);
  };
}

// (Not a bare number: "two" satellites and "two" countries are two facts.)
const FIGURES_ASKED_ONCE = new Set(['money', 'percent', 'quantity']);
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * One key for one figure however it is written: "$5,512,000" and "$5.512 million", "$1,000" and
 * "$1000" are the same amount; the unit after it stays part of the key ("5 miles" ≠ "5 percent").
 */
function figureKey(fact: FactCandidate): string {
  const answer = fact.answer.toLowerCase();
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?/.exec(answer);
  if (!m) return answer;
  const value = parseFloat(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2]]! : 1);
  const rest = `${answer.slice(0, m.index)}#${answer.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').trim();
  return `${fact.kind}:${rest}:${value}`;
}

const overlaps = (a: FactCandidate, b: FactCandidate): boolean =>
  a.sentence === b.sentence && a.start < b.end && b.start < a.end;

/**
 * Keep the best candidates within the card budget. Quotes compete on score like facts; facts
 * are capped per distinct answer; overlapping facts in one sentence keep the better one. Then
 * no answer (a speaker included) may have more than a tenth of the deck, and the quotes that
 * cost a speaker are asked as what-they-said cards. Ties break on article order, so the
 * result is stable.
 */
export function selectCandidates(
  facts: FactCandidate[],
  quotes: QuoteCandidate[],
  maxCards: number,
): { facts: FactCandidate[]; quotes: QuoteCandidate[] } {
  type Item = { score: number; order: number; fact?: FactCandidate; quote?: QuoteCandidate };
  const isTwin = twinFinder(quotes);
  facts = facts.filter((f) => !isTwin(f));
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
  // In a short deck ("--max-cards 20") a second card on one answer takes the place of another fact.
  const perAnswerCap = maxCards <= SHORT_DECK ? 1 : MAX_CARDS_PER_ANSWER;
  let cards = 0;
  for (const item of items) {
    if (cards >= maxCards) break;
    if (item.quote) {
      // (Words another speaker says too: what they said, if anything, not who said it.)
      if (item.quote.shared) continue;
      keptQuotes.push(item.quote);
      cards += 1;
      continue;
    }
    const fact = item.fact!;
    // (In a short deck the story's own body — "NASA" in a NASA release — takes no place.)
    if (fact.everywhere && maxCards <= SHORT_DECK) continue;
    // (In a short deck "Ortiz" and "Lena Ortiz" are one answer.)
    // ("ESD" after "Empire State Development (ESD)" is one answer too.)
    const key = FIGURES_ASKED_ONCE.has(fact.kind) ? figureKey(fact) : ((perAnswerCap === 1 ? fact.person : undefined) ?? fact.spelledOut ?? fact.answer).toLowerCase();
    const sentenceKey = `${fact.sentence}\u0000${key}`;
    const inSentence = keptBySentence.get(fact.sentence) ?? [];
    if (inSentence.some((k) => overlaps(k, fact)) || inSentence.length >= MAX_CARDS_PER_SENTENCE) continue;
    if (sentenceAnswers.has(sentenceKey)) continue;
    // (A body or a thing, once asked, is known: "NASA" in every sentence of a NASA story is one
    // card. A person asked twice is often asked for two things they did — a second card stays.)
    // (So is a figure: "$228 million" again, or "$5.512 million" after "$5,512,000".)
    if ((perAnswer.get(key) ?? 0) >= (fact.kind === 'organization' || fact.kind === 'term' || FIGURES_ASKED_ONCE.has(fact.kind) ? 1 : perAnswerCap)) continue;
    perAnswer.set(key, (perAnswer.get(key) ?? 0) + 1);
    sentenceAnswers.add(sentenceKey);
    keptFacts.push(fact);
    keptBySentence.set(fact.sentence, [...inSentence, fact]);
    cards += 1;
  }
  const capped = withoutDominantAnswer(keptFacts, keptQuotes);
  return { facts: [...capped.facts, ...whatTheyAlsoSaid(capped, facts, quotes, maxCards)], quotes: capped.quotes };
}

/** The quote's key phrase, unless a kept card already deletes in its sentence where it stands. */
function phraseOf(q: QuoteCandidate, kept: FactCandidate[]): FactCandidate | undefined {
  const phrase = q.phrase;
  if (!phrase) return undefined;
  const same = kept.filter((k) => k.sentence === phrase.sentence);
  return same.length === 0 ? phrase : undefined;
}

/**
 * The quotes a speaker's cap left without a who-said card: ask what was said instead — the
 * best fact inside each, else its key phrase (the card names the speaker) — while the budget
 * has room.
 */
function whatTheyAlsoSaid(
  kept: { facts: FactCandidate[]; quotes: QuoteCandidate[] },
  facts: FactCandidate[],
  quotes: QuoteCandidate[],
  maxCards: number,
): FactCandidate[] {
  let room = maxCards - kept.facts.length - kept.quotes.length;
  const added: FactCandidate[] = [];
  const all = [...kept.facts];
  const perAnswer = new Map<string, number>();
  for (const f of all) perAnswer.set(f.answer.toLowerCase(), (perAnswer.get(f.answer.toLowerCase()) ?? 0) + 1);
  // Facts by the quote they stand in, and the quotes a kept fact already asks about: built once.
  const byQuote = new Map<QuoteSpan, FactCandidate[]>();
  for (const f of facts) {
    if (!f.inQuote) continue;
    const list = byQuote.get(f.inQuote);
    if (list) list.push(f);
    else byQuote.set(f.inQuote, [f]);
  }
  const asked = new Set(all.flatMap((f) => (f.inQuote ? [f.inQuote] : [])));
  const keptQuotes = new Set(kept.quotes);
  const dropped = quotes.filter((q) => !keptQuotes.has(q)).sort((a, b) => b.score - a.score);
  for (const q of dropped) {
    if (room <= 0) break;
    if (asked.has(q.quote.quote)) continue;
    const best = (byQuote.get(q.quote.quote) ?? [])
      .filter((f) => f.saidBy === q.speaker && !all.includes(f))
      .filter((f) => (perAnswer.get(f.answer.toLowerCase()) ?? 0) < MAX_CARDS_PER_ANSWER)
      .filter((f) => {
        const same = all.filter((k) => k.sentence === f.sentence);
        return same.length < MAX_CARDS_PER_SENTENCE && !same.some((k) => overlaps(k, f) || k.answer.toLowerCase() === f.answer.toLowerCase());
      })
      .sort((a, b) => b.score - a.score)[0] ?? phraseOf(q, all);
    if (!best) continue;
    added.push(best);
    all.push(best);
    asked.add(q.quote.quote);
    perAnswer.set(best.answer.toLowerCase(), (perAnswer.get(best.answer.toLowerCase()) ?? 0) + 1);
    room -= 1;
  }
  return added;
}

/** Share of a deck's cards one answer may have at most ("Daniel Rosenblum" and "Rosenblum" are one). */
export const MAX_ANSWER_SHARE = 0.1;

/** Cards one answer may have in a deck of `cards` cards. */
export function answerLimit(cards: number): number {
  return Math.max(2, Math.floor(cards * MAX_ANSWER_SHARE));
}

/** A person is one answer under any of their names: the surname stands for them. */
// (Not "Mr. Corby", known only so, against "Schapelle Corby": her father is another answer.)
function answerKey(answer: string, person: boolean): string {
  const words = answer.toLowerCase().split(/\s+/);
  return person && !/^(?:mr|mrs|ms|miss)\.?$/.test(words[0]!) ? words[words.length - 1]! : words.join(' ');
}

/**
 * No answer on more than a tenth of the deck (at least two cards each): the weakest cards of
 * an answer that has more go (its fact cards before its who-said cards), until none has.
 * The learner should have to read the card.
 */
function withoutDominantAnswer(facts: FactCandidate[], quotes: QuoteCandidate[]): { facts: FactCandidate[]; quotes: QuoteCandidate[] } {
  type Card = { key: string; score: number; fact?: FactCandidate; quote?: QuoteCandidate };
  let cards: Card[] = [
    ...facts.map((fact) => ({ key: answerKey(fact.answer, fact.kind === 'person'), score: fact.score, fact })),
    ...quotes.map((quote) => ({ key: answerKey(quote.speaker, true), score: quote.score, quote })),
  ];
  for (;;) {
    const limit = answerLimit(cards.length);
    const counts = new Map<string, Card[]>();
    for (const c of cards) counts.set(c.key, [...(counts.get(c.key) ?? []), c]);
    const over = [...counts.values()].find((list) => list.length > limit);
    if (!over) break;
    // A who-said card asks more than a card deleting the same name: facts go first.
    const rank = (c: Card): number => (c.quote ? 100 : 0) + c.score;
    // (Of equals, the one the article comes to last: its lead is what the story is about.)
    const weakest = over.reduce((a, b) => (rank(b) <= rank(a) ? b : a));
    cards = cards.filter((c) => c !== weakest);
  }
  return { facts: facts.filter((f) => cards.some((c) => c.fact === f)), quotes: quotes.filter((q) => cards.some((c) => c.quote === q)) };
}

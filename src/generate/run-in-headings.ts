import { ROLE_WORDS } from './gazetteer.js';
import { isFirstName } from './name-lexicon.js';
import type { Token, TokenSpan } from './nlp.js';

/**
 * Text that lost its line breaks keeps its subheadings in front of the next sentence
 * ("…he said. Economic and political aspects Kazakhstan is…"). A heading is a short
 * verbless phrase; the sentence proper starts at a capitalised word that opens a clause.
 */
export type RunInHeading =
  | { kind: 'none' }
  | { kind: 'whole' }
  | { kind: 'prefix'; bodyFirst: number };

const MAX_HEADING_WORDS = 6;
const CLAUSE_OPENER_POS = new Set(['DET', 'ADP', 'SCONJ', 'NUM', 'PRON', 'ADV', 'CCONJ']);
const LOWER_HEADING_POS = new Set(['ADJ', 'NOUN', 'CCONJ', 'ADP', 'DET']);

const NAME_PARTICLE = /^(?:de|da|del|della|di|du|la|le|van|von|der|den|ter|zur|zu|al|bin|ibn)$/;

const isWord = (t: Token): boolean => /^[\p{L}][\p{L}'’.-]*$/u.test(t.value);
const isCapitalised = (t: Token): boolean => isWord(t) && /^\p{Lu}/u.test(t.value);
const isLower = (t: Token): boolean => isWord(t) && /^\p{Ll}/u.test(t.value);
const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

function wordsIn(tokens: Token[], span: TokenSpan): number {
  let words = 0;
  for (let i = span.first; i <= span.last; i += 1) if (isWord(tokens[i]!)) words += 1;
  return words;
}

function hasVerb(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i += 1) if (isVerb(tokens[i]!)) return true;
  return false;
}

/** "Economic and political aspects ‖ Kazakhstan is…": a title-case noun phrase. */
function lowercasePhraseEnd(tokens: Token[], span: TokenSpan): number | null {
  const first = tokens[span.first]!;
  if (!isCapitalised(first) || CLAUSE_OPENER_POS.has(first.pos) || isVerb(first)) return null;
  for (let k = span.first + 1; k <= Math.min(span.last, span.first + MAX_HEADING_WORDS); k += 1) {
    const t = tokens[k]!;
    if (isCapitalised(t)) {
      const prev = tokens[k - 1]!;
      const words = k - span.first;
      // (Not a name's particles: "Anna van den ‖ Bosch, a geologist, …" is one person.)
      // (Nor an occupation before a given name: "Special effects costumer ‖ Ian Campbell, whose
      // credits …" describes the person, as "Trade analyst Ana Ruiz" does.)
      const occupation = /(?:er|or|ist|ian|ant|ent|man|woman|person)$/.test(prev.value) && isFirstName(t.value);
      const nounEnd = prev.pos === 'NOUN' && isLower(prev) && !ROLE_WORDS.has(prev.value.toLowerCase()) && !NAME_PARTICLE.test(prev.value) && !occupation;
      // (Nor a name after what it is, in a noun phrase of the sentence: "Crew aboard the commercial
      // diving boat ‖ John Jack notified …".)
      let d = k - 1;
      while (d > span.first && isLower(tokens[d]!) && /^(?:ADJ|NOUN)$/.test(tokens[d]!.pos)) d -= 1;
      const named = d < k - 1 && /^(?:the|a|an)$/.test(tokens[d]!.value) && !CLAUSE_OPENER_POS.has(t.pos);
      return words >= 2 && nounEnd && !named ? k : null;
    }
    if (!isLower(t) || !LOWER_HEADING_POS.has(t.pos)) return null;
  }
  return null;
}

/** "China, Russia, Iran ‖ One issue…", "X vs. Y ‖ Before his…": names, then a clause opener. */
function namePhraseEnd(tokens: Token[], span: TokenSpan): number | null {
  if (tokens[span.first]!.pos !== 'PROPN' || !isCapitalised(tokens[span.first]!)) return null;
  for (let k = span.first + 1; k <= Math.min(span.last, span.first + MAX_HEADING_WORDS + 2); k += 1) {
    const t = tokens[k]!;
    if (isCapitalised(t) && CLAUSE_OPENER_POS.has(t.pos) && t.value !== 'I') {
      // ("David ‖ Prior, assistant clerk …": a given name alone is no heading; the word after
      // it, whatever the tagger says, is the surname.)
      if (k === span.first + 1 && isFirstName(tokens[span.first]!.value)) return null;
      return tokens[k - 1]!.pos === 'PROPN' ? k : null;
    }
    const joiner = t.value === ',' || t.value === '&' || /^(vs\.?|v\.|and|or)$/i.test(t.value);
    if (!joiner && !(isCapitalised(t) && t.pos === 'PROPN')) return null;
  }
  return null;
}

/** Find a subheading run into the sentence `span`; `inQuote` sentences never hold one. */
export function findRunInHeading(tokens: Token[], span: TokenSpan, inQuote: boolean): RunInHeading {
  if (inQuote || span.last - span.first < 1) return { kind: 'none' };
  const lastToken = tokens[span.last]!;
  if (
    isCapitalised(tokens[span.first]!) &&
    // (Not "So why the new water cycle?": a question the prose asks, opening as speech does.)
    !/^(?:So|And|But|Then|Yet|Or|Now|Well)$/.test(tokens[span.first]!.value) &&
    span.last - span.first < 3 * MAX_HEADING_WORDS &&
    wordsIn(tokens, span) >= 2 &&
    wordsIn(tokens, span) <= MAX_HEADING_WORDS &&
    !hasVerb(tokens, span.first, span.last) &&
    (lastToken.value === '?' || !/^[.!;:"”’…)]$/.test(lastToken.value))
  ) {
    return { kind: 'whole' };
  }
  const k = lowercasePhraseEnd(tokens, span) ?? namePhraseEnd(tokens, span);
  if (k === null) return { kind: 'none' };
  if (hasVerb(tokens, span.first, k - 1) || !hasVerb(tokens, k, span.last)) return { kind: 'none' };
  return { kind: 'prefix', bodyFirst: k };
}

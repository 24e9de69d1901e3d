import { DEGREE } from './gazetteer.js';
import type { Token, TokenSpan } from './nlp.js';

// Abbreviations that (almost) never end a sentence: a split right after one is wrong.
export const NON_FINAL_ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt',
    'cmdr', 'adm', 'maj', 'st', 'rev', 'hon', 'pres', 'amb', 'supt', 'vs', 'v', 'no', 'nos',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'ph', 'approx', 'fig', 'gov', 'mt', 'ft', 'sr', 'jr', 'e.g', 'i.e', 'cf', 'ext',
    // Ranks as the services abbreviate them ("Spc. 3 Aliyah Sharks", "Pfc. Ana Ruiz").
    'spc', 'pfc', 'pvt', 'cpl', 'ssgt', 'tsgt', 'msgt', 'cpo', 'ens', 'cdr', 'lcdr', 'brig', 'sens', 'reps', 'messrs',
    // Titles in the plural before two names ("Gens. Welsh and Schwartz", "Drs. Lowy and Schiller").
    'gens', 'adms', 'cols', 'sgts', 'capts', 'drs', 'govs',
    // Units abbreviated before their type ("the 36th Inf. Div.").
    'inf', 'bde', 'bn', 'regt', 'cav',
  ],
);

function abbreviationBefore(tokens: Token[], last: number): string | null {
  const t = tokens[last];
  if (!t) return null;
  // wink either keeps the period on the word ("Jan.") or splits it off ("Jan" ".").
  if (t.value === '.' && last > 0 && tokens[last - 1]!.end === t.start) {
    return tokens[last - 1]!.value.toLowerCase();
  }
  if (t.value.endsWith('.') && t.value.length > 1) return t.value.slice(0, -1).toLowerCase();
  return null;
}

/** True when wink split a sentence after an abbreviation or inside an initialism ("Ph. ‖ D."). */
function isWrongSplit(tokens: Token[], prev: TokenSpan, next: TokenSpan): boolean {
  const abbreviation = abbreviationBefore(tokens, prev.last);
  if (abbreviation !== null && NON_FINAL_ABBREVIATIONS.has(abbreviation)) return true;
  const first = tokens[next.first];
  const second = tokens[next.first + 1];
  if (!first) return false;
  // "H.J.Res. ‖ 39", "H. Con. ‖ Res. 4": a resolution's number goes on after its abbreviation.
  if ((abbreviation === 'res' && /^\d/.test(first.value)) || (abbreviation === 'con' && /^Res\.?$/.test(first.value))) return true;
  // "Ph. ‖ D. candidate", "U. ‖ S. officials": a lone initial continues an initialism.
  if (/^[A-Z]\.$/.test(first.value) && abbreviation !== null && abbreviation.length <= 3) return true;
  // "WhiteHouse. ‖ gov": a web address, cut at its dot.
  const lastToken = tokens[prev.last];
  // ("Jane Roe, Pharm. ‖ D., who …": a degree cut at its inner stop goes on.)
  const half = tokens[prev.last - 1];
  if (lastToken?.value === '.' && half && half.end === lastToken.start && first.start === lastToken.end && DEGREE.test(`${half.value}.${first.value}`)) return true;
  // ("online at www. ‖ polaris.com and click …": an address's "www." goes on, written tight.)
  const www = tokens[prev.last - 1];
  if (lastToken?.value === '.' && www && /^www$/i.test(www.value) && www.end === lastToken.start && first.start === lastToken.end) return true;
  if (lastToken && lastToken.value === '.' && first.start === lastToken.end && /^(?:gov|com|org|net|edu|int|mil|info|io)$/.test(first.value)) return true;
  // "The study, “Severe Cooling After Super-Eruptions? ‖ The Answer Hinges on Size,” was
  // published …": a question inside a quoted title, the sentence going on after its close.
  if (tokens[prev.last]?.value === '?' && openQuoteIn(tokens, prev)) {
    for (let k = next.first; k <= next.last; k += 1) {
      if (tokens[k]!.value === '“') break;
      if (tokens[k]!.value === '”') return tokens[k + 1]?.value === ',' ? /^\p{Ll}/u.test(tokens[k + 2]?.value ?? '') : /^\p{Ll}/u.test(tokens[k + 1]?.value ?? '');
    }
  }
  // "Sen. Dianne Feinstein (D-Calif.) ‖ and Mayor …", "Sen. Conrad Burns (R-Mont.) ‖ today held …":
  // an abbreviation closing a bracket, then a lowercase word, goes on.
  if (tokens[prev.last]?.value === ')' && /\.$/.test(tokens[prev.last - 1]?.value ?? '') && /^[\p{Ll},;]/u.test(first.value)) return true;
  // "“What is our country coming to?” ‖ he said via Twitter.": a quoted question or exclamation,
  // then its tag in lowercase, is one sentence.
  if (/^[?!]$/.test(tokens[prev.last - 1]?.value ?? '') && /^[”"]$/.test(tokens[prev.last]?.value ?? '') && /^\p{Ll}/u.test(first.value) && first.start > tokens[prev.last]!.end) return true;
  // A sentence does not start with a lowercase word right after an abbreviation ("approx. ‖ three").
  if (abbreviation !== null && /^[a-z]/.test(first.value) && abbreviation.length <= 4) {
    return !(second && second.value === '.');
  }
  return false;
}

/** A curly quote opened in the span and not closed there. */
function openQuoteIn(tokens: Token[], span: TokenSpan): boolean {
  let open = 0;
  for (let k = span.first; k <= span.last; k += 1) {
    if (tokens[k]!.value === '“') open += 1;
    else if (tokens[k]!.value === '”') open = Math.max(0, open - 1);
  }
  return open > 0;
}

/** Join wink's sentence spans where the split was wrong. */
export function mergeWrongSplits(tokens: Token[], spans: TokenSpan[]): TokenSpan[] {
  const merged: TokenSpan[] = [];
  for (const span of spans.flatMap((s) => splitMissedEnds(tokens, s))) {
    const prev = merged[merged.length - 1];
    if (prev && isWrongSplit(tokens, prev, span)) prev.last = span.last;
    else if (prev && (splitMark(tokens, prev, span) || closingMarkAfter(tokens, prev, span))) {
      // "…unbelievable.' ‖ ' This observation": the typewritten double mark ('') closing the
      // quote was cut in two; both halves close the sentence before. (Likewise a double mark
      // after a single one: "…water.' ‖ " According to".)
      prev.last += 1;
      if (span.first < span.last) merged.push({ first: span.first + 1, last: span.last });
    } else merged.push({ ...span });
  }
  return merged;
}

/**
 * "… use bottled water.'" ‖ According to …": a double mark closing the quote, glued to the
 * single one that closed the quote inside it, was put at the start of the next sentence.
 */
function closingMarkAfter(tokens: Token[], prev: TokenSpan, next: TokenSpan): boolean {
  const a = tokens[prev.last];
  const b = tokens[next.first];
  const after = tokens[next.first + 1];
  return !!a && !!b && /^["”]$/.test(b.value) && /^['’]$/.test(a.value) && a.end === b.start && (!after || after.start > b.end);
}

function splitMark(tokens: Token[], prev: TokenSpan, next: TokenSpan): boolean {
  const a = tokens[prev.last];
  const b = tokens[next.first];
  return !!a && !!b && a.value === "'" && b.value === "'" && a.end === b.start;
}

const SENTENCE_OPENERS = /^(?:The|A|An|It|He|She|They|We|I|In|On|At|This|That|These|Those|But|And|However|Fewer|More|Most|Many|Some|Only|Still|Now|Today|Yet|So|There|His|Her|Their|Our|Its|After|Before|When|While|If|As|Since|Although|Because|Both|Each|Such|Then|Instead|Meanwhile|Also)$/;

/**
 * Sentence ends the tokenizer missed, where a word that opens a sentence follows a full stop it
 * read as part of a word: a Roman numeral ("… in World War I. The war …"), a country's letters
 * after "the" ("… in the U.S. Fewer students …") and a code's last letter ("Section 2339A. At …").
 */
function splitMissedEnds(tokens: Token[], span: TokenSpan): TokenSpan[] {
  for (let k = span.first + 1; k < span.last; k += 1) {
    // (Only a token with a full stop can end a sentence: most are skipped at once.)
    if (!tokens[k]!.value.endsWith('.')) continue;
    const next = tokens[k + 1]!;
    const numeral = /^(?:I|II|III|IV|V|VI)\.$/.test(tokens[k]!.value) && /^(?:The|A|An|It|He|She|They|We|In|On|At|This|That|These|Those|But|And)$/.test(next.value) && /^\p{Lu}/u.test(tokens[k - 1]!.value);
    // ("… could be studying in the U.S. Fewer American students …": a country's letters after
    // "the" end the sentence when a word that opens one follows.)
    const country = /^(?:U\.S\.|U\.K\.|U\.S\.A\.)$/.test(tokens[k]!.value) && /^the$/i.test(tokens[k - 1]!.value) && SENTENCE_OPENERS.test(next.value);
    // ("… Title 18, Section 2339A. At sentencing …": a code's last letter, read as an initial.)
    const code = /^[A-Z]\.$/.test(tokens[k]!.value) && /\d$/.test(tokens[k - 1]!.value) && tokens[k - 1]!.end === tokens[k]!.start && SENTENCE_OPENERS.test(next.value);
    // ("… said Rahul Roy, M.D. “This may be …”": a degree after its comma, then a quote opening
    // on a capital — the tag's sentence ends at the degree.)
    const degree = DEGREE.test(tokens[k]!.value) && tokens[k - 1]!.value === ',' && /^[“"]$/.test(next.value) && next.start > tokens[k]!.end && /^\p{Lu}/u.test(tokens[k + 2]?.value ?? '');
    if (numeral || country || code || degree) {
      return [{ first: span.first, last: k }, ...splitMissedEnds(tokens, { first: k + 1, last: span.last })];
    }
  }
  return [span];
}

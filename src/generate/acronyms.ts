/**
 * Acronyms the article spells out: "the Just Energy Transition Partnership (JETP)", "a small
 * modular reactor (SMR)". The spelled-out words are the fact to learn; the acronym's later
 * mentions only repeat them in short.
 */
export interface SpelledOut {
  acronym: string;
  /** Offsets of the spelled-out words in the paragraph text. */
  start: number;
  end: number;
  paragraph: number;
}

// The brackets are found first and the words before them read backwards: a pattern that
// matched the words first would retry at every word of a long text.
// ("confidence interval [CI]": square brackets too.)
// ("Space Communications and Navigation (SCaN)": small letters inside, two capitals at least.)
const BRACKETED = /[([]\s*[“"]?(\p{Lu}[\p{L}\p{N}&-]{1,9}?)s?[”"]?\s*[)\]]/gu;
// ("Mars Entry, Descent, and Landing Instrumentation 2 (MEDLI2)": commas between, a number last.)
const WORDS_BEFORE = /((?:[\p{L}][\p{L}’'-]*,?\s+){0,7}[\p{L}][\p{L}’'-]*(?:\s+\p{N}+)?)\s*$/u;
const LINKS = /^(?:of|for|and|the|on|in|&|to|with)$/i;
const SHORT_FOR = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{N}&-]{1,9}),?\s+(?:short for|which stands for|standing for)\s+((?:[\p{L}][\p{L}’'-]*\s+){0,9}[\p{L}][\p{L}’'-]*)/gu;
const capitals = (acronym: string): number => acronym.replace(/[^\p{Lu}]/gu, '').length;

/**
 * The words before "(ACR)" that spell it: each letter starts a word, in order, linking words
 * aside — first without their letters, then with them: "Office of Management and Budget (OMB)"
 * (the "of" is not the O), "Rewards for Justice (RFJ)", "Department of Energy (DOE)".
 */
function spelledBy(words: string[], acronym: string): number {
  const without = spelledWith(words, acronym, false);
  return without >= 0 ? without : spelledWith(words, acronym, true);
}

function spelledWith(words: string[], acronym: string, linkLetters: boolean): number {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  let li = letters.length - 1;
  let wi = words.length - 1;
  let first = -1;
  while (wi >= 0 && li >= 0) {
    const w = words[wi]!.replace(/,$/, '');
    // "Instrumentation 2 (MEDLI2)": the acronym's own number.
    if (/^\p{N}+$/u.test(w)) {
      if (wi !== words.length - 1 || !acronym.endsWith(w)) return -1;
      wi -= 1;
      continue;
    }
    // "Coronavirus Aid, Relief, and Economic Security Act (CARES)": a law's "Act" the acronym leaves out.
    if (wi === words.length - 1 && /^(?:Act|Bill)$/.test(w) && letters[li] !== w[0]) {
      wi -= 1;
      continue;
    }
    if (!linkLetters && LINKS.test(w) && /^\p{Ll}/u.test(w) && first >= 0) {
      wi -= 1;
      continue;
    }
    const parts = w.split('-').filter(Boolean);
    // "Front-End" may give F and E.
    // ("U.S. Geological Survey (USGS)": letters with full stops give each of theirs.)
    const initials = /^(?:\p{Lu}\.){2,}$/u.test(w) ? w.replace(/\./g, '') : parts.map((x) => x[0]!.toUpperCase()).join('');
    if (letters.slice(Math.max(0, li - initials.length + 1), li + 1) === initials) {
      li -= initials.length;
      first = wi;
    } else if (letters[li] === w[0]!.toUpperCase()) {
      li -= 1;
      first = wi;
    } else if (!LINKS.test(w) || first < 0) return -1;
    wi -= 1;
  }
  return li < 0 ? first : -1;
}

export function findSpelledOut(paragraphs: readonly string[]): SpelledOut[] {
  const found: SpelledOut[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(BRACKETED)) {
      if (capitals(m[1]!) < 2) continue;
      const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 90), m.index));
      if (!before) continue;
      const words = before[1]!.split(/\s+/);
      const first = spelledBy(words, m[1]!);
      if (first < 0) continue;
      const phrase = words.slice(first).join(' ');
      const end = m.index - (before[0].length - before[1]!.length);
      if (text.slice(end - phrase.length, end) !== phrase) continue;
      // "the Federal Open Market Committee’s (FOMC) goal": the name ends before its possessive.
      const possessive = /['’]s$/.test(phrase) ? 2 : 0;
      found.push({ acronym: m[1]!, start: end - phrase.length, end: end - possessive, paragraph });
    }
    // "PIXL, short for Planetary Instrument for X-ray Lithochemistry": the words after, up to
    // the last one the acronym needs.
    for (const m of text.matchAll(SHORT_FOR)) {
      if (capitals(m[1]!) < 2) continue;
      const words = m[2]!.split(/\s+/);
      const k = words.findIndex((_, i) => spelledBy(words.slice(0, i + 1), m[1]!) === 0);
      if (k < 0) continue;
      const start = m.index + m[0].length - m[2]!.length;
      found.push({ acronym: m[1]!, start, end: start + words.slice(0, k + 1).join(' ').length, paragraph });
    }
  });
  // In text order, as sentences are read.
  return found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

// "CLPS (Commercial Lunar Payload Services)": the acronym first, then the words it stands for.
// ("SCaN (Space Communications and Navigation)", "DoD (…)": a small letter between capitals too.)
const ACRONYM_THEN_BRACKET = /(?<![\p{L}\p{N}-])(\p{Lu}(?:[\p{Lu}\p{N}&-]|\p{Ll}(?=\p{Lu})){1,9})(s?)\s+\(([^()]{3,90})\)/gu;

/**
 * Acronyms followed by their own expansion in brackets: "NASA’s CLPS (Commercial Lunar Payload
 * Services) initiative". Deleting either half leaves the other to give it away; the pair is one
 * name, from the acronym to the closing bracket.
 */
export function findAcronymsThenExpansion(paragraphs: readonly string[]): SpelledOut[] {
  const found: SpelledOut[] = [];
  paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(ACRONYM_THEN_BRACKET)) {
      const words = m[3]!.trim().split(/\s+/);
      if (spelledBy(words, m[1]!) !== 0) continue;
      found.push({ acronym: m[1]!, start: m.index, end: m.index + m[0].length, paragraph });
    }
  });
  return found;
}

/** An acronym answer ("JETP", "SMRs") the article spells out. */
export function isSpelledOutAcronym(answer: string, acronyms: ReadonlySet<string>): boolean {
  const a = answer.trim();
  return acronyms.has(a) || (a.endsWith('s') && acronyms.has(a.slice(0, -1)));
}

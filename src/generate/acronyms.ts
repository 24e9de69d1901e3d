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

const WORD = String.raw`[\p{L}][\p{L}’'-]*`;
// Up to six words before the brackets; the acronym's letters pick how many belong to it.
const DEFINITION = new RegExp(String.raw`((?:${WORD}\s+){0,5}${WORD})\s*\(\s*[“"]?(\p{Lu}[\p{Lu}\p{N}&-]{1,9})s?[”"]?\s*\)`, 'gu');
const LINKS = /^(?:of|for|and|the|on|in|&|to)$/i;

/** The words before "(ACR)" that spell it: each letter starts a word, in order, linking words aside. */
function spelledBy(words: string[], acronym: string): number {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  let li = letters.length - 1;
  let wi = words.length - 1;
  let first = -1;
  while (wi >= 0 && li >= 0) {
    const w = words[wi]!;
    const parts = w.split('-').filter(Boolean);
    // "Front-End" may give F and E.
    const initials = parts.map((x) => x[0]!.toUpperCase()).join('');
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
    for (const m of text.matchAll(DEFINITION)) {
      const words = m[1]!.split(/\s+/);
      const first = spelledBy(words, m[2]!);
      if (first < 0) continue;
      const phrase = words.slice(first).join(' ');
      const end = m.index + m[1]!.length;
      found.push({ acronym: m[2]!, start: end - phrase.length, end, paragraph });
    }
  });
  return found;
}

/** An acronym answer ("JETP", "SMRs") the article spells out. */
export function isSpelledOutAcronym(answer: string, acronyms: ReadonlySet<string>): boolean {
  const a = answer.trim();
  return acronyms.has(a) || (a.endsWith('s') && acronyms.has(a.slice(0, -1)));
}

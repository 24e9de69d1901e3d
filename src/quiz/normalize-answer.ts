// Answers are compared after this normalisation, so that what a person would not count as a
// difference (case, accents, punctuation, "the") is no difference here either.

const ARTICLES = new Set(['the', 'a', 'an']);

const MONTHS: ReadonlyArray<readonly [string, string[]]> = [
  ['january', ['jan']],
  ['february', ['feb']],
  ['march', ['mar']],
  ['april', ['apr']],
  ['may', []],
  ['june', ['jun']],
  ['july', ['jul']],
  ['august', ['aug']],
  ['september', ['sep', 'sept']],
  ['october', ['oct']],
  ['november', ['nov']],
  ['december', ['dec']],
];
const MONTH_OF = new Map<string, string>(MONTHS.flatMap(([full, short]) => [[full, full], ...short.map((s) => [s, full] as [string, string])]));

/**
 * Lower case, accents stripped, apostrophes and abbreviation dots removed ("U.S." → "us"),
 * hyphens and other punctuation as spaces, thousands separators dropped ("3,000" → "3000"),
 * currency and percent signs kept apart as words ("$3bn" → "$ 3bn"), spaces collapsed.
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/(?<!\d)\.|\.(?!\d)/g, '')
    .replace(/([$€£%])/g, ' $1 ')
    .replace(/[^\p{L}\p{N}$€£%.]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The words of a normalised answer without articles: "the taliban" → ["taliban"]. */
export function answerWords(text: string): string[] {
  const words = normalizeAnswer(text).split(' ').filter(Boolean);
  const kept = words.filter((w) => !ARTICLES.has(w));
  return kept.length > 0 ? kept : words;
}

/** Month names and abbreviations as the full month ("jan" → "january"); other words as they are. */
export function canonicalMonth(word: string): string {
  return MONTH_OF.get(word) ?? word;
}

export function isMonth(word: string): boolean {
  return MONTH_OF.has(word);
}

/** Runs of digits in order: two answers whose digits differ are never a typo of each other. */
export function digitRuns(text: string): string[] {
  return normalizeAnswer(text).match(/\d+/g) ?? [];
}

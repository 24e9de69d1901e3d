/**
 * Guesses about single lines of plain text: is this the article's headline, or a
 * subheading? Plain text has no markup, so the shape of the line is all there is.
 */

const WORD = /\S+/g;

function wordCount(line: string): number {
  return line.match(WORD)?.length ?? 0;
}

/** Starts like a heading would: a capital, a digit or an opening quote — not mid-sentence. */
function startsLikeHeading(line: string): boolean {
  return /^[\p{Lu}\d“"‘']/u.test(line);
}

/**
 * A headline: a line of its own, short enough, not ending like a sentence. Questions and
 * exclamations are allowed ("How Connected Are You to the World?") — headlines use them;
 * a full stop, colon or comma says it is prose.
 */
export function looksLikeTitleLine(line: string): boolean {
  if (line.length === 0 || line.length > 200 || wordCount(line) > 25) return false;
  // ("Geologic Cracks … on the Reelfoot Fault in Central U.S.": a headline in title case may end
  // in a short form's stop, which ends no sentence.)
  // ("… Fire Site Begins in Maywood, Calif.": a state's short form after its town too.)
  const shortFormEnd = (/(?:^|\s)(?:(?:\p{Lu}\.){2,}|Inc\.|Co\.|Corp\.|Ltd\.|Jr\.|Sr\.)$/u.test(line) || /,\s\p{Lu}\p{Ll}{1,4}\.$/u.test(line)) && titleCase(line);
  if (/[.:;,…]$/.test(line) && !shortFormEnd) return false;
  // A closing quote after sentence punctuation ends a quoted sentence, not a headline.
  if (/[.,!?…]["”’]$/.test(line)) return false;
  return true;
}

/** A subheading: one short line, no sentence punctuation at its end. */
export function looksLikeSectionHeading(line: string): boolean {
  if (!startsLikeHeading(line) || /[.!?:;,…"”]$/.test(line)) return false;
  // ("Military-specific health challenges impacting pregnant beneficiaries; and": an item of a
  // list that goes on, no heading.)
  if (/[;,]\s+(?:and|or)$/.test(line)) return false;
  // ("Blackwater National Wildlife Refuge, Maryland: $663,000": a name, a colon and a sum or a
  // figure is an entry of a list — a fact, no heading.)
  if (/:\s*(?:[$€£¥]\s?)?\d[\d,.]*(?:\s*(?:million|billion|trillion|percent|%|acres|hectares))?$/i.test(line)) return false;
  if (line.length <= 80 && wordCount(line) <= 10) return true;
  // ("In Part Due to Differences in Labor Market Institutions, the U.S. Employment Recovery has
  // Been Exceptionally Strong": a longer line is a heading too when it is set in title case —
  // most of its longer words capitalised, as prose never is.)
  // (Not a list of parts, "Lori Glaze, director, Planetary Science Division, NASA’s …": a
  // contact line or a credit.)
  return line.length <= 160 && wordCount(line) <= 20 && (line.match(/,/g) ?? []).length <= 1 && titleCase(line);
}

/** Most words of four letters or more start with a capital (at least four such words). */
function titleCase(line: string): boolean {
  const long = line.match(/[\p{L}’'-]{4,}/gu) ?? [];
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return long.length >= 4 && capitalised / long.length >= 0.7;
}

/**
 * When the article has no headline of its own: its first sentence, cut at a word
 * boundary so a deck list stays readable.
 */
export function titleFromFirstSentence(text: string, maxChars = 80): string {
  const sentence = text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d“"])/u)[0] ?? text;
  // A paragraph of bare punctuation keeps it rather than leave the title empty.
  const trimmed = sentence.replace(/[.!?]$/, '') || sentence;
  if (trimmed.length <= maxChars) return trimmed;
  const cut = trimmed.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, maxChars)).replace(/[,;:—–-]$/, '')}…`;
}

/** "By: David Vergun, Army.mil, September 24, 2015": a byline — who wrote the story, metadata. */
export function isByline(line: string): boolean {
  return /^\s*By:?\s+\p{Lu}/u.test(line);
}

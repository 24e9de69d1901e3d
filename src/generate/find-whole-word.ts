/**
 * Whole-word search without building a RegExp per answer: the generator checks every fact's
 * answer against its card several times, and compiling a pattern each time was most of the
 * cost of building notes. A match must not touch a letter or digit on either side.
 */
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function boundedAt(text: string, at: number, length: number): boolean {
  return !isWordChar(text[at - 1]) && !isWordChar(text[at + length]);
}

/** Start offsets of every whole-word, non-overlapping occurrence of `word` in `text[from, to)`. */
export function wholeWordOffsets(text: string, word: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  if (word === '') return found;
  for (let at = text.indexOf(word, from); at >= 0 && at + word.length <= to; at = text.indexOf(word, at + 1)) {
    if (boundedAt(text, at, word.length)) {
      found.push(at);
      at += word.length - 1;
    }
  }
  return found;
}

/** Whether `word` stands in `text` as a whole word, ignoring case. */
export function containsWholeWord(text: string, word: string): boolean {
  if (word === '') return false;
  const haystack = text.toLowerCase();
  const needle = word.toLowerCase();
  // Lower-casing can change lengths (rare: "İ"); fall back to the exact text then.
  if (haystack.length !== text.length || needle.length !== word.length) return wholeWordOffsets(text, word).length > 0;
  return wholeWordOffsets(haystack, needle).length > 0;
}

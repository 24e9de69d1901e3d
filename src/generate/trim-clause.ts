/** Sentences longer than this many words are cut down to the clauses that hold the facts. */
export const LONG_SENTENCE_WORDS = 32;
const MIN_CONTEXT_WORDS = 14;

const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * The part of a long sentence to show: the clauses (split at , ; — –) that contain the
 * deletions, widened clause by clause until there is enough context to be unambiguous.
 * Offsets are relative to `text`; spans are the deletions to keep.
 */
export function clauseWindow(text: string, spans: { start: number; end: number }[]): { start: number; end: number } {
  if (countWords(text) <= LONG_SENTENCE_WORDS || spans.length === 0) return { start: 0, end: text.length };
  const cuts = [0];
  for (const m of text.matchAll(/[,;]\s+|\s+[—–]\s+/g)) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  const lo = Math.min(...spans.map((s) => s.start));
  const hi = Math.max(...spans.map((s) => s.end));
  let a = cuts.filter((c) => c <= lo).pop() ?? 0;
  let b = cuts.find((c) => c >= hi && c > a) ?? text.length;
  while (countWords(text.slice(a, b)) < MIN_CONTEXT_WORDS && (a > 0 || b < text.length)) {
    const before = cuts.filter((c) => c < a).pop();
    const after = cuts.find((c) => c > b);
    if (before !== undefined) a = before;
    else if (after !== undefined) b = after;
    else break;
    if (countWords(text.slice(a, b)) >= MIN_CONTEXT_WORDS) break;
    if (after !== undefined) b = after;
  }
  return { start: a, end: b };
}

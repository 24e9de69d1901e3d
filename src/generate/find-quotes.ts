/** A direct quotation found in one paragraph. Offsets are in the paragraph's text. */
export interface QuoteSpan {
  paragraph: number;
  /** Offset of the opening mark (or 0 when the quote runs on from the previous paragraph). */
  start: number;
  /** Offset just after the closing mark (or the paragraph end when unclosed). */
  end: number;
  /** The quoted words, without the marks. */
  text: string;
  /** The paragraph ended before the quote closed (news style: the quote runs on). */
  unclosed: boolean;
}

const DOUBLE_MARKS = /["“”„‟«»]/g;

/**
 * Straight marks carry no direction and articles mix glyphs (`"From … Voyager,”`), so a
 * mark's role comes from its neighbours: after a space or an opening bracket it opens,
 * otherwise it closes; the glyph only breaks ties.
 */
function opens(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1]!;
  const after = at + 1 < text.length ? text[at + 1]! : ' ';
  const spaceBefore = /[\s([{—–-]/.test(before) || at === 0;
  const spaceAfter = /\s/.test(after) || at + 1 >= text.length;
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  const glyph = text[at]!;
  return glyph === '“' || glyph === '„' || glyph === '«' || (glyph === '"' && spaceBefore);
}

/** Pair the double quotation marks of one paragraph; linear in its length. */
export function findQuotes(text: string, paragraph: number): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let openAt = -1;
  for (const m of text.matchAll(DOUBLE_MARKS)) {
    const at = m.index;
    if (opens(text, at)) {
      // A second opening before a close: the first was stray; start again here.
      openAt = at;
    } else if (openAt >= 0) {
      pushQuote(quotes, text, paragraph, openAt, at + 1, false);
      openAt = -1;
    }
  }
  if (openAt >= 0) pushQuote(quotes, text, paragraph, openAt, text.length, true);
  return quotes;
}

function pushQuote(
  quotes: QuoteSpan[],
  text: string,
  paragraph: number,
  start: number,
  end: number,
  unclosed: boolean,
): void {
  const inner = text.slice(start + 1, unclosed ? end : end - 1).trim();
  if (inner) quotes.push({ paragraph, start, end, text: inner, unclosed });
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

// Printable ASCII, Latin-1 and Latin Extended letters (no soft hyphen), the punctuation of news
// text (curly quotes, dashes, bullets, ellipsis, primes), and the arrows, box-drawing lines,
// blocks and shapes a terminal screen is drawn with — no zero-width or joining character among
// them. While ambiguous-width characters count as narrow (string-width's default), each is
// one column.
const ONE_COLUMN_EACH = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u25FC]*$/;

/**
 * string-width with a fast path for the text a news deck is made of. string-width 8 skips its
 * grapheme segmenter only for pure ASCII, so one curly quote sent a whole line through it: on
 * the first review frame that cost about 100 ms in a CPU profile. Anything outside these
 * ranges (CJK, emoji, combining marks), and any call that counts escape codes or ambiguous
 * characters as wide, still goes to string-width itself. The build points every
 * `string-width` import in the bundle, Ink's included, here.
 */
export default function fastStringWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (typeof text !== 'string' || options?.countAnsiEscapeCodes || options?.ambiguousIsNarrow === false) return stringWidth(text, options);
  // Styled text (Ink's lines carry colour codes): the codes take no column.
  const plain = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
  return ONE_COLUMN_EACH.test(plain) ? plain.length : stringWidth(plain, options);
}

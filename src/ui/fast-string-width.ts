import stringWidth from 'string-width';

// Printable ASCII, Latin-1 and Latin Extended letters (no soft hyphen), and the punctuation of
// news text — curly quotes, dashes, bullets, ellipsis, primes — with no zero-width or joining
// character among them: one column each.
const ONE_COLUMN_EACH = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u2030-\u205E]*$/;

/**
 * string-width with a fast path for the text a news deck is made of. string-width 8 skips
 * its grapheme segmenter only for pure ASCII, and one curly quote sends a whole line through
 * it: on the first review frame that cost about 100 ms. Anything outside these ranges (CJK,
 * emoji, combining marks, escape codes) still goes to string-width itself. The build points
 * every `string-width` import in the bundle, Ink's included, here.
 */
export default function fastStringWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (typeof text === 'string' && ONE_COLUMN_EACH.test(text)) return text.length;
  return stringWidth(text, options);
}

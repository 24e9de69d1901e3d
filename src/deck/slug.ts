/**
 * A deck name as a safe file name: lower-case letters of any script, digits and single
 * hyphens (emoji written as their code point, `u1f680`), so no name can reach outside the
 * decks folder ("../x", "a/b", "con", "::") and names in different scripts stay apart.
 * Latin accents are dropped ("Café" → "cafe"); marks that other scripts need are kept.
 */
const MAX_SLUG = 80;
const WORD = /[\p{L}\p{M}\p{N}]/u;
const EMOJI = /\p{Extended_Pictographic}/gu;

export function slugify(name: string): string {
  const text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(EMOJI, (emoji) => `-u${emoji.codePointAt(0)!.toString(16)}-`)
    .toLowerCase();
  const words = text.replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/(^|-)\p{M}+/gu, '$1');
  const chars = Array.from(words.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, ''));
  const slug = chars.slice(0, MAX_SLUG).join('').replace(/-+$/, '');
  // Windows device names are not valid file names even with an extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/.test(slug)) return `${slug}-deck`;
  return slug || 'deck';
}

export function isSlug(text: string): boolean {
  const chars = Array.from(text);
  return (
    chars.length > 0 &&
    chars.length <= MAX_SLUG &&
    text === text.toLowerCase() &&
    chars.every((c) => c === '-' || WORD.test(c)) &&
    !/^-|-$|--/.test(text) &&
    // A mark cannot start a word: it would combine with the hyphen before it.
    !/(^|-)\p{M}/u.test(text)
  );
}

/** Small words left out of a slug made from a title: they make it longer, not clearer. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'at', 'by', 'with']);
const TITLE_SLUG_WORDS = 5;

/**
 * The slug of a deck named after its article: the title's first five words that say
 * something, so it can be typed ("us-ambassador-kazakhstan-outlines-us", not 60 characters).
 */
export function slugOfTitle(title: string): string {
  const words = slugify(title).split('-');
  const telling = words.filter((w) => !SMALL_WORDS.has(w));
  return slugify((telling.length ? telling : words).slice(0, TITLE_SLUG_WORDS).join(' '));
}

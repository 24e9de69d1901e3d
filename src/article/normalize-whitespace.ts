/**
 * Whitespace that looks like a space but is not one: NBSP and its narrow/figure cousins
 * (news CMSs put them after datelines and inside numbers), plus tabs.
 */
const SPACE_LIKE = /[\t\u00a0\u2007\u202f\u2000-\u200a\u3000]/g;
/** Invisible characters that only break words apart when searched: ZWSP, ZWNJ, soft hyphen, BOM. */
const INVISIBLE = /[\u200b\u200c\u00ad\ufeff]/g;

/** One line of text: every run of whitespace (line breaks included) becomes one space. */
export function normalizeInlineWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACE_LIKE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Keeps line structure but makes it uniform: no BOM, LF line ends, NBSP as space,
 * runs of spaces collapsed, no trailing spaces.
 */
export function normalizeLines(text: string): string {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/ +\n/g, '\n')
    .replace(/\n +/g, '\n');
}

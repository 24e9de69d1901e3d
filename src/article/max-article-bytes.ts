/** Articles are a few kilobytes; anything past this is the wrong file, not a long article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

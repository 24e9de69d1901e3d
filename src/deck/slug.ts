/**
 * A deck name as a safe file name: lower-case ASCII letters, digits and single hyphens,
 * so no name can reach outside the decks folder ("../x", "a/b", "con", "::").
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  // Windows device names are not valid file names even with an extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/.test(slug)) return `${slug}-deck`;
  return slug || 'deck';
}

export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(text) && text.length <= 80;
}

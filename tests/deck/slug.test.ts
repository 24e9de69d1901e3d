import { describe, expect, test } from 'vitest';
import { isSlug, slugify } from '../../src/deck/slug.js';

describe('deck names as file names', () => {
  test.each([
    ['US Ambassador to Kazakhstan Outlines US Engagement', 'us-ambassador-to-kazakhstan-outlines-us-engagement'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a/b\\c', 'a-b-c'],
    ['News::World', 'news-world'],
    ['line\nbreak', 'line-break'],
    ['Café résumé', 'cafe-resume'],
    ['CON', 'con-deck'],
    ['???', 'deck'],
  ])('%j becomes %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(isSlug(slugify(name))).toBe(true);
  });

  test('a slug is at most 80 characters and never ends in a hyphen', () => {
    const slug = slugify(`${'word '.repeat(40)}end`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

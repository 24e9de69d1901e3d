import { describe, expect, test } from 'vitest';
import { isSlug, slugify, slugOfTitle } from '../../src/deck/slug.js';

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
    ['Отчёт о торговле', 'отчет-о-торговле'],
    ['Торговля в Азии', 'торговля-в-азии'],
    ['日本の外交政策', '日本の外交政策'],
    ['中央アジアとの貿易', '中央アジアとの貿易'],
    ['السياسة الخارجية', 'السياسة-الخارجية'],
    ['हिन्दी समाचार', 'हिन्दी-समाचार'],
    ['Ελληνικά νέα', 'ελληνικα-νεα'],
    ['🚀 Launch', 'u1f680-launch'],
    ['🌍', 'u1f30d'],
    ['\u0301\u0301x', 'x'],
  ])('%j becomes %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(isSlug(slugify(name))).toBe(true);
  });

  test('a slug is at most 80 characters and never ends in a hyphen', () => {
    const slug = slugify(`${'word '.repeat(40)}end`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  test('names in other scripts keep their letters, so different names make different files', () => {
    const names = ['日本の外交政策', '中央アジアとの貿易', 'Отчёт о торговле', 'Торговля в Азии', 'السياسة الخارجية', '🚀', '🌍'];
    expect(new Set(names.map(slugify)).size).toBe(names.length);
  });

  test('a slug of a long name in another script stays within file-name limits (80 characters, 255 bytes)', () => {
    const slug = slugify('外交'.repeat(100));
    expect(Array.from(slug)).toHaveLength(80);
    expect(Buffer.byteLength(`${slug}.json`)).toBeLessThan(255);
    expect(isSlug(slug)).toBe(true);
  });

  test('isSlug refuses what could leave the folder or is not lower case', () => {
    for (const bad of ['', '../x', 'a/b', 'A', '-a', 'a-', 'a--b', '.json', 'a b']) expect(isSlug(bad), bad).toBe(false);
  });
});

describe('a deck named after its article', () => {
  test.each([
    ['US Ambassador to Kazakhstan Outlines US Engagement in Central Asia', 'us-ambassador-kazakhstan-outlines-us'],
    ['The State of the Union', 'state-union'],
    ['Fed Holds Rates', 'fed-holds-rates'],
    ['The Of', 'the-of'],
    ['???', 'deck'],
  ])('%j gets the short slug %j: at most five words that say something', (title, slug) => {
    expect(slugOfTitle(title)).toBe(slug);
    expect(isSlug(slugOfTitle(title))).toBe(true);
  });
});

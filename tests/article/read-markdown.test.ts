import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readMarkdown } from '../../src/article/read-markdown.js';

const FIXTURES = new URL('../fixtures/inputs/', import.meta.url);

describe('a Markdown briefing', () => {
  const article = readMarkdown(readFileSync(new URL('briefing.md', FIXTURES), 'utf8'));

  test('its # heading is the title (over front matter), and the dateline comes off', () => {
    expect(article.title).toBe('Orchestra Shares Arabic Music');
    expect(article.dateline).toBe('DETROIT');
  });

  test('paragraphs, list items and quotes become plain text; images, code and tables go', () => {
    expect(article.paragraphs).toEqual([
      { section: null, text: 'The National Arab Orchestra plays Arabic music across the United States, its founder said.' },
      {
        section: 'Beginnings',
        text: 'The group started in 2009 as a student ensemble at the University of Michigan & grew fast.',
      },
      { section: 'Beginnings', text: 'It became the Michigan Arab Orchestra in 2010.' },
      { section: 'Beginnings', text: 'It took the name NAO in 2014.' },
      { section: 'Beginnings', text: 'Nested: it played 12 events in 2022-2023.' },
      { section: 'Beginnings', text: '"We want to be the cultural representative," Ibrahim said.' },
      { section: 'Supporting the arts', text: 'About 1,100 people attended the January concert.' },
    ]);
  });

  test('no markup survives', () => {
    const text = article.paragraphs.map((p) => p.text).join('\n');
    for (const markup of ['**', '](', '![', '`', '<b>', '&amp;', 'console.log', '| year', '---', 'layout']) {
      expect(text).not.toContain(markup);
    }
  });
});

describe('titles in Markdown', () => {
  test('front matter gives the title when there is no heading', () => {
    const article = readMarkdown('---\ntitle: "From the front"\n---\n\nBody text.\n');
    expect(article.title).toBe('From the front');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Body text.']);
  });

  test('a headline-shaped first line is the title when there is no heading', () => {
    const article = readMarkdown('Markets Rally on Rate Cut\n\nStocks rose *sharply*.\n');
    expect(article.title).toBe('Markets Rally on Rate Cut');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Stocks rose sharply.']);
  });

  test('a document opening with prose keeps it, and is titled by its first sentence', () => {
    const article = readMarkdown('Stocks rose sharply. Bonds fell.\n\n## Why\n\nA rate cut.\n');
    expect(article.title).toBe('Stocks rose sharply');
    expect(article.paragraphs[0]).toEqual({ section: null, text: 'Stocks rose sharply. Bonds fell.' });
    expect(article.paragraphs[1]).toEqual({ section: 'Why', text: 'A rate cut.' });
  });

  test('a setext heading counts as a heading', () => {
    expect(readMarkdown('Big News\n========\n\nIt happened.\n').title).toBe('Big News');
  });

  test('block HTML is read as text, not kept as tags', () => {
    const article = readMarkdown('# T\n\n<div class="note">Inside a <em>div</em>.</div>\n\nAfter.\n');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Inside a div.', 'After.']);
  });
});

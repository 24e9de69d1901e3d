import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cutSiteSuffix, readHtml } from '../../src/article/read-html.js';

const FIXTURES = new URL('../fixtures/inputs/', import.meta.url);
const page = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

describe('a news page with <article>', () => {
  const article = readHtml(page('news-page.html'));
  const allText = article.paragraphs.map((p) => p.text).join('\n');

  test('its title is the article h1', () => {
    expect(article.title).toBe('Voyager 1 Is Talking Again');
  });

  test('gives only the article text, in order, with sections from h2', () => {
    expect(article.paragraphs).toEqual([
      { section: null, text: 'NASA has reconnected with Voyager 1, the agency said on Monday.' },
      {
        section: null,
        text: 'Engineers at the Jet Propulsion Laboratory switched the probe to its S-band transmitter, which NASA had not used since 1981.',
      },
      {
        section: 'A long way from home',
        text: 'The probe is about 24 billion kilometers from Earth & still moving. A signal takes almost a day to arrive.',
      },
      { section: 'A long way from home', text: '“It is really very exciting,” said Suzanne Dodd.' },
      { section: 'A long way from home', text: 'Launched in 1977' },
      { section: 'A long way from home', text: 'Crossed into interstellar space in 2012' },
    ]);
  });

  test('takes the dateline off the first paragraph', () => {
    expect(article.dateline).toBe('PASADENA');
  });

  test.each([
    'Daily Orbit',
    'Space',
    'Search',
    'Subscribe',
    'Advertisement',
    'Buy a telescope',
    'Enable JavaScript',
    'Related stories',
    'Mars rover',
    'All rights reserved',
    'artist',
    'By Ada Reporter',
    'Share',
    'logo',
    'font-family',
  ])('drops page furniture: no "%s"', (furniture) => {
    expect(allText).not.toContain(furniture);
  });
});

describe('a page without <article>', () => {
  const article = readHtml(page('page-without-article.html'));

  test('reads <main>, headings included, and drops nav and aside', () => {
    expect(article.paragraphs).toEqual([
      { section: null, text: 'Researchers say an Earth-like planet, LHS 1140 b, may hold a large liquid ocean.' },
      { section: 'What the telescope saw', text: 'The James Webb Space Telescope collected the data in December 2023.' },
    ]);
  });

  test('takes its title from <title>, without the site name', () => {
    expect(article.title).toBe('Study finds ocean world');
  });
});

describe('smaller pages', () => {
  test('without <article> or <main>, the body is read', () => {
    const article = readHtml('<body><nav>Menu</nav><h1>Big News</h1><p>It happened.</p><p>Then more.</p></body>');
    expect(article.title).toBe('Big News');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['It happened.', 'Then more.']);
  });

  test('of several <article>s, the one with the most text wins', () => {
    const html =
      '<article><p>Teaser.</p></article><article><h1>Main</h1><p>The long main story text is here.</p></article>';
    const article = readHtml(html);
    expect(article.title).toBe('Main');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The long main story text is here.']);
  });

  test('bare text in a div is a paragraph, and inline tags do not split words', () => {
    const article = readHtml('<main><div>Growth was <b>3</b>%<br/>in <i>May</i>.</div></main>');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Growth was 3% in May.']);
  });

  test('hidden elements and ARIA navigation are dropped', () => {
    const html = '<main><p>Kept.</p><div hidden>Hidden.</div><div role="navigation">Nav.</div><p aria-hidden="true">Icon</p></main>';
    expect(readHtml(html).paragraphs.map((p) => p.text)).toEqual(['Kept.']);
  });

  test('with no h1 and no <title>, the first sentence is the title', () => {
    expect(readHtml('<p>Rain fell in Paris. It stopped.</p>').title).toBe('Rain fell in Paris');
  });

  test('code listings in <pre> are not article text', () => {
    const article = readHtml('<article><p>Text.</p><pre><code>let x = 1;</code></pre></article>');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['Text.']);
  });
});

describe('cutting the site name off a page title', () => {
  test.each([
    ['Voyager phones home | VOA Learning English', 'Voyager phones home'],
    ['Voyager phones home | Space | VOA', 'Voyager phones home'],
    ['Voyager phones home - BBC News', 'Voyager phones home'],
    ['Russia-Ukraine talks — The Times', 'Russia-Ukraine talks'],
    ['Plain title', 'Plain title'],
  ])('%s', (title, expected) => {
    expect(cutSiteSuffix(title)).toBe(expected);
  });
});

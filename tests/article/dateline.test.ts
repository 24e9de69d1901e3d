import { describe, expect, test } from 'vitest';
import { splitDateline, takeDateline } from '../../src/article/dateline.js';
import { readPlainText } from '../../src/article/read-text.js';

describe('datelines are taken off the first paragraph', () => {
  test.each([
    ['WASHINGTON — U.S. interests are stable.', 'WASHINGTON', 'U.S. interests are stable.'],
    ['WASHINGTON—The talks ended.', 'WASHINGTON', 'The talks ended.'],
    ['NEW YORK, Jan. 4 (Reuters) - Stocks rose on Thursday.', 'NEW YORK', 'Stocks rose on Thursday.'],
    ['KYIV, Ukraine — Air raid sirens sounded.', 'KYIV', 'Air raid sirens sounded.'],
    ['LONDON -- Prices fell 2%.', 'LONDON', 'Prices fell 2%.'],
    ['WASHINGTON (AP) — The Senate voted.', 'WASHINGTON', 'The Senate voted.'],
    ['PASADENA, Calif. – NASA said so.', 'PASADENA', 'NASA said so.'],
    ['RIO DE JANEIRO, Brazil — “We won,” he said.', 'RIO DE JANEIRO', '“We won,” he said.'],
    ['ST. LOUIS — 40 people came.', 'ST. LOUIS', '40 people came.'],
  ])('%s', (text, dateline, rest) => {
    expect(splitDateline(text)).toEqual({ dateline, rest });
  });
});

describe('ordinary sentences are left alone', () => {
  test.each([
    ['an acronym subject', 'NASA said on Monday that the probe is fine.'],
    ['an acronym with an aside', 'NASA — the agency that runs Voyager — said so.'],
    ['a sentence with a dash later on', 'The agency said — after a long wait — that it worked.'],
    ['a hyphenated word', 'U.S.-China talks resumed in Geneva.'],
    ['a capital word then a hyphen', 'The COVID-19 pandemic ended travel.'],
    ['too many capital words', 'ONE TWO THREE FOUR FIVE SIX — Then text.'],
    ['a single letter', 'A — Then text.'],
  ])('%s', (_, text) => {
    expect(splitDateline(text)).toBeNull();
  });

  test('only the first paragraph can carry a dateline', () => {
    const result = takeDateline([
      { section: null, text: 'It began.' },
      { section: null, text: 'LONDON — Later news.' },
    ]);
    expect(result.dateline).toBeNull();
    expect(result.paragraphs[1]!.text).toBe('LONDON — Later news.');
  });

  test('a release’s subheadlines, lines that end in no stop, may stand before the dateline', () => {
    const result = takeDateline([
      { section: null, text: 'Lenders with $1 Billion or Less in Assets Will be Able to Submit Applications on Friday' },
      { section: null, text: 'Dedicated access for community-based lenders' },
      { section: null, text: 'WASHINGTON – The U.S. Small Business Administration will re-open the portal.' },
    ]);
    expect(result.dateline).toBe('WASHINGTON');
    expect(result.paragraphs.map((p) => p.text)).toEqual(['Lenders with $1 Billion or Less in Assets Will be Able to Submit Applications on Friday', 'Dedicated access for community-based lenders', 'The U.S. Small Business Administration will re-open the portal.']);
  });
});

test('a plain-text article gives its dateline to the Article, not to the paragraph', () => {
  const article = readPlainText('Headline Here\n\nBEIJING — China said trade grew 5%.\n\nMore.');
  expect(article.dateline).toBe('BEIJING');
  expect(article.paragraphs[0]!.text).toBe('China said trade grew 5%.');
});

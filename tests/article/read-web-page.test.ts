import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { collectHtmlBlocks } from '../../src/article/collect-html-blocks.js';
import { normalizeInlineWhitespace } from '../../src/article/normalize-whitespace.js';
import { extractWebArticle } from '../../src/article/load-web-page.js';
import { readWebPage } from '../../src/article/read-web-page.js';
import { trimPageExtras } from '../../src/article/trim-page-extras.js';

const PAGES = new URL('../fixtures/web/pages/', import.meta.url);
const file = (page: string, name: string): string => readFileSync(new URL(`${page}/${name}`, PAGES), 'utf8');

/** The article text Readability's own project expects for the page (its expected.html), one string. */
function expectedText(page: string): string {
  return normalizeInlineWhitespace(collectHtmlBlocks(file(page, 'expected.html')).blocks.map((b) => b.text).join(' '));
}

interface PageCase {
  page: string;
  title: string;
  byline: string | null;
  published: string | null;
  canonical: string;
  dateline: string | null;
  first: string;
  last: string;
  /** Text on the page that is not the article: navigation, captions, related links, comments, sign-offs. */
  absent: string[];
}

const CASES: PageCase[] = [
  {
    page: 'bbc-1',
    title: "Obama admits US gun laws are his 'biggest frustration'",
    byline: 'BBC News',
    published: '2015-07-24T05:36:09+01:00',
    canonical: 'http://www.bbc.com/news/world-us-canada-33646704',
    dateline: null,
    first: 'President Barack Obama has admitted that his failure to pass "common sense gun safety laws"',
    last: 'Mr Obama will become the first US president to address the African Union',
    absent: ['Read the full transcript of his interview', 'Five things we learned from Obama interview', 'Share this with', 'Related Topics'],
  },
  {
    page: 'wapo-1',
    title: 'Attack stokes instability fears in North Africa',
    // "By" is the page's wording, not the name.
    byline: 'Erin Cunningham',
    published: null,
    canonical: 'http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html',
    dateline: 'CAIRO',
    first: 'Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday',
    last: 'The last major attack on a civilian target in Tunisia was in 2002',
    absent: ['Erin Cunningham', '[Read: Why Tunisia', 'Heba Habib contributed to this report', 'Read more:', 'sobering lesson in governing'],
  },
  {
    page: 'nytimes-1',
    title: 'United States to Lift Sudan Sanctions',
    byline: 'Jeffrey Gettleman',
    published: null,
    canonical: 'https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html',
    dateline: 'LONDON',
    first: 'After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan',
    last: 'Mr. Reeves said he thought that the American government was being manipulated',
    absent: ['Continue reading the main story', 'Photo', 'Advertisement', 'Jeffrey Gettleman'],
  },
  {
    page: 'ars-1',
    title: 'Just-released Minecraft exploit makes it easy to crash game servers',
    byline: 'Dan Goodin',
    published: null,
    canonical: 'https://arstechnica.com/information-technology/2015/04/just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/',
    dateline: null,
    first: 'A flaw in the wildly popular online game Minecraft makes it easy',
    last: 'Ars is asking Mojang for comment and will update this post if company officials respond.',
    absent: ['Biz & IT', 'Two-year-old bug exposes thousands of servers', 'Dan Goodin', 'Reader comments'],
  },
  {
    page: 'seattletimes-1',
    title: 'Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy with Whole Foods',
    // Readability takes the page's date line for a byline; a date is not a name.
    byline: null,
    published: '2019-04-28T06:01:07',
    canonical: 'https://www.seattletimes.com/business/amazon/alaskan-halibut-caught-by-a-century-old-seattle-boat-provides-a-glimpse-of-amazons-strategy-with-whole-foods/',
    dateline: null,
    first: 'From the deck of his 106-year-old halibut schooner',
    last: 'Alverson summed up the journey from a wooden fishing boat in the Bering Sea',
    absent: ['Updated April 29, 2019', 'Most Read Business Stories', 'Sign up'],
  },
];

describe.each(CASES)('the saved page $page', (c) => {
  const read = readWebPage(file(c.page, 'source.html'), 'https://news.example/story')!;
  const paragraphs = read.article.paragraphs.map((p) => p.text);
  const text = paragraphs.join('\n');

  test('gives the headline, byline, date and canonical URL as metadata', () => {
    expect(read.article.title).toBe(c.title);
    expect(read.metadata).toMatchObject({ byline: c.byline, published: c.published, canonicalUrl: c.canonical });
    expect(read.article.dateline).toBe(c.dateline);
  });

  test('starts and ends where the article does', () => {
    expect(paragraphs[0]).toContain(c.first);
    expect(paragraphs.at(-1)).toContain(c.last);
  });

  test("every paragraph is article text that Readability's own expected output holds", () => {
    const expected = expectedText(c.page);
    for (const paragraph of paragraphs) expect(expected, paragraph).toContain(paragraph);
    // And most of that article is there: only link lists, captions and credits were dropped.
    expect(text.length).toBeGreaterThan(0.8 * expected.length);
  });

  test('holds no navigation, captions, related links, byline or sign-off', () => {
    for (const noise of c.absent) expect(text).not.toContain(noise);
  });
});

describe('the headline of a small saved page', () => {
  const story = (title: string, h1: string) =>
    `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${h1}</h1>` +
    '<p>Kenya signed a $2 billion port deal with the Harbor Development Agency on March 3, 2024, officials said.</p>' +
    '<p>“This port will double our exports within five years,” Transport Minister Amina Otieno said on Monday.</p></article></body></html>';

  test('is the <h1> when the page title is a cut of it', () => {
    expect(readWebPage(story('Port deal | News', 'Port deal signed'), null)!.article.title).toBe('Port deal signed');
  });

  test('is the page title when the <h1> says something else', () => {
    expect(readWebPage(story('Kenya signs port deal | News', 'Live updates'), null)!.article.title).toBe('Kenya signs port deal');
  });
});

describe('pages Readability cannot take', () => {
  const sentence = 'The ministry said exports rose 4 percent in 2024, officials said on Monday in the capital.';

  test('a fragment without <html>, or bare text, is read, not thrown on', async () => {
    expect(readWebPage(`<p>${sentence}</p>`, null)!.article.paragraphs.map((p) => p.text)).toEqual([sentence]);
    expect((await extractWebArticle(sentence, null)).article.paragraphs.map((p) => p.text)).toEqual([sentence]);
  });

  test('a page nested thousands of elements deep goes to the plain HTML reader', async () => {
    const deep = `<html><body>${'<div>'.repeat(5000)}<p>${sentence}</p>${'</div>'.repeat(5000)}</body></html>`;
    expect(readWebPage(deep, null)).toBeNull();
    expect((await extractWebArticle(deep, null)).article.paragraphs.map((p) => p.text)).toEqual([sentence]);
  });
});

describe('trimming what a reader pass leaves in', () => {
  const p = (text: string) => ({ section: null, text });

  test('the byline standing as a paragraph of its own goes; a sentence naming the author stays', () => {
    const kept = trimPageExtras([p('By Jane Roe'), p('Jane Roe said the port would open in 2027.')], 'Jane Roe');
    expect(kept.map((x) => x.text)).toEqual(['Jane Roe said the port would open in 2027.']);
  });

  test('credits at the end go; a long last sentence that starts like one stays', () => {
    const story = p('The ministry said exports rose 4 percent.');
    expect(trimPageExtras([story, p('Reporting by Ann Lee; Editing by Tom Hay'), p('© 2025 Example News')], null)).toEqual([story]);
    const long = p(`Related ${'talks are planned for March and will cover tariffs, quotas and shipping. '.repeat(4)}`);
    expect(trimPageExtras([story, long], null)).toEqual([story, long]);
  });
});

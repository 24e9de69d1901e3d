import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPlainText } from '../../src/article/read-text.js';
import { generateNotes } from '../../src/generate/generate-notes.js';

const ARTICLES = new URL('../fixtures/articles', import.meta.url).pathname;
const SEED = new URL('../../decks/central-asia-engagement.txt', import.meta.url).pathname;

/**
 * The six VOA files carry no headline line (their titles are in SOURCES.md), so each is
 * read twice: as it is, and with its published headline put on the first line.
 */
const VOA = [
  {
    file: '01-national-identity-pew-survey.txt',
    title: 'Report: Language, Traditions Central to National Identity',
    headings: [],
    paragraphs: 25,
  },
  {
    file: '02-top-technology-stories-2024.txt',
    title: 'Top Technology Stories of 2024',
    headings: [
      'AI continues to expand',
      'More warnings AI’s possible dangers',
      'US legal moves against tech companies',
      'Self-driving tech',
      'Flying taxis',
    ],
    paragraphs: 14,
  },
  {
    file: '03-nasa-voyager-reconnects.txt',
    title: 'NASA Reconnects with Voyager, Longest Serving Mission in History',
    headings: [],
    paragraphs: 18,
  },
  {
    file: '04-exoplanet-liquid-ocean.txt',
    title: 'Study: New Evidence Suggests Earth-like Exoplanet May Hold Liquid Ocean',
    headings: [],
    paragraphs: 17,
  },
  {
    file: '05-national-arab-orchestra.txt',
    title: 'American Orchestra Shares Arabic Music, Culture',
    headings: ['Decreasing fear and increasing awareness', 'Beginnings', 'Musical elements', 'Supporting the arts'],
    paragraphs: 29,
  },
  {
    file: '06-how-connected-pew-survey.txt',
    title: 'How Connected Are You to the World?',
    headings: [],
    paragraphs: 17,
  },
];

/** The file's blank-line separated chunks: the ground truth the reader must account for. */
function chunksOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '');
}

describe.each(VOA)('$file', ({ file, title, headings, paragraphs }) => {
  const raw = readFileSync(`${ARTICLES}/${file}`, 'utf8');

  test('with its headline on the first line, the headline is the title', () => {
    const article = readPlainText(`${title}\n\n${raw}`);
    expect(article.title).toBe(title);
    expect(article.paragraphs).toHaveLength(paragraphs);
  });

  test('without a headline line, the first paragraph stays a paragraph and titles the article', () => {
    const article = readPlainText(raw);
    const firstChunk = chunksOf(raw)[0]!;
    expect(article.paragraphs[0]!.text).toBe(firstChunk);
    expect(firstChunk.startsWith(article.title.replace(/…$/, ''))).toBe(true);
    expect(article.title.length).toBeLessThanOrEqual(81);
  });

  test('its section headings are found, in order', () => {
    const sections = [...new Set(readPlainText(raw).paragraphs.map((p) => p.section))].filter((s) => s !== null);
    expect(sections).toEqual(headings);
  });

  test('every chunk that is not a heading is a paragraph, word for word and in order', () => {
    const article = readPlainText(raw);
    const expected = chunksOf(raw).filter((chunk) => !headings.includes(chunk));
    expect(article.paragraphs.map((p) => p.text)).toEqual(expected);
    expect(article.paragraphs).toHaveLength(paragraphs);
  });

  test('no heading is glued into paragraph text', () => {
    for (const paragraph of readPlainText(raw).paragraphs) {
      for (const heading of headings) expect(paragraph.text).not.toContain(heading);
    }
  });

  test('paragraphs before the first heading have no section; after it, the heading above them', () => {
    const article = readPlainText(raw);
    expect(article.paragraphs[0]!.section).toBeNull();
    if (headings.length > 0) expect(article.paragraphs.at(-1)!.section).toBe(headings.at(-1));
  });
});

describe('the seed article (title line, then the whole body on one line)', () => {
  const article = readPlainText(readFileSync(SEED, 'utf8'));

  test('has its headline as title and WASHINGTON as dateline', () => {
    expect(article.title).toBe('US Ambassador to Kazakhstan Outlines US Engagement in Central Asia');
    expect(article.dateline).toBe('WASHINGTON');
  });

  test('its one body paragraph starts after the dateline, NBSP and dash gone', () => {
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]!.text).toMatch(/^U\.S\. strategic interests in Central Asia/);
    expect(article.paragraphs[0]!.text).not.toMatch(/^WASHINGTON/);
    expect(article.paragraphs[0]!.section).toBeNull();
  });
});

describe('normalising plain text', () => {
  test('a BOM, CRLF and lone CR line ends, NBSP and runs of spaces are normalised', () => {
    const article = readPlainText('\ufeffA Headline\r\n\r\nFirst\u00a0line   goes\ron here.\r\n\rSecond paragraph.');
    expect(article.title).toBe('A Headline');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['First line goes on here.', 'Second paragraph.']);
  });

  test('hard-wrapped lines join with a space, and whitespace-only lines separate paragraphs', () => {
    const article = readPlainText('Title\n\nOne line\nwraps onto the next.\n   \t\nAnother paragraph.');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['One line wraps onto the next.', 'Another paragraph.']);
  });

  test('a hard-wrapped first paragraph is not mistaken for a headline', () => {
    const article = readPlainText('Officials met on Monday to discuss\nthe budget for next year.\n\nThey agreed.');
    expect(article.paragraphs[0]!.text).toBe('Officials met on Monday to discuss the budget for next year.');
    expect(article.title).toBe('Officials met on Monday to discuss the budget for next year');
  });
});

describe('section headings in plain text', () => {
  test('a short unpunctuated line followed by text is a heading, not a paragraph', () => {
    const article = readPlainText('Title\n\nIntro.\n\nThe Economy\n\nGrowth was 3 percent.');
    expect(article.paragraphs).toEqual([
      { section: null, text: 'Intro.' },
      { section: 'The Economy', text: 'Growth was 3 percent.' },
    ]);
  });

  test.each([
    ['ends with a full stop', 'He agreed.'],
    ['ends with a colon', 'He said:'],
    ['ends with a closing quote', '“We agree”'],
    ['is longer than ten words', 'One two three four five six seven eight nine ten eleven'],
    ['starts in lower case', 'and then more'],
  ])('a short line that %s stays a paragraph', (_, line) => {
    const article = readPlainText(`Title\n\nIntro.\n\n${line}\n\nMore text.`);
    expect(article.paragraphs.map((p) => p.text)).toContain(line);
    expect(article.paragraphs.every((p) => p.section === null)).toBe(true);
  });

  test('the short lines between the headline and the text are its front lines; later headings are not', () => {
    const article = readPlainText('Remarks on the Harbour\n\nMay 03, 2024\n\nGovernor Helen R. Baker\n\nAt the Harbour Club, Oslo\n\nThank you.\n\nThe Economy\n\nGrowth was 3 percent.');
    expect(article.front).toEqual(['May 03, 2024', 'Governor Helen R. Baker', 'At the Harbour Club, Oslo']);
    // (They say when, who and where: no section of the text, or every card of a speech is
    // labelled "At the Harbour Club, Oslo".)
    expect(article.paragraphs[0]).toEqual({ section: null, text: 'Thank you.' });
    expect(article.paragraphs[1]).toEqual({ section: 'The Economy', text: 'Growth was 3 percent.' });
    // (One line before the text may be its first section's heading.)
    expect(readPlainText('Title\n\nBackground\n\nGrowth was 3 percent.').paragraphs[0]!.section).toBe('Background');
    expect(readPlainText('Title\n\nIntro.\n\nThe Economy\n\nGrowth was 3 percent.').front).toBeUndefined();
  });

  test('a longer line set in title case is a heading; one listing parts with commas, or in prose case, is not', () => {
    const heading = 'In Part Due to Differences in Labor Market Institutions, the U.S. Employment Recovery has Been Exceptionally Strong';
    const article = readPlainText(`Title\n\nIntro.\n\n${heading}\n\nJobs grew 3 percent.`);
    expect(article.paragraphs.at(-1)).toEqual({ section: heading, text: 'Jobs grew 3 percent.' });
    const contact = 'Lori Glaze, director, Planetary Science Division, NASA’s Science Mission Directorate at Headquarters in Washington';
    expect(readPlainText(`Title\n\nIntro.\n\n${contact}\n\nMore text.`).paragraphs.map((p) => p.text)).toContain(contact);
    const prose = 'In part because of differences in how labor markets work, the employment recovery here has been strong';
    expect(readPlainText(`Title\n\nIntro.\n\n${prose}\n\nMore text.`).paragraphs.map((p) => p.text)).toContain(prose);
  });

  test('a short line at the very end is a paragraph: no text follows it', () => {
    const article = readPlainText('Title\n\nIntro.\n\nThe end');
    expect(article.paragraphs.at(-1)).toEqual({ section: null, text: 'The end' });
  });
});

describe('a headline that ends in a short form’s stop (stop 49)', () => {
  test('"… in Central U.S." in title case is the headline; a sentence ending "in the U.S." is text', () => {
    const headline = readPlainText('Geologic Cracks Support Evidence of Earthquakes on the Reelfoot Fault in Central U.S.\n\nThe fault moved in 1811.\n');
    expect(headline.title).toBe('Geologic Cracks Support Evidence of Earthquakes on the Reelfoot Fault in Central U.S.');
    expect(headline.paragraphs.map((p) => p.text)).toEqual(['The fault moved in 1811.']);
    const sentence = readPlainText('The plant will close next year in the U.S.\n\nIt employs 4,000 people.\n');
    expect(sentence.paragraphs.map((p) => p.text)).toEqual(['The plant will close next year in the U.S.', 'It employs 4,000 people.']);
  });
});

describe('a byline under the headline (stop 50)', () => {
  test('"By: David Vergun, Army.mil, September 24, 2015" names no section and gives no card', () => {
    const article = readPlainText('Army Hosts Largest-Ever Network Exercise\n\nBy: David Vergun, Army.mil, September 24, 2015\n\nThe exercise drew 3,800 soldiers in 2015.\n');
    expect(article.paragraphs.map((p) => p.section)).toEqual([null]);
    const answers = generateNotes(article).flatMap((n) => [...n.text.matchAll(/\{\{c\d+::([^:}]+)/g)].map((m) => m[1]));
    expect(answers).not.toContain('David Vergun');
    expect(answers).toContain('3,800');
  });
});

describe('a list of sums, one entry a line (stop 58)', () => {
  test('"Marsh Creek Refuge, Ohio: $663,000" is an entry of the list, not the heading of what follows', () => {
    const article = readPlainText('Grants Approved\n\nThe board approved two grants on Monday.\n\nMarsh Creek Refuge, Ohio: $663,000\n\nOtter Bend Refuge, Iowa: $1,568,000\n\nSince 1934, the fund has paid more than $800 million.\n\nIt meets again in June.\n');
    expect(article.paragraphs.map((p) => p.section)).toEqual([null, null, null, null, null]);
    expect(article.paragraphs.map((p) => p.text)).toContain('Otter Bend Refuge, Iowa: $1,568,000');
  });
});

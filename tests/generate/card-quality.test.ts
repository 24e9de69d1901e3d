import { describe, expect, test } from 'vitest';
import { parseCloze } from '../../src/deck/cloze.js';
import { analyseArticle } from '../../src/generate/analyse-article.js';
import { generateNotes, type GeneratedNote } from '../../src/generate/generate-notes.js';
import { MAX_SHOWN_QUOTE_WORDS, trimQuote } from '../../src/generate/trim-quote.js';
import { deletions, notesOf, quoteCards } from './deck-quality.js';
import { ARTICLE_NAMES, loadArticle, loadSeed } from './load-article.js';

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

describe('a place used as a modifier is not asked for', () => {
  test('"U.S. strategic interests", "a U.S. citizen", "Earth-like", "Moscow-led" have no place deletion', () => {
    const got = deletions(notesOf(
      'U.S. strategic interests in the region are clear, officials said in 2021.',
      'She became a U.S. citizen in 2017.',
      'The planet is Earth-like and sits 48 light years away.',
      'The Moscow-led bloc grew to 9 members in 2015.',
    ));
    expect(got.filter((d) => d.endsWith('::place'))).toEqual([]);
    expect(got).toEqual(expect.arrayContaining(['2017::year', '48 light years::quantity']));
  });

  test('the same place as a noun still is', () => {
    expect(deletions(notesOf('Back in the U.K., he learned to play the oud.'))).toContain('U.K.::place');
  });
});

describe('places are context in a sentence with better facts', () => {
  test('a list of countries next to a date and a person gives no place cards', () => {
    const got = deletions(notesOf('Envoy Maria Lopez said on Jan. 4 that Kenya, Uganda, Tanzania and Rwanda must trade more.'));
    expect(got).toEqual(expect.arrayContaining(['Maria Lopez::person', 'Jan. 4::date']));
    expect(got.filter((d) => d.endsWith('::place'))).toEqual([]);
  });

  test('a sentence of places only keeps two of them', () => {
    const got = deletions(notesOf('The river runs through Kenya, Uganda, Tanzania and Rwanda.'));
    expect(got.filter((d) => d.endsWith('::place'))).toHaveLength(2);
  });

  test('the seed’s ambassador note asks for him, the center and the date, not five countries', () => {
    const note = generateNotes(loadSeed()).find((n) => n.extra.startsWith('U.S. Ambassador to Kazakhstan'))!;
    expect(parseCloze(note.text).filter((s) => s.type === 'deletion' && s.hint === 'place')).toEqual([]);
  });
});

describe('long quotes are trimmed on who-said cards', () => {
  const long = 'We built this over many years. ' + 'It took patience and a lot of work from everyone, '.repeat(5) + 'and it paid off.';

  test('whole sentences while they fit, then "…"', () => {
    expect(trimQuote(`We built this over many years. Then ${'word '.repeat(50).trim()}.`)).toBe('We built this over many years. …');
  });

  test('a single long sentence is cut at a clause boundary within the limit', () => {
    const shown = trimQuote(long.replace('We built this over many years. ', ''));
    expect(wordCount(shown)).toBeLessThanOrEqual(MAX_SHOWN_QUOTE_WORDS + 1);
    expect(shown.endsWith('everyone …')).toBe(true);
  });

  test('a short quote is shown whole', () => {
    expect(trimQuote('The jury is still out.')).toBe('The jury is still out.');
  });

  test('no who-said card of the seven articles shows more than 40 words of its quote', () => {
    const all = [loadSeed(), ...ARTICLE_NAMES.map(loadArticle)].flatMap((a) => quoteCards(generateNotes(a)));
    for (const card of all) {
      const quote = card.quote.replace(/ — \[.*$/, '');
      expect(wordCount(quote.replace(/[“”…]/g, ' ')), quote).toBeLessThanOrEqual(MAX_SHOWN_QUOTE_WORDS);
    }
  });
});

describe('numbers the library leaves out', () => {
  test('a season "2022-2023" is a date deletion', () => {
    expect(deletions(notesOf('In the 2022-2023 season, the orchestra played 12 concerts.'))).toContain('2022-2023::years');
  });

  test('"from two weeks to two months" is one duration', () => {
    expect(deletions(notesOf('A piece can take him anywhere from two weeks to two months to finish.'))).toContain(
      'two weeks to two months::how long',
    );
  });

  test('"one day" is not asked for: it is as often "someday"', () => {
    expect(deletions(notesOf('It could one day confirm water on the surface, said the team in 2024.'))).not.toContain('one day::how long');
  });
});

describe('organisations without an organisation word', () => {
  test('a lone name whose app or store is mentioned is an organisation, in every sentence', () => {
    const paragraphs = ['A jury found in 2023 that Zentrix’s app store is a monopoly.', 'In 2024 a judge ruled that Zentrix had broken the law.'];
    const analysis = analyseArticle({ title: 't', dateline: null, paragraphs: paragraphs.map((text) => ({ section: null, text })) });
    expect(analysis.sentences.flatMap((s) => s.names.filter((n) => n.text === 'Zentrix').map((n) => n.kind))).toEqual(['organization', 'organization']);
    // Asked once: a body, once asked, is known.
    expect(deletions(notesOf(...paragraphs)).filter((d) => d.startsWith('Zentrix'))).toEqual(['Zentrix::organisation']);
  });

  test('the short form of a named organisation is that organisation', () => {
    const got = deletions(notesOf('The Lumen Research Center released a study in 2022.', 'The Lumen study found that 93 percent agreed.'));
    expect(got).toContain('Lumen::organisation');
  });

  test('a sentence-initial common noun ("Agency officials") is no name', () => {
    expect(deletions(notesOf('Agency officials said the probe had been silent for 5 months.')).filter((d) => d.startsWith('Agency'))).toEqual([]);
  });

  test('"its parent, ByteDance" and "video sharing service TikTok" are organisations', () => {
    const got = deletions(notesOf('In 2024 video sharing service Flicko sued to stop a law forcing its parent, Brightmill, to sell it.'));
    expect(got).toEqual(expect.arrayContaining(['Flicko::organisation', 'Brightmill::organisation']));
  });
});

describe('the article’s setting is one card, not one a sentence', () => {
  test('a place named in four sentences is asked once, where it first stands alone', () => {
    const notes = notesOf('Talks opened in Kenya.', 'Kenya is large.', 'Rain fell across Kenya.', 'Crowds gathered in Kenya and Uganda.');
    const got = deletions(notes);
    expect(got.filter((d) => d === 'Kenya::place')).toHaveLength(1);
    expect(notes.find((n) => n.text.includes('{{c1::Kenya'))?.extra).toBe('Talks opened in Kenya.');
    expect(got).toContain('Uganda::place');
  });
});

describe('a card is judged by its own text, not the paragraph around it', () => {
  test('an answer said earlier in the paragraph can still be asked in a later sentence', () => {
    const notes = notesOf('Officials first met in 2019 to discuss trade. By 2019, exports had doubled to $4 billion.');
    expect(notes.find((n) => n.extra.startsWith('By 2019'))?.text).toContain('{{c1::2019::year}}');
  });
});

describe('sign-offs', () => {
  test('a presenter signing off is not a card, but a sentence about a person still is', async () => {
    const { isSignOff } = await import('../../src/generate/candidates.js');
    expect(isSignOff('I’m Jill Robbins.')).toBe(true);
    expect(isSignOff("And I'm Andrew Smith.")).toBe(true);
    expect(isSignOff('This is Ann Lee.')).toBe(true);
    expect(isSignOff('I’m proud of what Jill Robbins built.')).toBe(false);
    expect(isSignOff('Jill Robbins reported from Cairo.')).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { parseCloze } from '../../src/deck/cloze.js';
import { generateNotes, type GeneratedNote } from '../../src/generate/generate-notes.js';
import { answerLimit } from '../../src/generate/rank-notes.js';

const cardCount = (notes: GeneratedNote[]): number => notes.reduce((n, note) => n + note.cardKinds.length, 0);
import { STOP_ANSWERS } from '../../src/generate/gazetteer.js';
import { coveredFacts, factAnswers, judgeQuotes, loadExpected, noteProblems, quoteCards, quoteCardsPerSpeaker, quotesWithinCap, wrongRoles } from './deck-quality.js';
import { ARTICLE_NAMES, loadArticle, loadSeed } from './load-article.js';

const seed = loadSeed();
const seedNotes = generateNotes(seed);
const seedExpected = loadExpected('central-asia-engagement');

describe('the seed article (one line, run-in headings)', () => {
  test('at least 90% of its key facts are the answer of some card', () => {
    const { covered, missed } = coveredFacts(seedNotes, seedExpected.keyFacts);
    expect(missed, `missed: ${missed.join(', ')}`).toEqual(expect.any(Array));
    expect(covered.length / seedExpected.keyFacts.length).toBeGreaterThanOrEqual(0.9);
  });

  test('every direct quote of four words or more has a who-said card naming the right speaker, up to the cap per speaker', () => {
    const { right, wrong } = judgeQuotes(seedNotes, seedExpected);
    const cap = answerLimit(cardCount(seedNotes));
    expect(wrong).toEqual([]);
    expect(right.length / quotesWithinCap(seedExpected, cap)).toBeGreaterThanOrEqual(0.8);
    expect(Math.max(...quoteCardsPerSpeaker(seedNotes).values())).toBeLessThanOrEqual(cap);
  });

  test('a who-said card answers with the name and gives the role on the back, first line', () => {
    expect(wrongRoles(seedNotes, seedExpected)).toEqual([]);
    const card = seedNotes.find((n) => n.kind === 'quote' && n.text.includes('Daniel Rosenblum'))!;
    expect(card.text).toMatch(/\{\{c1::Daniel Rosenblum::who said it\?\}\}$/);
    expect(card.extra.split('\n')[0]).toBe('Speaker: U.S. Ambassador to Kazakhstan Daniel Rosenblum');
    expect(card.text).not.toContain('Ambassador');
  });

  test('no card carries heading text', () => {
    for (const note of seedNotes) {
      for (const heading of seedExpected.headings!) expect(note.text).not.toContain(heading);
    }
  });

  test('no answer is a pronoun, a stop word or a fragment', () => {
    for (const answer of factAnswers(seedNotes)) {
      expect(STOP_ANSWERS.has(answer.toLowerCase()), answer).toBe(false);
      expect(answer, answer).toMatch(/^[\p{L}\p{N}$€£]/u);
      expect(answer, answer).toMatch(/[\p{L}\p{N}%.]$/u);
    }
  });

  test('sections come from the run-in headings', () => {
    const money = seedNotes.find((n) => n.text.includes('$3 billion'));
    expect(money?.section).toBe('Economic and political aspects');
  });
});

describe('the real plain-text reader feeds the generator', () => {
  test('the seed loses its dateline ("WASHINGTON —" and a non-breaking space) and keeps its title line', () => {
    expect(seed.dateline).toBe('WASHINGTON');
    expect(seed.title).toBe('US Ambassador to Kazakhstan Outlines US Engagement in Central Asia');
    expect(seed.paragraphs[0]!.text.startsWith('U.S. strategic interests')).toBe(true);
    for (const note of seedNotes) expect(note.text).not.toContain('WASHINGTON');
  });

  // These files have no title line: the reader titles them by their first sentence, which
  // must still be a sentence of the body and give its facts.
  test.each([
    ['01-national-identity-pew-survey', 'Luciana de Oliveira'],
    ['02-top-technology-stories-2024', '2024'],
    ['03-nasa-voyager-reconnects', 'NASA'],
  ] as const)('%s: the first sentence is the title and still a card about %s', (name, fact) => {
    const article = loadArticle(name);
    const firstSentence = article.paragraphs[0]!.text.split(/(?<=\.) /)[0]!;
    expect(firstSentence.startsWith(article.title.replace(/…$/, ''))).toBe(true);
    const note = generateNotes(article).find((n) => n.extra === firstSentence);
    expect(note && parseCloze(note.text).some((s) => s.type === 'deletion' && s.answer === fact), note?.text).toBe(true);
  });
});

describe.each(ARTICLE_NAMES)('article %s', (name) => {
  const notes = generateNotes(loadArticle(name));
  const expected = loadExpected(name);

  test('at least 80% of its key facts are the answer of some card', () => {
    const { covered, missed } = coveredFacts(notes, expected.keyFacts);
    expect(covered.length / expected.keyFacts.length, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.8);
  });

  test('at least 80% of its quotes get a who-said card (up to the cap per speaker), and not one names the wrong speaker', () => {
    const { right, wrong } = judgeQuotes(notes, expected);
    expect(wrong).toEqual([]);
    expect(right.length / quotesWithinCap(expected, answerLimit(cardCount(notes)))).toBeGreaterThanOrEqual(0.8);
  });

  test('each who-said card describes its speaker as the article introduces them, or not at all', () => {
    expect(wrongRoles(notes, expected)).toEqual([]);
    const described = new Set(quoteCards(notes).flatMap((c) => (c.described ? [c.speaker] : [])));
    expect([...described].sort()).toEqual(Object.keys(expected.speakerRoles ?? {}).sort());
  });
});

describe('every note of every article', () => {
  const all = [seedNotes, ...ARTICLE_NAMES.map((n) => generateNotes(loadArticle(n)))].flat();

  test('parses, numbers its deletions c1…cN without gaps, has one card kind per number, hides its answers', () => {
    const problems = all.flatMap((n) => noteProblems(n).map((p) => `${p} — ${n.text}`));
    expect(problems).toEqual([]);
  });

  test('has the source sentence as extra, tags of its kinds and a short fingerprint', () => {
    for (const note of all) {
      expect(note.extra.length).toBeGreaterThan(0);
      expect(note.tags).toContain(`kind::${note.kind}`);
      expect(note.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  test('fingerprints are distinct within a deck', () => {
    expect(new Set(seedNotes.map((n) => n.fingerprint)).size).toBe(seedNotes.length);
  });
});

describe('options and determinism', () => {
  test('the same article twice gives the same notes', () => {
    expect(generateNotes(loadSeed())).toEqual(seedNotes);
  });

  test('maxCards bounds the number of cards', () => {
    const notes = generateNotes(seed, { maxCards: 10 });
    expect(notes.reduce((n, note) => n + note.cardKinds.length, 0)).toBeLessThanOrEqual(10);
    expect(generateNotes(seed, { maxCards: 0 })).toEqual([]);
  });

  test('notes come in article order', () => {
    const plain = seed.paragraphs[0]!.text;
    // The source is the last line of the back; a who-said card puts the speaker above it.
    const positions = seedNotes.map((n) => plain.indexOf(n.extra.split('\n').pop()!.slice(0, 30)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('no fact answer has more than two cards', () => {
    const counts = new Map<string, number>();
    for (const note of seedNotes.filter((n) => n.kind !== 'quote')) {
      for (const s of parseCloze(note.text)) if (s.type === 'deletion') counts.set(s.answer, (counts.get(s.answer) ?? 0) + 1);
    }
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
  });
});

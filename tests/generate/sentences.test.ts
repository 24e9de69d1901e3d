import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/generate/sentences.js';
import { loadExpected } from './deck-quality.js';
import { ARTICLE_NAMES, loadArticle, loadSeed } from './load-article.js';

const article = (text: string) => ({ title: 't', dateline: null, paragraphs: [{ section: null, text }] });

describe('splitSentences', () => {
  test('the seed article splits at every boundary and nowhere else', () => {
    const expected = loadExpected('central-asia-engagement');
    const sentences = splitSentences(loadSeed());
    expect(sentences.map((s) => s.text.slice(0, expected.sentenceStarts![0]!.length))).toHaveLength(50);
    sentences.forEach((s, i) => expect(s.text.startsWith(expected.sentenceStarts![i]!), `${i}: ${s.text}`).toBe(true));
  });

  test('run-in headings become sections and leave the sentence', () => {
    const sentences = splitSentences(loadSeed());
    const sections = [...new Set(sentences.map((s) => s.section))];
    expect(sections).toEqual([null, ...loadExpected('central-asia-engagement').headings!]);
    for (const s of sentences) for (const h of sections) if (h) expect(s.text.startsWith(h)).toBe(false);
  });

  test('"Ph.D." stays inside its sentence', () => {
    const texts = splitSentences(article('Akbota Karibayeva, a Ph.D. candidate at the university, agreed. She spoke.')).map((s) => s.text);
    expect(texts).toEqual(['Akbota Karibayeva, a Ph.D. candidate at the university, agreed.', 'She spoke.']);
  });

  test('the six articles, which keep their line breaks, have no run-in headings', () => {
    for (const name of ARTICLE_NAMES) {
      const a = loadArticle(name);
      const own = new Set(a.paragraphs.map((p) => p.section));
      for (const s of splitSentences(a)) expect(own.has(s.section), `${name}: ${s.section}`).toBe(true);
    }
  });

  test('index runs through the article and paragraph points at the source', () => {
    const a = loadArticle(ARTICLE_NAMES[0]);
    const sentences = splitSentences(a);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(a.paragraphs[s.paragraph]!.text).toContain(s.text);
    });
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { InputFormat } from '../../src/article/detect-format.js';
import { readArticle } from '../../src/article/read-article.js';

/** Text made of the pieces articles are made of, markup and odd whitespace included. */
const articleish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '\n', '\n\n', '\r\n', '\u00a0', '  ', '# ', '## ', '<p>', '</p>', '<h2>', '<script>', '&amp;',
        'WASHINGTON — ', 'Heading', 'A sentence.', '“Quote,” he said.', '- item', '```', '<br>',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe.each(['text', 'markdown', 'html'] as InputFormat[])('reading any input as %s', (format) => {
  test('never throws, and gives a title and clean, non-empty paragraphs', () => {
    fc.assert(
      fc.property(articleish, (input) => {
        const article = readArticle(input, format);
        expect(typeof article.title).toBe('string');
        for (const paragraph of article.paragraphs) {
          expect(paragraph.text).not.toBe('');
          expect(paragraph.text).toBe(paragraph.text.trim());
          expect(paragraph.text).not.toMatch(/\s{2}|[\n\r\t\u00a0]/);
        }
        if (article.paragraphs.length > 0) expect(article.title).not.toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

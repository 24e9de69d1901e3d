import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { generateNotes } from '../../src/generate/generate-notes.js';
import { splitSentences } from '../../src/generate/sentences.js';
import { noteProblems } from './deck-quality.js';

const newsy = fc.constantFrom(
  '“', '”', '"', '‘', '’', ' said ', ' he said.', ' Rosa Parks', ' $3 billion', ' 15%', ' in 2022', ' U.S.',
  ' Jan. 4', ' Ph.D.', ' vs. ', '. ', ', ', ' The ', ' University of X', ' {{c1::x}}', '\\', '}}', '::', '\u0000', '\n', '😀',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.oneof(newsy, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join('')),
);
const articleArb = fc.record({
  title: fc.string({ maxLength: 20 }),
  dateline: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
  paragraphs: fc.array(fc.record({ section: fc.option(fc.string({ maxLength: 20 }), { nil: null }), text }), { maxLength: 4 }),
}) as fc.Arbitrary<Article>;

describe('generateNotes on arbitrary input', () => {
  test('never throws and every note is well formed', () => {
    fc.assert(
      fc.property(articleArb, (article) => {
        for (const note of generateNotes(article)) expect(noteProblems(note)).toEqual([]);
        splitSentences(article);
      }),
      { numRuns: 300, seed: 20240104 },
    );
  });

  // How fast is `npm run bench`'s (the same line through the CLI, target 8 s); here the
  // test's own time limit only catches a rule gone quadratic.
  test('a huge line and unbalanced quotes give well-formed notes', () => {
    const line = '“He said ' + 'Dr. Smith paid $5 billion in 2022 to the Agency of Things, '.repeat(4000) + ' and U.S. “';
    const notes = generateNotes({ title: 't', dateline: null, paragraphs: [{ section: null, text: line }] });
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(noteProblems(note)).toEqual([]);
  });
});

// Promise 6, the generator: any text, Markdown or HTML — arbitrary Unicode, control
// characters, huge lines, mixed quotes, scripts, cloze-like syntax — gives notes or none,
// never an exception, in time that grows with the input (a generous bound per KB), and
// every note is one a deck file accepts: its markup parses and numbers deletions c1…cN.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { readArticle } from '../../src/article/read-article.js';
import type { InputFormat } from '../../src/article/detect-format.js';
import { clozeOrds, parseCloze } from '../../src/deck/cloze.js';
import { deckFileSchema } from '../../src/deck/deck-schema.js';
import { generateNotes, type GeneratedNote } from '../../src/generate/generate-notes.js';
import { numberedDeck } from './helpers/numbered-deck.js';

/** Generous (a linear 40 KB article takes ~0.3 s): a fixed start for pauses, then per KB. */
const MS_PER_KB = 100;
const BASE_MS = 500;

/** Pieces a news article has, and pieces that break naive parsers. */
const newsy = fc.constantFrom(
  'The ministry said exports rose 15 percent to $3.2 billion in 2023.',
  '“We will not back down,” said Daniel Rosenblum, the U.S. Ambassador.',
  'On Jan. 4, 2024, about 1,200 people gathered in Astana, Kazakhstan.',
  'NASA and the European Space Agency (ESA) signed the deal on March 3.',
  '"It\'s a \'big\' deal," she said — ‘quoted’ «twice» „thrice“.',
);
const hostile = fc.constantFrom(
  '<script>alert("{{c1::x}}")</script>', '<style>p{}</style>', '<!-- {{c2::hidden}} -->', '<p>', '</p>', '<br>', '<a href="javascript:alert(1)">x</a>',
  '{{c1::answer::hint}}', '{{c', '}}', '::', '\\', '{', '}', '\u0000', '\u0007', '\u001b[31m', '\r', '\r\n', '\n\n', '\t', '\u2028', '\u202e', '\ufeff', '\u200b', '\ud800',
  '# Heading', '> quote', '* item', '```', '[link](http://x)', '![img](x.png)', '&amp;', '&#x0;', '&nbsp;', '%', '$', '€5', '−3', '1e308', '9'.repeat(40),
);
const piece = fc.oneof(
  { weight: 3, arbitrary: newsy },
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);
const separator = fc.constantFrom(' ', '\n', '\n\n', '', '. ');
const article = fc.array(fc.tuple(piece, separator).map(([p, s]) => p + s), { maxLength: 60 }).map((parts) => parts.join(''));
const format = fc.constantFrom<InputFormat>('text', 'markdown', 'html');

/** A deck holding the notes, as generate would save it: the deck schema must accept it. */
function asDeck(notes: GeneratedNote[]) {
  return { ...numberedDeck(0), notes: notes.map((note, i) => ({ ...note, id: `n${i}` })) };
}

function checkNotes(notes: GeneratedNote[]): void {
  for (const note of notes) {
    const ords = clozeOrds(parseCloze(note.text));
    expect(ords).toEqual(note.cardKinds.map((_, i) => i + 1));
  }
  const parsed = deckFileSchema.safeParse(asDeck(notes));
  expect(parsed.error?.issues[0]).toBeUndefined();
}

/**
 * The CPU time the generator spends (this process, user + system), not the wall time: other
 * workers on a shared 2-core machine stretch the wall clock, never the work done.
 */
function generateTimed(text: string, how: InputFormat): { notes: GeneratedNote[]; ms: number } {
  const started = process.cpuUsage();
  const notes = generateNotes(readArticle(text, how));
  const used = process.cpuUsage(started);
  return { notes, ms: (used.user + used.system) / 1000 };
}

function expectInTime(text: string, ms: number): void {
  const kb = Buffer.byteLength(text) / 1024;
  expect(ms, `${kb.toFixed(1)} KB took ${ms.toFixed(0)} ms`).toBeLessThan(BASE_MS + MS_PER_KB * kb);
}

beforeAll(() => {
  // The NLP model loads on first use; that one-off cost is not the input's.
  generateNotes(readArticle('Exports rose 15 percent in 2023, the ministry said.', 'text'));
});

describe('the generator on hostile input', () => {
  test('mixed news, markup, control characters and arbitrary Unicode: no exception, in time, well-formed notes', () => {
    let withNotes = 0;
    fc.assert(
      fc.property(article, format, (text, how) => {
        const { notes, ms } = generateTimed(text, how);
        expectInTime(text, ms);
        checkNotes(notes);
        if (notes.length > 0) withNotes += 1;
      }),
      { numRuns: 1000, seed: 20260302 },
    );
    // Not vacuous: many inputs do give cards, so their markup was really checked.
    expect(withNotes).toBeGreaterThan(300);
  });

  test('huge lines: one long line of news or of noise, without a newline', () => {
    fc.assert(
      fc.property(fc.oneof(newsy, hostile, fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })), fc.integer({ min: 1_000, max: 40_000 }), format, (unit, bytes, how) => {
        const text = unit.repeat(Math.ceil(bytes / unit.length));
        const { notes, ms } = generateTimed(text, how);
        expectInTime(text, ms);
        checkNotes(notes);
      }),
      { numRuns: 25, seed: 20260303 },
    );
  });
});

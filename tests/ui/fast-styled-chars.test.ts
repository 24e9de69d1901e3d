import { styledCharsFromTokens, styledCharsToString, tokenize } from '@alcalzone/ansi-tokenize';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DIST, readDist, staticClosure } from '../helpers/bundle-chunks.js';
import { styledCharsToString as fastStyledCharsToString } from '../../src/ui/fast-styled-chars.js';

const ESC = '\u001B[';
/** What Ink's lines are made of: text runs, SGR codes (on, off, colours, reset) and hyperlinks. */
const PIECES = [
  'plain text ',
  '“quoted” — ',
  '日本 ',
  '🚀',
  'x',
  ' ',
  `${ESC}1m`,
  `${ESC}22m`,
  `${ESC}2m`,
  `${ESC}3m`,
  `${ESC}23m`,
  `${ESC}4m`,
  `${ESC}24m`,
  `${ESC}7m`,
  `${ESC}27m`,
  `${ESC}31m`,
  `${ESC}36m`,
  `${ESC}39m`,
  `${ESC}44m`,
  `${ESC}49m`,
  `${ESC}38;5;208m`,
  `${ESC}38;2;10;20;30m`,
  `${ESC}0m`,
  `${ESC}m`,
  '\u001B]8;;https://example.org\u0007',
  '\u001B]8;;\u0007',
];

const both = (line: string): [string, string] => {
  const chars = styledCharsFromTokens(tokenize(line));
  return [fastStyledCharsToString(chars), styledCharsToString(chars)];
};

describe('the faster styledCharsToString Ink is built with', () => {
  test('gives the same string as ansi-tokenize on the lines of a review screen', () => {
    const lines = [
      '',
      'plain',
      `${ESC}1mBold${ESC}22m and not`,
      `${ESC}36m“quoted”${ESC}39m — in colour, then ${ESC}2mdim${ESC}22m`,
      `${ESC}1m${ESC}36mbold cyan${ESC}39m bold only${ESC}22m`,
      `${ESC}7m inverse to the end`,
      `░░░░░░${ESC}32m██████${ESC}39m░░░░ 3/10`,
    ];
    for (const line of lines) {
      const [fast, original] = both(line);
      expect(fast, JSON.stringify(line)).toBe(original);
    }
  });

  test('gives the same string as ansi-tokenize on 3,000 random mixes of text and codes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const [fast, original] = both(pieces.join(''));
        expect(fast).toBe(original);
      }),
      { numRuns: 3000, seed: 14 },
    );
  });

  test("is the one Ink's output uses in the built CLI", () => {
    const inkOutput = readdirSync(`${DIST}/chunks`).map((f) => `chunks/${f}`).filter((f) => readDist(f).includes('lineWithoutEmptyItems'));
    expect(inkOutput).toHaveLength(1);
    const loaded = [...staticClosure(inkOutput[0]!)].map(readDist).join('\n');
    expect(loaded).toContain('function sameCodes(');
  });
});

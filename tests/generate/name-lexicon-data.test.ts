// The name lexicon the generator ships is what its script extracts from the data packages
// (compromise, stdlib's first names, i18n-iso-countries, country-region-data): nothing in it is
// written by hand, and updating a package and re-running the script is the whole update.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
// @ts-expect-error — a plain .mjs script without types.
import { extractNameLexicon } from '../../scripts/extract-name-lexicon.mjs';

test('src/generate/data/name-lexicon.json is the script’s output, word for word', () => {
  const committed = readFileSync(new URL('../../src/generate/data/name-lexicon.json', import.meta.url), 'utf8');
  expect(extractNameLexicon()).toBe(committed);
}, 30_000);

test('the subdivisions keep no English word and no given name of one word', () => {
  const data = JSON.parse(readFileSync(new URL('../../src/generate/data/name-lexicon.json', import.meta.url), 'utf8')) as Record<string, string[]>;
  const subdivisions = new Set(data.subdivisions);
  expect(subdivisions.has('cornwall')).toBe(true);
  expect(subdivisions.has('sindh')).toBe(true);
  for (const word of ['central', 'western', 'devon', 'angus']) expect(subdivisions.has(word)).toBe(false);
});

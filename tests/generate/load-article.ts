import { readFileSync } from 'node:fs';
import { readPlainText } from '../../src/article/read-text.js';
import type { Article } from '../../src/article/types.js';

// The repository's own copies, so the suite needs nothing outside the clone.
export const SEED_PATH = new URL('../../decks/central-asia-engagement.txt', import.meta.url).pathname;
export const ARTICLES_DIR = new URL('../fixtures/articles', import.meta.url).pathname;
export const ARTICLE_NAMES = [
  '01-national-identity-pew-survey',
  '02-top-technology-stories-2024',
  '03-nasa-voyager-reconnects',
  '04-exoplanet-liquid-ocean',
  '05-national-arab-orchestra',
  '06-how-connected-pew-survey',
] as const;

export type ArticleName = (typeof ARTICLE_NAMES)[number];

/**
 * The test articles go through the same reader as `briefdeck generate FILE.txt`, so the
 * quality bar is measured on what a user gets. The six files have no title line: the reader
 * titles them by their first sentence and keeps that sentence in the body.
 */
export function loadArticle(name: ArticleName): Article {
  return readPlainText(readFileSync(`${ARTICLES_DIR}/${name}.txt`, 'utf8'));
}

/** The seed: a title line, then one paragraph (it lost its line breaks) after "WASHINGTON —\u00a0". */
export function loadSeed(): Article {
  return readPlainText(readFileSync(SEED_PATH, 'utf8'));
}

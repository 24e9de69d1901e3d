import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readPlainText } from '../src/article/read-text.js';
import type { Article } from '../src/article/types.js';
import type { FactKind } from '../src/deck/types.js';

/** What a person wrote about an article before the generator ever saw it. */
export interface Gold {
  id: string;
  title: string;
  source: { url: string; publisher: string; genre: string; date: string | null };
  keyFacts: { answer: string; kind: FactKind; top?: boolean }[];
  entities: { text: string; kind: FactKind }[];
  quotes: { starts: string; speaker: string; aliases?: string[] }[];
  noSpeaker: string[];
}

export type Split = 'tune' | 'test';

export interface CorpusArticle {
  id: string;
  split: Split;
  article: Article;
  gold: Gold;
}

export const CORPUS_DIR = new URL('../tests/fixtures/corpus/', import.meta.url);

/**
 * The held-back third: an article is held back when a hash of its id is 0 modulo 3. The
 * rule was fixed before the corpus was collected and looks at the id alone, so nobody chose
 * which articles are held back and adding articles never moves one from side to side.
 */
export function splitOf(id: string): Split {
  return parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % 3 === 0 ? 'test' : 'tune';
}

/** The corpus, or another folder of the same shape (`articles/`, `gold/`): a fresh held-out batch. */
export function loadCorpus(dir: URL = CORPUS_DIR): CorpusArticle[] {
  const ids = readdirSync(new URL('gold/', dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  return ids.map((id) => {
    const gold = JSON.parse(readFileSync(new URL(`gold/${id}.json`, dir), 'utf8')) as Gold;
    const text = readFileSync(new URL(`articles/${id}.txt`, dir), 'utf8');
    return { id, split: splitOf(id), article: readPlainText(text), gold: { ...gold, entities: gold.entities ?? [], noSpeaker: gold.noSpeaker ?? [] } };
  });
}

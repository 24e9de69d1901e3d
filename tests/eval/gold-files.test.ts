// The gold of every evaluation batch holds what its article says, word for word: a key fact,
// a name, a quote's opening or a speaker's alias the article does not contain could never be
// matched, and would count against the generator for the gold's mistake.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Gold } from '../../eval/corpus.js';

const KINDS = new Set(['money', 'percent', 'quantity', 'number', 'date', 'person', 'organization', 'place', 'term']);
const BATCHES = ['corpus', 'fresh-x', 'fresh-y', 'fresh-z', 'fresh-w', 'fresh-v'];

describe.each(BATCHES)('gold files of tests/fixtures/%s', (batch) => {
  const dir = new URL(`../fixtures/${batch}/`, import.meta.url);
  const ids = readdirSync(new URL('gold/', dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
  test('every gold file has its article, and every article its gold', () => {
    const articles = readdirSync(new URL('articles/', dir)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length));
    expect(ids.length).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual([...articles].sort());
  });
  test('key facts, names, quote openings and aliases stand in the article as written', () => {
    const missing: string[] = [];
    for (const id of ids) {
      const gold = JSON.parse(readFileSync(new URL(`gold/${id}.json`, dir), 'utf8')) as Gold;
      const text = readFileSync(new URL(`articles/${id}.txt`, dir), 'utf8');
      if (gold.id !== id) missing.push(`${id}: id ${gold.id}`);
      for (const f of gold.keyFacts) if (!KINDS.has(f.kind) || !text.includes(f.answer)) missing.push(`${id}: key fact ${f.answer} (${f.kind})`);
      for (const e of gold.entities ?? []) if (!KINDS.has(e.kind) || !text.includes(e.text)) missing.push(`${id}: name ${e.text} (${e.kind})`);
      for (const q of gold.quotes) {
        if (!text.includes(q.starts)) missing.push(`${id}: quote ${q.starts}`);
        for (const alias of q.aliases ?? []) if (!text.includes(alias)) missing.push(`${id}: alias ${alias}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

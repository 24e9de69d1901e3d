import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPlainText } from '../../src/article/read-text.js';
import { parseCloze } from '../../src/deck/cloze.js';
import { HINT_OF_KIND, kindOfHint } from '../../src/deck/hints.js';
import { NOTE_KINDS } from '../../src/deck/types.js';
import { generateNotes } from '../../src/generate/generate-notes.js';

const folders = ['../fixtures/articles', '../fixtures/corpus/articles'].map((f) => new URL(f, import.meta.url).pathname);
// At most 60 articles of each folder, evenly spread over it (sorted, so always the same ones):
// they hold every kind of hint, and the time stays the same as the corpus grows (the whole of it
// took 10–20 s of a shared CI machine; a quarter of 386 articles came near the time limit).
const SAMPLE = 60;
const articles = [
  new URL('../../decks/central-asia-engagement.txt', import.meta.url).pathname,
  ...folders.flatMap((dir) => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const stride = Math.max(1, Math.ceil(files.length / SAMPLE));
    return files.filter((_, i) => i % stride === 0).map((f) => `${dir}/${f}`);
  }),
];

describe('hints map back to kinds', () => {
  test('each default hint stands for its own kind', () => {
    for (const kind of NOTE_KINDS) expect(kindOfHint(HINT_OF_KIND[kind])).toBe(kind);
  });

  test('every hint the generator writes, over the bundled article and a spread of the test corpus, reads back as the kind of its card', () => {
    const seen = new Map<string, string>();
    for (const file of articles) {
      for (const note of generateNotes(readPlainText(readFileSync(file, 'utf8')))) {
        for (const s of parseCloze(note.text)) {
          if (s.type !== 'deletion' || s.hint === null) continue;
          const kind = note.cardKinds[s.ord - 1];
          seen.set(s.hint, kind!);
          expect({ hint: s.hint, kind: kindOfHint(s.hint) }).toEqual({ hint: s.hint, kind });
        }
      }
    }
    // The corpus is wide enough to hold the precise hints, not only the defaults.
    expect([...seen.keys()]).toEqual(expect.arrayContaining(['year', 'name', 'how long', 'how many times']));
  });
});

// The FSRS optimizer (a native module) is for `briefdeck fit` and the simulator only: the entry,
// `decks` and `review` never load it. It stays outside the bundle (its native build is found
// in node_modules at run time) and is loaded from one chunk, when a fit runs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { commandChunk, DIST, readDist as read, staticClosure } from '../helpers/bundle-chunks.js';
import { buildCli } from '../helpers/built-cli.js';

beforeAll(buildCli);

const OPTIMIZER = '@open-spaced-repetition/binding';

test.each(['briefdeck.js', commandChunk('review'), commandChunk('decks')])('%s does not load the FSRS optimizer', (entry) => {
  for (const file of staticClosure(entry)) expect(read(file), `${file} (imported by ${entry})`).not.toContain(OPTIMIZER);
});

test('the optimizer is loaded from one chunk, and not bundled', () => {
  const files = ['briefdeck.js', ...readdirSync(join(DIST, 'chunks')).map((name) => `chunks/${name}`)];
  expect(files.filter((file) => read(file).includes(OPTIMIZER))).toEqual([expect.stringMatching(/^chunks\//)]);
  // The native build stays in node_modules: no file of ours carries it.
  expect(readdirSync(join(DIST, 'chunks')).filter((name) => name.endsWith('.node'))).toEqual([]);
});

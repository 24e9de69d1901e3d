// The FSRS optimizer (a native module) is for `briefdeck fit` and the simulator only: the entry,
// `decks` and `review` never load it. It stays outside the bundle (its native build is found
// in node_modules at run time) and is loaded from one chunk, when a fit runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildCli, CLI } from '../helpers/built-cli.js';

beforeAll(buildCli);

const DIST = join(CLI, '..');
const read = (file: string): string => readFileSync(join(DIST, file), 'utf8');
const OPTIMIZER = '@open-spaced-repetition/binding';

function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const match of read(file).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) staticClosure(`${dir}${match[1]}`, seen);
  return seen;
}

function commandChunk(command: string): string {
  const match = new RegExp(`import\\("\\./(chunks/${command}-[A-Z0-9]+\\.js)"\\)`).exec(read('briefdeck.js'));
  if (!match) throw new Error(`no chunk for ${command} in the bundle`);
  return match[1]!;
}

test.each(['briefdeck.js', commandChunk('review'), commandChunk('decks')])('%s does not load the FSRS optimizer', (entry) => {
  for (const file of staticClosure(entry)) expect(read(file), `${file} (imported by ${entry})`).not.toContain(OPTIMIZER);
});

test('the optimizer is loaded from one chunk, and not bundled', () => {
  const files = ['briefdeck.js', ...readdirSync(join(DIST, 'chunks')).map((name) => `chunks/${name}`)];
  expect(files.filter((file) => read(file).includes(OPTIMIZER))).toEqual([expect.stringMatching(/^chunks\//)]);
  // The native build stays in node_modules: no file of ours carries it.
  expect(readdirSync(join(DIST, 'chunks')).filter((name) => name.endsWith('.node'))).toEqual([]);
});

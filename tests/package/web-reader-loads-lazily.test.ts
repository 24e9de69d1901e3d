// Readability, linkedom and the feed parser are for links, saved pages and feeds only:
// `--help`, `review` and `decks` must not load them. Checked on the built bundle: what the
// entry and each of those commands import statically, chunk by chunk.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { commandChunk, DIST, readDist as read, staticClosure } from '../helpers/bundle-chunks.js';
import { buildCli } from '../helpers/built-cli.js';

beforeAll(buildCli);

// Strings only these libraries hold: a flag of Readability, linkedom's entry, feedsmith's error.
const WEB_ONLY = [/FLAG_STRIP_UNLIKELYS/, /parseHTML/, /Unrecognized feed format/];

test.each(['briefdeck.js', commandChunk('review'), commandChunk('decks'), commandChunk('quiz')])('%s loads no web reader or feed parser', (entry) => {
  const files = staticClosure(entry);
  for (const file of files) for (const marker of WEB_ONLY) expect(read(file), `${file} (imported by ${entry})`).not.toMatch(marker);
});

test('the web reader is in the bundle, in a chunk of its own that is only ever imported dynamically', () => {
  const chunks = readdirSync(join(DIST, 'chunks')).map((name) => `chunks/${name}`);
  const holders = chunks.filter((file) => WEB_ONLY[0]!.test(read(file)));
  expect(holders).toEqual([expect.stringMatching(/^chunks\/read-web-page-[A-Z0-9]+\.js$/)]);
  const name = holders[0]!.slice('chunks/'.length);
  const references = chunks.flatMap((file) => [...read(file).matchAll(new RegExp(`(import\\(|from )"\\./${name.replace('.', '\\.')}"`, 'g'))].map((m) => m[1]));
  expect(references.length).toBeGreaterThan(0);
  expect(references.every((how) => how === 'import(')).toBe(true);
});

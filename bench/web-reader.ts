// The web reader, measured: `npx tsx bench/web-reader.ts [runs]`.
// 1. Reading five saved news pages (tests/fixtures/web/pages): Readability over linkedom (what
//    briefdeck uses), Readability over jsdom, and the earlier <article>/<main> reader — time per
//    page, and how much of Readability's own expected text each keeps (and how much else).
// 2. `briefdeck generate URL` through the built CLI against a local server, beside `generate`
//    of the same page saved as a file: the time a link adds over the download.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { collectHtmlBlocks } from '../src/article/collect-html-blocks.js';
import { normalizeInlineWhitespace } from '../src/article/normalize-whitespace.js';
import { readHtml } from '../src/article/read-html.js';
import { readWebPage } from '../src/article/read-web-page.js';
import { CLI } from './startup.js';

const PAGES = ['bbc-1', 'wapo-1', 'nytimes-1', 'ars-1', 'seattletimes-1'];
const runs = Number(process.argv[2] ?? 5);
const page = (name: string, file: string) => readFileSync(new URL(`../tests/fixtures/web/pages/${name}/${file}`, import.meta.url), 'utf8');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of normalizeInlineWhitespace(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Share of the expected words found (recall), and share of the words found that were expected (precision). */
function overlap(found: string, expected: string): { recall: number; precision: number } {
  const f = words(found);
  const e = words(expected);
  let shared = 0;
  for (const [word, n] of f) shared += Math.min(n, e.get(word) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { recall: shared / total(e), precision: shared / total(f) };
}

type Reader = (html: string) => string;
const READERS: Record<string, Reader> = {
  'Readability + linkedom (briefdeck)': (html) => readWebPage(html, null)!.article.paragraphs.map((p) => p.text).join('\n'),
  'Readability + jsdom': (html) => {
    const parsed = new Readability(new JSDOM(html).window.document).parse();
    return collectHtmlBlocks(parsed?.content ?? '').blocks.map((b) => b.text).join('\n');
  },
  'earlier reader (<article>/<main>, htmlparser2)': (html) => readHtml(html).paragraphs.map((p) => p.text).join('\n'),
};

console.log(`Reading ${PAGES.length} saved pages, median of ${runs} runs each (Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'})`);
for (const [name, read] of Object.entries(READERS)) {
  let totalMs = 0;
  let recall = 0;
  let precision = 0;
  for (const p of PAGES) {
    const html = page(p, 'source.html');
    const expected = collectHtmlBlocks(page(p, 'expected.html')).blocks.map((b) => b.text).join(' ');
    const times: number[] = [];
    let text = '';
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      text = read(html);
      times.push(performance.now() - started);
    }
    totalMs += median(times);
    const o = overlap(text, expected);
    recall += o.recall / PAGES.length;
    precision += o.precision / PAGES.length;
  }
  console.log(`  ${name.padEnd(48)} ${(totalMs / PAGES.length).toFixed(1).padStart(6)} ms/page   expected text kept ${(recall * 100).toFixed(0)}%   of what it kept, expected ${(precision * 100).toFixed(0)}%`);
}

// 2. Through the CLI.
const html = page('bbc-1', 'source.html');
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/obama`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'briefdeck-bench-web-'));
try {
  const saved = path.join(dir, 'obama.html');
  writeFileSync(saved, html);
  const time = (args: string[]): Promise<number> =>
    new Promise((done, fail) => {
      // Asynchronously, so this process's server can answer the CLI.
      const started = performance.now();
      import('node:child_process').then(({ spawn }) => {
        const child = spawn(process.execPath, [CLI, ...args, '--decks-dir', path.join(dir, `d${Math.random()}`), '--storage', path.join(dir, 's')], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
        child.on('close', (code) => (code === 0 ? done(performance.now() - started) : fail(new Error(`generate exited ${code}`))));
      });
    });
  const node = spawnSync(process.execPath, ['-e', '0']);
  if (node.status !== 0) throw new Error('node -e 0 failed');
  const fromUrl: number[] = [];
  const fromFile: number[] = [];
  for (let i = 0; i < runs; i++) {
    fromUrl.push(await time(['generate', url]));
    fromFile.push(await time(['generate', saved]));
  }
  console.log(`generate of a 264 KB news page, median of ${runs}: from its URL (local server) ${median(fromUrl).toFixed(0)} ms, from the saved file ${median(fromFile).toFixed(0)} ms`);
} finally {
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

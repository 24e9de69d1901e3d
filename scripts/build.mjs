// Bundle the CLI and the library entry with esbuild: production React, code split so
// `--help` and the light commands never load Ink or the NLP model.
import { build } from 'esbuild';
import { chmodSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Build beside dist/ and swap it in, so a CLI running from dist/ never sees it half-built.
const staging = `.dist-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
await build({
  entryPoints: { briefdeck: 'src/cli.ts', index: 'src/index.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // (Not 'node20': esbuild then rewrites every \p{…} regular expression as `new RegExp(…)`, built
  // again at each call — about 6 % of `generate`'s time. Node 20 has all of ES2022.)
  target: 'es2022',
  chunkNames: 'chunks/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink imports react-devtools-core only when DEV is set; keep it out of the bundle.
  alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
  // Every string-width import (Ink's, wrap-ansi's, ours) goes through the fast path for news
  // text, which itself imports the real string-width.
  plugins: [
    {
      name: 'fast-string-width',
      setup(b) {
        const wrapper = path.resolve('src/ui/fast-string-width.ts');
        b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === wrapper ? undefined : { path: wrapper }));
      },
    },
    // Ink's output goes through a faster styledCharsToString (same strings), which itself
    // imports the real @alcalzone/ansi-tokenize.
    {
      name: 'fast-styled-chars',
      setup(b) {
        const wrapper = path.resolve('src/ui/fast-styled-chars.ts');
        b.onResolve({ filter: /^@alcalzone\/ansi-tokenize$/ }, (args) => (args.importer === wrapper ? undefined : { path: wrapper }));
      },
    },
    // Two of Ink's dependencies load a Node built-in at start-up for a call a review never
    // (or only on a misuse) makes: they get it on first use instead.
    {
      name: 'lazy-builtins',
      setup(b) {
        b.onResolve({ filter: /^node:child_process$/ }, (args) =>
          /node_modules[\\/]terminal-size[\\/]/.test(args.importer) ? { path: path.resolve('scripts/lazy-exec-file-sync.mjs') } : undefined,
        );
        b.onResolve({ filter: /^assert$/ }, (args) =>
          /node_modules[\\/]signal-exit[\\/]/.test(args.importer) ? { path: path.resolve('scripts/lazy-assert.cjs') } : undefined,
        );
      },
    },
  ],
  // CommonJS dependencies (wink) call require() on Node built-ins.
  banner: {
    js: "import { createRequire as __briefdeckRequire } from 'node:module'; const require = __briefdeckRequire(import.meta.url);",
  },
  // The FSRS optimizer loads its native build for the platform at run time, beside itself.
  external: ['@open-spaced-repetition/binding-linux-x64-gnu'],
  legalComments: 'none',
  logLevel: 'warning',
});
writeFileSync(`${staging}/package.json`, '{"type":"module"}\n');
chmodSync(`${staging}/briefdeck.js`, 0o755);
const old = `.dist-old-${process.pid}`;
if (existsSync('dist')) renameSync('dist', old);
renameSync(staging, 'dist');
rmSync(old, { recursive: true, force: true });

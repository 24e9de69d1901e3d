// Bundle the CLI and the library entry with esbuild: production React, code split so
// `--help` and the light commands never load Ink or the NLP model.
import { build } from 'esbuild';
import { rmSync, writeFileSync, chmodSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { briefdeck: 'src/cli.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Ink imports react-devtools-core only when DEV is set; keep it out of the bundle.
  alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
  // CommonJS dependencies (proper-lockfile, wink) call require() on Node built-ins.
  banner: {
    js: "import { createRequire as __briefdeckRequire } from 'node:module'; const require = __briefdeckRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
writeFileSync('dist/package.json', '{"type":"module"}\n');
chmodSync('dist/briefdeck.js', 0o755);

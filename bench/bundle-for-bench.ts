// Bench children run bundled, as the shipped CLI does (scripts/build.mjs): under tsx the
// loader thread and on-the-fly compiling would be counted in start-up time and memory.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const OUT_DIR = path.join(os.tmpdir(), `briefdeck-bench-build-${process.pid}`);

/** Bundle `entry` (a TS file) to one ESM file and return its path. */
export async function bundleForBench(entry: string): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = path.join(OUT_DIR, `${path.basename(entry).replace(/\.tsx?$/, '')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { 'react-devtools-core': './scripts/devtools-stub.mjs' },
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

export const benchBuildDir = OUT_DIR;

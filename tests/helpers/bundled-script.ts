// A TypeScript script of the tests, bundled once per test file into one plain .mjs that Node
// runs directly: a child started with `--import tsx` spends ~1.5 s compiling the store's
// modules before its first line, a bundled one ~0.1 s. The bundle goes with the test file.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { everyFile } from './file-hooks.js';

const bundles = new Map<string, Promise<string>>();
let folder: string | null = null;

// The bundles go with the test file.
everyFile('afterFile', () => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = null;
  bundles.clear();
});

/** Path of a runnable bundle of `script` (a path from the repository root). */
export function bundledScript(script: string): Promise<string> {
  let bundle = bundles.get(script);
  if (!bundle) {
    folder ??= mkdtempSync(path.join(tmpdir(), 'bd-script-'));
    const outfile = path.join(folder, `${path.basename(script, '.ts')}.mjs`);
    bundle = build({
      entryPoints: [path.resolve(script)],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      // Bundled CommonJS dependencies may call require().
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    }).then(() => outfile);
    bundles.set(script, bundle);
  }
  return bundle;
}

// The built CLI, copied to a folder this test file alone uses. Other test files (and other
// people working in the same tree) rebuild dist/ at any moment — it is deleted first — and a
// child spawned mid-rebuild would fail for reasons that have nothing to do with durability.
// The bundle has no bare imports (everything is bundled), so a copy runs anywhere.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildCli } from '../../helpers/built-cli.js';
import { everyFile } from '../../helpers/file-hooks.js';

const RELATIVE_IMPORT = /(?:from|import\()\s*["'](\.\.?\/[^"']+)["']/g;

/** Every relative import of every module in the copy resolves to a file in the copy. */
function isWholeBundle(root: string): boolean {
  if (!existsSync(path.join(root, 'briefdeck.js'))) return false;
  const modules = ['briefdeck.js', ...readdirSync(path.join(root, 'chunks')).map((n) => path.join('chunks', n))];
  return modules.every((name) => {
    // Lines of doc comments are not imports: bundled libraries keep their JSDoc, which names
    // types as `import('./Expression.js')`.
    const text = readFileSync(path.join(root, name), 'utf8').split('\n').filter((line) => !/^\s*(\*|\/\/)/.test(line)).join('\n');
    return [...text.matchAll(RELATIVE_IMPORT)].every((m) => existsSync(path.resolve(path.dirname(path.join(root, name)), m[1]!)));
  });
}

let copied: string | null = null;
let copiedRoot: string | null = null;

// The copy serves every test of the file that asked for it, and goes with the file.
everyFile('afterFile', () => {
  if (copiedRoot) rmSync(copiedRoot, { recursive: true, force: true });
  copied = copiedRoot = null;
});

/** Path of briefdeck.js in a private, complete copy of the bundle. */
export async function privateCli(): Promise<string> {
  if (copied) return copied;
  buildCli();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const root = mkdtempSync(path.join(tmpdir(), 'bd-cli-'));
    try {
      cpSync('dist', root, { recursive: true });
      if (isWholeBundle(root)) {
        copiedRoot = root;
        copied = path.join(root, 'briefdeck.js');
        return copied;
      }
    } catch {
      // dist/ was being rebuilt while we copied it; wait for the rebuild to finish.
    }
    rmSync(root, { recursive: true, force: true });
    await sleep(250);
  }
  throw new Error('could not copy a complete dist/ (is a build failing?)');
}

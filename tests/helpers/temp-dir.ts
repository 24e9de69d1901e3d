// Temp folders for tests, removed as soon as they are done with: a folder made inside a test
// goes after that test, one made in a beforeAll or at the top of a file goes after the file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { everyFile } from './file-hooks.js';

const madeInTest: string[] = [];
const madeForFile: string[] = [];
let insideTest = false;

function removeAll(dirs: string[]): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

everyFile('beforeTest', () => {
  insideTest = true;
});

everyFile('afterTest', () => {
  insideTest = false;
  removeAll(madeInTest);
});

everyFile('afterFile', () => removeAll(madeForFile));

/** A fresh folder under the system temp dir, removed after the test (or the file) that made it. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bd-${prefix}-`));
  (insideTest ? madeInTest : madeForFile).push(dir);
  return dir;
}

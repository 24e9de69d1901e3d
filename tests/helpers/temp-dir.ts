// Temp folders for tests, removed as soon as they are done with: a folder made inside a test
// goes after that test, one made in a beforeAll or at the top of a file goes after the file.
// Importing this module registers the hooks in the test file that imports it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';

const madeInTest: string[] = [];
const madeForFile: string[] = [];
let insideTest = false;

function removeAll(dirs: string[]): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

beforeEach(() => {
  insideTest = true;
});

afterEach(() => {
  insideTest = false;
  removeAll(madeInTest);
});

afterAll(() => removeAll(madeForFile));

/** A fresh folder under the system temp dir, removed after the test (or the file) that made it. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bd-${prefix}-`));
  (insideTest ? madeInTest : madeForFile).push(dir);
  return dir;
}

// The build gives two of Ink's dependencies a Node built-in on first use (scripts/build.mjs,
// lazy-builtins): the stand-ins must do what the built-ins do.
import assert from 'node:assert';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';

const load = createRequire(import.meta.url);
const lazyAssert = load('../../scripts/lazy-assert.cjs') as { equal: typeof assert.equal };

describe("the stand-ins for Ink's dependencies' built-ins", () => {
  test('equal passes and fails exactly where assert.equal does, with its error', () => {
    const pairs: [unknown, unknown][] = [
      ['function', 'function'],
      ['object', 'function'],
      [1, '1'],
      [0, false],
      [null, undefined],
      [NaN, NaN],
      [NaN, 0],
      [{}, {}],
    ];
    for (const [actual, expected] of pairs) {
      let failed = false;
      try {
        assert.equal(actual, expected);
      } catch {
        failed = true;
      }
      const run = (): void => lazyAssert.equal(actual, expected, 'a callback must be provided');
      if (failed) expect(run, `${String(actual)} vs ${String(expected)}`).toThrow(assert.AssertionError);
      else expect(run, `${String(actual)} vs ${String(expected)}`).not.toThrow();
    }
  });

  test('execFileSync runs the command as child_process does', async () => {
    const { execFileSync } = (await import(String(new URL('../../scripts/lazy-exec-file-sync.mjs', import.meta.url)))) as typeof import('node:child_process');
    expect(execFileSync(process.execPath, ['-e', 'process.stdout.write("12 40")'], { encoding: 'utf8' })).toBe('12 40');
  });
});

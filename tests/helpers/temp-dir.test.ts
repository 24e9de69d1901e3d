import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { tempDir } from './temp-dir.js';

const forTheFile = tempDir('file');
let madeInATest = '';

describe('temp folders of tests', () => {
  test('the run has a temp folder of its own, so nothing lands in the system one', () => {
    expect(tmpdir()).toMatch(/bd-run-/);
    expect(process.env.XDG_DATA_HOME?.startsWith(tmpdir())).toBe(true);
    madeInATest = tempDir('in-test');
    expect(existsSync(madeInATest)).toBe(true);
  });

  test('a folder made in a test is gone once that test is over; one made for the file stays for its tests', () => {
    expect(madeInATest).not.toBe('');
    expect(existsSync(madeInATest)).toBe(false);
    expect(existsSync(forTheFile)).toBe(true);
  });
});

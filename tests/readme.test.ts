// The README is a list of promises to users: these are the ones a test can hold it to.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { COMMANDS } from '../src/cli-args.js';

const readme = readFileSync('README.md', 'utf8');
const shellBlocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('README', () => {
  test('every relative link leads to a file inside the project (a clone stands alone)', () => {
    const targets = [...readme.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      const full = path.resolve(target);
      expect(full.startsWith(process.cwd() + path.sep), `${target} leaves the project`).toBe(true);
      expect(existsSync(full), `${target} does not exist`).toBe(true);
    }
  });

  test('examples use the installed command, not npx, and say how to install it', () => {
    const examples = shellBlocks.join('\n');
    expect(examples).not.toMatch(/npx briefdeck/);
    expect(examples).toMatch(/^npm install -g \.\s/m);
    expect(examples).toMatch(/^briefdeck review\b/m);
  });

  test('every command is shown', () => {
    for (const name of Object.keys(COMMANDS)) expect(readme, name).toMatch(new RegExp(`briefdeck ${name}\\b`));
  });
});

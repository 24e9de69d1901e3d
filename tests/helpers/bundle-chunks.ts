// The built bundle read back chunk by chunk: which files a command loads before it runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from './built-cli.js';

export const DIST = join(CLI, '..');

export const readDist = (file: string): string => readFileSync(join(DIST, file), 'utf8');

/** A chunk and every chunk it imports statically (`from "./x.js"`, `import "./x.js"`). */
export function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const match of readDist(file).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) staticClosure(`${dir}${match[1]}`, seen);
  return seen;
}

/** The chunk the entry imports for a command (`import("./chunks/review-XXXX.js")`). */
export function commandChunk(command: string): string {
  const match = new RegExp(`import\\("\\./(chunks/${command}-[A-Z0-9]+\\.js)"\\)`).exec(readDist('briefdeck.js'));
  if (!match) throw new Error(`no chunk for ${command} in the bundle`);
  return match[1]!;
}

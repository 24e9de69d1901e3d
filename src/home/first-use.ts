// First use outside a workspace: the data folder does not exist yet, so make it and put the
// bundled deck in it, so that `briefdeck review` has something to show from anywhere.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Home } from './resolve-home.js';

/**
 * Make the data folder's decks/ with copies of the bundled decks (deck files and their
 * articles) when the decks folder is the data folder's and does not exist yet. Returns the
 * line to tell the user, or null when there was nothing to do.
 */
export function seedDataDir(home: Home, bundledDecksDir: string): string | null {
  if (home.decks.source !== 'data-dir' || existsSync(home.decks.path)) return null;
  mkdirSync(home.decks.path, { recursive: true });
  const bundled = existsSync(bundledDecksDir)
    ? readdirSync(bundledDecksDir).filter((name) => /\.(json|txt)$/.test(name))
    : [];
  for (const name of bundled) copyFileSync(path.join(bundledDecksDir, name), path.join(home.decks.path, name));
  const decks = bundled.filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''));
  const what = decks.length ? `, with the bundled deck ${decks.join(', ')} to start on` : '';
  return `briefdeck: first use — made ${home.decks.path}${what} ("briefdeck where" shows the folders in use)`;
}

import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type * as z from '../zod-english.js';
import { stripControls } from '../article/strip-controls.js';
import { UserError } from '../errors.js';
import { removeAbandonedTemps } from '../remove-abandoned-temps.js';
import { modeOf } from '../store/durable-write.js';
import type { CheckedDecks } from './checked-decks.js';
import { CURRENT_DECK_SCHEMA, deckFileSchema } from './deck-schema.js';
import { isSlug } from './slug.js';
import type { Deck } from './types.js';

export const DEFAULT_DECKS_DIR = 'decks';

/** Where deck `slug` lives; refuses anything that is not a plain slug. */
export function deckPath(decksDir: string, slug: string): string {
  if (!isSlug(slug)) throw new UserError(`briefdeck: "${slug}" is not a valid deck name — use letters, digits and hyphens`);
  return join(decksDir, `${slug}.json`);
}

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0]!;
  const field = issue.path.length ? issue.path.join('.') : '(top level)';
  return `field "${field}": ${issue.message}`;
}

/**
 * Parse and check a deck file's text; one clear error naming the file and the field. With
 * `checked`, a text that already passed is not checked again, and one that passes is recorded.
 */
export function parseDeckFile(text: string, file: string, checked?: CheckedDecks): Deck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`briefdeck: deck file "${file}" is not valid JSON — fix it by hand, or regenerate it with "briefdeck generate ARTICLE --replace" (which keeps the damaged file aside)`);
  }
  const schema = (data as { schema?: unknown } | null)?.schema;
  if (typeof schema === 'number' && schema > CURRENT_DECK_SCHEMA) {
    throw new UserError(`briefdeck: deck file "${file}" was written by a newer briefdeck (schema ${schema}) — upgrade briefdeck`);
  }
  if (checked?.has(file, text)) return withoutControls(data as Deck);
  const parsed = deckFileSchema.safeParse(data);
  if (!parsed.success) {
    throw new UserError(`briefdeck: deck file "${file}" is not a valid deck: ${describeIssue(parsed.error)} — fix it by hand, or regenerate it with "briefdeck generate ARTICLE --replace" (which keeps the damaged file aside)`);
  }
  // Only a file the check takes as it is: one with fields the schema drops is checked each time.
  if (checked && isDeepStrictEqual(parsed.data, data)) checked.add(file, text);
  return withoutControls(parsed.data as Deck);
}

/** A deck's text is printed (review, brief, decks): a hand-edited file's escape sequences are dropped. */
function withoutControls(deck: Deck): Deck {
  const clean = (text: string): string => stripControls(text);
  return {
    ...deck,
    name: clean(deck.name),
    source: {
      ...deck.source,
      title: clean(deck.source.title),
      dateline: deck.source.dateline === null ? null : clean(deck.source.dateline),
      ...(deck.source.byline === undefined ? {} : { byline: clean(deck.source.byline) }),
      ...(deck.source.url === undefined ? {} : { url: clean(deck.source.url) }),
      ...(deck.source.canonicalUrl === undefined ? {} : { canonicalUrl: clean(deck.source.canonicalUrl) }),
    },
    ...(deck.tags === undefined ? {} : { tags: deck.tags.map(clean) }),
    notes: deck.notes.map((note) => ({
      ...note,
      text: clean(note.text),
      extra: clean(note.extra),
      section: note.section === null ? null : clean(note.section),
      tags: note.tags.map(clean),
    })),
  };
}

export async function loadDeckFile(file: string, checked?: CheckedDecks): Promise<Deck> {
  let text: string;
  try {
    text = await readRegularFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`briefdeck: deck file "${file}" does not exist — run "briefdeck decks" to list decks`);
    throw new UserError(`briefdeck: cannot read deck file "${file}" (${code ?? 'error'})`);
  }
  return parseDeckFile(text, file, checked);
}

/**
 * A deck file's text. Opened without blocking and checked to be a regular file before it is
 * read: a FIFO or device named `*.json` would otherwise hang the command.
 */
async function readRegularFile(file: string): Promise<string> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) {
      throw new UserError(`briefdeck: deck file "${file}" is not a regular file (a pipe, device or socket), so it was skipped — remove it from the decks folder`);
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

export interface LoadedDecks {
  decks: Deck[];
  /** One line per deck file that could not be loaded; the other decks still load. */
  problems: string[];
  /** The same lines by deck file name without ".json": a deck asked for by name whose file is bad is explained by its own line. */
  unreadable: Map<string, string>;
}

/**
 * Every deck in the folder, sorted by slug. A bad file is reported, not fatal. With `checked`
 * (the record of deck files already checked), an unchanged file is not checked again, and the
 * files that pass are added to it (the caller saves it).
 */
export async function loadAllDecks(decksDir: string, checked?: CheckedDecks): Promise<LoadedDecks> {
  let names: string[];
  try {
    names = (await readdir(decksDir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return { decks: [], problems: [], unreadable: new Map() };
  }
  const decks: Deck[] = [];
  const problems: string[] = [];
  const unreadable = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const name of names) {
    const file = join(decksDir, name);
    try {
      const deck = await loadDeckFile(file, checked);
      const clash = sharedId(deck, owners);
      if (clash) {
        const problem = `briefdeck: deck files "${clash.file}" and "${file}" share ${clash.what} (a copied file?) — "${file}" is left out; remove it, or import its export under a new name to give it new ids`;
        problems.push(problem);
        unreadable.set(basename(name, '.json'), problem);
        continue;
      }
      owners.set(`deck ${deck.id}`, file);
      for (const note of deck.notes) owners.set(`note ${note.id}`, file);
      decks.push(deck);
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      problems.push(problem);
      unreadable.set(basename(name, '.json'), problem);
    }
  }
  return { decks, problems, unreadable };
}

/**
 * The first id of `deck` another file already uses. Card ids are note id + number, and the
 * store files progress by card id, so two decks sharing an id would share progress.
 */
function sharedId(deck: Deck, owners: ReadonlyMap<string, string>): { file: string; what: string } | null {
  for (const key of [`deck ${deck.id}`, ...deck.notes.map((n) => `note ${n.id}`)]) {
    const file = owners.get(key);
    if (file !== undefined) return { file, what: `${key.replace(' ', ' id ')}` };
  }
  return null;
}

/** Find a deck by slug, name or id among the loaded decks, or explain what exists. */
/**
 * The deck a user means by `wanted`: its slug, id or name in any case, its file name, or the
 * start of its slug or name when only one deck starts that way ("cent" for central-asia).
 */
export function findDeck(decks: Deck[], wanted: string, unreadable: ReadonlyMap<string, string> = new Map()): Deck {
  const lower = wanted.trim().toLowerCase();
  const found =
    decks.find((d) => d.slug === wanted || d.id === wanted) ??
    decks.find((d) => d.slug === lower || d.name.toLowerCase() === lower) ??
    decks.find((d) => basename(wanted, '.json') === d.slug);
  if (found) return found;
  const starting = lower ? decks.filter((d) => d.slug.startsWith(lower) || d.name.toLowerCase().startsWith(lower)) : [];
  if (starting.length === 1) return starting[0]!;
  if (starting.length > 1) {
    const slugs = starting.map((d) => d.slug).join(', ');
    throw new UserError(`briefdeck: "${wanted}" could be any of ${starting.length} decks (${slugs}) — type more of the name`);
  }
  // (A deck file that is there but could not be loaded: what is wrong with it, not "no deck".)
  const broken = unreadable.get(basename(wanted.trim(), '.json')) ?? unreadable.get(basename(lower, '.json'));
  if (broken !== undefined) throw new UserError(broken);
  const known = decks.map((d) => d.slug).join(', ') || 'none yet';
  throw new UserError(`briefdeck: no deck named "${wanted}" (decks: ${known}) — run "briefdeck decks" to list them`);
}

/** Write a deck atomically: a unique temp file, fsync, rename over the old file. */
export async function saveDeckFile(decksDir: string, deck: Deck): Promise<string> {
  const target = deckPath(decksDir, deck.slug);
  try {
    await mkdir(decksDir, { recursive: true });
    await writeDeckFile(decksDir, target, deck);
  } catch (error) {
    throw cannotWriteDecks(decksDir, error);
  }
  return target;
}

/** What is wrong with the decks folder, said for people (not ENOENT, EEXIST). */
function cannotWriteDecks(decksDir: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'EEXIST' || code === 'ENOTDIR'
      ? 'it (or a folder above it) is a file, not a folder — give --decks-dir a folder'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOENT'
        ? 'the folder is read-only or cannot be created — make it writable, or give --decks-dir another folder'
        : code === 'ENOSPC' || code === 'EDQUOT'
          ? 'the disk is full — free some space and run it again'
          : null;
  return why === null ? error : new UserError(`briefdeck: cannot write a deck in "${decksDir}": ${why}; nothing was written`, 1);
}

async function writeDeckFile(decksDir: string, target: string, deck: Deck): Promise<void> {
  await removeAbandonedTemps(decksDir);
  const temp = join(decksDir, `.${deck.slug}.${process.pid}.${Date.now()}.tmp`);
  const mode = await modeOf(target);
  const handle = await open(temp, 'w');
  try {
    // A regenerated deck file keeps the permissions it had.
    if (mode !== null) await handle.chmod(mode);
    await handle.writeFile(`${JSON.stringify(deck, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

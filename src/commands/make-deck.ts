import { nanoid } from 'nanoid';
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import type { Article } from '../article/types.js';
import { deckPath, loadDeckFile, saveDeckFile } from '../deck/deck-file.js';
import { mergeDeck } from '../deck/merge-deck.js';
import { slugify, slugOfTitle } from '../deck/slug.js';
import type { Deck, DeckSource, NoteKind } from '../deck/types.js';
import { UserError } from '../errors.js';
import { generateNotes } from '../generate/generate-notes.js';
import type { CommandContext } from './context.js';
import { findLostDeck } from './find-lost-deck.js';
import { plural } from './plural.js';

/** An article read from anywhere (file, stdin, URL, feed item), ready to become a deck. */
export interface ArticleForDeck {
  article: Article;
  sha256: string;
  /** How messages name it: `"story.txt"`, `stdin`, a URL. */
  where: string;
  /** Where it came from, besides title, hash and dateline (path or url, byline, date…). */
  origin: Omit<DeckSource, 'title' | 'sha256' | 'dateline'>;
  tags?: readonly string[];
}

export interface DeckOptions {
  /** --deck NAME, or undefined to name the deck after the article. */
  name?: string;
  maxCards?: number;
  replace: boolean;
}

export interface MadeDeck {
  deck: Deck;
  file: string;
  /** What changed, for the summary line: null for a new deck. */
  changes: string;
}

function cardCounts(deck: Deck): string {
  const counts = new Map<NoteKind, number>();
  for (const note of deck.notes) {
    if (note.retiredAt) continue;
    for (const kind of note.cardKinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ');
}

async function setAsideIfReplacing(error: unknown, file: string, replace: boolean, context: CommandContext): Promise<null> {
  if (!replace || !(error instanceof UserError)) throw error;
  const aside = `${file}.damaged-${context.now().toISOString().replace(/[:.]/g, '-')}`;
  await rename(file, aside);
  context.stderr.write(`briefdeck: the damaged deck file was kept aside as ${aside}\n`);
  return null;
}

/**
 * A deck named with --deck keeps its whole name as its slug; one named after its article gets
 * a short slug — unless a deck of the article's long slug exists from an earlier version,
 * which is then regenerated in place, keeping its progress.
 */
function deckSlug(decksDir: string, name: string, fromTitle: boolean): string {
  if (!fromTitle) return slugify(name);
  const earlier = slugify(name);
  return existsSync(deckPath(decksDir, earlier)) ? earlier : slugOfTitle(name);
}

/**
 * Makes the article's deck, or regenerates it in place keeping its notes' ids and progress,
 * and writes it atomically. Nothing is written when anything fails.
 */
export async function makeDeck(input: ArticleForDeck, options: DeckOptions, context: CommandContext): Promise<MadeDeck> {
  const name = (options.name ?? input.article.title).trim();
  if (!name) throw new UserError(`briefdeck: the article in ${input.where} has no title — name the deck with --deck NAME`);
  const slug = deckSlug(context.decksDir, name, options.name === undefined);
  const file = deckPath(context.decksDir, slug);
  // An unreadable deck of the same name is reported, never overwritten — unless --replace,
  // which first moves it aside (decks/<slug>.json.damaged-<time>, which no command loads).
  const previous = existsSync(file) ? await loadDeckFile(file).catch((error: unknown) => setAsideIfReplacing(error, file, options.replace, context)) : null;
  // Two names can share a file name ("???" and "!!!" are both "deck"): a deck made from another
  // article under another name is never merged into, or its notes would be retired.
  if (previous && previous.name !== name && previous.source.sha256 !== input.sha256) {
    throw new UserError(
      `briefdeck: ${file} already holds the deck "${previous.name}", made from another article — name this one with --deck NAME; nothing was written`,
    );
  }
  const generated = generateNotes(input.article, options.maxCards === undefined ? {} : { maxCards: options.maxCards });
  if (generated.length === 0) {
    throw new UserError(`briefdeck: found no facts or quotes to ask about in ${input.where} — is it a news article in English?`);
  }
  const known = previous ? null : await findLostDeck(context, slug, input.sha256);
  const { deck, added, kept, retired } = mergeDeck({
    previous,
    known,
    generated,
    name,
    slug,
    source: { title: input.article.title, ...input.origin, sha256: input.sha256, dateline: input.article.dateline },
    ...(input.tags ? { tags: input.tags } : {}),
    now: context.now().toISOString(),
    newId: () => nanoid(12),
  });
  const written = await saveDeckFile(context.decksDir, deck);
  const changes = previous
    ? ` (${added} new, ${kept} unchanged, ${retired} retired)`
    : known
      ? ` (the deck's file was gone; ${kept} notes found in the storage keep their ids and progress)`
      : '';
  return { deck, file: written, changes };
}

/** The three lines `generate` prints for a deck it wrote. */
export function describeMadeDeck({ deck, file, changes }: MadeDeck): string {
  const live = deck.notes.filter((n) => !n.retiredAt);
  const cards = live.reduce((sum, n) => sum + n.cardKinds.length, 0);
  return (
    `Wrote ${file}: "${deck.name}", ${plural(live.length, 'note')}, ${plural(cards, 'card')}${changes}\n` +
    `  cards by kind: ${cardCounts(deck)}\n` +
    `  review them: briefdeck review ${deck.slug}\n`
  );
}

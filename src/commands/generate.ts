import { nanoid } from 'nanoid';
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { intOption } from '../cli-args.js';
import { MAX_ARTICLE_BYTES, loadArticle, readStreamUpTo } from '../article/load-input.js';
import { deckPath, loadDeckFile, saveDeckFile } from '../deck/deck-file.js';
import { mergeDeck } from '../deck/merge-deck.js';
import { slugify, slugOfTitle } from '../deck/slug.js';
import type { Deck, NoteKind } from '../deck/types.js';
import { UserError } from '../errors.js';
import { generateNotes } from '../generate/generate-notes.js';
import type { CommandContext, CommandRunner } from './context.js';
import { findLostDeck } from './find-lost-deck.js';
import { plural } from './plural.js';

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

export const runGenerateCommand: CommandRunner = async (args, context) => {
  const source = args.positionals[0]!;
  const where = source === '-' ? 'stdin' : `"${source}"`;
  const maxCards = intOption(args.values, 'max-cards', 1);
  // Standard input is read only up to the limit, as a file is: `generate - < /dev/zero` stops at 5 MB.
  const input = await loadArticle(source, { readStdin: () => readStreamUpTo(context.stdin, MAX_ARTICLE_BYTES) });
  const name = ((args.values.deck as string | undefined) ?? input.article.title).trim();
  if (!name) throw new UserError(`briefdeck: the article in ${where} has no title — name the deck with --deck NAME`);
  const slug = deckSlug(context.decksDir, name, args.values.deck === undefined);
  const file = deckPath(context.decksDir, slug);
  // An unreadable deck of the same name is reported, never overwritten — unless --replace,
  // which first moves it aside (decks/<slug>.json.damaged-<time>, which no command loads).
  const previous = existsSync(file) ? await loadDeckFile(file).catch((error: unknown) => setAsideIfReplacing(error, file, args.values.replace === true, context)) : null;
  // Two names can share a file name ("???" and "!!!" are both "deck"): a deck made from another
  // article under another name is never merged into, or its notes would be retired.
  if (previous && previous.name !== name && previous.source.sha256 !== input.sha256) {
    throw new UserError(
      `briefdeck: ${file} already holds the deck "${previous.name}", made from another article — name this one with --deck NAME; nothing was written`,
    );
  }

  const generated = generateNotes(input.article, { maxCards });
  if (generated.length === 0) {
    throw new UserError(`briefdeck: found no facts or quotes to ask about in ${where} — is it a news article in English?`);
  }
  const known = previous ? null : await findLostDeck(context, slug, input.sha256);
  const { deck, added, kept, retired } = mergeDeck({
    previous,
    known,
    generated,
    name,
    slug,
    source: {
      title: input.article.title,
      ...(input.path ? { path: input.path } : {}),
      sha256: input.sha256,
      dateline: input.article.dateline,
    },
    now: context.now().toISOString(),
    newId: () => nanoid(12),
  });
  const written = await saveDeckFile(context.decksDir, deck);

  if (args.values.json) {
    context.stdout.write(`${JSON.stringify(deck, null, 2)}\n`);
    return 0;
  }
  const live = deck.notes.filter((n) => !n.retiredAt);
  const cards = live.reduce((sum, n) => sum + n.cardKinds.length, 0);
  const changes = previous
    ? ` (${added} new, ${kept} unchanged, ${retired} retired)`
    : known
      ? ` (the deck's file was gone; ${kept} notes found in the storage keep their ids and progress)`
      : '';
  context.stdout.write(
    `Wrote ${written}: "${deck.name}", ${plural(live.length, 'note')}, ${plural(cards, 'card')}${changes}\n` +
      `  cards by kind: ${cardCounts(deck)}\n` +
      `  review them: briefdeck review ${deck.slug}\n`,
  );
  return 0;
};

import { articleSha256, extractWebArticle, loadWebArticle } from '../article/load-web-page.js';
import { loadFeed } from '../article/load-feed.js';
import type { FeedItem } from '../article/read-feed.js';
import { loadAllDecks } from '../deck/deck-file.js';
import { slugify } from '../deck/slug.js';
import type { Deck } from '../deck/types.js';
import { UserError } from '../errors.js';
import type { CommandContext, CommandRunner } from './context.js';
import { deckOptions, fetchTimeoutMs, originOfPage, tagsOption } from './generate.js';
import type { ArticleForDeck } from './make-deck.js';
import { plural } from './plural.js';
import { isSince, parseSince } from './since-option.js';
import { intOption } from '../cli-args.js';

/** A feed's content counts as the whole article when it is this long; a teaser is shorter. */
const FULL_TEXT_PARAGRAPHS = 3;
const FULL_TEXT_CHARS = 600;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

/** The item's own content as an article, when the feed carries the whole text (not a teaser). */
async function fullTextOf(item: FeedItem): Promise<ArticleForDeck['article'] | null> {
  if (item.contentHtml === null) return null;
  const page = `<html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article>${item.contentHtml}</article></body></html>`;
  const { article } = await extractWebArticle(page, item.link);
  const chars = article.paragraphs.reduce((sum, p) => sum + p.text.length, 0);
  if (article.paragraphs.length < FULL_TEXT_PARAGRAPHS || chars < FULL_TEXT_CHARS) return null;
  return item.title ? { ...article, title: item.title } : article;
}

async function articleOfItem(item: FeedItem, feedKey: string, options: { offline: boolean; timeoutMs?: number }): Promise<ArticleForDeck> {
  const feed = { url: feedKey, item: item.id };
  const dated = item.published ? { published: item.published } : {};
  const full = await fullTextOf(item);
  if (full) {
    return { article: full, sha256: articleSha256(full), where: item.link ?? `the feed's item "${item.title ?? item.id}"`, origin: { ...(item.link ? { url: item.link } : {}), ...dated, feed } };
  }
  if (item.link === null) throw new UserError(`briefdeck: the feed's item "${item.title ?? item.id}" has neither a link nor its full text`, 2);
  const page = await loadWebArticle(item.link, { offline: options.offline, ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  return { article: page.article, sha256: page.sha256, where: page.url, origin: { url: page.url, ...dated, ...originOfPage(page.metadata), feed } };
}

/** The items of this feed that some deck was already made from. */
function itemsMade(decks: Deck[], feedKey: string): Set<string> {
  return new Set(decks.flatMap((deck) => (deck.source.feed?.url === feedKey ? [deck.source.feed.item] : [])));
}

/**
 * `generate --feed`: one deck per new item (its page fetched, or its own content when the feed
 * carries the whole article), each tagged with the feed's tag. Items made before are skipped, so
 * a re-run makes only new ones. An item that fails is one line and the others go on (exit 1);
 * a feed that cannot be read is one line, exit 2, nothing written.
 */
export const runFeedGeneration: CommandRunner = async (args, context: CommandContext) => {
  const source = args.values.feed as string;
  const since = args.values.since === undefined ? null : parseSince(args.values.since as string, context.now(), 'generate');
  const limit = intOption(args.values, 'limit', 1) ?? Infinity;
  const offline = args.values.offline === true;
  const timeoutMs = fetchTimeoutMs(args.values);
  const { feed, key } = await loadFeed(source, { offline, ...(timeoutMs ? { timeoutMs } : {}) });
  const tags = tagsOption(args.values) ?? (feed.title ? [slugify(feed.title)] : []);

  const { describeMadeDeck, makeDeck } = await import('./make-deck.js');
  const { decks } = await loadAllDecks(context.decksDir);
  const made = itemsMade(decks, key);
  const fresh = feed.items.filter((item) => !made.has(item.id));
  // An item without a date is kept: the feed still lists it.
  const wanted = fresh.filter((item) => since === null || item.published === null || isSince(item.published, since));
  const chosen = wanted.slice(0, limit);

  const written: Deck[] = [];
  let failed = 0;
  for (const item of chosen) {
    try {
      const input = await articleOfItem(item, key, { offline, ...(timeoutMs ? { timeoutMs } : {}) });
      const deck = await makeDeck({ ...input, tags }, { ...deckOptions(args), replace: args.values.replace === true }, context);
      written.push(deck.deck);
      if (!args.values.json) context.stdout.write(describeMadeDeck(deck));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      failed += 1;
      context.stderr.write(`briefdeck: skipped the item "${item.title ?? item.id}": ${error.message.replace(/^briefdeck: /, '')}\n`);
    }
  }
  if (args.values.json) {
    context.stdout.write(`${JSON.stringify(written, null, 2)}\n`);
  } else {
    const parts = [`${plural(written.length, 'new deck')}`, `${feed.items.length - fresh.length} already made`];
    if (wanted.length > chosen.length) parts.push(`${wanted.length - chosen.length} left for later (--limit)`);
    if (fresh.length > wanted.length) parts.push(`${fresh.length - wanted.length} older than --since`);
    if (failed > 0) parts.push(`${failed} skipped`);
    const tagged = tags.length > 0 ? `; review them together: briefdeck review --tag ${tags[0]}` : '';
    context.stdout.write(`Feed "${feed.title ?? source}": ${parts.join(', ')}${tagged}\n`);
  }
  return failed > 0 ? 1 : 0;
};

import { intOption, type ParsedCommand } from '../cli-args.js';
import { isWebUrl } from '../article/fetch-page.js';
import { MAX_ARTICLE_BYTES, loadArticle, readStreamUpTo } from '../article/load-input.js';
import type { PageMetadata } from '../article/web-article.js';
import type { DeckSource } from '../deck/types.js';
import type { CommandContext, CommandRunner } from './context.js';
import type { ArticleForDeck, DeckOptions } from './make-deck.js';

/** What a web page says about itself, as deck fields (absent rather than null). */
export function originOfPage(metadata: PageMetadata | undefined): Omit<DeckSource, 'title' | 'sha256' | 'dateline'> {
  if (!metadata) return {};
  return {
    ...(metadata.byline ? { byline: metadata.byline } : {}),
    ...(metadata.published ? { published: metadata.published } : {}),
    ...(metadata.canonicalUrl ? { canonicalUrl: metadata.canonicalUrl } : {}),
  };
}

/** --timeout in seconds, as milliseconds for the fetcher. */
export function fetchTimeoutMs(values: ParsedCommand['values']): number | undefined {
  const seconds = intOption(values, 'timeout', 1);
  return seconds === undefined ? undefined : seconds * 1000;
}

export function tagsOption(values: ParsedCommand['values']): string[] | undefined {
  const raw = values.tag as string[] | undefined;
  return raw?.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== '');
}

async function readSource(source: string, args: ParsedCommand, context: CommandContext): Promise<ArticleForDeck> {
  const tags = tagsOption(args.values);
  if (isWebUrl(source)) {
    const { loadWebArticle } = await import('../article/load-web-page.js');
    const timeoutMs = fetchTimeoutMs(args.values);
    const page = await loadWebArticle(source, { offline: args.values.offline === true, ...(timeoutMs ? { timeoutMs } : {}) });
    return { article: page.article, sha256: page.sha256, where: page.url, origin: { url: page.url, ...originOfPage(page.metadata) }, ...(tags ? { tags } : {}) };
  }
  // Standard input is read only up to the limit, as a file is: `generate - < /dev/zero` stops at 5 MB.
  const input = await loadArticle(source, { readStdin: () => readStreamUpTo(context.stdin, MAX_ARTICLE_BYTES) });
  return {
    article: input.article,
    sha256: input.sha256,
    where: source === '-' ? 'stdin' : `"${source}"`,
    origin: { ...(input.path ? { path: input.path } : {}), ...originOfPage(input.metadata) },
    ...(tags ? { tags } : {}),
  };
}

export function deckOptions(args: ParsedCommand): DeckOptions {
  const maxCards = intOption(args.values, 'max-cards', 1);
  return {
    ...(args.values.deck === undefined ? {} : { name: args.values.deck as string }),
    ...(maxCards === undefined ? {} : { maxCards }),
    replace: args.values.replace === true,
  };
}

export const runGenerateCommand: CommandRunner = async (args, context) => {
  // The combinations of article, --feed, --since, --limit and --deck are checked with the arguments (cli-args.ts).
  if (args.values.feed !== undefined) {
    const { runFeedGeneration } = await import('./generate-feed.js');
    return runFeedGeneration(args, context);
  }
  const source = args.positionals[0]!;
  const input = await readSource(source, args, context);
  // The generator (and its language model) loads only once there is an article to work on:
  // a bad link or file is reported without waiting for it.
  const { describeMadeDeck, makeDeck } = await import('./make-deck.js');
  const made = await makeDeck(input, deckOptions(args), context);
  context.stdout.write(args.values.json ? `${JSON.stringify(made.deck, null, 2)}\n` : describeMadeDeck(made));
  return 0;
};

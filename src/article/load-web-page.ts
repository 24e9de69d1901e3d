import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { fetchError, fetchPage, FETCH_TIMEOUT_MS } from './fetch-page.js';
import { decodePage } from './decode-page.js';
import { MAX_ARTICLE_BYTES } from './max-article-bytes.js';
import { readHtml } from './read-html.js';
import { stripControls } from './strip-controls.js';
import type { Article } from './types.js';
import type { PageMetadata, WebArticle } from './web-article.js';

const NO_METADATA: PageMetadata = { byline: null, published: null, canonicalUrl: null, siteName: null };

/**
 * The article of a page's HTML through the reader-mode pass (loaded only now: `--help`,
 * `review` and `decks` never pay for Readability and its DOM). A page Readability finds
 * nothing in is read by the plain HTML reader, which keeps <article>/<main>.
 */
export async function extractWebArticle(html: string, pageUrl: string | null): Promise<WebArticle> {
  const { readWebPage } = await import('./read-web-page.js');
  const clean = stripControls(html);
  const read = readWebPage(clean, pageUrl);
  if (read && read.article.paragraphs.length > 0) return read;
  return { article: readHtml(clean), metadata: NO_METADATA };
}

/**
 * A deck's fingerprint of its web article: of the text read, not of the bytes, which change
 * on every fetch (ads, timestamps) — so a page saved from a browser and its URL agree.
 */
export function articleSha256(article: Article): string {
  const text = [article.title, article.dateline ?? '', ...article.paragraphs.map((p) => `${p.section ?? ''}\u0000${p.text}`)].join('\n');
  return createHash('sha256').update(text).digest('hex');
}

export interface LoadedWebArticle extends WebArticle {
  /** After redirects. */
  url: string;
  sha256: string;
  bytes: number;
}

export interface LoadWebOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Refuse to touch the network (--offline): fails at once instead of waiting. */
  offline?: boolean;
}

/** Fetches a page and reads its article; every failure is one line (exit 2) and nothing is written. */
export async function loadWebArticle(url: string, options: LoadWebOptions = {}): Promise<LoadedWebArticle> {
  if (options.offline) throw fetchError(url, 'briefdeck is offline (--offline)', 'run it again without --offline, or save the page and generate the file');
  const page = await fetchPage(url, {
    want: 'page',
    maxBytes: options.maxBytes ?? MAX_ARTICLE_BYTES,
    timeoutMs: options.timeoutMs ?? FETCH_TIMEOUT_MS,
  });
  const html = decodePage(page.bytes, page.charset);
  const read = await extractWebArticle(html, page.url);
  if (read.article.paragraphs.length === 0) {
    throw new UserError(`briefdeck: found no article text in ${url} — give the link of a news article page; nothing was written`, 2);
  }
  return { ...read, url: page.url, sha256: articleSha256(read.article), bytes: page.bytes.length };
}

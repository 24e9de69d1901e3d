// The reader for web pages, fetched or saved: Mozilla's Readability (Firefox Reader View)
// over linkedom's DOM. Imported lazily (see load-web-page.ts): only HTML input pays for it.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { assembleArticle, type ArticleBlock } from './assemble-article.js';
import { collectHtmlBlocks, type HtmlBlock } from './collect-html-blocks.js';
import { normalizeInlineWhitespace } from './normalize-whitespace.js';
import { cutSiteSuffix } from './read-html.js';
import { cleanByline, trimPageExtras } from './trim-page-extras.js';
import type { PageMetadata, WebArticle } from './web-article.js';

/** An absolute http(s) URL from `href` read against `base`, or null. */
function absoluteUrl(href: string | null | undefined, base: string | null): string | null {
  if (!href?.trim()) return null;
  try {
    const url = base === null ? new URL(href.trim()) : new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A date as the page wrote it, made ISO-like; a date that does not parse is dropped. */
function publishedDate(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? '';
  if (/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(text)) return text.replace(' ', 'T');
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function clean(text: string | null | undefined): string | null {
  const value = normalizeInlineWhitespace(text ?? '');
  return value === '' ? null : value;
}

/** A paragraph that is (nearly) all link text points to another story: "Read: …", related links. */
function isMostlyLink(block: HtmlBlock): boolean {
  const length = normalizeInlineWhitespace(block.text).length;
  return length > 0 && block.linkChars >= 0.8 * length;
}

/**
 * The page's own headline when the title Readability took is a cut of it: a <title> of
 * "Port deal | News" gives "Port deal" where the <h1> says "Port deal signed".
 */
function fullHeadline(title: string | null, headlines: string[]): string | null {
  if (title === null) return headlines.length === 1 ? headlines[0]! : null;
  const lower = title.toLowerCase();
  const longer = headlines.filter((h) => h.length > title.length && h.toLowerCase().startsWith(lower));
  return longer.length === 1 ? longer[0]! : title;
}

type Doc = ReturnType<typeof parseHTML>['document'];

/**
 * Real pages nest a few dozen elements deep; Readability walks ancestors and slows down with
 * depth (20,000 nested <div>s take it 14 s), so a page deeper than this goes to the plain reader.
 */
const MAX_NESTING = 400;

function nestingDepth(document: Doc): number {
  let deepest = 0;
  const stack: [Element, number][] = document.documentElement ? [[document.documentElement as unknown as Element, 1]] : [];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_NESTING) break;
    for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function canonicalOf(document: Doc, pageUrl: string | null): string | null {
  const link = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return absoluteUrl(link, pageUrl) ?? absoluteUrl(og, pageUrl);
}

/**
 * Reads a web page's article: Readability picks the article out of the page (no navigation,
 * comments, related stories, captions), and its HTML goes through the same block reader as
 * any HTML, so headings become sections. Null when the page holds no article text.
 */
export function readWebPage(html: string, pageUrl: string | null): WebArticle | null {
  // linkedom builds no <html> element for a fragment ("<p>…</p>", bare text), and Readability
  // needs one: a fragment gets the page around it that a browser would give it.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  // Read before Readability, which changes the document as it works.
  const canonicalUrl = canonicalOf(document, pageUrl);
  const headlines = [...document.querySelectorAll('h1')].map((h) => normalizeInlineWhitespace(h.textContent ?? '')).filter((h) => h !== '');
  if (nestingDepth(document) > MAX_NESTING) return null;
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as unknown as Document).parse();
  } catch {
    // A page Readability cannot work on is read by the plain HTML reader instead (the caller's fallback).
    return null;
  }
  if (!parsed?.content) return null;
  const blocks: ArticleBlock[] = collectHtmlBlocks(parsed.content)
    .blocks.filter((block) => block.kind === 'heading' || !isMostlyLink(block))
    .map((block) => ({ kind: block.kind, text: block.text }));
  const pageTitle = clean(parsed.title);
  const title = fullHeadline(pageTitle === null ? null : cutSiteSuffix(pageTitle), headlines);
  const metadata: PageMetadata = {
    byline: cleanByline(clean(parsed.byline)),
    published: publishedDate(parsed.publishedTime),
    canonicalUrl,
    siteName: clean(parsed.siteName),
  };
  // The headline repeated at the top of the text is the title, not a section.
  const first = blocks[0];
  if (first?.kind === 'heading' && title !== null && normalizeInlineWhitespace(first.text) === title) blocks.shift();
  const assembled = assembleArticle(blocks, title);
  return { article: { ...assembled, paragraphs: trimPageExtras(assembled.paragraphs, metadata.byline) }, metadata };
}

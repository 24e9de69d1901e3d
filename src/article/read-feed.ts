// Feeds, read with feedsmith (RSS 2.0, Atom, RDF and JSON Feed). Imported lazily: only
// `generate --feed` pays for it.
import { parseFeed } from 'feedsmith';

export interface FeedItem {
  /** The item's own id (guid, Atom id, JSON Feed id), else its link: what a re-run compares. */
  id: string;
  title: string | null;
  /** The article page, absolute; null when the item has none. */
  link: string | null;
  /** ISO time, or null when the item has no date that parses. */
  published: string | null;
  /** The item's content as HTML when the feed carries it (content:encoded, Atom content, content_html). */
  contentHtml: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

export class FeedFormatError extends Error {}

function text(value: unknown): string | null {
  const raw = typeof value === 'string' ? value : (value as { value?: unknown } | null | undefined)?.value;
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : null;
}

function isoTime(value: unknown): string | null {
  const raw = text(value);
  if (raw === null) return null;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absolute(href: string | null, base: string | null): string | null {
  if (href === null) return null;
  try {
    const url = base === null ? new URL(href) : new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function plainToHtml(plain: string | null): string | null {
  if (plain === null) return null;
  const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return plain.split(/\n\s*\n/).map((p) => `<p>${escape(p)}</p>`).join('\n');
}

type Item = Record<string, unknown>;

function fromRss(item: Item, base: string | null): Omit<FeedItem, 'id'> & { id: string | null } {
  const content = (item.content as { encoded?: string } | undefined)?.encoded ?? null;
  return {
    id: text(item.guid),
    title: text(item.title),
    link: absolute(text(item.link), base),
    published: isoTime(item.pubDate) ?? isoTime((item.dc as { date?: unknown } | undefined)?.date),
    contentHtml: text(content),
  };
}

function fromAtom(entry: Item, base: string | null): Omit<FeedItem, 'id'> & { id: string | null } {
  const links = (entry.links as { href?: string; rel?: string; type?: string }[] | undefined) ?? [];
  const page = links.find((l) => (l.rel ?? 'alternate') === 'alternate') ?? links[0];
  const content = entry.content as { value?: string; type?: string } | undefined;
  const html = content?.type === 'text' ? plainToHtml(text(content)) : text(content);
  return {
    id: text(entry.id),
    title: text(entry.title),
    link: absolute(page?.href ?? null, base),
    published: isoTime(entry.published) ?? isoTime(entry.updated),
    contentHtml: html,
  };
}

function fromJson(item: Item, base: string | null): Omit<FeedItem, 'id'> & { id: string | null } {
  return {
    id: text(item.id),
    title: text(item.title),
    link: absolute(text(item.url), base),
    published: isoTime(item.date_published) ?? isoTime(item.date_modified),
    contentHtml: text(item.content_html) ?? plainToHtml(text(item.content_text)),
  };
}

/**
 * A feed's items, the same shape whatever the format. `base` (the feed's own URL) makes
 * relative links absolute. A text that is no feed, or a broken one, is a FeedFormatError.
 */
export function readFeed(source: string, base: string | null): Feed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(source);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new FeedFormatError(/unrecognized/i.test(why) ? 'it is not an RSS, Atom or JSON feed' : `it is not a well-formed feed (${why})`);
  }
  const feed = parsed.feed as Item;
  const raw =
    parsed.format === 'atom'
      ? ((feed.entries as Item[] | undefined) ?? []).map((e) => fromAtom(e, base))
      : parsed.format === 'json'
        ? ((feed.items as Item[] | undefined) ?? []).map((i) => fromJson(i, base))
        : ((feed.items as Item[] | undefined) ?? []).map((i) => fromRss(i, base));
  const items = raw.flatMap((item): FeedItem[] => {
    const id = item.id ?? item.link ?? (item.title === null ? null : `${item.title}|${item.published ?? ''}`);
    return id === null ? [] : [{ ...item, id }];
  });
  return { title: text(feed.title), items };
}

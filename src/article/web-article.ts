import type { Article } from './types.js';

/** What a web page says about its article besides the text: kept in the deck, never card text. */
export interface PageMetadata {
  byline: string | null;
  /** As the page gives it, ISO-like ("2019-04-28T06:01:07", "2015-07-24T05:36:09+01:00"), or null. */
  published: string | null;
  /** The page's own name for itself (<link rel="canonical">, else og:url), absolute, or null. */
  canonicalUrl: string | null;
  siteName: string | null;
}

export interface WebArticle {
  article: Article;
  metadata: PageMetadata;
}

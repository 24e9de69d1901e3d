import { Parser } from 'htmlparser2';

/** A heading or paragraph found in a page, with where it sits: which <article>, inside <main>? */
export interface HtmlBlock {
  kind: 'heading' | 'paragraph';
  /** 1–6 for headings, 0 for paragraphs. */
  level: number;
  text: string;
  /** The outermost <article> the block sits in (numbered in page order), or null. */
  article: number | null;
  inMain: boolean;
  /** How much of the text sits inside links: a block that is all link is a pointer elsewhere. */
  linkChars: number;
}

export interface HtmlBlocks {
  blocks: HtmlBlock[];
  /** The text of <title>, raw (whitespace not yet normalised). */
  documentTitle: string | null;
}

/** Page furniture and non-prose: nothing inside these is article text. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form',
  'button', 'svg', 'math', 'iframe', 'figure', 'figcaption', 'pre', 'table', 'select',
  'textarea', 'video', 'audio', 'canvas', 'object', 'dialog', 'menu',
]);

/** The ARIA roles that mean the same furniture as the tags above. */
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);

/** Elements that end the run of text before them and start a new one. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'body', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'address', 'details', 'summary',
  'center', 'tr', 'td', 'th',
]);

function headingLevel(tag: string): number {
  return /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0;
}

function isHidden(attribs: Record<string, string>): boolean {
  return (
    'hidden' in attribs ||
    attribs['aria-hidden'] === 'true' ||
    SKIPPED_ROLES.has((attribs['role'] ?? '').toLowerCase())
  );
}

interface OpenElement {
  tag: string;
  /** Opened (or sits in) a skipped subtree: closing it undoes nothing else. */
  skips: boolean;
  articleId: number | null;
  main: boolean;
  /** A <header> inside the article region: its headline is kept, its byline dropped. */
  regionHeader: boolean;
}

/** The state of one walk through a page, fed by htmlparser2's callbacks. */
class BlockCollector {
  readonly blocks: HtmlBlock[] = [];
  documentTitle: string | null = null;
  private readonly open: OpenElement[] = [];
  private skipDepth = 0;
  private articleCount = 0;
  private outerArticle: number | null = null;
  private mainDepth = 0;
  private headDepth = 0;
  private regionHeaderDepth = 0;
  private inTitle = false;
  private buffer = '';
  private bufferLevel = 0;
  private bufferLinkChars = 0;
  private linkDepth = 0;

  openTag(tag: string, attribs: Record<string, string>): void {
    const inRegion = this.outerArticle !== null || this.mainDepth > 0;
    const regionHeader = tag === 'header' && inRegion && this.skipDepth === 0;
    const skips =
      this.skipDepth > 0 || (!regionHeader && (SKIPPED_TAGS.has(tag) || isHidden(attribs)));
    const articleId = !skips && tag === 'article' ? this.articleCount++ : null;
    const main = !skips && tag === 'main';
    this.open.push({ tag, skips, articleId, main, regionHeader });
    if (skips) {
      this.skipDepth++;
      return;
    }
    if (articleId !== null) this.outerArticle ??= articleId;
    if (tag === 'head') this.headDepth++;
    // The first <title> names the page; later ones (rare, invalid) do not.
    if (tag === 'title') this.inTitle = this.documentTitle === null;
    if (main) this.mainDepth++;
    if (tag === 'a') this.linkDepth++;
    if (BLOCK_TAGS.has(tag) || regionHeader) this.flush();
    if (regionHeader) this.regionHeaderDepth++;
    const level = headingLevel(tag);
    if (level > 0) this.bufferLevel = level;
    if (tag === 'br') this.buffer += ' ';
  }

  text(text: string): void {
    if (this.skipDepth > 0) return;
    if (this.inTitle) this.documentTitle = (this.documentTitle ?? '') + text;
    else if (this.headDepth === 0) {
      this.buffer += text;
      if (this.linkDepth > 0) this.bufferLinkChars += text.trim().length;
    }
  }

  closeTag(): void {
    const element = this.open.pop();
    if (!element) return;
    if (element.skips) {
      this.skipDepth--;
      return;
    }
    if (BLOCK_TAGS.has(element.tag) || element.regionHeader) this.flush();
    if (element.regionHeader) this.regionHeaderDepth--;
    if (element.tag === 'head') this.headDepth--;
    if (element.tag === 'title') this.inTitle = false;
    if (element.main) this.mainDepth--;
    if (element.tag === 'a') this.linkDepth--;
    if (element.articleId !== null && element.articleId === this.outerArticle) this.outerArticle = null;
  }

  /** Ends the current run of text as a block. */
  flush(): void {
    const text = this.buffer;
    const level = this.bufferLevel;
    const linkChars = this.bufferLinkChars;
    this.buffer = '';
    this.bufferLevel = 0;
    this.bufferLinkChars = 0;
    if (text.trim() === '') return;
    if (this.regionHeaderDepth > 0 && level === 0) return;
    this.blocks.push({
      kind: level > 0 ? 'heading' : 'paragraph',
      level,
      text,
      article: this.outerArticle,
      inMain: this.mainDepth > 0,
      linkChars,
    });
  }
}

/**
 * Walks a page once with htmlparser2 and returns its text blocks. Skipped furniture is
 * dropped here; choosing the article region is left to the caller, which sees every block.
 */
export function collectHtmlBlocks(html: string): HtmlBlocks {
  const collector = new BlockCollector();
  const parser = new Parser(
    {
      onopentag: (tag, attribs) => collector.openTag(tag, attribs),
      ontext: (text) => collector.text(text),
      onclosetag: () => collector.closeTag(),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  collector.flush();
  return { blocks: collector.blocks, documentTitle: collector.documentTitle };
}

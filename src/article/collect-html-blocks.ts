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

/**
 * Walks a page once with htmlparser2 and returns its text blocks. Skipped furniture is
 * dropped here; choosing the article region is left to the caller, which sees every block.
 */
export function collectHtmlBlocks(html: string): HtmlBlocks {
  const blocks: HtmlBlock[] = [];
  /** Each open element and whether it opened a skipped subtree, so closing it undoes that. */
  const open: { tag: string; skips: boolean; articleId: number | null; main: boolean; headerInRegion: boolean }[] = [];
  let skipDepth = 0;
  let articleCount = 0;
  let outerArticle: number | null = null;
  let mainDepth = 0;
  let headDepth = 0;
  /** Inside an <article>/<main>, a <header> holds the headline (kept) and a byline (dropped). */
  let regionHeaderDepth = 0;
  let titleText: string | null = null;
  let inTitle = false;
  let buffer = '';
  let bufferLevel = 0;

  const flush = (): void => {
    const text = buffer;
    const level = bufferLevel;
    buffer = '';
    bufferLevel = 0;
    if (text.trim() === '') return;
    if (regionHeaderDepth > 0 && level === 0) return;
    blocks.push({
      kind: level > 0 ? 'heading' : 'paragraph',
      level,
      text,
      article: outerArticle,
      inMain: mainDepth > 0,
    });
  };

  const parser = new Parser(
    {
      onopentag(tag, attribs) {
        const inRegion = outerArticle !== null || mainDepth > 0;
        const keepsHeader = tag === 'header' && inRegion && skipDepth === 0;
        const skips = skipDepth > 0 || (!keepsHeader && (SKIPPED_TAGS.has(tag) || isHidden(attribs)));
        let articleId: number | null = null;
        if (!skips && tag === 'article') {
          articleId = articleCount++;
          outerArticle ??= articleId;
        }
        const main = !skips && tag === 'main';
        open.push({ tag, skips, articleId, main, headerInRegion: keepsHeader });
        if (skips) {
          skipDepth++;
          return;
        }
        if (tag === 'head') headDepth++;
        // The first <title> names the page; later ones (rare, invalid) do not.
        if (tag === 'title') inTitle = titleText === null;
        if (main) mainDepth++;
        if (BLOCK_TAGS.has(tag) || keepsHeader) flush();
        if (keepsHeader) regionHeaderDepth++;
        const level = headingLevel(tag);
        if (level > 0) bufferLevel = level;
        if (tag === 'br') buffer += ' ';
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (inTitle) titleText = (titleText ?? '') + text;
        else if (headDepth === 0) buffer += text;
      },
      onclosetag() {
        const element = open.pop();
        if (!element) return;
        if (element.skips) {
          skipDepth--;
          return;
        }
        if (BLOCK_TAGS.has(element.tag) || element.headerInRegion) flush();
        if (element.headerInRegion) regionHeaderDepth--;
        if (element.tag === 'head') headDepth--;
        if (element.tag === 'title') inTitle = false;
        if (element.main) mainDepth--;
        if (element.articleId !== null && element.articleId === outerArticle) outerArticle = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { blocks, documentTitle: titleText };
}

import { assembleArticle, type ArticleBlock } from './assemble-article.js';
import { collectHtmlBlocks, type HtmlBlock } from './collect-html-blocks.js';
import { normalizeInlineWhitespace } from './normalize-whitespace.js';
import type { Article } from './types.js';

/**
 * The blocks of the article proper: the <article> with the most text (pages list related
 * stories as small <article>s too), else <main>, else everything left after the furniture.
 */
function chooseRegion(blocks: HtmlBlock[]): HtmlBlock[] {
  const textPerArticle = new Map<number, number>();
  for (const block of blocks) {
    if (block.article === null) continue;
    textPerArticle.set(block.article, (textPerArticle.get(block.article) ?? 0) + block.text.length);
  }
  let best: number | null = null;
  for (const [id, length] of textPerArticle) {
    if (best === null || length > textPerArticle.get(best)!) best = id;
  }
  if (best !== null) return blocks.filter((block) => block.article === best);
  const inMain = blocks.filter((block) => block.inMain);
  return inMain.length > 0 ? inMain : blocks;
}

/** "Voyager phones home | VOA" → "Voyager phones home": drops the site name a page title carries. */
export function cutSiteSuffix(pageTitle: string): string {
  const title = normalizeInlineWhitespace(pageTitle);
  // A pipe is always decoration; a spaced dash may be part of the headline, so only the last goes.
  const beforePipe = title.split(' | ')[0]!.trim();
  if (beforePipe !== title && beforePipe !== '') return beforePipe;
  const dash = Math.max(title.lastIndexOf(' - '), title.lastIndexOf(' – '), title.lastIndexOf(' — '));
  return dash > 0 ? title.slice(0, dash).trim() : title;
}

/**
 * Reads a web page: the article's text without the page around it. The title is the
 * region's first <h1>, else the <title> without its site name, else the first sentence.
 */
export function readHtml(html: string): Article {
  const { blocks, documentTitle } = collectHtmlBlocks(html);
  const region = chooseRegion(blocks);
  const headline = region.find((block) => block.level === 1 && normalizeInlineWhitespace(block.text) !== '');
  const title = headline?.text ?? (documentTitle === null ? null : cutSiteSuffix(documentTitle));
  const articleBlocks: ArticleBlock[] = region
    .filter((block) => block !== headline)
    .map((block) => ({ kind: block.kind, text: block.text }));
  return assembleArticle(articleBlocks, title);
}

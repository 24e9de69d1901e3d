import { marked, type Token, type Tokens } from 'marked';
import { assembleArticle, type ArticleBlock } from './assemble-article.js';
import { collectHtmlBlocks } from './collect-html-blocks.js';
import { decodeEntities } from './decode-entities.js';
import { looksLikeTitleLine } from './line-shape.js';
import { normalizeLines } from './normalize-whitespace.js';
import type { Article } from './types.js';

interface MarkdownBlock {
  kind: 'heading' | 'paragraph';
  /** Heading depth, 0 for paragraphs. */
  depth: number;
  text: string;
  /** The paragraph was one source line: only such a line can be a headline. */
  singleLine: boolean;
}

/** Plain text of inline tokens: markup gone, link text kept, images dropped. */
function inlineText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(inlineTokenText).join('');
}

function inlineTokenText(token: Token): string {
  switch (token.type) {
    case 'image':
      return '';
    case 'br':
      return ' ';
    case 'html':
      // Inline tags come as their own tokens, the text between them as text tokens.
      return /^<br\b/i.test(token.text) ? ' ' : '';
    case 'codespan':
    case 'escape':
      return token.text;
    case 'text':
      return token.tokens ? inlineText(token.tokens) : decodeEntities(token.text);
    default:
      return 'tokens' in token && Array.isArray(token.tokens)
        ? inlineText(token.tokens as Token[])
        : '';
  }
}

function paragraph(text: string, singleLine = false): MarkdownBlock {
  return { kind: 'paragraph', depth: 0, text, singleLine };
}

/** Block tokens → headings and paragraphs; code, tables and rules are not article text. */
function collectBlocks(tokens: readonly Token[]): MarkdownBlock[] {
  return tokens.flatMap((token): MarkdownBlock[] => {
    switch (token.type) {
      case 'heading':
        return [{ kind: 'heading', depth: token.depth, text: inlineText(token.tokens), singleLine: true }];
      case 'paragraph':
        return [paragraph(inlineText(token.tokens), !token.text.includes('\n'))];
      case 'text':
        return [paragraph(token.tokens ? inlineText(token.tokens) : decodeEntities(token.text))];
      case 'blockquote':
        return collectBlocks(token.tokens ?? []);
      case 'list':
        return (token as Tokens.List).items.flatMap((item) => listItemBlocks(item.tokens));
      case 'html':
        return collectHtmlBlocks(token.text).blocks.map((block) => ({
          kind: block.kind,
          depth: block.level,
          text: block.text,
          singleLine: false,
        }));
      default:
        return [];
    }
  });
}

/** A list item is one paragraph of its own text; a nested list adds its items after it. */
function listItemBlocks(tokens: readonly Token[]): MarkdownBlock[] {
  const own = tokens.filter((token) => token.type !== 'list');
  const ownText = own.map((token) => collectBlocks([token]).map((block) => block.text).join(' ')).join(' ');
  const nested = collectBlocks(tokens.filter((token) => token.type === 'list'));
  return [paragraph(ownText), ...nested];
}

/** YAML front matter ("---" … "---" at the very top): removed, its `title:` kept. */
function splitFrontMatter(md: string): { body: string; title: string | null } {
  const match = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(md);
  if (!match) return { body: md, title: null };
  const titleLine = /^title:\s*(.+)$/m.exec(match[1]!);
  const title = titleLine ? titleLine[1]!.trim().replace(/^(["'])(.*)\1$/, '$2') : null;
  return { body: md.slice(match[0].length), title };
}

/** The headline: a leading heading, else the first `#` heading, else front matter, else a headline-shaped first line. */
function takeTitle(blocks: MarkdownBlock[], frontMatterTitle: string | null): string | null {
  const first = blocks[0];
  const titleIndex =
    first?.kind === 'heading' ? 0 : blocks.findIndex((block) => block.kind === 'heading' && block.depth === 1);
  if (titleIndex >= 0) return blocks.splice(titleIndex, 1)[0]!.text;
  if (frontMatterTitle) return frontMatterTitle;
  if (first && first.singleLine && blocks.length > 1 && looksLikeTitleLine(first.text.trim())) {
    return blocks.shift()!.text;
  }
  return null;
}

/** Reads a Markdown article with marked's lexer: `#` is the title, `##` and deeper are sections. */
export function readMarkdown(md: string): Article {
  const { body, title: frontMatterTitle } = splitFrontMatter(normalizeLines(md));
  const blocks = collectBlocks(marked.lexer(body));
  const title = takeTitle(blocks, frontMatterTitle);
  const articleBlocks: ArticleBlock[] = blocks.map((block) => ({ kind: block.kind, text: block.text }));
  return assembleArticle(articleBlocks, title);
}

import { assembleArticle, type ArticleBlock } from './assemble-article.js';
import { looksLikeSectionHeading, looksLikeTitleLine } from './line-shape.js';
import { normalizeLines } from './normalize-whitespace.js';
import type { Article } from './types.js';

/** Blank-line separated chunks, each as its list of non-empty lines. */
function splitIntoChunks(text: string): string[][] {
  return normalizeLines(text)
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').map((line) => line.trim()).filter((line) => line !== ''))
    .filter((lines) => lines.length > 0);
}

/**
 * Reads a plain-text article: a headline on the first line (when the first line looks
 * like one), paragraphs separated by blank lines, hard-wrapped lines joined, and short
 * unpunctuated lines between paragraphs taken as section headings.
 */
export function readPlainText(text: string): Article {
  const chunks = splitIntoChunks(text);
  let title: string | null = null;
  const first = chunks[0];
  // Only a line standing alone can be the headline: the first line of a hard-wrapped
  // paragraph also lacks final punctuation.
  if (first && first.length === 1 && chunks.length > 1 && looksLikeTitleLine(first[0]!)) {
    title = first[0]!;
    chunks.shift();
  }
  const blocks: ArticleBlock[] = chunks.map((lines, i) => {
    const isLast = i === chunks.length - 1;
    const single = lines.length === 1 ? lines[0]! : null;
    // ("Location: Grand Loop Road …" over "Access: Beginning summer 2023 …": one field of a list of
    // fields, each a word and a colon — what the item is, no heading of its own.)
    const field = (k: number): boolean => /^\p{Lu}\p{Ll}+:\s/u.test(chunks[k]?.[0] ?? '');
    if (single !== null && !isLast && looksLikeSectionHeading(single) && !(field(i) && (field(i + 1) || field(i - 1)))) {
      return { kind: 'heading', text: single };
    }
    return { kind: 'paragraph', text: lines.join(' ') };
  });
  return assembleArticle(blocks, title);
}

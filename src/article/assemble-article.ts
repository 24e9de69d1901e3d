import { takeDateline } from './dateline.js';
import { titleFromFirstSentence } from './line-shape.js';
import { normalizeInlineWhitespace } from './normalize-whitespace.js';
import type { Article, Paragraph } from './types.js';

/** What each reader reduces its format to: headings and paragraphs, in reading order. */
export type ArticleBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string };

/**
 * Turns a reader's blocks into an Article: each heading names the section of the
 * paragraphs after it (those before the first paragraph are also kept as its front lines),
 * the dateline comes off the first paragraph, and an article without a headline is titled by
 * its first sentence.
 */
export function assembleArticle(blocks: readonly ArticleBlock[], title: string | null): Article {
  const paragraphs: Paragraph[] = [];
  const front: string[] = [];
  let section: string | null = null;
  for (const block of blocks) {
    const text = normalizeInlineWhitespace(block.text);
    if (text === '') continue;
    if (block.kind === 'heading') {
      section = text;
      if (paragraphs.length === 0) front.push(text);
    } else paragraphs.push({ section, text });
  }
  const withoutDateline = takeDateline(paragraphs);
  const cleanTitle = title === null ? '' : normalizeInlineWhitespace(title);
  const firstText = withoutDateline.paragraphs[0]?.text ?? '';
  return {
    title: cleanTitle !== '' ? cleanTitle : titleFromFirstSentence(firstText),
    dateline: withoutDateline.dateline,
    paragraphs: withoutDateline.paragraphs,
    ...(front.length > 0 ? { front } : {}),
  };
}

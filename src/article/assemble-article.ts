import { takeDateline } from './dateline.js';
import { isByline, titleFromFirstSentence } from './line-shape.js';
import { normalizeInlineWhitespace } from './normalize-whitespace.js';
import type { Article, Paragraph } from './types.js';

/** What each reader reduces its format to: headings and paragraphs, in reading order. */
export type ArticleBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string };

/**
 * Turns a reader's blocks into an Article: each heading names the section of the
 * paragraphs after it (those before the first paragraph are also kept as its front lines; two
 * or more of them are metadata, and name no section),
 * the dateline comes off the first paragraph, and an article without a headline is titled by
 * its first sentence.
 */
export function assembleArticle(blocks: readonly ArticleBlock[], title: string | null): Article {
  const paragraphs: Paragraph[] = [];
  const front: string[] = [];
  // Lines above the first paragraph, bylines too (they are metadata, but kept out of `front`).
  let frontLines = 0;
  let section: string | null = null;
  for (const block of blocks) {
    const text = normalizeInlineWhitespace(block.text);
    if (text === '') continue;
    if (block.kind === 'heading') {
      // ("By: David Vergun, Army.mil, September 24, 2015": a byline is who wrote the story,
      // metadata — never the name of a section, nor a front line the headline's card asks from.)
      const byline = isByline(text);
      section = byline ? null : text;
      if (paragraphs.length === 0) {
        frontLines += 1;
        if (!byline) front.push(text);
      }
    } else {
      // ("May 03, 2024" / "Governor Helen R. Baker" / "At the Harbour Club", or a column of
      // authors with their offices: lines above the text that say when, who and where are the
      // article's metadata, not the name of its first section.)
      if (paragraphs.length === 0 && frontLines >= 2) section = null;
      paragraphs.push({ section, text });
    }
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

import type { InputFormat } from './detect-format.js';
import { readHtml } from './read-html.js';
import { readMarkdown } from './read-markdown.js';
import { readPlainText } from './read-text.js';
import type { Article } from './types.js';

/** Reads an article's text in the given format. */
export function readArticle(text: string, format: InputFormat): Article {
  switch (format) {
    case 'html':
      return readHtml(text);
    case 'markdown':
      return readMarkdown(text);
    case 'text':
      return readPlainText(text);
  }
}

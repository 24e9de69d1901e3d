import { normalizeInlineWhitespace } from './normalize-whitespace.js';
import type { Paragraph } from './types.js';

/** Lines news sites end an article with: credits, calls to follow or subscribe, copyright. */
const SIGN_OFF = [
  /^(additional )?(reporting|writing|editing|research) by\b/i,
  /\b(contributed|contributed reporting) to this (report|story|article)\.?$/i,
  /^(follow|contact|email|e-mail) (us|him|her|them|the author|the writer)\b/i,
  /^(read|see|watch) (more|also|next)\b/i,
  /^(related|more on this story|more from)\b/i,
  /^(copyright|©|\(c\) \d{4})/i,
  /^(sign up|subscribe)\b/i,
  /^_{3,}$|^—+$|^\*{3,}$/,
];
/** A sign-off is short: a sentence of the story that happens to start "Related" is not one. */
const SIGN_OFF_MAX_CHARS = 200;

/** Page furniture a reader pass can leave anywhere in the text. */
const FURNITURE = [/^continue reading( the main story)?\.?$/i, /^advertisement$/i, /^(story continues|article continues) below/i];

function isSignOff(text: string): boolean {
  return text.length <= SIGN_OFF_MAX_CHARS && SIGN_OFF.some((pattern) => pattern.test(text));
}

/** A byline Readability found that is only a date ("April 28, 2019 at 6:01 am"): not a name. */
export function cleanByline(byline: string | null): string | null {
  if (byline === null) return null;
  const name = byline.replace(/^by\s+/i, '');
  const words = name.replace(/\b(19|20)\d{2}\b|\d+(:\d+)?|\b(am|pm|at|on|updated|published|posted)\b/gi, ' ');
  const months = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/gi;
  return words.replace(months, ' ').replace(/[\s,.|·-]+/g, '') === '' || name === '' ? null : name;
}

function comparable(text: string): string {
  return normalizeInlineWhitespace(text).toLowerCase().replace(/^by\s+/, '').replace(/[.,;:|·\s]+$/, '');
}

/**
 * The paragraphs of a page's article without what a reader-mode pass can leave in: the
 * byline as a paragraph of its own (it is metadata, never a card), and sign-offs at the end.
 */
export function trimPageExtras(paragraphs: readonly Paragraph[], byline: string | null): Paragraph[] {
  const author = byline === null ? '' : comparable(byline);
  const kept = paragraphs.filter((p) => {
    if (FURNITURE.some((pattern) => pattern.test(normalizeInlineWhitespace(p.text)))) return false;
    const text = comparable(p.text);
    if (author === '' || text === author) return author === '';
    // "Jane Roe, Staff Writer" or "Jane Roe | Reuters" is a byline; "Jane Roe said…" is a sentence.
    return !(text.startsWith(author) && /^\s*[,|·—–]/.test(text.slice(author.length)) && text.length < author.length + 60);
  });
  let end = kept.length;
  while (end > 0 && isSignOff(normalizeInlineWhitespace(kept[end - 1]!.text))) end--;
  return kept.slice(0, end);
}

import type { Article } from '../article/types.js';
import { findQuotes, type QuoteSpan } from './find-quotes.js';
import { mergeWrongSplits } from './merge-wrong-splits.js';
import { analyse, type Analysis } from './nlp.js';
import { findRunInHeading } from './run-in-headings.js';

export interface Sentence {
  text: string;
  section: string | null;
  /** Index of the paragraph in `article.paragraphs`. */
  paragraph: number;
  /** Position of the sentence in the whole article, from 0. */
  index: number;
}

/** A sentence with its place in its paragraph's parse, for the fact and quote finders. */
export interface SentenceUnit extends Sentence {
  /** Character offsets of the sentence in the paragraph text (heading excluded). */
  start: number;
  end: number;
  /** Token range in the paragraph's analysis (inclusive). */
  first: number;
  last: number;
}

export interface ParagraphView {
  index: number;
  text: string;
  analysis: Analysis;
  quotes: QuoteSpan[];
}

export interface SegmentedArticle {
  paragraphs: ParagraphView[];
  sentences: SentenceUnit[];
}

function insideQuote(quotes: QuoteSpan[], at: number): boolean {
  return quotes.some((q) => q.start < at && at < q.end);
}

// Readers take the dateline off; if one is still in front ("WASHINGTON — "), it is not text.
function withoutDateline(text: string, dateline: string | null): string {
  if (!dateline || !text.startsWith(dateline)) return text;
  const m = /^\s*[—–-]+\s*/.exec(text.slice(dateline.length));
  return m ? ' '.repeat(dateline.length + m[0].length) + text.slice(dateline.length + m[0].length) : text;
}

/** Sentences in article order, with run-in subheadings taken out and used as sections. */
export function segmentArticle(article: Article): SegmentedArticle {
  const paragraphs: ParagraphView[] = [];
  const sentences: SentenceUnit[] = [];
  let runInSection: string | null = null;
  let runInOwner: string | null = null;
  article.paragraphs.forEach((paragraph, index) => {
    const text = index === 0 ? withoutDateline(paragraph.text, article.dateline) : paragraph.text;
    const analysis = analyse(text);
    const quotes = findQuotes(text, index);
    paragraphs.push({ index, text, analysis, quotes });
    // A run-in heading holds until the input's own sections move on.
    if (runInSection !== null && paragraph.section !== runInOwner) runInSection = null;
    const { tokens } = analysis;
    for (const span of mergeWrongSplits(tokens, analysis.sentences)) {
      if (!tokens[span.first]) continue;
      const heading = findRunInHeading(tokens, span, insideQuote(quotes, tokens[span.first]!.start));
      let first = span.first;
      if (heading.kind !== 'none') {
        const end = heading.kind === 'whole' ? tokens[span.last]!.end : tokens[heading.bodyFirst - 1]!.end;
        runInSection = text.slice(tokens[span.first]!.start, end).trim();
        runInOwner = paragraph.section;
        if (heading.kind === 'whole') continue;
        first = heading.bodyFirst;
      }
      const start = tokens[first]!.start;
      const end = tokens[span.last]!.end;
      const sentenceText = text.slice(start, end).trim();
      if (!sentenceText) continue;
      sentences.push({
        text: sentenceText,
        section: runInSection ?? paragraph.section,
        paragraph: index,
        index: sentences.length,
        start,
        end,
        first,
        last: span.last,
      });
    }
  });
  return { paragraphs, sentences };
}

export function splitSentences(article: Article): Sentence[] {
  return segmentArticle(article).sentences.map(({ text, section, paragraph, index }) => ({
    text,
    section,
    paragraph,
    index,
  }));
}

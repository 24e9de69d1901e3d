import { readFileSync } from 'node:fs';
import type { Article, Paragraph } from '../../src/article/types.js';

export const SEED_PATH = '/work/shared/seed/central-asia-engagement.txt';
export const ARTICLES_DIR = '/work/shared/articles';
export const ARTICLE_NAMES = [
  '01-national-identity-pew-survey',
  '02-top-technology-stories-2024',
  '03-nasa-voyager-reconnects',
  '04-exoplanet-liquid-ocean',
  '05-national-arab-orchestra',
  '06-how-connected-pew-survey',
] as const;

/** A one-line paragraph without final punctuation is a heading. */
function isHeading(block: string): boolean {
  return !block.includes('\n') && !/[.!?:;"”’…)]$/.test(block) && block.split(/\s+/).length <= 10;
}

/**
 * A stand-in for the readers being written in parallel: blank lines split paragraphs, a
 * heading line names the section of what follows. These files carry no title line (their
 * titles are in SOURCES.md), so the title is given; a first line that is a heading is
 * still taken as the title.
 */
export function articleFromText(text: string, title: string): Article {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const paragraphs: Paragraph[] = [];
  let section: string | null = null;
  for (const block of blocks) {
    if (isHeading(block)) section = block;
    else paragraphs.push({ section, text: block.replace(/\s+/g, ' ') });
  }
  // The glossary line ("melting pot—figure of speech. …") is not article text.
  const last = paragraphs[paragraphs.length - 1];
  if (last && /^[a-z][^.]*—/.test(last.text)) paragraphs.pop();
  return { title, dateline: null, paragraphs };
}

export function loadArticle(name: (typeof ARTICLE_NAMES)[number]): Article {
  const text = readFileSync(`${ARTICLES_DIR}/${name}.txt`, 'utf8');
  const sources = readFileSync(`${ARTICLES_DIR}/SOURCES.md`, 'utf8');
  const row = sources.split('\n').find((l) => l.startsWith(`| ${name}.txt`));
  const title = row?.split('|')[2]?.trim() ?? name;
  return articleFromText(text, title);
}

/** The seed lost its line breaks: one paragraph after a "WASHINGTON — " dateline. */
export function loadSeed(): Article {
  const lines = readFileSync(SEED_PATH, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const body = lines.slice(1).join(' ');
  const m = /^([A-Z][A-Z .,]+?)\s+—\s+/.exec(body);
  return {
    title: lines[0]!,
    dateline: m ? m[1]! : null,
    paragraphs: [{ section: null, text: m ? body.slice(m[0].length) : body }],
  };
}

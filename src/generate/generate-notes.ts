import type { Article } from '../article/types.js';
import type { Note } from '../deck/types.js';
import { analyseArticle } from './analyse-article.js';
import { buildFactNote, buildQuoteNote } from './build-notes.js';
import { collectCandidates, type FactCandidate } from './candidates.js';
import { isCommonWord, isPersonNameWord } from './known-names.js';
import { isFirstName } from './name-lexicon.js';
import { MAX_CARDS_PER_NOTE, selectCandidates } from './rank-notes.js';

export interface GenerateOptions {
  /**
   * Most cards (deletion numbers, over all notes) to generate. Default: one card per 15
   * words of article, at least 20 and at most 150 — 80 for a 1,200-word briefing.
   */
  maxCards?: number;
}

export type GeneratedNote = Omit<Note, 'id'>;

export const MIN_DEFAULT_CARDS = 20;
export const MAX_DEFAULT_CARDS = 150;
export const WORDS_PER_CARD = 15;

/** Runs of non-space characters, counted without building an array of them (1 MB inputs). */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

export function defaultCardBudget(article: Article): number {
  const words = article.paragraphs.reduce((n, p) => n + countWords(p.text), 0);
  return Math.min(MAX_DEFAULT_CARDS, Math.max(MIN_DEFAULT_CARDS, Math.round(words / WORDS_PER_CARD)));
}

/**
 * Article → cloze notes, in article order: one note per sentence for its facts (c1…cN) and
 * one who-said-it note per attributed quote. Pure and deterministic.
 */
export function generateNotes(article: Article, options: GenerateOptions = {}): GeneratedNote[] {
  const maxCards = Math.max(0, Math.floor(options.maxCards ?? defaultCardBudget(article)));
  if (maxCards === 0) return [];
  const analysis = analyseArticle(article);
  const candidates = collectCandidates(analysis, article.title);
  // (Never more cards than asked for: a headline of three people does not fit a budget of two.)
  const headline = headlineNote(article);
  const title = headline && headline.cardKinds.length <= maxCards ? headline : null;
  const chosen = selectCandidates(candidates.facts, candidates.quotes, maxCards - (title?.cardKinds.length ?? 0));

  const bySentence = new Map<number, FactCandidate[]>();
  for (const f of chosen.facts) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  // Article order: a sentence's fact note, then the quotes that start in it.
  const placed: { order: [number, number, number]; note: GeneratedNote }[] = [];
  for (const [sentence, facts] of bySentence) {
    // More facts than one note holds: the sentence's first and second halves, each its own note.
    const sorted = [...facts].sort((a, b) => a.start - b.start);
    const parts = sorted.length > MAX_CARDS_PER_NOTE ? [sorted.slice(0, Math.ceil(sorted.length / 2)), sorted.slice(Math.ceil(sorted.length / 2))] : [sorted];
    parts.forEach((part, i) => {
      const note = buildFactNote(analysis, sentence, part);
      if (note) placed.push({ order: [sentence, 0, i], note });
    });
  }
  for (const q of chosen.quotes) {
    const note = buildQuoteNote(analysis, q);
    if (note) placed.push({ order: [q.quote.sentence, 1, q.quote.quote.start], note });
  }
  placed.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  return [...(title ? [title] : []), ...placed.map((p) => p.note)];
}

/**
 * What a headline may name that its story never writes out: a sum, a share, a person (every word of the name
 * a name's, for a headline capitalises every word: not "Dmytro Kuleba At"), or a date. Bodies
 * are left alone: in title case no chunker tells "NASA Study" from a body's name. A name that
 * ends its line ("Governor Michelle W. Bowman") may end in a word that is also a common one
 * when it starts with a known given name: no title-case word follows it to be taken in.
 */
function headlineFact(f: FactCandidate, head: string): boolean {
  // ("Revoli Construction Co. Inc. assessed $4.6M in proposed penalties": a sum or a share the
  // front lines give and the story never writes out is its central figure.)
  // (Not the hour of a transcript's front lines, "Roosevelt Room — 6:27 P.M. EDT".)
  if (f.kind === 'date') return f.hint !== 'time';
  if (f.kind === 'money' || f.kind === 'percent') return true;
  if (f.kind !== 'person') return false;
  const words = f.answer.split(/\s+/);
  const nameWord = (w: string): boolean => /^\p{Lu}\.$/u.test(w) || !isCommonWord(w.toLowerCase());
  if (words.every(nameWord)) return true;
  const endsLine = /^(?:\s+—|,|$)/.test(head.slice(f.end));
  return endsLine && words.length >= 2 && isFirstName(words[0]!) && words.slice(0, -1).every(nameWord);
}

/**
 * "Secretary Antony J. Blinken with Indrani Bagchi of The Times of India", "Department Press
 * Briefing – June 29, 2021": a transcript's headline names who spoke with whom and when, and
 * its text only labels the turns ("QUESTION:", "SECRETARY BLINKEN:"). A speech's front lines
 * ("May 03, 2024", "Governor Michelle W. Bowman") say when and who, and its text says "I".
 * Those people and dates are asked on the headline and its front lines, read as one line —
 * only those the story never writes out.
 */
function headlineNote(article: Article): GeneratedNote | null {
  const front = article.front ?? [];
  const head = [article.title.trim(), ...front].filter((line) => line !== '').join(' — ');
  if (head.split(/\s+/).length < 3) return null;
  const body = article.paragraphs.map((p) => p.text.toLowerCase());
  // Most headlines name only what their story names: then the headline is not analysed at all.
  const unseen = (w: string): boolean => !body.some((text) => text.includes(w.toLowerCase()));
  if (!(head.match(/[\p{L}’'-]+|\d[\d,.]*\p{L}*/gu) ?? []).some((w) => (/\d/.test(w) || isPersonNameWord(w)) && unseen(w))) return null;
  // (A short line without a stop reads as a section heading: the stop makes it a sentence.)
  let analysis = analyseArticle({ title: '', dateline: null, paragraphs: [{ section: null, text: head }] });
  if (analysis.sentences.length === 0) analysis = analyseArticle({ title: '', dateline: null, paragraphs: [{ section: null, text: `${head}.` }] });
  if (analysis.sentences.length !== 1) return front.length > 0 ? headlineNote({ ...article, front: [] }) : null;
  const fresh = collectCandidates(analysis, '', { headline: true }).facts.filter(
    (f) => headlineFact(f, head) && !body.some((text) => text.includes(f.answer.toLowerCase())),
  );
  return fresh.length > 0 ? buildFactNote(analysis, 0, fresh.slice(0, MAX_CARDS_PER_NOTE)) : null;
}

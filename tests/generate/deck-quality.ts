import { readFileSync } from 'node:fs';
import { clozeAnswers, clozeOrds, parseCloze, renderCard, type ClozeSegment } from '../../src/deck/cloze.js';
import { generateNotes, type GeneratedNote } from '../../src/generate/generate-notes.js';

/** The notes of an invented article of these paragraphs, with room for every candidate. */
export const notesOf = (...paragraphs: string[]): GeneratedNote[] =>
  generateNotes({ title: 't', dateline: null, paragraphs: paragraphs.map((text) => ({ section: null, text })) }, { maxCards: 100 });

/** Every fact deletion as "answer::hint". */
export const deletions = (notes: GeneratedNote[]): string[] =>
  notes.filter((n) => n.kind !== 'quote').flatMap((n) => parseCloze(n.text).flatMap((s) => (s.type === 'deletion' ? [`${s.answer}::${s.hint}`] : [])));

export interface Expected {
  sentenceStarts?: string[];
  headings?: string[];
  keyFacts: string[];
  quotes: { starts: string; speaker: string }[];
  noSpeaker: string[];
  /** Speaker → how the article introduces them ("U.S. Ambassador to Kazakhstan Daniel Rosenblum"); absent: no role given. */
  speakerRoles?: Record<string, string>;
}

export function loadExpected(name: string): Expected {
  return JSON.parse(readFileSync(new URL(`../fixtures/expected/${name}.json`, import.meta.url), 'utf8')) as Expected;
}

const fold = (s: string): string => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

export function factAnswers(notes: GeneratedNote[]): string[] {
  return notes
    .filter((n) => n.kind !== 'quote')
    .flatMap((n) => parseCloze(n.text).flatMap((s) => (s.type === 'deletion' ? [s.answer] : [])));
}

/** Key facts that are the answer (or inside the answer) of some fact card. */
export function coveredFacts(notes: GeneratedNote[], keyFacts: string[]): { covered: string[]; missed: string[] } {
  const answers = factAnswers(notes).map(fold);
  const covered = keyFacts.filter((f) => answers.some((a) => a.includes(fold(f))));
  return { covered, missed: keyFacts.filter((f) => !covered.includes(f)) };
}

export interface QuoteCard {
  quote: string;
  speaker: string;
  /** The "Speaker: …" line on the back, or null. */
  described: string | null;
}

export function quoteCards(notes: GeneratedNote[]): QuoteCard[] {
  return notes
    .filter((n) => n.kind === 'quote')
    .map((n) => {
      const segments = parseCloze(n.text);
      const described = /^Speaker: (.*)$/m.exec(n.extra)?.[1] ?? null;
      return { quote: renderCard(segments, 1, false), speaker: clozeAnswers(segments, 1)[0]!, described };
    });
}

/** Each who-said card matched to the fixture quote it shows; wrong = a different speaker. */
export function judgeQuotes(notes: GeneratedNote[], expected: Expected) {
  const cards = quoteCards(notes);
  const matchOf = (card: QuoteCard) => expected.quotes.find((q) => fold(card.quote).includes(fold(q.starts)));
  const right = expected.quotes.filter((q) =>
    cards.some((c) => fold(c.quote).includes(fold(q.starts)) && c.speaker === q.speaker),
  );
  const wrong = cards.filter((c) => {
    if (expected.noSpeaker.some((s) => fold(c.quote).includes(fold(s)))) return true;
    const match = matchOf(c);
    return !match || match.speaker !== c.speaker;
  });
  return { right, wrong, cards };
}

/** Who-said cards whose back describes the speaker otherwise than the fixture (null: no role line). */
export function wrongRoles(notes: GeneratedNote[], expected: Expected): string[] {
  return quoteCards(notes)
    .filter((c) => c.described !== (expected.speakerRoles?.[c.speaker] ?? null))
    .map((c) => `${c.speaker}: got ${c.described ?? 'no role'}, want ${expected.speakerRoles?.[c.speaker] ?? 'no role'}`);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Structural problems of one note; an empty list means the note is well formed. */
export function noteProblems(note: GeneratedNote): string[] {
  const problems: string[] = [];
  let segments: ClozeSegment[];
  try {
    segments = parseCloze(note.text);
  } catch (e) {
    return [`unparsable: ${(e as Error).message}`];
  }
  const ords = clozeOrds(segments);
  if (ords.length === 0) problems.push('no deletion');
  ords.forEach((o, i) => o !== i + 1 && problems.push(`ords not c1..cN: ${ords.join(',')}`));
  if (note.cardKinds.length !== ords.length) problems.push('cardKinds length differs from deletion numbers');
  if (note.kind !== note.cardKinds[0]) problems.push('kind is not the first card kind');
  for (const ord of ords) {
    const visible = renderCard(segments, ord, false);
    for (const answer of clozeAnswers(segments, ord)) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(answer)}(?![\\p{L}\\p{N}])`, 'iu');
      if (re.test(visible)) problems.push(`answer "${answer}" visible in c${ord}`);
    }
  }
  return problems;
}

/** How many of the fixture's quotes a deck can card when one speaker gets at most `cap` who-said cards. */
export function quotesWithinCap(expected: Expected, cap: number): number {
  const perSpeaker = new Map<string, number>();
  for (const q of expected.quotes) perSpeaker.set(q.speaker, (perSpeaker.get(q.speaker) ?? 0) + 1);
  return [...perSpeaker.values()].reduce((n, k) => n + Math.min(k, cap), 0);
}

/** Who-said cards per speaker. */
export function quoteCardsPerSpeaker(notes: GeneratedNote[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of quoteCards(notes)) counts.set(c.speaker, (counts.get(c.speaker) ?? 0) + 1);
  return counts;
}

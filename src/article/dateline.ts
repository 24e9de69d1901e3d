import type { Paragraph } from './types.js';

/** An all-caps place word: WASHINGTON, NEW, YORK, ST., U.S., WINSTON-SALEM. */
const PLACE_WORD = String.raw`\p{Lu}[\p{Lu}.'’-]*`;
/** ", Ukraine", ", Jan. 4", ", Calif." — a short part that starts like a name or a date. */
const COMMA_PART = String.raw`,\s*[\p{Lu}\d][^,—–()\-\n]{0,29}?`;
/** "(Reuters)", "(AP)". */
const AGENCY = String.raw`\s*\([^()\n]{1,30}\)`;
/** An em or en dash (spaced or not), a double hyphen, or a hyphen with spaces both sides. */
const DASH = String.raw`(?:\s*[—–]\s*|\s*--\s*|\s+-\s+)`;
/**
 * What follows a dateline starts a sentence. Requiring it rules out "NASA — the agency…",
 * where the dash opens an aside rather than closing a dateline.
 */
const SENTENCE_START = String.raw`(?=[\p{Lu}\d“"‘'(\[$£€])`;

const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE_WORD}(?: ${PLACE_WORD}){0,4})(?:${COMMA_PART}){0,3}(?:${AGENCY})?${DASH}${SENTENCE_START}`,
  'u',
);

/** Splits "WASHINGTON — U.S. interests…" into the place and the sentence; null when there is no dateline. */
export function splitDateline(text: string): { dateline: string; rest: string } | null {
  const match = DATELINE.exec(text);
  const place = match?.groups?.['place'];
  if (!match || !place) return null;
  // A single capital letter ("I — ", "A — ") is a word, not a place.
  if (place.replace(/[^\p{L}]/gu, '').length < 2) return null;
  return { dateline: place, rest: text.slice(match[0].length) };
}

/**
 * Takes the dateline off the first paragraph, where news agencies put it — or off the first
 * after a release's subheadlines, lines that end in no stop ("Lenders with $1 Billion or Less
 * … on Friday" / "WASHINGTON – The U.S. Small Business Administration …").
 */
export function takeDateline(paragraphs: Paragraph[]): {
  dateline: string | null;
  paragraphs: Paragraph[];
} {
  let at = 0;
  while (at < 2 && at < paragraphs.length - 1 && !/[.!?:"”’)]$/.test(paragraphs[at]!.text.trim()) && !splitDateline(paragraphs[at]!.text)) at += 1;
  const first = paragraphs[at];
  const split = first ? splitDateline(first.text) : null;
  if (!first || !split) return { dateline: null, paragraphs };
  const rest = split.rest.trim();
  const kept = [...paragraphs.slice(0, at), ...(rest === '' ? [] : [{ ...first, text: rest }]), ...paragraphs.slice(at + 1)];
  return { dateline: split.dateline, paragraphs: kept };
}

import type { NoteKind } from '../deck/types.js';
import { editDistance, typoAllowance } from './edit-distance.js';
import { answerWords, canonicalMonth, digitRuns, isMonth } from './normalize-answer.js';
import { parseNumberForm, sameNumber } from './number-forms.js';

/** right: counts as known · near: a slip in a name (shown with the exact answer) · wrong. */
export type Verdict = 'right' | 'near' | 'wrong';

export interface AnswerMatch {
  verdict: Verdict;
  /** The exact answer as the deck has it, to show beside a near miss or a wrong answer. */
  expected: string;
}

const NUMBER_KINDS: ReadonlySet<NoteKind> = new Set(['money', 'percent', 'number', 'quantity']);
/** Kinds whose answers are often written as initials: "HRW", "EU", "U.S.". */
const ACRONYM_KINDS: ReadonlySet<NoteKind> = new Set(['organization', 'place', 'term']);
/** Titles a user may put before a name ("President Tokayev"); they neither help nor hurt. */
const TITLES = new Set([
  'president', 'ambassador', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'minister', 'prime',
  'secretary', 'senator', 'sen', 'gen', 'general', 'sir', 'king', 'queen', 'foreign',
]);
/** Small words in a date ("4th of January", "on Jan. 4"). */
const DATE_FILLER = new Set(['of', 'on', 'in']);
/** Small words an acronym may or may not keep ("Voice of America" is VOA, "Bank for …" is B…). */
const MINOR_WORDS = new Set(['of', 'and', 'for', 'de', 'the', 'in', 'on']);

/** Dates compare as a set of parts: "4 January" = "Jan. 4" = "January 4th". */
function dateParts(words: string[]): string[] {
  return words
    .filter((w) => !DATE_FILLER.has(w))
    .map((w) => canonicalMonth(w.replace(/^(\d+)(st|nd|rd|th)$/, '$1')))
    .sort();
}

function initials(words: string[], keepMinor: boolean): string {
  return words.filter((w) => keepMinor || !MINOR_WORDS.has(w)).map((w) => w[0]).join('');
}

/** "HRW" for "Human Rights Watch", and "European Union" for "EU". */
function isAcronymOf(short: string[], long: string[]): boolean {
  if (short.length !== 1 || long.length < 2 || short[0]!.length < 2) return false;
  return short[0] === initials(long, false) || short[0] === initials(long, true);
}

/**
 * A person named by a part of the full name that includes the surname: "Rosenblum",
 * "Daniel Rosenblum", "President Tokayev" for "Kassym-Jomart Tokayev".
 */
function namesThePerson(given: string[], expected: string[]): boolean {
  const words = given.filter((w) => !TITLES.has(w));
  const surname = expected[expected.length - 1]!;
  return words.length > 0 && words.includes(surname) && words.every((w) => expected.includes(w));
}

function withinTypos(given: string, expected: string): boolean {
  return editDistance(given, expected) <= typoAllowance(expected.replace(/ /g, '').length);
}

function sameDigits(a: string, b: string): boolean {
  return digitRuns(a).join(' ') === digitRuns(b).join(' ');
}

function verdictOf(given: string, expected: string, kind: NoteKind): Verdict {
  const g = answerWords(given);
  const e = answerWords(expected);
  if (g.length === 0 || e.length === 0) return 'wrong';
  const isDate = kind === 'date' || e.some(isMonth);
  if ((isDate ? dateParts(g) : g).join(' ') === (isDate ? dateParts(e) : e).join(' ')) return 'right';

  // Numbers are right or wrong, never near: "$3 million" and "2023" are not slips.
  const expectedNumber = parseNumberForm(expected);
  if (expectedNumber !== null) {
    const givenNumber = parseNumberForm(given);
    return givenNumber !== null && sameNumber(expectedNumber, givenNumber) ? 'right' : 'wrong';
  }
  if (NUMBER_KINDS.has(kind) || !sameDigits(given, expected)) return 'wrong';
  if (isDate) {
    const months = (words: string[]): string => words.filter(isMonth).map(canonicalMonth).join(' ');
    if (months(g) !== '' && months(g) !== months(e)) return 'wrong';
  }

  const isPerson = kind === 'person';
  if (isPerson && namesThePerson(g, e)) return 'right';
  if (ACRONYM_KINDS.has(kind) && (isAcronymOf(g, e) || isAcronymOf(e, g))) return 'right';

  const plain = g.filter((w) => !isPerson || !TITLES.has(w)).join(' ');
  if (withinTypos(plain, e.join(' '))) return 'near';
  if (isPerson && g.length === 1 && withinTypos(plain, e[e.length - 1]!)) return 'near';
  return 'wrong';
}

/**
 * Grade a typed answer the way a fair person would: case, accents, punctuation, articles,
 * number forms ("3bn" = "$3 billion"), a surname for a person, initials for an
 * organisation are all right; a small slip in a name is near; anything else is wrong.
 * `kind` is how to read the answer (a quote's speaker is read as a person).
 */
export function matchAnswer(given: string, expected: string, kind: NoteKind): AnswerMatch {
  return { verdict: verdictOf(given, expected, kind), expected };
}

const RANK: Record<Verdict, number> = { right: 2, near: 1, wrong: 0 };

/**
 * A card whose deletion appears more than once ("{{c1::Kazakhstan}} … {{c1::Kazakhstan}}")
 * is graded on its answers in order, separated by commas or semicolons; the worst part counts.
 * Answered as one piece, it is graded against the answers joined.
 */
export function matchAnswers(given: string, answers: readonly string[], kind: NoteKind): AnswerMatch {
  const expected = answers.join(', ');
  if (answers.length <= 1) return matchAnswer(given, expected, kind);
  const parts = given.split(/[,;]/).map((p) => p.trim());
  if (parts.length !== answers.length) return matchAnswer(given, expected, kind);
  const verdicts = parts.map((part, i) => verdictOf(part, answers[i]!, kind));
  const worst = verdicts.reduce((a, b) => (RANK[b] < RANK[a] ? b : a));
  return { verdict: worst, expected };
}

import type { NoteKind } from '../deck/types.js';
import { NUMBER_WORDS } from './number-forms.js';

// Wrong but plausible amounts for a choice question when the decks hold too few: the
// answer's own number moved a little or by an order of magnitude, written the same way.

const NUMBER_IN_TEXT = new RegExp(`\\d[\\d,]*(?:\\.\\d+)?|\\b(?:${NUMBER_WORDS.join('|')})\\b`, 'i');

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1800 && value <= 2200;
}

/** The numbers to try, nearest first; a year or a day of the month only moves a little. */
function candidateValues(value: number, kind: NoteKind, text: string): number[] {
  if (isYear(value)) return [value + 1, value - 1, value + 2, value - 2, value - 3, value + 3];
  if (kind === 'date') return [value + 1, value - 1, value + 2, value - 2, value + 3].filter((d) => d >= 1 && d <= 31);
  // Small counts move by one or two; larger amounts by a factor, which is how they get misremembered.
  const steps =
    value <= 20
      ? [value + 1, value - 1, value * 2, value + 2, value * 10, value * 3]
      : [value * 2, value * 10, Math.round(value * 1.5), Math.round(value / 2), Math.round(value / 10)];
  const percent = kind === 'percent' || /%|percent/i.test(text);
  return steps.filter((v) => v >= 1 && (!percent || v <= 100));
}

/** A value written like the original: a word stays a word, "7,644" keeps its commas. */
function writeLike(original: string, value: number): string {
  if (/^[a-z]/i.test(original)) {
    const word = Number.isInteger(value) ? NUMBER_WORDS[value] : undefined;
    if (word === undefined) return String(value);
    return /^[A-Z]/.test(original) ? word[0]!.toUpperCase() + word.slice(1) : word;
  }
  const decimals = Number.isInteger(value) ? 0 : 1;
  const digits = value.toFixed(decimals);
  return original.includes(',') ? Number(digits).toLocaleString('en-US', { minimumFractionDigits: decimals }) : digits;
}

/** "$3 billion" → "$4 billion", "$2 billion", "$6 billion", "$30 billion", …; [] if no number. */
export function numberVariants(answer: string, kind: NoteKind): string[] {
  const match = NUMBER_IN_TEXT.exec(answer);
  if (!match) return [];
  const original = match[0];
  const value = /^[a-z]/i.test(original) ? NUMBER_WORDS.indexOf(original.toLowerCase()) : Number(original.replace(/,/g, ''));
  const before = answer.slice(0, match.index);
  const after = answer.slice(match.index + original.length);
  const out: string[] = [];
  for (const v of candidateValues(value, kind, answer)) {
    const text = `${before}${writeLike(original, Math.round(v * 10) / 10)}${after}`;
    if (text !== answer && !out.includes(text)) out.push(text);
  }
  return out;
}

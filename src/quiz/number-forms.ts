import { normalizeAnswer } from './normalize-answer.js';

/** A number answer read for its meaning: "$3bn" → 3e9 usd; "seven-year" → 7 year; "15 per cent" → 15 percent. */
export interface NumberForm {
  value: number;
  /** percent, year, times, km…; null for a bare number. */
  unit: string | null;
  /** usd, eur, gbp; null when none is written. */
  currency: string | null;
  /** What is counted, written after the number: "people" in "227 people"; null when none. */
  noun: string | null;
}

/** Words after a number that name what it counts ("227 people", "15 political prisoners"). */
const MAX_NOUN_WORDS = 2;

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};
export const NUMBER_WORDS: readonly string[] = Object.keys(SMALL).filter((w) => w !== 'dozen' && SMALL[w]! <= 20);

const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6,
  billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};

const CURRENCIES: Record<string, string> = {
  $: 'usd', usd: 'usd', dollar: 'usd', dollars: 'usd',
  '€': 'eur', eur: 'eur', euro: 'eur', euros: 'eur',
  '£': 'gbp', gbp: 'gbp', pound: 'gbp', pounds: 'gbp',
};

const UNITS: Record<string, string> = {
  '%': 'percent', percent: 'percent', pct: 'percent', percentage: 'percent',
  year: 'year', years: 'year', yr: 'year', yrs: 'year',
  month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day',
  time: 'times', times: 'times', x: 'times', fold: 'times',
  km: 'km', kilometer: 'km', kilometers: 'km', kilometre: 'km', kilometres: 'km',
  mile: 'mile', miles: 'mile',
};

/** Words that change nothing: "percentage points", "US$". */
const FILLER = new Set(['point', 'points', 'us']);

/** "3bn" → "3 bn", "10x" → "10 x", "tenfold" → "ten fold": the parts of a number as words. */
function splitNumberWords(text: string): string[] {
  return normalizeAnswer(text)
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/\bper cent\b/g, 'percent')
    .replace(/^([a-z]+)fold$|\b([a-z]+)fold\b/g, (_, a: string | undefined, b: string | undefined) => `${a ?? b} fold`)
    .split(' ')
    .filter(Boolean);
}

/**
 * The number an answer states, or null when it is not just a number (a date like
 * "January 2022", a name, two numbers). Word numbers up to the nineties combine
 * ("twenty three"), scales multiply ("3.5 billion"), and a digit group written with spaces
 * ("3 000 000") joins.
 */
export function parseNumberForm(text: string): NumberForm | null {
  const words = splitNumberWords(text);
  let value: number | null = null;
  let group = 0; // the word number being read ("twenty three")
  let inNumber = false;
  let numberDone = false;
  let unit: string | null = null;
  let currency: string | null = null;
  const noun: string[] = [];
  const startNumber = (): boolean => {
    if (numberDone) return false; // a second number: not one amount
    inNumber = true;
    return true;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (/^\d+(\.\d+)?$/.test(word)) {
      // "3 000 000": a group of three digits right after digits continues the number.
      if (inNumber && value !== null && /^\d{3}$/.test(word) && /^\d+$/.test(words[i - 1] ?? '')) {
        value = value * 1000 + Number(word);
        continue;
      }
      if (inNumber || noun.length > 0 || !startNumber()) return null;
      value = Number(word);
    } else if (word in SMALL) {
      if ((!inNumber && !startNumber()) || noun.length > 0) return null;
      if (value !== null && group === 0) return null; // "3 seven"
      group += SMALL[word]!;
      value = group;
    } else if (word in SCALES) {
      if (!inNumber || value === null) return null;
      value *= SCALES[word]!;
      group = 0;
    } else {
      if (inNumber) {
        inNumber = false;
        numberDone = true;
      }
      if (word in CURRENCIES) {
        if (currency !== null && currency !== CURRENCIES[word]) return null;
        currency = CURRENCIES[word]!;
      } else if (word in UNITS) {
        if (unit !== null && unit !== UNITS[word]) return null;
        unit = UNITS[word]!;
      } else if (numberDone && /^[a-z]+$/.test(word) && noun.length < MAX_NOUN_WORDS) {
        noun.push(word);
      } else if (!FILLER.has(word)) {
        return null;
      }
    }
  }
  return value === null ? null : { value, unit, currency, noun: noun.length ? noun.join(' ') : null };
}

/** "prisoners" and "prisoner", "cities" and "city", read as one. */
function singular(noun: string): string {
  return noun
    .split(' ')
    .map((w) => w.replace(/ies$/, 'y').replace(/(ss|sh|ch|x)es$/, '$1').replace(/([^s])s$/, '$1'))
    .join(' ');
}

/**
 * Same amount, and no unit or currency said that contradicts the other: "3 billion" = "$3bn".
 * A counted noun typed with the number ("227 people" for 227) is part of a right answer when
 * the card's answer is a bare number (the noun is in the sentence around the blank) or counts
 * the same thing; it cannot stand in for a unit ("7 hours" is not "seven-year").
 */
export function sameNumber(expected: NumberForm, given: NumberForm): boolean {
  const close = Math.abs(expected.value - given.value) <= 1e-9 * Math.max(1, Math.abs(expected.value));
  const compatible = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;
  const nounFits =
    given.noun === null ||
    (expected.noun === null ? expected.unit === null : singular(expected.noun) === singular(given.noun));
  return close && compatible(expected.unit, given.unit) && compatible(expected.currency, given.currency) && nounFits;
}

import type { FactKind } from '../deck/types.js';
import { firstAtLeast } from './first-at-least.js';
import { isVocabularyWord, type EntitySpan, type Token } from './nlp.js';
import { HOLIDAY_FIRST, isMonthOrDay, isWeekday, STREET_WORDS } from './proper-noun-chunks.js';

export interface NumberFact {
  first: number;
  last: number;
  kind: Extract<FactKind, 'money' | 'percent' | 'number' | 'quantity' | 'date'>;
  hint: string;
}

// Qualifiers stay visible: "at least {{227}}", "more than {{47 years}}".
const QUALIFIERS = /^(about|around|nearly|almost|roughly|approximately|some|over|under|more|less|fewer|than|at|least|most|since|throughout|by|up|to|only|just|the|in|an?|of|between)$/i;
// Relative dates say nothing once the article is old: "last month", "today".
const RELATIVE = /^(last|this|next|ago|today|tonight|yesterday|tomorrow|recently|now|earlier|later|current|past|coming|year|month|week|day|days|years|months|weeks)$/i;
const SMALL_NUMBER_WORDS = /^(one|two|a|an|half|dozens?|hundreds?|thousands?|millions?|several|few|many)$/i;
const UNITS = new Set(
  'times|knts|kts|microns|micrometers|micrometres|nanometers|nanometres|knots|volts|kilovolts|calories|decibels|thirds|quarters|fifths|tenths|kilometers|kilometres|km|miles|meters|metres|feet|foot|yards|inches|centimetres|centimeters|millimetres|millimeters|grams|ounces|megawatts|gigawatts|kilowatts|kilograms|kg|pounds|tons|tonnes|megatons|gigatons|megatonnes|gigatonnes|degrees|hours|minutes|seconds|days|weeks|months|years|decades|centuries|light|barrels|liters|litres|gallons|acres|hectares|square|cubic|people|cm|mm|mph|kph|lbs|astronomical|au|parsecs|mi|ft|yd|lb|oz|ha|kw|mw|gw|kwh|mwh|gwh|rpm|mbps|gbps|kbps|megabits|gigabits|terabytes|gigabytes|megabytes|mg|mcg|milligrams|micrograms|ml|milliliters|millilitres'.split('|'),
);

// ("reducing the use of hazardous materials by over 570 million pounds": stuff that is weighed,
// named just before, makes the pounds its weight.)
const WEIGHT_WORDS = /^(?:weighs?|weighed|weighing|weight|weights|heavy|heavier|lighter|materials|chemicals|waste|wastes|pollutants|emissions|trash|garbage|debris|cargo|freight|meat|fish|produce|cocaine|marijuana|methamphetamine|heroin|fentanyl)$/i;

const MONTH_FIRST = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?$/;
const YEAR_BEFORE = /^(in|by|since|until|till|from|through|before|after|of|early|late|mid|around|during|to)$/i;
const ORDINAL_DIGITS = /^\d+(?:st|nd|rd|th)$/i;
const NOT_COUNTED = /^(?:century|centuries|percentiles?|centile|minute)$/i;
const CURRENCY_SIGN = /^[£$€¥₹₩₽]$/;
// A currency's code before an amount ("EUR 40 million"), or joined to its figure ("CNY860"),
// or a currency's usual short form ("KSh38 million" for Kenyan shillings, "Rs 500", "Rp", "Tk").
const CODES = 'USD|EUR|GBP|CNY|RMB|JPY|INR|AUD|CAD|CHF|HKD|SGD|KRW|MXN|BRL|ZAR|NZD|SEK|NOK|DKK|PLN|TRY|RUB|KHR|THB|VND|IDR|PHP|MYR|NGN|KES|EGP|SAR|AED|ILS|PKR|BDT|UAH|KSh|Ksh|KShs|Kshs|Rs\\.?|Rp|Tk';
export const CURRENCY_CODE = new RegExp(`^(?:${CODES})$`);
export const CODED_AMOUNT = new RegExp(`^(?:${CODES})\\d[\\d,.]*$`);
const CURRENCY_WORDS = /^(euros?|dollars?|cents|pence|yuan|yen|rupees?|pesos?|rubles?|roubles?|won|francs?|riels?|baht|dinars?|dirhams?|shillings?|nairas?|rand|reais|real|kronor|krona|kroner|krone|kronur|zlotys?|zloty|forints?|lira|liras|lire|koruna|hryvnias?|tenge|rupiahs?|ringgits?)$/i;
// "$387m", "11bn euros", "£50k": a scale written on the figure, which wink splits off.
const SCALE_SUFFIX = /^(?:m|mn|b|bn|tn|k)$/i;

/** Token `i` is a scale written straight after a figure: the "m" of "$387m". */
function isScaleSuffix(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const figure = tokens[i - 1];
  return !!t && !!figure && t.start === figure.end && /\d$/.test(figure.value) && SCALE_SUFFIX.test(t.value);
}

const isDigitish = (t: Token): boolean => /\d/.test(t.value);
/** Two tokens written with nothing between them ("7" and "-", "RS" and "/"). */
const touching = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;

/** "Voyager 1", "C5+1", "LHS 1140 b", "X-59": a number that belongs to a name. */
function isNumberInName(tokens: Token[], first: number, last: number, sentenceFirst: number, type: string): boolean {
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  const head = tokens[first]!;
  if (/^[+-]/.test(head.value)) return true;
  // ("in violation of 42 U.S.C. 2277": a title of the code and its section, no figure.)
  if (next && /^(?:U\.S\.C\.?|C\.F\.R\.?|USC|CFR)$/.test(next.value)) return true;
  if (/^(?:U\.S\.C\.?|C\.F\.R\.?|USC|CFR|§)$/.test(tokens[first - 1]?.value ?? '')) return true;
  // ("26 U.S.C. §§ 7206(1) and 7206(2)": the sections listed after the first are sections too.)
  if (/^(?:and|or|,|to|through)$/.test(tokens[first - 1]?.value ?? '') && tokens.slice(Math.max(0, first - 8), first - 1).some((t) => t.value === '§') && !tokens.slice(Math.max(0, first - 8), first - 1).some((t) => /^[;.]$/.test(t.value))) return true;
  // ("published in PLOS ONE": a number word in capitals is a brand's, not a count.)
  if (/^(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|TWENTY|THIRTY|FORTY|FIFTY|HUNDRED|THOUSAND)$/.test(head.value)) return true;
  // ("at 877-FTC-HELP": a telephone number spelled in letters.)
  if (next && /^[-‐]$/.test(next.value) && next.start === tokens[last]!.end && /^[A-Z]{2,}/.test(tokens[last + 2]?.value ?? '') && tokens[last + 2]!.start === next.end) return true;
  // ("we appear to be in the 11th hour": the last moment, no count.)
  if (head.value === '11th' && first === last && /^hour$/i.test(next?.value ?? '')) return true;
  // ("LHS 1140 b" — not the article in "$6,000 a month".)
  if (next && /^[b-z]$/.test(next.value) && !isScaleSuffix(tokens, last + 1)) return true;
  // "10 Downing Street": a house number is part of its address.
  // ("of 2405 82nd Street": a numbered street's ordinal after it too.)
  if (first === last && /^\d+$/.test(head.value) && tokens.slice(last + 1, last + 4).some((t) => STREET_WORDS.test(t.value)) && (/^\p{Lu}/u.test(next?.value ?? '') || /^\d+(?:st|nd|rd|th)$/.test(next?.value ?? ''))) return true;
  if (!prev) return false;
  // ("the 91B Wheeled Vehicle Mechanic training", "5G networks": digits with a capital run on are
  // a code, no figure.)
  // (A scale's letter, "25M unique visitors", only before a capitalised word: "the 91B Wheeled …".)
  const letter = /^\d+([A-Z])$/.exec(head.value)?.[1] ?? (/^\d+$/.test(head.value) && /^[A-Z]$/.test(next?.value ?? '') && next!.start === head.end ? next!.value : null);
  const afterCode = /^[A-Z]$/.test(next?.value ?? '') && next!.start === head.end ? tokens[last + 2] : next;
  if (first === last && letter && (!/^[KMBT]$/.test(letter) || /^\p{Lu}\p{Ll}/u.test(afterCode?.value ?? ''))) return true;
  // ("benefits for post-9/11 veterans": the day of the attacks, cut after its slash.)
  if (first === last && head.value === '11' && prev?.value === '/' && /9$/.test(tokens[first - 2]?.value ?? '') && prev.start === tokens[first - 2]!.end) return true;
  // ("the 9/11 Commission Act of 2007", "the 9/11 Memorial": the date opens a name.)
  if (first === last && head.value === '9/11' && /^\p{Lu}\p{Ll}/u.test(next?.value ?? '')) return true;
  // ("at S&P 500 companies": an index's name with its number.)
  if (first === last && /^\p{Lu}+&\p{Lu}+$/u.test(prev.value) && prev.end === head.start - 1) return true;
  // ("Dr. June", "Carl H. June": a month after a courtesy title or an initial is someone's surname.)
  if (first === last && /^(?:May|June|April|August)$/.test(head.value) && /^(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|\p{Lu})\.$/u.test(prev.value)) return true;
  // "the Guildford Four", "Building 703", "Phase 3": after a capitalised word inside the
  // sentence (not its opening word, not a month), a count is the rest of a name.
  // ("Pillar Three": a number word with a capital needs no more than the capital before it.)
  const opening = first - 1 <= sentenceFirst || /^["“‘'(\[—–:]$/.test(tokens[first - 2]?.value ?? '');
  const capitalBefore = /^\p{Lu}[\p{Ll}.]*$/u.test(prev.value) && !isMonthOrDay(prev.value) && !MONTH_SHORT.test(prev.value);
  if (type === 'CARDINAL' && first === last && capitalBefore && ((isDigitish(head) && !opening) || /^\p{Lu}\p{Ll}+$/u.test(head.value))) return true;
  // "China's Three Gorges Dam", "the Big Four Banks": a number word spelt with a capital
  // inside a sentence, before another capitalised word, is part of a name.
  if (/^\p{Lu}\p{Ll}+$/u.test(head.value) && first === last && next && /^\p{Lu}\p{Ll}/u.test(next.value) && !isMonthOrDay(next.value) && /[\p{L}\d,’']$/u.test(prev.value)) return true;
  if (prev.value === '-' && tokens[first - 2] && /^\p{Lu}/u.test(tokens[first - 2]!.value) && prev.end === head.start) return true;
  // "the 21st Century Cures Act": an ordinal in figures before a name's capitals opens the name.
  if (/^\d+(?:st|nd|rd|th)$/.test(head.value) && next && /^\p{Lu}\p{Ll}/u.test(next.value) && !isMonthOrDay(next.value)) return true;
  const capitalised = /^\p{Lu}[\p{L}.]*$/u.test(prev.value) && !isMonthOrDay(prev.value);
  return capitalised && (prev.pos === 'PROPN' || /^[A-Z]{2,}$/.test(prev.value)) && isDigitish(head);
}

/**
 * A plural noun at `at`, or after one or two lower-case words that describe it: "two
 * astronauts", "two recent lawsuits", "two science instruments", "two highly effective vaccines".
 */
function countsNoun(tokens: Token[], at: number): boolean {
  const plural = (t: Token | undefined): boolean => !!t && t.pos === 'NOUN' && /^\p{Ll}+s$/u.test(t.value) && !/ss$/.test(t.value);
  const modifier = (t: Token | undefined): boolean => !!t && /^(?:ADJ|NOUN|ADV)$/.test(t.pos) && /^\p{Ll}[\p{Ll}-]*$/u.test(t.value);
  return plural(tokens[at]) || (modifier(tokens[at]) && (plural(tokens[at + 1]) || (modifier(tokens[at + 1]) && plural(tokens[at + 2]))));
}

/**
 * "3.8 billion years ago", "about 500 years ago", "10 centuries ago": so long ago that the
 * article's own date does not matter — a date to learn, unlike "two years ago".
 */
// What stands between the ages of a list: commas, "and", bounds, and each band's share in brackets.
const AGE_LIST_GLUE = /^(?:[,;()≤≥<>~%]|and|or|\d+(?:\.\d+)?%?)$/;

function isLongAgo(text: string): boolean {
  if (/centur|millenni|\b(?:million|billion)\b/i.test(text)) return true;
  const n = /([\d,]+)\s+years?\b/i.exec(text);
  return !!n && Number(n[1]!.replace(/,/g, '')) >= 100;
}

const TIME_ZONE = /^(?:[A-Z]{1,4}T|UTC|GMT)$/;
const HALF_DAY = /^(?:a\.?m\.?|p\.?m\.?)$/i;
// Counts written in words that are a figure on their own (not "one", "two": see kindOf).
const COUNT_WORD = /^(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/i;

// A division's or a brigade's kind, written short after its numbers: "2/1 AD", "3/4 ID".
const UNIT_SHORT = /^(?:AD|ID|CD|ABN|CAV|BCT|SBCT|IBCT|ABCT)$/;

function kindOf(type: string, tokens: Token[], first: number, last: number): NumberFact | null {
  const words = tokens.slice(first, last + 1).map((t) => t.value);
  const joined = words.join(' ');
  // ("The 2/1 AD is attached …": a unit written short — 2nd Brigade, 1st Armored Division — no date.)
  const unit = /^\d\/\d\s+(\S+)$/.exec(joined)?.[1] ?? (/^\d\/\d$/.test(joined) ? tokens[last + 1]?.value : undefined);
  if (unit !== undefined && UNIT_SHORT.test(unit)) return null;
  // ("from Monday, March 28 to Friday, April 15": a span whose end is a weekday goes on past the
  // comma; asked here, it is cut — the day it starts is the date.)
  if ((type === 'DATE' || type === 'DURATION') && words.length >= 4 && isWeekday(words[words.length - 1]!) && /^(?:to|through|until|-|–)$/.test(words[words.length - 2]!) && isMonthOrDay(words[0]!) && tokens[last + 1]?.value === ',') {
    return kindOf('DATE', tokens, first, last - 2);
  }
  if (type === 'MONEY') {
    // "10 pounds of methamphetamine": a weight that wink reads as sterling.
    // ("The rover weighs about 2,260 pounds", "weighed four pounds": a weight too.)
    // ("weighs in at little under four pounds (1.8 kilograms)", "35 pounds heavier": a weight
    // word a little further back, or right after, or the metric weight in brackets.)
    // ("59,000 pounds (27 metric tons)": metric tons too.)
    // ("26 pounds every second (12 kilograms per second)", "over 2,000 pounds per second (over
    // 1,000 kilograms …)": a rate or a qualifier may stand between.)
    // ("yields up by 400 pounds per acre": a weight per something is no money.)
    const bracket = tokens.slice(last + 1, last + 5).findIndex((t) => t.value === '(');
    const inBracket = bracket < 0 ? [] : tokens.slice(last + 2 + bracket, last + 7 + bracket).map((t) => t.value);
    const metric = inBracket.some((w, i) => /^(?:kilograms?|kg|grams?|g|tonnes?)$/i.test(w) || (/^metric$/i.test(w) && /^tons?$/i.test(inBracket[i + 1] ?? '')));
    const weighed = tokens.slice(Math.max(0, first - 6), first).some((t) => WEIGHT_WORDS.test(t.value)) || tokens.slice(last + 1, last + 5).some((t) => WEIGHT_WORDS.test(t.value)) || metric;
    if (/^pounds?$/i.test(words[words.length - 1]!) && !words.some((w) => /[£$€¥₹]/.test(w)) && (/^(?:of|per)$/.test(tokens[last + 1]?.value ?? '') || weighed)) {
      return { first, last, kind: 'quantity', hint: 'quantity' };
    }
    return { first, last, kind: 'money', hint: 'amount' };
  }
  if (type === 'PERCENT') return { first, last, kind: 'percent', hint: 'percent' };
  // "lifted off at 9:17 a.m. PST", "began at 5 p.m.": the clock time something happened, in
  // digits with its half of the day (not "this morning", nor a bare "10:30" that may be a score).
  // ("hovered for 4.5 seconds before …", "awake 30 minutes later": wink's time is a length of
  // time there — how long.)
  // ("between 8 p.m. and 6 a.m.", "from 9 a.m. to 5 p.m.": wink's length of time is two clock
  // times, the hours something is open or shut — a time, not how long.)
  if (type === 'DURATION') {
    const from = /^(?:between|from)$/i.test(words[0]!) ? 1 : 0;
    if (/^\d{1,2}(?::\d{2})? [ap]\.?m\.? (?:and|to|until|-|–) \d{1,2}(?::\d{2})? [ap]\.?m\.?$/i.test(words.slice(from).join(' '))) return { first: first + from, last, kind: 'date', hint: 'time' };
  }
  if (type === 'TIME') {
    const clock = words.findIndex((w) => /^\d{1,2}(?::\d{2})?$/.test(w));
    if (clock >= 0 && HALF_DAY.test(words[clock + 1] ?? '')) return { first: first + clock, last, kind: 'date', hint: 'time' };
    const unit = words.findIndex((w) => /^(?:seconds?|minutes?|hours?)$/i.test(w));
    if (unit === 1 && (/^[\d.,]*\d$/.test(words[0]!) || COUNT_WORD.test(words[0]!))) return { first, last: first + 1, kind: 'quantity', hint: 'how long' };
    return null;
  }
  // "its 34th anniversary", "her 16th foreign trip", "the 84th meeting": which time of a thing
  // that recurs, in digits — not "the 21st century", "the 90th percentile" or a match's "62nd
  // minute" (a clock beside who scored), and not a name's number ("1st Cavalry Division").
  if (type === 'ORDINAL') {
    const next = tokens[last + 1];
    const noun = next && /^\p{Ll}/u.test(next.value) && (next.pos === 'NOUN' || (next.pos === 'ADJ' && tokens[last + 2]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[last + 2]!.value)));
    if (words.length !== 1 || !ORDINAL_DIGITS.test(words[0]!) || !noun || NOT_COUNTED.test(next.value) || NOT_COUNTED.test(tokens[last + 2]?.value ?? '')) return null;
    return { first, last, kind: 'number', hint: 'number' };
  }
  // "from 2016 to 2017", "2019 and 2020": years, whatever wink calls them.
  const years = /^(?:from\s+|between\s+)?((?:1[6-9]|20)\d\d)\s+(?:to|and|-|–|through)\s+((?:1[6-9]|20)\d\d)$/i.exec(joined);
  if (years) {
    const from = /^(?:from|between)$/i.test(words[0]!) ? first + 1 : first;
    return { first: from, last, kind: 'date', hint: 'years' };
  }
  // "Since 9/11", "on 7/4": a month and day written with a slash (a denominator of 10 or
  // more is no everyday fraction).
  if (words.length === 1 && /^(?:1[0-2]|0?[1-9])\/(?:[12]\d|3[01]|1\d)$/.test(joined)) return { first, last, kind: 'date', hint: 'date' };
  // ("since 9/10/95", "until 31/1/2000": a day, a month and a year written with slashes, after
  // the word that makes wink read it as a length of time.)
  const slashed = words.findIndex((w) => /^\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})$/.test(w));
  if (slashed >= 0 && words.every((w, k) => k === slashed || /^(?:since|until|till|from|by|on|before|after)$/i.test(w))) return { first: first + slashed, last: first + slashed, kind: 'date', hint: 'date' };
  // ("in 1989/90", "the 2023/24 season": a financial or a season's year, written with its end.)
  const split = words.length === 1 ? /^(?:1[89]|20)(\d\d)\/(\d\d)$/.exec(joined) : null;
  if (split && (Number(split[1]) + 1) % 100 === Number(split[2])) return { first, last, kind: 'date', hint: 'years' };
  // ("a 1368 million pounds turnover": four digits before a scale word count; the money is asked whole.)
  if (words.length === 1 && /^\d{4}$/.test(joined) && /^(?:million|billion|trillion)$/i.test(tokens[last + 1]?.value ?? '')) return null;
  if (type === 'DATE' || (type === 'DURATION' && /^\d{4}$/.test(joined))) {
    if (/\bago$/i.test(joined) && isLongAgo(joined)) return { first, last, kind: 'date', hint: 'date' };
    if (words.some((w) => RELATIVE.test(w)) && !/\d{4}/.test(joined)) return null;
    // ("mid-September", "early-March": a month all the same.)
    if (!/\d/.test(joined) && !words.some((w) => isMonthOrDay(w.replace(/^(?:mid|early|late)-/i, '')))) return null;
    // ("to 1807.99 points": a figure with decimals is no date, whatever the tagger says.)
    if (words.length === 1 && /^\d+\.\d+$/.test(joined)) return { first, last, kind: 'number', hint: 'number' };
    // ("200 detectors and 2000 leaflets": a bare figure that counts what follows, even one a year
    // could be — not "the 2000 elections", "in 2000 voters".)
    const next = tokens[last + 1];
    const before = tokens[first - 1]?.value ?? '';
    if (words.length === 1 && /^\d{4}$/.test(joined) && !!next && next.pos === 'NOUN' && /^\p{Ll}+[^s]s$/u.test(next.value) && !YEAR_BEFORE.test(before) && !/^(?:the|a|an|its|his|her|their|our|this|that|these|those|[\p{L}]+['’]s?)$/iu.test(before) && first > 0) {
      return { first, last, kind: 'number', hint: 'number' };
    }
    return { first, last, kind: 'date', hint: /^\d{4}$/.test(joined) ? 'year' : 'date' };
  }
  // "by 2040", "plans for 2026", "the 2025 filing season": news writes counts of a thousand
  // and more with a comma, so a bare 1800–2099 is a year — unless it counts what follows
  // ("1500 troops").
  if (type === 'CARDINAL' && words.length === 1 && /^(1[89]|20)\d\d$/.test(words[0]!)) {
    const next = tokens[last + 1];
    // "fourth-quarter 2004 profits", "fiscal 2024 sales", "full year 2004 gains": a period's year, whatever follows.
    const period = /^(?:quarter|half|fiscal|financial|calendar|full-year|year)$/i.test(tokens[first - 1]?.value ?? '');
    // ("our 2021 changes": after an owner's word, the year of what they own.)
    const owned = /^(?:our|their|its|his|her|my|your)$/i.test(tokens[first - 1]?.value ?? '');
    const counts = !!next && next.pos === 'NOUN' && /[^s]s$/.test(next.value) && !YEAR_BEFORE.test(tokens[first - 1]?.value ?? '') && !period && !owned;
    if (!counts) return { first, last, kind: 'date', hint: 'year' };
  }
  // "since January 30th", "since August 2021", "until 2005": wink's duration is a date with a preposition.
  // ("since mid-June": a part of a month, written as one word, too.)
  if (type === 'DURATION' && (words.some((w) => isMonthOrDay(w.replace(/^(?:mid|early|late)-/i, ''))) || words.some((w) => /^(?:1[6-9]|20)\d\d$/.test(w)))) {
    let from = first;
    while (from < last && /^(since|from|until|till|through|after|before)$/i.test(tokens[from]!.value)) from += 1;
    return { first: from, last, kind: 'date', hint: 'date' };
  }
  if (type === 'CARDINAL' || type === 'DURATION' || type === 'QUANTITY') {
    // "two astronauts", "two recent lawsuits": two of something counted is a fact; a bare "two" is not.
    // "the two sides", "our two countries" point back at what the story named: no fact.
    const countedTwo = words.length === 1 && /^two$/i.test(words[0]!) && countsNoun(tokens, last + 1) && !/^(the|these|those|both|our|their|its|his|her|my|your)$/i.test(tokens[first - 1]?.value ?? '');
    if (words.length === 1 && SMALL_NUMBER_WORDS.test(words[0]!) && !countedTwo) return null;
    // "two weeks" is a fact, a bare "two" is not (above); "one day" is as often "someday".
    const small = (words.length > 1 && /^two$/i.test(words[0]!)) || countedTwo;
    if (!small && !words.some((w) => /\d/.test(w) || COUNT_WORD.test(w) || /^(?:hundred|thousand|million|billion|trillion|[a-z]+-[a-z]+)$/i.test(w))) return null;
    return { first, last, kind: type === 'DURATION' ? 'quantity' : 'number', hint: type === 'DURATION' ? 'how long' : 'number' };
  }
  return null;
}

/**
 * A person's age ("Sarin, 39,", "a 68-year-old farmer") and a unit conversion in brackets
 * ("40 feet (12 meters)"): true, but nothing a reader of the story needs to recall.
 */
function isAgeOrConversion(tokens: Token[], a: number, b: number, first: number): boolean {
  const text = tokens.slice(a, b + 1).map((t) => t.value).join(' ').replace(/\s*-\s*/g, '-');
  const after = tokens.slice(b + 1, b + 5).map((t) => t.value.toLowerCase()).join(' ').replace(/\s*-\s*/g, '-');
  const around = tokens.slice(Math.max(first, a - 2), b + 5).map((t) => t.value).join(' ').replace(/\s*-\s*/g, '-');
  const before = tokens[a - 1];
  let next = tokens[b + 1];
  if (a - 2 >= first && before?.value === ',' && /^\d{1,3}$/.test(text) && next?.value === ',' && /^\p{Lu}/u.test(tokens[a - 2]!.value)) return true;
  // "40 feet (12 meters)": the same measure again in another unit ("(27 metric tons)").
  const metric = next?.value.toLowerCase() === 'metric' ? 1 : 0;
  if (metric) next = tokens[b + 2];
  if (next && UNITS.has(next.value.toLowerCase())) next = tokens[b + 2 + metric];
  // ("26 pounds every second (12 kilograms per second)", "over 2,000 pounds per second (over
  // 1,000 kilograms per second)": the rate after each unit, a qualifier before the figure.)
  if (next && /^(?:per|every|a|an)$/i.test(next.value) && /^\p{L}+$/u.test(tokens[b + 3 + metric]?.value ?? '') && tokens[b + 2 + metric]?.value !== ')') next = tokens[b + 4 + metric];
  let open = a - 1;
  if (/^(?:over|about|nearly|around|roughly|approximately|almost|some)$/i.test(tokens[open]?.value ?? '')) open -= 1;
  let unitAt = open - 1;
  if (/^\p{L}+$/u.test(tokens[unitAt]?.value ?? '') && /^(?:per|every|a|an)$/i.test(tokens[unitAt - 1]?.value ?? '')) unitAt -= 2;
  // (Money in brackets — "7,000 baht ($224)" — stays: the dollars are what a reader compares.)
  if (tokens[open]?.value === '(' && next?.value === ')' && unitAt >= first && UNITS.has(tokens[unitAt]!.value.toLowerCase()) && tokens[unitAt]!.value.toLowerCase() !== 'people') return true;
  // ("2.7 degrees Fahrenheit (1.5 degrees Celsius)", "240 cubic miles (1,000 cubic kilometers)":
  // a measure of several words, and its scale, said again in the other system.)
  if (tokens[open]?.value !== '(' || open - 1 < first || !MEASURE_WORD.test(tokens[open - 1]!.value)) return false;
  for (let k = b + 1; k <= b + 4; k += 1) {
    const t = tokens[k];
    if (t?.value === ')') return k > b + 1;
    if (!t || !MEASURE_WORD.test(t.value)) return false;
  }
  return false;
}

/** A word of a measure's unit: "cubic", "miles", "degrees", "Celsius". */
const MEASURE_WORD = /^(?:cubic|square|metric|degrees?|Celsius|Fahrenheit|Kelvin|C|F|K|(?:kilo|centi|milli)?(?:meters?|metres?|grams?)|km|kg|miles?|feet|foot|ft|inch(?:es)?|yards?|acres?|hectares?|pounds?|lbs?|tons?|tonnes?|gallons?|liters?|litres?|ounces?|oz|mph|kph)$/;

/**
 * A clock time worth a card, its zone joined when wink left it out ("2:14 p.m. AKDT"). Not the
 * same moment again on another clock ("9:17 a.m. PST (12:17 p.m. EST)"), nor a time stamp with
 * no sentence around it (a transcript's "8:11 A.M. MDT", "END 8:11 A.M.").
 */
function aClockTimeToAsk(tokens: Token[], fact: NumberFact, first: number, last: number): boolean {
  const before = tokens[fact.first - 2];
  if (tokens[fact.first - 1]?.value === '(' && fact.first - 2 >= first && (TIME_ZONE.test(before!.value) || HALF_DAY.test(before!.value))) return false;
  if (fact.last + 1 <= last && TIME_ZONE.test(tokens[fact.last + 1]!.value)) fact.last += 1;
  let words = 0;
  for (let i = first; i <= last; i += 1) if ((i < fact.first || i > fact.last) && /^\p{Ll}/u.test(tokens[i]!.value)) words += 1;
  return words >= 2;
}

const CHANGE_VERBS = /^(?:rose|rise|rises|risen|fell|fall|falls|fallen|dropped|drops|drop|increased|increases|decreased|decreases|grew|grow|grows|grown|declined|declines|climbed|climbs|jumped|jumps|cut|raised|lowered|went|shrank|doubled|slipped|soared|plunged)$/i;

/** A change verb at token `at` or up to `reach` tokens before it in the same clause (not before `first`). */
function changeVerbBefore(tokens: Token[], at: number, first: number, reach = 6): boolean {
  for (let i = at; i >= Math.max(first, at - reach); i -= 1) {
    if (/^[.;:]$/.test(tokens[i]!.value)) return false;
    if (CHANGE_VERBS.test(tokens[i]!.value)) return true;
  }
  return false;
}

/**
 * The entities of tokens `first`…`last`. wink lists a paragraph's entities in token order, so
 * a binary search finds the first: a one-paragraph 1 MB input has thousands of sentences.
 */
function entitiesWithin(entities: EntitySpan[], first: number, last: number): EntitySpan[] {
  const lo = firstAtLeast(entities, (e) => e.first, first);
  const found: EntitySpan[] = [];
  for (let i = lo; i < entities.length && entities[i]!.first <= last; i += 1) if (entities[i]!.last <= last) found.push(entities[i]!);
  return found;
}

/**
 * "377 000 charging stations", "1 200 000 euros": thousands set apart by a space, as much of
 * Europe writes them — wink reads each group as a figure of its own; one figure here.
 */
function withSpacedThousands(found: EntitySpan[], tokens: Token[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const e of found) {
    const before = out[out.length - 1];
    const left = before && before.last + 1 === e.first ? tokens[before.last]! : undefined;
    const right = tokens[e.first]!;
    if (before && left && /^\d{1,3}$/.test(left.value) && /^\d{3}$/.test(right.value) && right.start === left.end + 1) {
      out[out.length - 1] = { first: before.first, last: e.last, type: e.type === 'CARDINAL' ? before.type : e.type };
      continue;
    }
    out.push(e);
  }
  return out;
}

// ("Sept 30" without its dot too, for the months whose short form is no other word.)
const MONTH_ABBREVIATION = /^(?:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.|Feb|Apr|Aug|Sept|Oct|Nov|Dec)$/;
const UNIT_RANKS = ['seconds?', 'minutes?', 'hours?', 'days?', 'weeks?', 'months?', 'years?', 'decades?', 'centur(?:y|ies)'];

/** How long a unit of time is, by rank (seconds 0 … centuries 8); -1 when no unit. */
function unitRank(word: string): number {
  return UNIT_RANKS.findIndex((u) => new RegExp(`^${u}$`, 'i').test(word));
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };

/** A figure's value ("1.6 million" → 1,600,000), or NaN. */
function valueOf(tokens: Token[], first: number, last: number): number {
  const digits = tokens.slice(first, last + 1).find((t) => /\d/.test(t.value));
  if (!digits) return NaN;
  const scale = tokens.slice(first, last + 1).map((t) => SCALE[t.value.toLowerCase()] ?? 1).reduce((x, y) => x * y, 1);
  return Number(digits.value.replace(/,/g, '')) * scale;
}

/** "by 172,000 to 1.6 million": a step and the level it led to (the second over 3× the first), not a range. */
function stepToLevel(tokens: Token[], a: number, b: number, next: EntitySpan): boolean {
  const step = valueOf(tokens, a, b);
  const level = valueOf(tokens, next.first, next.last);
  return step > 0 && level / step > 3;
}

/**
 * "built in the early 1960’s", "the 1880’s dirt road": a year of tens with an apostrophe's "s",
 * after "the", is its decade written the older way — the "s" is part of the answer.
 */
function withDecadeMark(tokens: Token[], fact: NumberFact, last: number): void {
  const mark = tokens[fact.last + 1];
  if (fact.kind !== 'date' || !mark || fact.last + 1 > last || mark.start !== tokens[fact.last]!.end) return;
  // (wink writes the mark as one token, "’s", or as two, "’" and "s".)
  const s = /^['’]s$/.test(mark.value) ? 1 : /^['’]$/.test(mark.value) && tokens[fact.last + 2]?.value === 's' && tokens[fact.last + 2]!.start === mark.end && fact.last + 2 <= last ? 2 : 0;
  if (s === 0) return;
  if (!/^(?:1[5-9]\d0|20[0-2]0)$/.test(tokens[fact.last]!.value)) return;
  let k = fact.first - 1;
  if (/^(?:early|mid|late)$/i.test(tokens[k]?.value ?? '')) k -= 1;
  if (!/^the$/i.test(tokens[k]?.value ?? '') && !/^the$/i.test(tokens[fact.first]!.value)) return;
  fact.last += s;
  fact.hint = 'date';
}

/** Numeric facts of one sentence, from wink's entities, with units and ranges joined. */
export function findNumberFacts(tokens: Token[], entities: EntitySpan[], first: number, last: number): NumberFact[] {
  const facts: NumberFact[] = [];
  const inside = withSpacedThousands(entitiesWithin(entities, first, last), tokens);
  for (let n = 0; n < inside.length; n += 1) {
    const e = inside[n]!;
    let a = e.first;
    let b = e.last;
    while (a < b && QUALIFIERS.test(tokens[a]!.value)) a += 1;
    if (QUALIFIERS.test(tokens[a]!.value)) continue;
    // ("3,4-methylenedioxymethamphetamine", "2,4-D": a chemical's locants — single digits joined
    // by commas before a hyphen — are no figure.)
    if (tokens.slice(a, b + 1).some((t) => /^\d,\d(?:,\d)*-?/.test(t.value) && !/^\d,\d{3}/.test(t.value))) continue;
    // ("from 23 percent in ‘02 to 8% in ‘03", "my '89 Cavalier": a year written short after its
    // apostrophe is a year, apostrophe and all, and no start of a range.)
    // (Not "''95 percent": the Congressional Record's two apostrophes for a quotation mark.)
    const shortYear = /^\d\d$/.test(tokens[a]!.value) && /^[‘’']$/.test(tokens[a - 1]?.value ?? '') && tokens[a - 1]!.end === tokens[a]!.start && a - 1 >= first && !(/^[‘’']$/.test(tokens[a - 2]?.value ?? '') && tokens[a - 2]!.end === tokens[a - 1]!.start);
    if (shortYear) {
      facts.push({ first: a - 1, last: a, kind: 'date', hint: 'year' });
      continue;
    }
    // "NZ$26 million", "HK$ 5 billion": a country's letters written onto the dollar sign are the
    // currency's, part of the amount.
    if (e.type === 'MONEY' && tokens[a]!.value === '$' && /^[A-Z]{1,3}$/.test(tokens[a - 1]?.value ?? '') && tokens[a - 1]!.end === tokens[a]!.start && a - 1 >= first) a -= 1;
    // "CNY860 million", "EUR 40 million": a currency's code before the figure, joined to it or not.
    let coded = false;
    if (/^(?:hundred|thousand|million|billion|trillion)$/i.test(tokens[a]!.value) && a - 1 >= first && CODED_AMOUNT.test(tokens[a - 1]!.value)) [a, coded] = [a - 1, true];
    else if (/^\d/.test(tokens[a]!.value) && a - 1 >= first && CURRENCY_CODE.test(tokens[a - 1]!.value)) [a, coded] = [a - 1, true];
    // ("to 4-3/4 to 5 percent": a figure with a fraction that wink leaves out opens the range.)
    if (/^(?:to|-|–)$/.test(tokens[a - 1]?.value ?? '') && a - 2 >= first && /^\d+(?:[-‑]\d+)?\/\d+$/.test(tokens[a - 2]!.value) && !inside.some((o) => o.first <= a - 2 && a - 2 <= o.last)) a -= 2;
    // "over a billion parts": the "a" is the figure's own one.
    if (/^(?:hundred|thousand|million|billion|trillion)$/i.test(tokens[a]!.value) && /^an?$/i.test(tokens[a - 1]?.value ?? '') && a - 1 >= first) a -= 1;
    // ("$12-15 billion", "12-to-15 billion rupees": a range written tight with hyphens, which wink
    // leaves out of the amount, is its figure — no scale word alone.)
    if (/^(?:hundred|thousand|million|billion|trillion)$/i.test(tokens[a]!.value) && a - 1 >= first) {
      let k = a - 1;
      while (k > first && /^(?:to-[\d.,]+|-|to)$/.test(tokens[k]!.value) && tokens[k]!.start === tokens[k - 1]!.end) k -= 1;
      const range = k < a - 1 ? tokens.slice(k, a).map((t) => t.value).join('') : tokens[k]!.value;
      if (/^\d[\d.,]*(?:-|-to-)\d[\d.,]*$/.test(range) && tokens[a - 1]!.end < tokens[a]!.start) {
        // (The range's first figure, taken as a number of its own: one answer now.)
        const last = facts[facts.length - 1];
        if (last && last.last >= k) facts.pop();
        a = /^[$€£¥]$/.test(tokens[k - 1]?.value ?? '') && tokens[k - 1]!.end === tokens[k]!.start && k - 1 >= first ? k - 1 : k;
        if (a < k) coded = true;
      }
    }
    // ("a 1368 million pounds turnover": a figure of four digits that wink read as a year.)
    if (/^(?:million|billion|trillion)$/i.test(tokens[a]!.value) && /^\d{4}$/.test(tokens[a - 1]?.value ?? '') && a - 1 >= first) a -= 1;
    // "10 to 20 percent", "three to four years": one range, typed by its end.
    let type = coded ? 'MONEY' : e.type;
    const following = inside[n + 1];
    // "from two weeks to two months": two durations with their units are one range too.
    // "66%–83%": two percentages are one range too — but "2.7 percent and 2.8 percent" are two
    // figures, one for each thing named before them.
    // ("declined 31%, from 27.8% to 19.2%": a change between two levels, not a range.)
    const percentRange = e.type === 'PERCENT' && following?.type === 'PERCENT' && /^(to|-|–)$/.test(tokens[b + 1]?.value ?? '') && !(tokens[a - 1]?.value === 'from' && tokens[b + 1]?.value === 'to');
    const numberEnd = /\d|^(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion)$/i.test(tokens[b]!.value) || (e.type === 'DURATION' && following?.type === 'DURATION') || percentRange;
    // "staff dropped from 1,433 to 777": a change, two figures — not a range. So is "rose
    // by 172,000 to 1.6 million", where the level reached dwarfs the step.
    // ("increased by approximately 200%, from 130.5 to 400.9": the verb may stand a few words back.)
    // ("increased from 22.3 months to 38.7 months for women …, and from 19.1 months to 29.7
    // months": a second change after "and" shares the first one's verb.)
    const change = (tokens[a - 1]?.value === 'from' && (CHANGE_VERBS.test(tokens[a - 2]?.value ?? '') || (tokens[a - 2]?.value === ',' && changeVerbBefore(tokens, a - 3, first)) || (tokens[a - 2]?.value === 'and' && changeVerbBefore(tokens, a - 3, first, 24)))) || (tokens[a - 1]?.value === 'by' && !!following && stepToLevel(tokens, a, b, following));
    // "from 500 feet to 1,000 feet": a range with its unit said twice.
    const unit = tokens[b + 1];
    if (following && following === inside[n + 1] && numberEnd && !change && unit && UNITS.has(unit.value.toLowerCase()) && following.first === b + 3 && /^(to|-|–)$/.test(tokens[b + 2]!.value) && tokens[following.last + 1]?.value === unit.value && following.last + 1 <= last && !['DATE', 'MONEY'].includes(type)) {
      b = following.last;
      n += 1;
    }
    // "11 hours, 22 minutes, and 3 seconds": one duration in several units.
    // ("two years and three months" is one length; not "7 days a week and 365 days a year", whose
    // bare "week" is a rate's unit — no start of a length or a range.)
    const bareUnit = e.type === 'DURATION' && a === b && !/\d/.test(tokens[a]!.value) && /^(?:a|an|per|each|every)$/i.test(tokens[a - 1]?.value ?? '');
    if (e.type === 'DURATION') {
      let next = inside[n + 1];
      while (!bareUnit && next && next.type === 'DURATION' && /^(?:,|and|, and)$/.test(tokens.slice(b + 1, next.first).map((t) => t.value).join(' ')) && unitRank(tokens[next.last]!.value) < unitRank(tokens[b]!.value)) {
        b = next.last;
        n += 1;
        next = inside[n + 1];
      }
    }
    // "Sept. 26, 2022": a month wink does not know in its short form, a day and a year. (So is
    // "May 03, 2024" where wink takes the month for a verb.)
    const before = tokens[a - 1]?.value ?? '';
    const month = MONTH_ABBREVIATION.test(before) || (/^0[1-9]$/.test(tokens[a]!.value) && isMonthOrDay(before) && !isWeekday(before));
    if (e.type === 'CARDINAL' && a === b && /^\d{1,2}$/.test(tokens[a]!.value) && month && a - 1 >= first) {
      a -= 1;
      type = 'DATE';
      if (following?.type === 'DATE' && following.first === b + 2 && tokens[b + 1]!.value === ',' && /^\d{4}$/.test(tokens[following.first]!.value)) {
        b = following.last;
        n += 1;
      }
    }
    // "fiscal years 2018 through 2023", "from March 2020 through May 2022", "between $233 billion
    // and $521 billion", "$5,000 to $6,000 a month": a range of dates or sums is one answer too
    // (not "from $5 to $6", a change).
    const joiner = tokens[b + 1]?.value ?? '';
    const opener = (tokens[a - 1]?.value ?? '').toLowerCase();
    const sameType = following?.type === type;
    const dateRange = type === 'DATE' && sameType && (joiner === 'through' || (/^(?:to|and)$/.test(joiner) && /^(?:from|between)$/.test(opener)));
    // (Not "crude was down $2.86 to $77.11": a change, then where it ended.)
    // (Nor "from the present $13.6 billion to $30 billion": a "from" a word or two before.)
    const fromBefore = /^from$/i.test(tokens[a - 2]?.value ?? '') || /^from$/i.test(tokens[a - 3]?.value ?? '');
    const moneyRange = type === 'MONEY' && sameType && ((joiner === 'and' && opener === 'between') || (joiner === 'to' && !fromBefore && !/^(?:from|by|down|up|rose|fell|dropped|climbed|gained|lost|jumped|slipped|declined|increased|decreased)$/.test(opener)));
    // ("10—15% of questions": a long dash set tight between two figures joins them too.)
    const tightDash = joiner === '—' && tokens[b]!.end === tokens[b + 1]!.start && tokens[b + 1]!.end === tokens[b + 2]?.start;
    // (Not "$3,600 per child under 6 and $3,000 per child …": a count, then a sum of its own.)
    const countThenSum = type === 'CARDINAL' && following?.type === 'MONEY' && /^(?:and|or)$/.test(joiner);
    // (Not "until 1982 - 30 years after …": a spaced hyphen standing for a dash after a year; what
    // follows is an aside, no end of a range.)
    const yearThenAside = joiner === '-' && /^(?:1[6-9]|20)\d\d$/.test(tokens[b]!.value) && tokens[b + 1]!.start > tokens[b]!.end && (tokens[b + 2]?.start ?? 0) > tokens[b + 1]!.end && !!following && /^(?:years?|months?|weeks?|days?|decades?)$/i.test(tokens[following.last]!.value);
    // (Nor "from 22,000 in 1989/90 to around 1000": a financial year ends nothing's range.)
    // (Nor "20% as of 2035 and 80% as of 2050": a year and the share after it; nor "adopted with
    // 455 votes to 85 and 105 abstentions": the votes against, then the abstentions.)
    const splitYear = /^(?:1[89]|20)\d\d\/\d\d$/.test(tokens[b]!.value) || (/^(?:1[89]|20)\d\d$/.test(tokens[b]!.value) && following?.type === 'PERCENT') || (joiner === 'and' && tokens[a - 1]?.value === 'to' && /^votes?$/i.test(tokens[a - 2]?.value ?? ''));
    if (following && following === inside[n + 1] && following.first === b + 2 && numberEnd && !change && !countThenSum && !yearThenAside && !bareUnit && !splitYear && (dateRange || moneyRange || ((/^(to|or|and|through|-|–)$/.test(joiner) || tightDash) && !['DATE', 'MONEY'].includes(type)))) {
      b = following.last;
      type = following.type;
      n += 1;
    }
    // "Tuesday, April 8, 2025": the weekday and the date after it are one date.
    if (e.type === 'DATE' && a === b && isWeekday(tokens[a]!.value) && following?.type === 'DATE' && following.first === b + 2 && tokens[b + 1]!.value === ',') {
      b = following.last;
      n += 1;
    }
    // "one in ten": a share, one answer.
    // ("Two in five haven't finished school": any small count in a larger one.)
    // (Not "another two in 2012": a year after "in" is when.)
    if (/^(?:one|two|three|four|five|six|seven|eight|nine|\d)$/i.test(tokens[b]!.value) && a === b && tokens[b + 1]?.value === 'in' && following?.first === b + 2 && following.last === b + 2 && following.type !== 'DATE' && !/^(?:1[6-9]|20)\d\d$/.test(tokens[b + 2]!.value)) {
      b = following.last;
      n += 1;
    }
    // "Executive Order (E.O.) 13382", "Executive Order 14078": the order's number is its name's.
    if (a === b && /^\d{4,5}$/.test(tokens[a]!.value) && ((tokens[a - 1]?.value === ')' && tokens[a - 2]?.value === 'E.O.') || (tokens[a - 1]?.value === 'Order' && tokens[a - 2]?.value === 'Executive'))) continue;
    // ("(May-Oct.31)": a day after a run of months read as one word is part of a date we cannot
    // ask whole — no figure.)
    if (a === b && /^\d{1,2}$/.test(tokens[a]!.value) && tokens[a - 1]?.value === '.' && /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(tokens[a - 2]?.value ?? '') && /^[-–]$/.test(tokens[a - 3]?.value ?? '')) continue;
    // "cases per 100,000 population": the base of a rate, not a fact of the story.
    if (/^per$/i.test(tokens[a - 1]?.value ?? '') && a - 1 >= first && e.type === 'CARDINAL') continue;
    // "do not seek care in EDs (10)", "Scotland (8)", "Bowyer (77)": a small whole number in
    // brackets after a word is a reference, a ranking or a minute — not a fact of the story.
    if (tokens[a - 1]?.value === '(' && tokens[b + 1]?.value === ')' && /^\d{1,2}(?:[–-]\d{1,2})?$/.test(tokens.slice(a, b + 1).map((t) => t.value).join('')) && /\p{L}/u.test(tokens[a - 2]?.value ?? '') && a - 2 >= first) continue;
    // ("510(k) clearances", "a 401(k) plan", "501(c)(3) groups": a number with a lettered
    // section written onto it names a rule of the code.)
    if (tokens[b + 1]?.value === '(' && tokens[b + 1]!.start === tokens[b]!.end && /^[a-z]$/.test(tokens[b + 2]?.value ?? '') && tokens[b + 3]?.value === ')') continue;
    if (tokens[a - 1]?.value === '(' && tokens[a - 2]?.value === ')' && tokens[a - 2]!.end === tokens[a - 1]!.start && tokens[b + 1]?.value === ')') continue;
    // "coronavirus disease 2019 (COVID-19)": a year that names a disease.
    if (a === b && /^disease$/i.test(tokens[a - 1]?.value ?? '')) continue;
    // "At 1405 GMT": a clock in four digits, which wink reads as a count — no card (a time is
    // asked when written the usual way, "2:05 p.m.": see aClockTimeToAsk).
    if (a === b && /^\d{3,4}$/.test(tokens[a]!.value) && /^(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT)$/.test(tokens[b + 1]?.value ?? '')) continue;
    // ("the February 30-year TIPS auction", "the March 10-year reopening": a month before a term
    // of years is the month of the auction, no day of it.)
    if (type === 'DATE' && /^\p{L}+\.?\s*\d{1,3}\s*-\s*(?:year|month|week|day)s?\b/iu.test(tokens.slice(a, Math.min(b + 3, tokens.length)).map((t) => t.value).join(' ')) && MONTH_FIRST.test(tokens[a]!.value)) continue;
    // "Easter Sunday": a named day, no date.
    if (a === b && isWeekday(tokens[a]!.value) && HOLIDAY_FIRST.test(tokens[a - 1]?.value ?? '')) continue;
    // "on Tuesday", "Thursday night": a weekday without its date is relative like "last week" —
    // which week is gone once the article is old, and nobody needs to know the day weeks later.
    if (type === 'DATE' && tokens.slice(a, b + 1).every((t) => isWeekday(t.value) || /^(?:morning|afternoon|evening|night|this|last|next|on)$/i.test(t.value)) && tokens.slice(a, b + 1).some((t) => isWeekday(t.value))) continue;
    if (isNumberInName(tokens, a, b, first, e.type) || isAgeOrConversion(tokens, a, b, first)) continue;
    const fact = kindOf(type, tokens, a, b);
    if (!fact) continue;
    // ("the 1968 24 Hours of Le Mans winner", "7 Years by Lukas Graham": a span of time in
    // capitals inside a sentence names a race or a song.)
    if (fact.kind === 'quantity' && fact.first > first && fact.last > fact.first && /^\p{Lu}\p{Ll}+$/u.test(tokens[fact.last]!.value) && /^(?:Hours?|Days?|Weeks?|Months?|Years?|Minutes?|Seconds?|Miles?)$/.test(tokens[fact.last]!.value) && !/^\p{Lu}/u.test(tokens[fact.first - 1]!.value)) continue;
    if (fact.hint === 'time' && !aClockTimeToAsk(tokens, fact, first, last)) continue;
    // ("a one million US dollar reward": wink leaves the count before the scale word out.)
    if (/^(?:hundred|thousand|million|billion|trillion)$/i.test(tokens[fact.first]!.value) && fact.first - 1 >= first && /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(tokens[fact.first - 1]!.value)) fact.first -= 1;
    // ("73,000 units of 7-hydroxymitragynine", "5-fluorouracil": a figure written onto a long word
    // no dictionary knows is part of a chemical's name, no figure of the story.)
    const dash = tokens[fact.last + 1];
    const glued = tokens[fact.last + 2];
    // (Not "three-fourths", "18-wheelers": a count in words, a short word.)
    if (dash?.value === '-' && /^\d{1,2}$/.test(tokens[fact.last]!.value) && touching(tokens[fact.last], dash) && touching(dash, glued) && /^\p{Ll}{9,}$/u.test(glued!.value) && !isVocabularyWord(glued!.value)) continue;
    // "Six minutes later, Lukaku scored …": the gap between two moments the story tells, opening
    // its sentence, is how the story moves on — not a fact of it.
    if (type === 'TIME' && fact.first === first && /^(?:later|earlier|after|before)$/i.test(tokens[fact.last + 1]?.value ?? '')) continue;
    // ("20m wide", "cascades 15m down": an "m" written onto a figure, before a word of size or
    // direction, is metres — a quantity, not a million.)
    if (fact.kind === 'number' && tokens[fact.last + 1]?.value === 'm' && tokens[fact.last + 1]!.start === tokens[fact.last]!.end && /^(?:wide|long|deep|high|tall|down|up|across|thick|below|above|away|in|of|\()$/.test(tokens[fact.last + 2]?.value ?? '') && fact.last + 1 <= last) {
      fact.last += 1;
      [fact.kind, fact.hint] = ['quantity', 'quantity'];
    }
    // ("advancing 3M’s efforts", "used by 3M to": a figure and a scale's letter, with no currency
    // before them and no thing counted after, name a company or a code — no figure.)
    if (isScaleSuffix(tokens, fact.last + 1) && fact.first === fact.last && /^\d+$/.test(tokens[fact.first]!.value) && !CURRENCY_SIGN.test(tokens[fact.first - 1]?.value ?? '') && !/^(?:NOUN|ADJ)$/.test(tokens[fact.last + 2]?.pos ?? '')) continue;
    // ("the IBM RS/6000 SP supercomputer": a number after a slash, written onto letters, is a
    // model's code.)
    const slashBefore = tokens[fact.first - 1];
    if (slashBefore?.value === '/' && touching(tokens[fact.first - 2], slashBefore) && touching(slashBefore, tokens[fact.first]) && /^\p{Lu}/u.test(tokens[fact.first - 2]!.value)) continue;
    if (isScaleSuffix(tokens, fact.last + 1) && fact.last + 1 <= last) fact.last += 1;
    // "1 ½ seconds", "4 ¾ miles": a whole number and a fraction written as one sign.
    if (/^\d+$/.test(tokens[fact.last]!.value) && /^[½¼¾⅓⅔⅛]$/.test(tokens[fact.last + 1]?.value ?? '') && fact.last + 1 <= last) fact.last += 1;
    // ("revised from +21,000 to -10,000": a sign written against its figure is part of it.)
    const plusMinus = tokens[fact.first - 1];
    if (plusMinus && fact.first - 1 >= first && /^[-−+]$/.test(plusMinus.value) && plusMinus.end === tokens[fact.first]!.start && (fact.first - 1 === first || tokens[fact.first - 2]!.end < plusMinus.start) && /^\d/.test(tokens[fact.first]!.value) && fact.kind !== 'date') fact.first -= 1;
    // "€450 million", "450 million euros": the currency belongs to the answer, which is money.
    const sign = tokens[fact.first - 1];
    if (sign && CURRENCY_SIGN.test(sign.value) && sign.end === tokens[fact.first]!.start && fact.first - 1 >= first) {
      fact.first -= 1;
      [fact.kind, fact.hint] = ['money', 'amount'];
    } else if (fact.kind === 'number' && tokens[fact.last + 1] && CURRENCY_WORDS.test(tokens[fact.last + 1]!.value) && fact.last + 1 <= last) {
      fact.last += 1;
      [fact.kind, fact.hint] = ['money', 'amount'];
    } else if (fact.kind === 'number' && /^\p{Lu}/u.test(tokens[fact.last + 1]?.value ?? '') && CURRENCY_WORDS.test(tokens[fact.last + 2]?.value ?? '') && fact.last + 2 <= last) {
      // "7,000 Thai baht", "50 Hong Kong dollars" — one word of country before the currency.
      fact.last += 2;
      [fact.kind, fact.hint] = ['money', 'amount'];
    }
    extendWithUnit(tokens, fact, last);
    // ("5 foot 6": a height in feet and inches is one figure.)
    if (/^(?:foot|feet)$/i.test(tokens[fact.last]!.value) && /^(?:[1-9]|1[01])$/.test(tokens[fact.last + 1]?.value ?? '') && fact.last + 1 <= last && !/^(?:[%$]|percent|feet|foot|inches|miles|years?)$/i.test(tokens[fact.last + 2]?.value ?? '')) fact.last += 1;
    // "600 million to 6 billion years old": an age, not a length of time.
    // ("designed for 10-year-olds": wink may keep "olds" a word of its own after the dash.)
    const yearOlds = /-year-olds?$/.test(tokens[fact.last]!.value) || (/^olds?$/.test(tokens[fact.last]!.value) && tokens[fact.last - 1]?.value === '-' && /^years?$/.test(tokens[fact.last - 2]?.value ?? ''));
    if ((fact.hint === 'how long' && tokens[fact.last + 1]?.value === 'old') || yearOlds) fact.hint = 'how old';
    // ("an eight-month-old girl", "a three-week-old calf": an age in months, weeks or days too.)
    const unitOld = /^olds?$/.test(tokens[fact.last]!.value) && tokens[fact.last - 1]?.value === '-' && /^(?:days?|weeks?|months?|years?)$/i.test(tokens[fact.last - 2]?.value ?? '');
    const oldAfter = /^(?:days?|weeks?|months?|years?)$/i.test(tokens[fact.last]!.value) && tokens[fact.last + 1]?.value === '-' && /^olds?$/.test(tokens[fact.last + 2]?.value ?? '') && fact.last + 2 <= last;
    if (oldAfter) fact.last += 2;
    if (unitOld || oldAfter) [fact.kind, fact.hint] = ['quantity', 'how old'];
    // ("a 19 year old pilot": the age written without dashes is asked whole.)
    if (fact.hint === 'how old' && /^year$/i.test(tokens[fact.last]!.value) && tokens[fact.last + 1]?.value === 'old' && fact.last + 1 <= last && !/\d/.test(tokens[fact.last + 2]?.value ?? '')) fact.last += 1;
    // ("from noon to 2:30 p.m.": a span of clock times is when, not how long.)
    if (fact.hint === 'how long' && tokens.slice(fact.first, fact.last + 1).some((t) => /^(?:\d{1,2}:\d{2}(?:[ap]m)?|\d{1,2}[ap]m|[ap]\.m\.?|noon|midnight)$/i.test(t.value))) [fact.kind, fact.hint] = ['date', 'time'];
    // "18 years or older", "65 years and over", "under 5 years of age": an age, not a length of time.
    // (Not "30 years and over that time": "over" and "up" end the phrase there.)
    const ageAfter = tokens.slice(fact.last + 1, fact.last + 4).map((t) => t.value.toLowerCase()).join(' ');
    if (fact.hint === 'how long' && /^years?$/i.test(tokens[fact.last]!.value) && /^(?:(?:or|and) (?:older|younger)\b|(?:or|and) (?:over|under|up)(?: [,.;:)]|$)|of age\b)/.test(ageAfter)) fact.hint = 'how old';
    // "adults aged ≥65 years", "children ages 5 to 11": an age too.
    if (fact.hint === 'how long' && [1, 2].some((k) => /^(?:aged|ages?)$/i.test(tokens[fact.first - k]?.value ?? '') && fact.first - k >= first)) fact.hint = 'how old';
    // "at age 34", "aged 10 and older", "at the age of 16": a bare number that is someone's age.
    // ("winds of 290km/h", "120 km/h", "5 mm/hr": a rate written with a slash is one unit.)
    const slash = tokens[fact.last + 1];
    const per = tokens[fact.last + 2];
    // ("200 km / h": some texts space the slash out; both sides alike.)
    const tight = slash?.start === tokens[fact.last]!.end && per?.start === slash.end;
    const spaced = !!slash && !!per && slash.start === tokens[fact.last]!.end + 1 && per.start === slash.end + 1;
    if (fact.kind === 'quantity' && slash?.value === '/' && per && fact.last + 2 <= last && (tight || spaced) && /^(?:h|hr|hrs|s|sec|min|d|day|yr|year|week|mo|month|kg|g|m|km|l|L|ha|acre|m2|km2|person|capita)$/.test(per.value)) fact.last += 2;
    // ("a speed record of 10 meters per second", "60 miles an hour": a speed's time is its unit's.)
    const rateWord = tokens[fact.last + 1]?.value ?? '';
    const rateUnit = tokens[fact.last + 2]?.value ?? '';
    if (fact.kind === 'quantity' && fact.last + 2 <= last && ((rateWord === 'per' && /^(?:second|minute|hour|day|week|month|year)$/.test(rateUnit)) || (/^an?$/.test(rateWord) && /^(?:second|minute|hour)$/.test(rateUnit) && /^(?:(?:kilo|centi|milli)?(?:meters?|metres?)|km|miles?|feet|foot|ft|yards?|knots|inch(?:es)?)$/.test(tokens[fact.last]!.value)))) fact.last += 2;
    // ("over three dozen workshops": the dozen is the figure's own.)
    if (/^dozen$/i.test(tokens[fact.last + 1]?.value ?? '') && fact.last + 1 <= last && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(tokens[fact.last]!.value)) fact.last += 1;
    // ("between ages 25 and 54", "aged 18 to 24": a range of ages too.)
    const ages = fact.last === fact.first || (fact.last === fact.first + 2 && /^(?:and|to|-|–)$/.test(tokens[fact.first + 1]!.value) && /^\d{1,3}$/.test(tokens[fact.last]!.value));
    if (fact.kind === 'number' && ages && /^\d{1,3}$/.test(tokens[fact.first]!.value) && (/^(?:aged?|ages)$/i.test(tokens[fact.first - 1]?.value ?? '') || (/^of$/i.test(tokens[fact.first - 1]?.value ?? '') && /^age$/i.test(tokens[fact.first - 2]?.value ?? ''))) && fact.first - 1 >= first) {
      [fact.kind, fact.hint] = ['quantity', 'how old'];
    }
    if (fact.kind === 'date') extendDate(tokens, fact, first, last);
    // "10 centuries ago": a length of time before "ago", long enough, dates what happened.
    if ((fact.hint === 'how long' || fact.kind === 'quantity') && tokens[fact.last + 1]?.value === 'ago' && fact.last + 1 <= last && isLongAgo(tokens.slice(fact.first, fact.last + 1).map((t) => t.value).join(' '))) {
      fact.last += 1;
      [fact.kind, fact.hint] = ['date', 'date'];
    }
    // "Sept. 28, 2023" that wink reads as a date and a year: one date. (So is "29 July, 2018".)
    const day = tokens[fact.last]!.value;
    const monthIn = tokens.slice(fact.first, fact.last + 1).some((t) => isMonthOrDay(t.value) || MONTH_ABBREVIATION.test(t.value));
    const dayThenMonth = isMonthOrDay(day) && !isWeekday(day) && fact.last > fact.first && /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[fact.last - 1]!.value);
    if (fact.kind === 'date' && monthIn && (/^\d{1,2}$/.test(day) || dayThenMonth) && tokens[fact.last + 1]?.value === ',' && /^(?:1[6-9]|20)\d\d$/.test(tokens[fact.last + 2]?.value ?? '') && fact.last + 2 <= last) {
      fact.last += 2;
      fact.hint = 'date';
      if (inside[n + 1]?.first === fact.last) n += 1;
    }
    // "Reagan in 80 and 84, Romney in 08": two figures after "in" and nothing counted after
    // them are years written short — a year, not a number.
    if (fact.kind === 'number' && /^in$/i.test(tokens[fact.first - 1]?.value ?? '') && fact.first - 1 >= first && tokens.slice(fact.first, fact.last + 1).every((t) => /^(?:\d\d|and)$/.test(t.value)) && (/^[,.;]?$/.test(tokens[fact.last + 1]?.value ?? '') || (/^(?:and|or|but)$/.test(tokens[fact.last + 1]!.value) && /^\p{Lu}/u.test(tokens[fact.last + 2]?.value ?? '')))) {
      [fact.kind, fact.hint] = ['date', 'year'];
    }
    // "aged ≤18 years (35%), 19–64 years (35%), and ≥65 years": the list goes on in ages.
    if (fact.hint === 'how long') {
      const before = facts.findLast((f) => f.hint === 'how old' || f.hint === 'how long');
      // (Not a time after it: "died at age 25, nine months after his accident".)
      const gapAfter = /^(?:after|before|later|earlier|since|ago|into|on|from)$/i.test(tokens[fact.last + 1]?.value ?? '');
      if (before?.hint === 'how old' && !gapAfter && tokens.slice(before.last + 1, fact.first).every((t) => AGE_LIST_GLUE.test(t.value))) fact.hint = 'how old';
    }
    // "Rs 500 crore", "20 lakh people": South Asia's scale words are the figure's.
    if (/^(?:crores?|lakhs?|lacs?)$/i.test(tokens[fact.last + 1]?.value ?? '') && fact.last + 1 <= last && (fact.kind === 'money' || fact.kind === 'number')) fact.last += 1;
    if (isMoneyConversion(tokens, fact, facts[facts.length - 1])) continue;
    facts.push(fact);
  }
  facts.push(...findYearRanges(tokens, first, last, inside), ...findPartYears(tokens, first, last));
  for (const fact of facts) withDecadeMark(tokens, fact, last);
  // ("women in their 20s and 30s", "in his early 40s": the decades of someone's life are an age.)
  for (const fact of facts) {
    if (fact.kind !== 'date' || !/^(?:early|mid|late\s+)?[1-9]0s$/i.test(tokens.slice(fact.first, fact.last + 1).map((t) => t.value).join(' ').replace(/^(?:early|mid|late)\s+/i, ''))) continue;
    let k = fact.first - 1;
    if (/^(?:early|mid|late|mid-)$/i.test(tokens[k]?.value ?? '')) k -= 1;
    const owner = /^(?:their|his|her|my|our|your)$/i.test(tokens[k]?.value ?? '') || (/^and$/i.test(tokens[k]?.value ?? '') && facts.some((f) => f !== fact && f.hint === 'how old' && f.last === k - 1));
    if (owner) [fact.kind, fact.hint] = ['quantity', 'how old'];
  }
  // ("was urged to march to the roundabout": the verb, no month.)
  for (let i = facts.length - 1; i >= 0; i -= 1) if (facts[i]!.first === facts[i]!.last && /^(?:march|may)$/.test(tokens[facts[i]!.first]!.value)) facts.splice(i, 1);
  // A share in words ("two" of "two-thirds") and a rate in fractions ("5‑1/2 percent" read as
  // "1/2 percent") replace whatever wink made of their pieces.
  const whole = [...findShares(tokens, first, last), ...findFractionPercents(tokens, first, last)];
  const overlaps = (f: NumberFact): boolean => whole.some((g) => f.first <= g.last && g.first <= f.last);
  let found = withWholeBeforeFraction(tokens, first, [...(whole.length > 0 ? facts.filter((f) => !overlaps(f)) : facts), ...whole].sort((x, y) => x.first - y.first));
  found = withMargins(tokens, withThousandsOrdinals(tokens, withDayRanges(tokens, last, found)));
  found = found.filter((f) => !isReferenceMarker(tokens, f) && !notADate(tokens, f));
  // ("Dec. 20 or 21": a figure a date took in as its other day is no fact of its own.)
  found = found.filter((f) => !found.some((g) => g !== f && g.kind === 'date' && g.first <= f.first && f.last <= g.last && g.last - g.first > f.last - f.first));
  return withClockTimes(tokens, last, found);
}

/** "… requires further study (1,2).": a report's references — digits after a comma that are no thousands — are no figure. */
function isReferenceMarker(tokens: Token[], f: NumberFact): boolean {
  return f.first === f.last && /^\d{1,3}(?:,\d{1,2})+$/.test(tokens[f.first]!.value);
}

/** "its 50,000th article": wink cuts an ordinal at its thousands comma; the two halves are one figure. */
function withThousandsOrdinals(tokens: Token[], facts: NumberFact[]): NumberFact[] {
  const absorbed = new Set<NumberFact>();
  for (const f of facts) {
    const comma = tokens[f.last + 1];
    // (The ordinal half may be no fact of its own: "Aurora’s 10,624th and final blade".)
    const ordinal = tokens[f.last + 2];
    if (!ordinal || comma?.value !== ',' || comma.start !== tokens[f.last]!.end || ordinal.start !== comma.end || !/^\d{3}(?:st|nd|rd|th)$/.test(ordinal.value) || !/^\d{1,3}$/.test(tokens[f.last]!.value)) continue;
    const tail = facts.find((g) => g.first === f.last + 2 && g.last === g.first);
    f.last += 2;
    f.kind = 'number';
    f.hint = 'number';
    if (tail) absorbed.add(tail);
  }
  return absorbed.size === 0 ? facts : facts.filter((f) => !absorbed.has(f));
}

/**
 * "a Long March 3B rocket": a month's name before a code of a figure and letters is no date;
 * "resolution 1718 and 1874": numbers after "resolution" name resolutions, not years.
 */
function notADate(tokens: Token[], f: NumberFact): boolean {
  if (f.kind !== 'date') return false;
  // (wink writes "3B" as "3" and "B".)
  const after = tokens[f.last + 1];
  const code = f.last > f.first && MONTH_FIRST.test(tokens[f.first]!.value) && (/^\d{1,2}[A-Z]$/.test(tokens[f.last]!.value) || (/^\d{1,2}$/.test(tokens[f.last]!.value) && !!after && /^[A-Z]$/.test(after.value) && after.start === tokens[f.last]!.end) || (/^[A-Z]$/.test(tokens[f.last]!.value) && /^\d{1,2}$/.test(tokens[f.last - 1]!.value) && tokens[f.last - 1]!.end === tokens[f.last]!.start));
  const resolution = /^(?:resolution|resolutions)$/i.test(tokens[f.first - 1]?.value ?? '') && /^\d{3,4}$/.test(tokens[f.first]!.value);
  return code || resolution;
}

// A time on the 24-hour clock: "0930", "1300".
const CLOCK = /^(?:[01]\d|2[0-3])[0-5]\d$/;

/**
 * "At 0930 local time", "at 1300 hours", "0200 GMT": a time on the 24-hour clock, no count
 * and no length of time. A figure of four digits with a leading zero is a time too.
 */
function withClockTimes(tokens: Token[], last: number, facts: NumberFact[]): NumberFact[] {
  for (const f of facts) {
    const t = tokens[f.first]!;
    if (!CLOCK.test(t.value) || f.last > f.first + 1) continue;
    const word = tokens[f.first + 1];
    const hours = f.last === f.first + 1 && /^(?:hours|hrs)$/i.test(word?.value ?? '');
    if (f.last !== f.first && !hours) continue;
    const localTime = f.last === f.first && /^local$/i.test(word?.value ?? '') && /^time$/i.test(tokens[f.first + 2]?.value ?? '') && f.first + 2 <= last;
    const zone = f.last === f.first && !!word && (TIME_ZONE.test(word.value) || /^(?:Zulu|hours|hrs)$/.test(word.value)) && f.first + 1 <= last;
    const at = /^(?:at|by|until|till|from|before|after|since|around|about)$/i.test(tokens[f.first - 1]?.value ?? '');
    // ("(2053 Wednesday night, UTC)": the clock's zone closing the brackets the figure opens.)
    let bracketZone = false;
    for (let k = f.first + 1; f.last === f.first && tokens[f.first - 1]?.value === '(' && k <= Math.min(last, f.first + 5) && tokens[k]!.value !== ')'; k += 1) if (TIME_ZONE.test(tokens[k]!.value)) bracketZone = true;
    if (localTime) f.last = f.first + 2;
    else if (zone) f.last = f.first + 1;
    else if (!(hours && at) && !/^0/.test(t.value) && !bracketZone) continue;
    f.kind = 'date';
    f.hint = 'time';
  }
  // ("moving averages (4-, 21-, 30-, 60-, and 90-day durations)": a figure whose hyphen hangs
  // before a comma or "and" waits for the unit at the list's end — no fact alone.)
  // ("a 33-Airman formation": a figure hyphened onto a capitalised word is half of an adjective
  // we cannot ask whole — no fact either.)
  const hyphened = (f: NumberFact): boolean => tokens[f.last + 1]?.value === '-' && tokens[f.last + 1]!.start === tokens[f.last]!.end;
  const ontoName = (f: NumberFact): boolean => hyphened(f) && /^\p{Lu}\p{Ll}+$/u.test(tokens[f.last + 2]?.value ?? '') && tokens[f.last + 2]!.start === tokens[f.last + 1]!.end;
  // ("from four- to six-feet long": the hanging figure opens the range the next one closes.)
  for (const f of facts) {
    const end = facts.find((g) => g.first === f.last + 3);
    if (f.first === f.last && hyphened(f) && tokens[f.last + 2]?.value === 'to' && end && end.last > end.first) end.first = f.first;
  }
  return facts.filter((f) => !(f.first === f.last && hyphened(f) && /^(?:,|and|or|to)$/.test(tokens[f.last + 2]?.value ?? '')) && !ontoName(f));
}

/**
 * "during October 17-19", "October 17-31, 1998": a month and a range of its days (and its
 * year) are one date — wink reads the month alone, leaving "[October] 17-19" on the card.
 */
function withDayRanges(tokens: Token[], last: number, facts: NumberFact[]): NumberFact[] {
  const absorbed = new Set<NumberFact>();
  for (const f of facts) {
    if (f.kind !== 'date' || !MONTH_FIRST.test(tokens[f.last]!.value) || f.last + 1 > last) continue;
    const days = /^(\d{1,2})[-–](\d{1,2})$/.exec(tokens[f.last + 1]!.value);
    if (!days || Number(days[1]) >= Number(days[2]) || Number(days[2]) > 31) continue;
    f.last += 1;
    f.hint = 'date';
    // (", 1998": the year after the range is the date's too.)
    const year = facts.find((g) => g !== f && g.first === f.last + 2 && g.last === g.first && tokens[f.last + 1]?.value === ',' && /^(?:1[6-9]|20)\d\d$/.test(tokens[g.first]!.value));
    if (year) {
      f.last = year.last;
      absorbed.add(year);
    }
  }
  return absorbed.size === 0 ? facts : facts.filter((f) => !absorbed.has(f));
}

/** Where a margin's sign ("51±19%", "42 +/- 6 years") stands right after token `at`: the token after it, or -1. */
function marginAfter(tokens: Token[], at: number): number {
  if (tokens[at + 1]?.value === '±') return at + 2;
  // (wink cuts "+/-" into "+", "/" and "-".)
  if (tokens[at + 1]?.value === '+' && tokens[at + 2]?.value === '/' && /^[-−]$/.test(tokens[at + 3]?.value ?? '')) return at + 4;
  return -1;
}

/**
 * "a porosity of 51±19%", "a density of 1.7 ± 0.7 g/cm³": a measure and its margin are one
 * figure. With the margin read as a figure too they make one card ("51±19%"); a measure whose
 * margin is no figure of its own, or a margin alone, is no card — half a figure is a cut.
 */
function withMargins(tokens: Token[], facts: NumberFact[]): NumberFact[] {
  const out: NumberFact[] = [];
  for (let i = 0; i < facts.length; i += 1) {
    const f = facts[i]!;
    const after = marginAfter(tokens, f.last);
    if (after >= 0) {
      const margin = facts[i + 1];
      if (margin && margin.first === after) {
        out.push({ ...margin, first: f.first });
        i += 1;
      }
      continue;
    }
    // (A margin whose measure was not read as a figure: "1.7" before it lost, "± [0.7 g]" alone is none.)
    if (f.first >= 1 && (tokens[f.first - 1]!.value === '±' || (f.first >= 3 && /^[-−]$/.test(tokens[f.first - 1]!.value) && tokens[f.first - 2]!.value === '/' && tokens[f.first - 3]!.value === '+'))) continue;
    out.push(f);
  }
  return out;
}

/**
 * "33 1/2 months", "2 1/2 million people": the whole number before a fraction is the figure's
 * first part, never a figure of its own.
 */
function withWholeBeforeFraction(tokens: Token[], first: number, facts: NumberFact[]): NumberFact[] {
  const joined = new Set<number>();
  for (const f of facts) {
    const whole = tokens[f.first - 1];
    if (FRACTION.test(tokens[f.first]!.value) && whole && f.first - 1 >= first && /^\d{1,3}$/.test(whole.value) && tokens[f.first]!.start - whole.end === 1) {
      f.first -= 1;
      joined.add(f.first);
    }
  }
  return joined.size === 0 ? facts : facts.filter((f) => !(f.first === f.last && joined.has(f.first)));
}

/**
 * "$387m (£206m)", "$14.4bn; £7.6bn": the same sum again in another currency, in brackets
 * after an amount written with its sign. (After "7,000 baht" the dollars in brackets stay:
 * they are what a reader compares.)
 */
function isMoneyConversion(tokens: Token[], fact: NumberFact, previous: NumberFact | undefined): boolean {
  if (fact.kind !== 'money' || !previous || previous.kind !== 'money' || !CURRENCY_SIGN.test(tokens[previous.first]!.value)) return false;
  const between = tokens.slice(previous.last + 1, fact.first).map((t) => t.value).join('');
  return between === '(' || between === ';';
}

/** "June 29 and 30", "Thursday, Jan. 25": one date, not a date and a stray number. */
function extendDate(tokens: Token[], fact: NumberFact, first: number, last: number): void {
  const t = (i: number): string => tokens[i]?.value ?? '';
  // "June 3 to 5", "August 7th-9th": the last day of the span is the date's too.
  const day = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t(fact.last + 2));
  // ("Dec. 20 or 21": either day.)
  if (/^(and|to|or|-|–)$/.test(t(fact.last + 1)) && day && Number(day[1]) <= 31 && /\d/.test(t(fact.last)) && fact.last + 2 <= last) {
    fact.last += 2;
  }
  // "between May and July of 2023", "from March to June 2024": the month the span starts in,
  // which wink leaves out.
  // ("in April and May 2020": two months of one year, the year written once.)
  const yearAfter = /^(?:1[6-9]|20)\d\d$/.test(t(fact.last)) && fact.last === fact.first + 1 && t(fact.first - 1) === 'and';
  if (/^(?:and|to|through)$/.test(t(fact.first - 1)) && isMonthOrDay(t(fact.first - 2)) && !isWeekday(t(fact.first - 2)) && (/^(?:between|from)$/i.test(t(fact.first - 3)) || yearAfter) && isMonthOrDay(t(fact.first)) && fact.first - 2 >= first) {
    fact.first -= 2;
  }
  // ("by April 3rd so that …": the day in figures with its ending, which wink leaves out.)
  const dayAfter = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t(fact.last + 1));
  if (fact.first === fact.last && isMonthOrDay(t(fact.last)) && !isWeekday(t(fact.last)) && dayAfter && Number(dayAfter[1]) <= 31 && fact.last + 1 <= last && !/^(?:grade|graders?|place|century|floor)$/i.test(t(fact.last + 2))) fact.last += 1;
  // ("held between 7-9 December": the days before their month.)
  if (isMonthOrDay(t(fact.first)) && !isWeekday(t(fact.first))) {
    if (/^\d{1,2}[-–]\d{1,2}$/.test(t(fact.first - 1)) && fact.first - 1 >= first) fact.first -= 1;
    else if (/^\d{1,2}$/.test(t(fact.first - 1)) && /^[-–]$/.test(t(fact.first - 2)) && /^\d{1,2}$/.test(t(fact.first - 3)) && fact.first - 3 >= first) fact.first -= 3;
  }
  // "the 15th of February": the day before its month.
  if (t(fact.first - 1) === 'of' && /^\d{1,2}(?:st|nd|rd|th)$/.test(t(fact.first - 2)) && isMonthOrDay(t(fact.first)) && fact.first - 2 >= first) {
    fact.first -= 2;
  }
  if (isWeekday(t(fact.first)) && fact.first === fact.last && t(fact.last + 1) === ',' && isMonthOrDay(t(fact.last + 2)) && fact.last + 3 <= last && /^\d{1,2}$/.test(t(fact.last + 3))) {
    fact.last += 3;
    fact.hint = 'date';
  }
}

// "2022-2023", "2019–20": one token that wink does not see as an entity.
const YEAR_RANGE = /^(1[6-9]|20)\d\d[-–](\d\d|(1[6-9]|20)\d\d)$/;

function findYearRanges(tokens: Token[], first: number, last: number, entities: EntitySpan[]): NumberFact[] {
  const found: NumberFact[] = [];
  for (let i = first; i <= last; i += 1) {
    const value = tokens[i]!.value;
    // Cheap test first: this runs for every token of the article.
    if (value.length < 7 || value.charCodeAt(0) < 49 || value.charCodeAt(0) > 50 || !YEAR_RANGE.test(value)) continue;
    if (entities.some((e) => e.first <= i && i <= e.last)) continue;
    found.push({ first: i, last: i, kind: 'date', hint: 'years' });
  }
  return found;
}

// "mid-2022", "early-1990s": a part of a year or decade, written as one word.
const PART_YEAR = /^(?:mid|early|late)-(?:1[6-9]|20)\d\ds?$/i;

function findPartYears(tokens: Token[], first: number, last: number): NumberFact[] {
  const found: NumberFact[] = [];
  for (let i = first; i <= last; i += 1) {
    const value = tokens[i]!.value;
    if (value.length < 8 || value.length > 11 || !PART_YEAR.test(value)) continue;
    found.push({ first: i, last: i, kind: 'date', hint: 'date' });
  }
  return found;
}

// "nearly half of infants", "almost a third of Americans", "about two-thirds of them": a share
// of a group, hedged as news hedges it. (Not "the second half of 2022", a time; not "half of
// all the spending" without a hedge, most often a figure of speech.)
const HEDGE = /^(?:nearly|almost|about|roughly|approximately|around|some|only|over|under|just)$/i;
const HEDGE_THAN = /^(?:more|less|fewer)$/i;
const SHARE_WORD = /^(?:half|third|thirds|quarter|quarters|fifth|fifths)$/i;
const SHARE_COUNT = /^(?:a|one|two|three|four)$/i;

function findShares(tokens: Token[], first: number, last: number): NumberFact[] {
  const found: NumberFact[] = [];
  for (let i = first + 1; i <= last; i += 1) {
    if (!SHARE_WORD.test(tokens[i]!.value) || tokens[i + 1]?.value !== 'of' || i + 1 > last) continue;
    // The share starts at "half", or at the count before "third" ("a third", "two-thirds").
    let from = i;
    if (!/^half$/i.test(tokens[i]!.value)) {
      const dash = tokens[i - 1]?.value === '-' ? 1 : 0;
      const count = tokens[i - 1 - dash];
      if (!count || !SHARE_COUNT.test(count.value) || i - 1 - dash < first) continue;
      from = i - 1 - dash;
      // ("one third" but "a thirds" is no share; "two-third" neither.)
      if (/s$/i.test(tokens[i]!.value) === /^(?:a|one)$/i.test(count.value)) continue;
    }
    const hedge = tokens[from - 1];
    const hedged = !!hedge && from - 1 >= first && (HEDGE.test(hedge.value) || (/^than$/i.test(hedge.value) && HEDGE_THAN.test(tokens[from - 2]?.value ?? '')));
    // "of 2022", "of last year", "of the year": a part of a time.
    const what = tokens[i + 2]?.value ?? '';
    if (!hedged || /^\d/.test(what) || /^(?:last|this|next)$/i.test(what) || (/^the$/i.test(what) && /^(?:year|month|decade|century)$/i.test(tokens[i + 3]?.value ?? ''))) continue;
    // ("a quarter of a million adults": a part of a round number is that number, one figure.)
    if (/^an?$/i.test(what) && /^(?:million|billion|thousand|trillion)$/i.test(tokens[i + 3]?.value ?? '') && i + 3 <= last) {
      found.push({ first: from, last: i + 3, kind: 'number', hint: 'number' });
      continue;
    }
    found.push({ first: from, last: i, kind: 'quantity', hint: 'share' });
  }
  return found;
}

// "1-1/2", "5‑1/4" (a non-breaking hyphen), "3/4": a rate in eighths and quarters, as the
// Federal Reserve wrote them, which wink does not see as a percentage.
const FRACTION = /^(?:\d{1,2}[-\u2011])?[1-7]\/[248]$/;

/** "1-1/2 percent", "5-1/4 to 5-1/2 percent", "0 to 1/4 percent": one percentage each. */
function findFractionPercents(tokens: Token[], first: number, last: number): NumberFact[] {
  const found: NumberFact[] = [];
  // Where the figure ending at token `j` starts ("5", "‑", "1/2" are one figure), or -1.
  const figureStart = (j: number, whole: boolean): number => {
    const t = tokens[j];
    if (!t || j < first) return -1;
    const dash = tokens[j - 1];
    const units = tokens[j - 2];
    if (FRACTION.test(t.value) && dash && units && /^[-\u2011]$/.test(dash.value) && dash.end === t.start && units.end === dash.start && /^\d{1,2}$/.test(units.value) && j - 2 >= first) return j - 2;
    return FRACTION.test(t.value) || (whole && /^\d{1,2}$/.test(t.value)) ? j : -1;
  };
  for (let i = first + 1; i <= last; i += 1) {
    if (!/^percent$/i.test(tokens[i]!.value)) continue;
    let from = figureStart(i - 1, false);
    if (from < 0) continue;
    // The range's lower end: a fraction or a whole number before "to".
    const lower = /^(?:to|-|–)$/.test(tokens[from - 1]?.value ?? '') ? figureStart(from - 2, true) : -1;
    if (lower >= 0) from = lower;
    found.push({ first: from, last: i, kind: 'percent', hint: 'percent' });
  }
  return found;
}

/** "7,644-kilometer", "seven-year", "10 times", "48 light years": the unit joins the answer. */
function extendWithUnit(tokens: Token[], fact: NumberFact, last: number): void {
  const after = tokens[fact.last + 1];
  const word = tokens[fact.last + 2];
  // ("25-to-54-year-olds", which wink keeps as one word after the dash.)
  // ("two 200-kW wind turbines", "5.6-MW": a unit written short with its capitals, after the dash too.)
  if (after?.value === '-' && word && after.start === tokens[fact.last]!.end && word.start === after.end && (/^\p{Ll}[\p{Ll}\d-]*$/u.test(word.value) || /^(?:kW|MW|GW|TW|kWh|MWh|GWh|TWh|kV|MHz|GHz)$/.test(word.value)) && fact.last + 2 <= last) {
    fact.last += 2;
    // The whole compound: "50-basis-point", "three-to-five-year" — never cut inside it.
    while (fact.last + 2 <= last && tokens[fact.last + 1]!.value === '-' && tokens[fact.last + 1]!.start === tokens[fact.last]!.end && tokens[fact.last + 2]!.start === tokens[fact.last + 1]!.end && /^[\p{L}\d]+$/u.test(tokens[fact.last + 2]!.value)) {
      fact.last += 2;
    }
    // ("a 16-percent increase": a share written as one word is a percent.)
    if (fact.kind === 'number' && /^percent$/i.test(tokens[fact.last]!.value)) [fact.kind, fact.hint] = ['percent', 'percent'];
    // ("the state’s billion-dollar industry", "a 40-cent decline": an amount of money written as one word.)
    else if (fact.kind === 'number' && /^(?:dollar|euro|cent|yen)$/i.test(tokens[fact.last]!.value)) [fact.kind, fact.hint] = ['money', 'amount'];
    else if (fact.kind === 'number') [fact.kind, fact.hint] = ['quantity', 'quantity'];
    return;
  }
  // "98.5°East longitude", "26°E": a position on the globe, its direction part of it.
  if (after?.value === '°' && /^(?:East|West|North|South|E|W|N|S)$/.test(word?.value ?? '') && word!.start === after.end && after.start === tokens[fact.last]!.end && fact.last + 2 <= last && fact.kind === 'number') {
    fact.last += 2;
    [fact.kind, fact.hint] = ['quantity', 'quantity'];
    return;
  }
  // "1.5 °C", "40°F": a temperature.
  if (after?.value === '°' && /^[CF]$/.test(word?.value ?? '') && word!.start === after.end && fact.last + 2 <= last && fact.kind === 'number') {
    fact.last += 2;
    [fact.kind, fact.hint] = ['quantity', 'temperature'];
    return;
  }
  // "50 basis points", "6 percentage points", "a 75 basis point move": a change of a rate.
  // (Its hint names the unit: "[percent]" would ask for "6 percent", another measure.)
  if (/^(?:basis|percentage)$/i.test(after?.value ?? '') && /^points?$/i.test(word?.value ?? '') && fact.last + 2 <= last && fact.kind === 'number') {
    fact.last += 2;
    [fact.kind, fact.hint] = /^basis$/i.test(after!.value) ? ['quantity', 'basis points'] : ['percent', 'percentage points'];
    return;
  }
  // "3 million metric tons", "400 short tons": a weight's kind before its unit.
  if (/^(?:metric|short|long)$/i.test(after?.value ?? '') && /^(?:tons?|tonnes?)$/i.test(word?.value ?? '') && fact.last + 2 <= last && fact.kind === 'number') {
    fact.last += 2;
    [fact.kind, fact.hint] = ['quantity', 'quantity'];
    return;
  }
  // "12 nautical miles", "350 square nautical miles": which mile is part of the unit.
  const mileKind = (k: number): boolean => /^(?:nautical|statute)$/i.test(tokens[k]?.value ?? '') && /^miles?$/i.test(tokens[k + 1]?.value ?? '') && k + 1 <= last;
  if (after && mileKind(fact.last + 1) && fact.kind === 'number') {
    fact.last += 2;
    [fact.kind, fact.hint] = ['quantity', 'quantity'];
    return;
  }
  if (after && UNITS.has(after.value.toLowerCase()) && fact.last + 1 <= last && fact.kind === 'number') {
    fact.last += 1;
    // "1.5 million square feet", "240 cubic miles": the measure is two words.
    if (/^(?:square|cubic)$/.test(after.value.toLowerCase()) && mileKind(fact.last + 1)) fact.last += 2;
    else if (/^(?:square|cubic)$/.test(after.value.toLowerCase()) && word && UNITS.has(word.value.toLowerCase()) && fact.last + 1 <= last) fact.last += 1;
    // ("45 to 55 astronomical units": the distance from the Sun in its own unit.)
    if (after.value.toLowerCase() === 'astronomical' && /^units?$/i.test(word?.value ?? '') && fact.last + 1 <= last) fact.last += 1;
    if (after.value.toLowerCase() === 'light' && tokens[fact.last + 1] && /^years?$/.test(tokens[fact.last + 1]!.value)) fact.last += 1;
    // "1,300 light-years": the unit written with a dash is one word too.
    const dash = tokens[fact.last + 1];
    const years = tokens[fact.last + 2];
    if (after.value.toLowerCase() === 'light' && dash?.value === '-' && dash.start === after.end && years && years.start === dash.end && /^years?$/.test(years.value) && fact.last + 2 <= last) fact.last += 2;
    // "9 million degrees Celsius": the scale is part of the measure, no name of its own.
    if (/^degrees?$/i.test(after.value) && /^(?:Celsius|Fahrenheit|Kelvin|centigrade)$/i.test(word?.value ?? '') && fact.last + 1 <= last) {
      fact.last += 1;
      [fact.kind, fact.hint] = ['quantity', 'temperature'];
      return;
    }
    // ("Three quarters of voters": a share of a group, as "about half of them" is.)
    const share = /^(?:thirds|quarters|fifths|tenths)$/i.test(after.value) && tokens[fact.last + 1]?.value === 'of';
    // ("up to 7½ years": a length of time the tokenizer did not read as one is how long still.)
    const time = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)$/i.test(after.value);
    [fact.kind, fact.hint] = ['quantity', after.value.toLowerCase() === 'times' ? 'how many times' : share ? 'share' : time ? 'how long' : 'quantity'];
  }
}

import { ROLE_WORDS } from './gazetteer.js';

/**
 * Facts a reader would not keep: true of the sentence, but not what the story says. Each rule
 * here names a kind of fact, never a text: they were found on one part of the corpus and held
 * to account on another.
 */

/** Words that may stay lower-case in a headline written in title case. */
const TITLE_CASE_MINOR = /^(?:a|an|the|and|or|but|nor|of|for|to|in|on|at|by|with|from|as|into|over|than|vs\.?|via|per|after|before|about|between|through|under|within|without|across|against|beyond|during|upon|toward|towards|among|around|behind|beside|since|until|off|up)$/;

/**
 * A headline inside the body ("Nampa Man Convicted of Fraud Sentenced to More Than 6 Years in
 * Federal Prison"): title case throughout and no closing stop. It repeats a fact the body
 * states in full, and its capitals make every word look like a name.
 */
export function isHeadlineLike(sentence: string): boolean {
  // ("Key Facts on California's Housing Crisis:": a subheading may introduce the list after it —
  // not a speaker's label, "Governor Whitmer of Michigan:", "Eversource President and CEO Joe Nolan:".)
  const text = sentence.trim().replace(/^\d+[.)]\s+/, '').replace(/:$/, (colon, at, whole: string) => (whole.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase())) ? colon : ''));
  // (A question in title case is a subheading too: "Who Does the Decennial Census Count?".)
  // (A line all in capitals may end on a quoted title: SENATOR X IS INTERVIEWED ON CNN'S "AMERICAN MORNING".)
  if (/[.!:;”"’)]$/.test(text) && !(/[”"’]$/.test(text) && !/\p{Ll}/u.test(text))) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 4 && words.filter((w) => !TITLE_CASE_MINOR.test(w)).length >= 3 && isTitleCase(words);
}

/** Title case: every word capitalised but the small linking ones. */
function isTitleCase(words: string[]): boolean {
  const major = words.filter((w) => !TITLE_CASE_MINOR.test(w));
  return major.length > 0 && major.every((w) => /^[\p{Lu}\p{N}“"‘'(]/u.test(w));
}

/** Quoted titles longer than this ("the “Framework Agreement Between …”") are not asked at all. */
export const MAX_TITLE_WORDS = 8;

/**
 * A quoted title — “Everything Else”, “Transit Pass”, “Framework Agreement Between the
 * Government of Japan and …” — rather than quoted speech: its words in title case, no stop
 * inside. Returns the title without trailing punctuation, or null.
 */
export function quotedTitle(quoted: string): string | null {
  // "“Add to Google Wallet (+)”": a button's sign is no part of its name.
  const text = quoted.trim().replace(/[,.;:]+$/, '').replace(/(?:\s+[^\p{L}\p{N}\s]+)+$/u, '');
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // (Letters with stops, "U.S.", end no sentence inside it.)
  if (words.length < 2 || /[.!?;]\s/.test(text.replace(/(?<!\p{L})(?:\p{Lu}\.){2,}/gu, 'X'))) return null;
  // “Fairness for Servicemembers and their Families Act of 2025”: a law's short title, whatever its small words.
  const law = words.length >= 3 && /^\p{Lu}/u.test(text) && /\s(?:Act|Bill|Resolution)(?:\s+of\s+\d{4})?$/u.test(text);
  return law || isTitleCase(words) ? text : null;
}

/**
 * A press release's credits ("The case was prosecuted by Assistant U.S. Attorney X", "Y
 * thanked the Z Police for their assistance"): who did the paperwork, not what happened.
 */
export function isCreditSentence(sentence: string): boolean {
  return (
    // "Image Credit: NASA, ESA, CSA, K. Misselt": who took the picture.
    /^\s*(?:Image|Photo|Video|Illustration)?\s*Credits?:/i.test(sentence) ||
    // "Reference: Russell, B., Burian, B., …": a paper's authors, not the story's people.
    /^\s*(?:References?|Citations?|Bibliography)\s*:/i.test(sentence) ||
    /(?:\p{Lu}[\p{Ll}’'-]+,\s+(?:\p{Lu}\.\s*)+,\s+){2}/u.test(sentence) ||
    /\b(?:case|cases|matter|investigation|prosecution|project|mission|program(?:me)?)\s+(?:is|was|were|are|is being|was being)\s+(?:prosecuted|handled|investigated|led|managed)\s+by\b/i.test(sentence) ||
    /\b(?:prosecuted|investigated)\s+(?:this|the)\s+(?:case|matter)\b/i.test(sentence) ||
    /\b(?:commended|thanked|praised|acknowledged|credited)\s+(?:the\s+)?(?:work|efforts?|assistance|collaboration|cooperation|partnership|support)\s+of\b/i.test(sentence) ||
    /\b(?:thanked|commended)\b.{0,160}\bfor\s+(?:their|its|his|her)\s+(?:work|efforts?|assistance|collaboration|cooperation|partnership|support|investigation)\b/i.test(sentence) ||
    isContactSentence(sentence)
  );
}

/**
 * Where to write or call ("Attn: …", "Suite A, Jackson, Mississippi 39213; phone
 * 601-321-1122"): a release's procedure — an address or a phone number is nothing to learn.
 * (A docket number may be: a story about a rule asks for comments on it.)
 */
export function isContactSentence(sentence: string): boolean {
  return (
    /\bAttn\b\s*:/.test(sentence) ||
    // (Any dash a typesetter puts there: "(931) 525–4983", "202‑555‑0143".)
    /\b\d{3}[-.\u2010-\u2013]\d{3}[-.\u2010-\u2013]\d{4}\b|\(\d{3}\)\s*\d{3}[-.\u2010-\u2013]\d{4}\b/.test(sentence) ||
    (/\b[A-Z][a-z]+,?\s+(?:\p{Lu}\p{Ll}+\s+)?\d{5}(?:-\d{4})?\b/u.test(sentence) && /\b(?:Suite|Street|St\.|Avenue|Ave\.|Drive|Road|Parkway|Box)\b/.test(sentence)) ||
    // ("call police on 01273 470101", "Call +44 20 7946 0958": a number written the way other
    // countries write a telephone's, after a word of calling.)
    (/\b(?:call|calls|calling|phone|dial|ring|telephone|text|contact|hotline|helpline)\b/i.test(sentence) && (/(?:^|[\s(])\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]\d{2,5}){2,4}\b/.test(sentence) || /\b0\d{2,4}[\s-]\d{5,7}\b/.test(sentence)))
  );
}

/**
 * "over the past 12 months", "in the prior 6 months": the window a figure is measured over,
 * not a fact of its own ("over the next five years", a plan's term, stays).
 */
export function isLookBackWindow(text: string, start: number, hint: string): boolean {
  return hint === 'how long' && /\b(?:past|prior|previous|last|first)\s+$/i.test(text.slice(Math.max(0, start - 10), start));
}

/**
 * The United States in English-language news: the country most stories are told from, named
 * as an actor in passing. As a place to recall it is a gift, not a fact. So is the Earth
 * ("sent the images back to Earth", "48 light years from Earth").
 */
const UBIQUITOUS_PLACES = new Set(['united states', 'u.s.', 'us', 'u.s', 'usa', 'america', 'united states of america', 'earth']);

/** Whatever kind the name was given: "U.S. firm X" makes it look like an organisation. */
export function isUbiquitousPlace(answer: string): boolean {
  return UBIQUITOUS_PLACES.has(answer.trim().toLowerCase());
}

/**
 * Abbreviations every reader already knows as words ("GDP", "CO2", "a QR code"): asking for
 * them tests English, not the story.
 */
const EVERYDAY_ABBREVIATIONS = new Set(
  'GDP|GNP|CPI|CO2|GHG|QR|GPS|ISP|ISPs|CEO|CEOs|CFO|PDF|TV|DNA|RNA|URL|ID|IDs|AI|IT|PC|SMS|FAQ|HIV|AIDS|COVID|COVID-19|Wi-Fi|USB|UV|LED|NGO|NGOs|PhD|MP|MPs|Q&A|R&D|M&A|STD|STDs|STI|STIs|ROI|SUV|SUVs|GHGs|VOCs|ATM|ATMs|VIP|VIPs|FAQs|BS'.split('|'),
);

export function isEverydayAbbreviation(answer: string): boolean {
  return EVERYDAY_ABBREVIATIONS.has(answer.trim());
}

// What a study's statistics are measured with, not what it found: "(95% CI = 16.3%–16.8%)",
// "(range = 38.8%–67.2%)", "(OR = 1.97; …)", "p<0.05", "SAS software (version 9.4; …)".
const STATISTIC_LABEL = new RegExp(
  String.raw`^\s*(?:(?:\d{2}%\s*)?(?:CIs?|confidence intervals?(?:\s*\[CI\])?)\s*=|range\s*=|(?:a?OR|RR|IQR|SD|SE)\s*=|p\s*[=<>≤≥]|version|release)` +
    // (The second bound of an interval: "= −4.9% to −".)
    String.raw`\s*(?:[−–-]?\s*[\d.,]+%?\s*(?:to|–|-)\s*)?[−–-]?\s*$`,
);

/** A figure of a study's statistical apparatus: its confidence level, an interval, a p-value, a software version. */
export function isStatisticalApparatus(text: string, start: number, end: number): boolean {
  // "95% CI", "95% confidence intervals": the level of confidence.
  if (/^\s*(?:CIs?\b|confidence intervals?\b)/.test(text.slice(end, end + 25))) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf(';'));
  return open >= 0 && STATISTIC_LABEL.test(before.slice(open + 1));
}

// The names of that apparatus, spelt out beside their abbreviations: "odds ratio [OR]".
const STATISTIC_TERMS = /^(?:adjusted\s+)?(?:odds ratios?|confidence intervals?|standard (?:deviations?|errors?)|interquartile ranges?|relative risks?|hazard ratios?|prevalence ratios?|rate ratios?)$/i;

export function isStatisticalTerm(answer: string): boolean {
  return STATISTIC_TERMS.test(answer.trim());
}

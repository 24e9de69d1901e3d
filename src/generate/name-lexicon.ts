import data from './data/name-lexicon.json' with { type: 'json' };

/**
 * Name knowledge from compromise's lexicon (first and last names, countries, cities,
 * regions, organisations, demonyms, roles), with countries' other names and the world's
 * subdivisions and towns of 50,000 people or more from three data packages, extracted by
 * scripts/extract-name-lexicon.mjs.
 * Every list is lower-case.
 */
const set = (words: string[]): Set<string> => new Set(words);

export const FIRST_NAMES = set(data.firstNames);
export const LAST_NAMES = set(data.lastNames);
const MALE_NAMES = set(data.maleNames);
const FEMALE_NAMES = set(data.femaleNames);
// Given names borne by men and women alike, whatever the lexicon says ("Kim Jong Un", "Chris").
const EITHER = new Set(['kim', 'chris', 'alex', 'sam', 'sasha', 'jan', 'jean', 'pat', 'kelly', 'dana', 'ashley', 'nicola', 'robin', 'jo', 'charlie', 'andrea', 'jordan', 'taylor', 'lee', 'morgan', 'jamie', 'casey', 'andy', 'max', 'toni', 'billie', 'frankie', 'jess']);
// (With the world's states, provinces and counties — "Cornwall", "Sindh", "Bas-Congo" — and its
// towns of two words or more: "Las Vegas", "Colorado Springs".)
export const LEXICON_PLACES = set([...data.countries, ...data.cities, ...data.regions, ...data.subdivisions, ...data.towns]);
export const LEXICON_COUNTRIES = set(data.countries);
/** Towns and cities of two words or more, the lexicon's and the data package's: "Panama City", "Las Vegas". */
const REGIONS = set(data.regions);
export const LEXICON_TOWNS = set([...data.cities, ...data.towns].filter((t) => t.includes(' ') && !LEXICON_COUNTRIES.has(t) && !REGIONS.has(t)));
export const LEXICON_ORGANIZATIONS = set(data.organizations);
export const LEXICON_DEMONYMS = set(data.demonyms);
export const LEXICON_ROLES = set(data.roles);
export const LEXICON_CURRENCIES = set(data.currencies);

/** A given name the lexicon knows ("Joe", "Kieran", "Akira"). */
export function isFirstName(word: string): boolean {
  const w = word.toLowerCase();
  // "Andrés", "Zoë": the lexicon writes most names without their accents.
  if (FIRST_NAMES.has(w) || (/[^\x00-\x7f]/.test(w) && FIRST_NAMES.has(w.normalize('NFD').replace(/\p{M}/gu, '')))) return true;
  // "Ann-Marie", "Jean-Pierre": two given names joined.
  // ("Jean-Pierre": a part may be a given name that is an English word too.)
  const parts = w.split('-');
  return w.includes('-') && parts.every((part) => part.length > 1 && (FIRST_NAMES.has(part) || MALE_NAMES.has(part) || FEMALE_NAMES.has(part))) && parts.some((part) => FIRST_NAMES.has(part));
}

/** "she" for Karen, "he" for Donald; null when the lexicon does not know or the name is either. */
export function genderOfFirstName(word: string): 'he' | 'she' | null {
  const w = word.toLowerCase();
  if (EITHER.has(w)) return null;
  if (MALE_NAMES.has(w) && !FEMALE_NAMES.has(w)) return 'he';
  if (FEMALE_NAMES.has(w) && !MALE_NAMES.has(w)) return 'she';
  return null;
}

export function isLastName(word: string): boolean {
  return LAST_NAMES.has(word.toLowerCase());
}

/**
 * A given name any of the lists knows, those that are English words too ("Robin", "Hope",
 * "Will"): evidence only where the words around already say a person is named — after a
 * title, before a surname.
 */
export function isAnyGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return isFirstName(word) || MALE_NAMES.has(w) || FEMALE_NAMES.has(w);
}

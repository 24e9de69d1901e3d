import data from './data/name-lexicon.json' with { type: 'json' };

/**
 * Name knowledge from compromise's lexicon (first and last names, countries, cities,
 * regions, organisations, demonyms, roles), extracted by scripts/extract-name-lexicon.mjs.
 * Every list is lower-case.
 */
const set = (words: string[]): Set<string> => new Set(words);

export const FIRST_NAMES = set(data.firstNames);
export const LAST_NAMES = set(data.lastNames);
export const LEXICON_PLACES = set([...data.countries, ...data.cities, ...data.regions]);
export const LEXICON_ORGANIZATIONS = set(data.organizations);
export const LEXICON_DEMONYMS = set(data.demonyms);
export const LEXICON_ROLES = set(data.roles);
export const LEXICON_CURRENCIES = set(data.currencies);

/** A given name the lexicon knows ("Joe", "Kieran", "Akira"). */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word.toLowerCase());
}

export function isLastName(word: string): boolean {
  return LAST_NAMES.has(word.toLowerCase());
}

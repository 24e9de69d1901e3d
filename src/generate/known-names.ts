import { isPlaceName, ORG_WORDS } from './gazetteer.js';
import { FIRST_NAMES, isFirstName, LAST_NAMES, LEXICON_DEMONYMS, LEXICON_ORGANIZATIONS, LEXICON_PLACES } from './name-lexicon.js';
import { isVocabularyWord } from './nlp.js';

/**
 * What the word lists and wink's vocabulary together say about a capitalised phrase. The
 * gazetteer's short lists stay the first word (the quiz uses them without loading wink).
 */

const OKINA = /\p{Ll}['’‘ʻ]\p{Ll}/u;
const OKINA_ALL = /(?<=\p{Ll})['’‘ʻ](?=\p{Ll})/gu;

/** A place by the gazetteer or the lexicon; the lexicon's one-word cities only when no English word ("Phoenix", "Reading"). */
export function isKnownPlace(text: string): boolean {
  if (isPlaceName(text)) return true;
  // ("Hawai’i", "Kaua‘i": the ʻokina, however it is written, between a place's letters.)
  if (OKINA.test(text)) return isKnownPlace(text.replace(OKINA_ALL, ''));
  const key = text.toLowerCase().replace(/^the /, '');
  return LEXICON_PLACES.has(key) && (key.includes(' ') || !isVocabularyWord(key));
}

export function isKnownOrganization(text: string): boolean {
  return LEXICON_ORGANIZATIONS.has(text.toLowerCase().replace(/^the /, ''));
}

/** A name the lexicon knows as a person's first or last name. */
export function isPersonNameWord(word: string): boolean {
  return isFirstName(word) || LAST_NAMES.has(word.toLowerCase());
}

/**
 * A capitalised word that is an ordinary English word and no known name: "Summit",
 * "Administration", "Senators", "Statement". Names the vocabulary also holds as words
 * ("Smith", "Google", "China") are known names first.
 */
export function isCommonWord(word: string): boolean {
  const key = word.toLowerCase().replace(/['’]s$/, '');
  if (/^[A-Z]{2,}$/.test(word) || /\d/.test(key)) return false;
  if (FIRST_NAMES.has(key) || LAST_NAMES.has(key) || LEXICON_PLACES.has(key) || LEXICON_ORGANIZATIONS.has(key) || LEXICON_DEMONYMS.has(key)) return false;
  if (isPlaceName(word)) return false;
  return key.split('-').every((part) => part.length > 0 && isVocabularyWord(part));
}

/** An organisation word ("Office", "Bank") anywhere in the phrase. */
export function hasOrganizationWord(words: string[]): boolean {
  return words.some((w) => ORG_WORDS.has(w.toLowerCase()));
}

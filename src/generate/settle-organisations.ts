import { isCommonWord, isKnownPlace } from './known-names.js';
import { DEMONYMS, ORG_WORDS } from './gazetteer.js';
import { isFirstName, LEXICON_DEMONYMS } from './name-lexicon.js';
import type { NameRegistry } from './name-registry.js';
import type { TypedName } from './type-entities.js';

/**
 * "Pew Research Center" → "pew", "pew research", "research center", "center": its short forms.
 * Not the words before an organisation word: "Nampa" in "Nampa Police Department" is the town.
 */
function shortForms(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/);
  const forms: string[] = [];
  for (let n = 1; n < words.length; n += 1) {
    // "Federal" of "Federal Air Marshal Service" is an adjective wherever else it stands.
    const lone = n === 1 && isCommonWord(words[0]!) && /(?:al|an|ic|ive|ous|ern|ary|ish|ese)$/.test(words[0]!);
    // ("Latin American" of "Latin American Training Center": a people's adjective ends no name.)
    const adjectiveEnd = n > 1 && (DEMONYMS.has(words[n - 1]!) || LEXICON_DEMONYMS.has(words[n - 1]!));
    if (!ORG_WORDS.has(words[n]!) && !lone && !adjectiveEnd) forms.push(words.slice(0, n).join(' '));
    // "Wallet" of "Google Wallet", "Khmer" of "VOA Khmer": one last word alone is not the name.
    // ("Chapel Hill" of "University of North Carolina at Chapel Hill": the campus's place after
    // "at" is a place of its own.)
    if (n > 1 && !/^(?:at|in)$/.test(words[words.length - n - 1] ?? '')) forms.push(words.slice(words.length - n).join(' '));
  }
  return forms;
}

/**
 * Names are typed sentence by sentence, so a lone "TikTok" or "Pew" can be a 'term' before
 * (or after) the sentence that shows it is a company. Once the whole article has been read,
 * a term that is a known organisation, or the start or end of one's name, is an organisation.
 */
export function settleOrganisations(names: TypedName[][], registry: NameRegistry, places: ReadonlySet<string> = new Set()): void {
  const known = new Set<string>();
  const add = (name: string): void => {
    known.add(name.toLowerCase());
    for (const form of shortForms(name)) known.add(form);
  };
  registry.organizations.forEach(add);
  for (const list of names) for (const n of list) if (n.kind === 'organization') add(n.text);
  // A short form the article also names as a place is that place ("of Elizabethtown, KY" beside
  // "Elizabethtown High School" and "grew up in Elizabethtown"; "my hometown of Stamford" beside
  // "the Stamford Housing Authority" and "in Stamford").
  for (const list of names) for (const n of list) if (n.kind === 'term' && known.has(n.text.toLowerCase()) && places.has(n.text.toLowerCase())) n.kind = 'place';
  // (Not a town the lists know, nor the given name of a person a body is named after: "Erma" of
  // "the Erma Ora Byrd Center", in a story about Erma Byrd.)
  for (const list of names) for (const n of list) if (n.kind === 'term' && known.has(n.text.toLowerCase()) && !isKnownPlace(n.text) && !(isFirstName(n.text) && registry.people.some((person) => !person.weak && person.name.startsWith(`${n.text} `)))) n.kind = 'organization';
}

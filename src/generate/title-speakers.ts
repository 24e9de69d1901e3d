import { ROLE_WORDS } from './gazetteer.js';
import { LEXICON_ROLES } from './name-lexicon.js';
import { SPEECH_VERBS } from './attribute-speaker.js';

/** A speaker the article names only by what they are: "a White House spokesperson". */
export interface TitleSpeaker {
  /** Offsets in the paragraph of the description without its article ("White House spokesperson"). */
  start: number;
  end: number;
  name: string;
}

// People described, not named: the role nouns a speech tag uses for them.
// ("stated the Wolkowsky family": a family speaks as one.)
const isRoleNoun = (w: string): boolean => {
  const key = w.toLowerCase();
  // ("people": many, never one speaker's description.)
  return ROLE_WORDS.has(key) || (LEXICON_ROLES.has(key) && !key.endsWith('s') && key !== 'people') || key === 'family';
};

// "a/an/one/the", one to four describing words, then the role noun right before the speech
// verb: "One village administrator said".
// (A describing word may carry a figure: "The Badr-6 programme manager stated".)
const DESCRIBED = `\\b(?:[Aa]n?|[Oo]ne|[Tt]he)\\s+((?:[\\p{L}\\p{N}.-]+\\s+){1,4}?)([\\p{L}]+)`;
const SUBJECT = new RegExp(`${DESCRIBED}\\s+(?:${SPEECH_VERBS})\\b`, 'gu');
// After the verb nothing marks where the description ends: the first role word does.
const AFTER_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+(?:[Aa]n?|[Oo]ne|[Tt]he)\\s+((?:[\\p{L}.’'-]+\\s*){2,5})`, 'gu');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` writes a title before a capitalised word ("Prime Minister Hun Sen"), each title looked up once. */
export function titleBeforeNameIn(text: string): (title: string) => boolean {
  const known = new Map<string, boolean>();
  return (title) => {
    let found = known.get(title);
    if (found === undefined) known.set(title, (found = new RegExp(`${escapeRegExp(title)}\\s+\\p{Lu}`, 'u').test(text)));
    return found;
  };
}
const DESCRIPTION_END = /^\s+(?:on|in|at|of|for|from|to|who|whose|said|says|told|added|and|but|earlier|later|last|this|yesterday|today|tonight|recently|previously)\b/;
const NOT_DESCRIBING = /^(?:of|for|to|in|on|at|by|with|from|about|into|over|under|through|during|after|before|between|against|without|and|or|but|who|which|that|said|says|told|his|her|their|its|our|my|your|this|these|those|some|many)$/i;

/**
 * Speakers described by a title in `text[from, to)` (one sentence, quotes already blanked or
 * not): "One village administrator said …", "…,” said a White House spokesperson." Only where
 * a speech verb stands beside them, and only with at least one describing word: "an official"
 * alone names nobody a learner could recall. `standsBeforeName` tells whether the article
 * ever writes a title in capitals before a name.
 */
export function findTitleSpeakers(text: string, from: number, to: number, standsBeforeName = titleBeforeNameIn(text)): TitleSpeaker[] {
  const slice = text.slice(from, to);
  const found: TitleSpeaker[] = [];
  const push = (at: number, words: string[]): void => {
    if (words.length < 2 || words.slice(0, -1).some((w) => NOT_DESCRIBING.test(w) || !/\p{L}/u.test(w))) return;
    const start = from + at;
    const name = words.join(' ');
    found.push({ start, end: start + name.length, name });
  };
  for (const m of slice.matchAll(SUBJECT)) {
    const words = [...m[1]!.trim().split(/\s+/), m[2]!];
    // "The U.S. Surgeon General said": a title in capitals is a description too, but only
    // when the article never wrote it before a name (then it means that named person).
    const title = /^\p{Lu}/u.test(m[2]!);
    if (title && (!words.every((w) => /^\p{Lu}/u.test(w)) || standsBeforeName(words.join(' ')))) continue;
    if (isRoleNoun(m[2]!)) push(m.index + m[0].indexOf(m[1]!), words);
  }
  for (const m of slice.matchAll(AFTER_VERB)) {
    const raw = m[1]!.trim().split(/\s+/);
    const words = raw.map((w) => w.replace(/[.,;:]+$/, ''));
    let role = words.findIndex((w, i) => i > 0 && /^\p{Ll}+$/u.test(w) && isRoleNoun(w));
    if (role <= 0) continue;
    // "chief engineer", "deputy director": the role runs on over more role nouns (not "says the
    // prime minister went back on a pledge": a verb ends it).
    while (role + 1 < words.length && raw[role] === words[role] && /^\p{Ll}+$/u.test(words[role + 1]!) && !NOT_DESCRIBING.test(words[role + 1]!) && isRoleNoun(words[role + 1]!)) role += 1;
    // "…, said the lab’s chief engineer, Mara Lindqvist": the name that follows is the speaker.
    const at = m.index + m[0].indexOf(m[1]!);
    const description = words.slice(0, role + 1);
    const end = at + slice.slice(at).indexOf(description[description.length - 1]!, description.slice(0, -1).join(' ').length) + description[description.length - 1]!.length;
    // ("said the cuts proposed by shadow chancellor Oliver Letwin were …": the title is the named
    // person's, written right before the name.)
    if (/^\s*,?\s*\p{Lu}/u.test(slice.slice(end))) continue;
    // "A new book says the prime minister went back on a pledge": a verb after the description
    // makes it the subject of what was said, not the one saying it; any word but a preposition
    // or a time ("said the interviews with chief executives suggested") leaves it unsure.
    if (/^\s+\p{Ll}/u.test(slice.slice(end)) && !DESCRIPTION_END.test(slice.slice(end))) continue;
    push(at, description);
  }
  return found.sort((a, b) => a.start - b.start);
}

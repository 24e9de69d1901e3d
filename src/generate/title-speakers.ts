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
const isRoleNoun = (w: string): boolean => {
  const key = w.toLowerCase();
  return ROLE_WORDS.has(key) || (LEXICON_ROLES.has(key) && !key.endsWith('s'));
};

// "a/an/one/the" + one to four describing words + the role noun. Words, not tags: a tag
// needs its role word last ("a village administrator said", "said a foreign ministry spokeswoman").
const DESCRIBED = `\\b(?:[Aa]n?|[Oo]ne|[Tt]he)\\s+((?:[\\p{L}.-]+\\s+){1,4}?)([\\p{Ll}]+)`;
const SUBJECT = new RegExp(`${DESCRIBED}\\s+(?:${SPEECH_VERBS})\\b`, 'gu');
const AFTER_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\s+${DESCRIBED}(?=[\\s,.;]|$)`, 'gu');
const NOT_DESCRIBING = /^(?:of|for|to|in|on|at|and|or|but|who|which|that|said|says|told|his|her|their|its|our|my|your|this|these|those|some|many)$/i;

/**
 * Speakers described by a title in `text[from, to)` (one sentence, quotes already blanked or
 * not): "One village administrator said …", "…,” said a White House spokesperson." Only where
 * a speech verb stands beside them, and only with at least one describing word: "an official"
 * alone names nobody a learner could recall.
 */
export function findTitleSpeakers(text: string, from: number, to: number): TitleSpeaker[] {
  const slice = text.slice(from, to);
  const found: TitleSpeaker[] = [];
  for (const re of [SUBJECT, AFTER_VERB]) {
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      const modifiers = m[1]!.trim().split(/\s+/);
      const role = m[2]!;
      if (!isRoleNoun(role) || modifiers.some((w) => NOT_DESCRIBING.test(w) || !/\p{L}/u.test(w))) continue;
      const start = from + m.index + m[0].indexOf(m[1]!);
      const name = `${m[1]!}${role}`.replace(/\s+/g, ' ');
      found.push({ start, end: start + name.length, name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

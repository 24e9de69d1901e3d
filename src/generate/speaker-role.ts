import { DEMONYMS, ROLE_WORDS, isPlaceName } from './gazetteer.js';
import type { Token, TokenSpan } from './nlp.js';

/**
 * How the article describes a person, as it words it: a title in front of the name
 * ("U.S. Ambassador to Kazakhstan Daniel Rosenblum") or a description after it
 * ("Akbota Karibayeva, a Ph.D. candidate at …", "Suzanne Dodd is the project manager …").
 */
export interface SpeakerRole {
  text: string;
  placement: 'before' | 'after';
}

// Occupations that are not titles (so not in ROLE_WORDS, which also types names) but still
// say who someone is when an article describes them.
const OCCUPATIONS = new Set(
  'expert|lawyer|doctor|activist|journalist|musician|artist|member|owner|worker|nurse|farmer|designer|developer|physician|historian|politician|diplomat|president|professor|adviser|advisor|specialist|consultant|representative|curator|conductor|composer|singer|pilot|astronaut|architect|producer|photographer|volunteer|organizer|coordinator|strategist|investor|entrepreneur|partner|lecturer|chief|head|minister|observer'.split('|'),
);
// Forms of address are not roles: "Mr. Smith" says nothing about who Smith is.
const ADDRESS_FORMS = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'miss']);
// Compounds end in a role: "schoolteacher". One pattern, built once.
const ROLE_SUFFIX = new RegExp(`.(?:${[...ROLE_WORDS, ...OCCUPATIONS].filter((w) => w.length >= 6 && /^[a-z]+$/.test(w)).join('|')})$`);

/** "manager", "Administrator", "schoolteacher" (a compound of "teacher"). */
function isRoleWord(value: string): boolean {
  const w = value.toLowerCase();
  if (ADDRESS_FORMS.has(w)) return false;
  return ROLE_WORDS.has(w) || OCCUPATIONS.has(w) || ROLE_SUFFIX.test(w);
}

const CONNECTOR = /^(to|of|for|at|on|in)$/;
const POSSESSIVE = /^['’]s?$/;
const RELATIVE = /^(who|whom|whose|which|that|where|when|because|while|since)$/i;
const MAX_ROLE_TOKENS = 20;

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.value);
const joined = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

function describes(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i += 1) if (isRoleWord(tokens[i]!.value)) return true;
  return false;
}

/** "U.S. Ambassador to Kazakhstan ‖ Daniel Rosenblum", "NASA’s project manager ‖ Suzanne Dodd". */
function titleBefore(tokens: Token[], sentence: TokenSpan, nameFirst: number): number | null {
  let from = nameFirst;
  for (let k = nameFirst - 1; k >= sentence.first && nameFirst - k <= 8; k -= 1) {
    const t = tokens[k]!;
    const word = /^[\p{L}][\p{L}.\-]*$/u.test(t.value);
    // Lowercase words join a title as its role ("chief"), an adjective ("former") or the
    // first half of a compound role ("project manager"); "system testing President" stops.
    const lowerFits = isRoleWord(t.value) || t.pos === 'ADJ' || (t.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[k + 1]!.value) && isRoleWord(tokens[k + 1]!.value));
    const titleWord = word && (isCapitalised(t) ? t.pos !== 'DET' && t.pos !== 'PRON' : lowerFits);
    if (titleWord || CONNECTOR.test(t.value) || (POSSESSIVE.test(t.value) && joined(tokens[k - 1], t))) from = k;
    else break;
  }
  // A title starts with a word of its own, not "to" or "’s" left over from the walk back.
  while (from < nameFirst && (CONNECTOR.test(tokens[from]!.value) || POSSESSIVE.test(tokens[from]!.value))) from += 1;
  if (from === nameFirst || !describes(tokens, from, nameFirst - 1)) return null;
  // The title ends in its role word or in the place/organisation it is of ("… to Kazakhstan").
  const last = tokens[nameFirst - 1]!;
  return isRoleWord(last.value) || isCapitalised(last) ? from : null;
}

/**
 * The end (inclusive) of a describing noun phrase from `first`: up to a comma, the sentence
 * end, a relative pronoun or a verb. "in Jizzakh, Uzbekistan" keeps its place after the comma.
 */
function phraseEnd(tokens: Token[], first: number, last: number): number | null {
  let end = first - 1;
  for (let j = first; j <= last && j - first < MAX_ROLE_TOKENS; j += 1) {
    const t = tokens[j]!;
    if (t.value === '.' && joined(t, tokens[j + 1]) && j < last) continue; // "Ph.D."
    if (t.value === ',' && isPlaceName(tokens[j + 1]?.value ?? '') && /^[,.]$/.test(tokens[j + 2]?.value ?? '.')) {
      end = j + 1;
      j += 1;
      continue;
    }
    const stops = t.pos === 'PUNCT' && !POSSESSIVE.test(t.value) && t.value !== '-';
    if (stops || RELATIVE.test(t.value) || t.pos === 'AUX' || (t.pos === 'VERB' && !/(ed|ing)$/.test(t.value))) break;
    end = j;
  }
  if (end < first) return null;
  return end - first + 1 >= MAX_ROLE_TOKENS ? null : end;
}

/** A description after the name: an appositive ", a Ph.D. candidate at …," or "is the founder of …". */
function descriptionAfter(tokens: Token[], sentence: TokenSpan, nameFirst: number, nameLast: number): [number, number] | null {
  const next = tokens[nameLast + 1];
  const appositive = next?.value === ',';
  const copula = nameFirst === sentence.first && next?.pos === 'AUX' && /^(is|was)$/.test(next.value);
  if (!appositive && !copula) return null;
  const first = nameLast + 2;
  if (!/^(a|an|the)$/i.test(tokens[first]?.value ?? '')) return null;
  const end = phraseEnd(tokens, first, sentence.last);
  if (end === null) return null;
  // An appositive closes with a comma or the sentence; otherwise the phrase ran into a clause.
  const after = tokens[end + 1];
  if (appositive && after && !/^[,.;]$/.test(after.value)) return null;
  return describes(tokens, first + 1, end) ? [first, end] : null;
}

/** Only a demonym in front ("American Trina Bright", "the Canadian") says where, not who. */
function onlyDemonyms(text: string): boolean {
  return text.split(/\s+/).every((w) => /^(a|an|the)$/i.test(w) || DEMONYMS.has(w.toLowerCase()));
}

/** The role the article gives a person at this mention (token range of the name), or null. */
export function findSpeakerRole(tokens: Token[], text: string, sentence: TokenSpan, name: TokenSpan): SpeakerRole | null {
  const before = titleBefore(tokens, sentence, name.first);
  if (before !== null) {
    const role = text.slice(tokens[before]!.start, tokens[name.first - 1]!.end);
    if (!onlyDemonyms(role)) return { text: role, placement: 'before' };
  }
  const after = descriptionAfter(tokens, sentence, name.first, name.last);
  if (after === null) return null;
  const role = text.slice(tokens[after[0]]!.start, tokens[after[1]]!.end);
  return onlyDemonyms(role) ? null : { text: role, placement: 'after' };
}

/** A role that says where ("… at the University of Montreal", "FAA Administrator") beats a bare one. */
function affiliated(role: SpeakerRole): boolean {
  const words = role.text.split(/\s+/);
  return /\b(of|at|for|in|to)\b|['’]s\b/.test(role.text) || words.slice(1).some((w) => /^\p{Lu}/u.test(w)) || (role.placement === 'before' && words.length > 1);
}

/** Keeps the first role found unless a later one says more (adds where the person works). */
export function preferRole(current: SpeakerRole | null, found: SpeakerRole | null): SpeakerRole | null {
  if (!current || !found) return current ?? found;
  return !affiliated(current) && affiliated(found) ? found : current;
}

/** "U.S. Ambassador to Kazakhstan Daniel Rosenblum", "Akbota Karibayeva, a Ph.D. candidate at …". */
export function describeSpeaker(name: string, role: SpeakerRole | null): string {
  if (!role) return name;
  return role.placement === 'before' ? `${role.text} ${name}` : `${name}, ${role.text}`;
}

import { COUNTRIES, DEGREE, DEMONYMS, NAME_CONNECTORS, ORG_WORDS, ROLE_WORDS, TITLE_ABBREVIATION, isPlaceName } from './gazetteer.js';
import { isCommonWord, isKnownOrganization, isKnownPlace } from './known-names.js';
import { isAnyGivenName, isFirstName, isLastName, LEXICON_COUNTRIES } from './name-lexicon.js';
import type { Token } from './nlp.js';

/** A run of capitalised words in one sentence ("Caspian Policy Center"). */
export interface NameChunk {
  /** Token range (inclusive) in the paragraph's analysis. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** Followed by "’s": a possessive mention. */
  possessive: boolean;
  /** First word of the sentence or of a quote, where every word is capitalised. */
  initial: boolean;
}

const MONTHS_AND_DAYS = new Set(
  'january|february|march|april|may|june|july|august|september|october|november|december|jan.|feb.|mar.|apr.|jun.|jul.|aug.|sep.|sept.|oct.|nov.|dec.|monday|tuesday|wednesday|thursday|friday|saturday|sunday'.split('|'),
);

export function isMonthOrDay(word: string): boolean {
  return MONTHS_AND_DAYS.has(word.toLowerCase());
}

const VIRUS_SUBTYPE = /^[A-Z]\d{1,2}[A-Z]\d{1,2}$/;

export function isNameWord(t: Token): boolean {
  // "U.S.", "McDonald", "Kassym", "HRW", "C5"; not a month, not "I".
  // An apostrophe only inside a name ("O’Brien"), never a contraction ("I’m").
  // Most tokens start with a lower-case ASCII letter, a digit or punctuation: skip the Unicode regex.
  const first = t.value.charCodeAt(0);
  // "d’Études", "l’Énergie": a French article elided onto a capitalised word, inside a name.
  // ("Alan deLevie", "Joe diMaggio": a particle run into a capitalised surname.)
  if (first === 100 || first === 108 || first === 118) return /^(?:[dl][’']\p{Lu}\p{L}+|(?:de|di|du|da|la|le|van|von)\p{Lu}\p{Ll}+)$/u.test(t.value);
  if (first < 65 || (first > 90 && first < 192)) return false;
  // ("Francis S. Collins M.D.": a degree after a name is no part of it.)
  if (DEGREE.test(t.value) && /\.\p{Lu}/u.test(t.value)) return false;
  // ("a Harvard University Ph.D. candidate", "Jane Roe, Pharm.D.": the degree's first half,
  // split off by the tokenizer.)
  if (t.value === 'Ph' || t.value === 'Pharm' || t.value === 'Psy') return false;
  // "G7", "G20", "COP26": capitals and a number are one name word.
  // "BM-21", "SARS-CoV-2": a hyphenated code with a digit or a second capital.
  // Not a compound adjective ("UN-backed"): every part has a capital or a digit.
  // ("H5N1", "H1N1": a virus's subtype, letters and numbers in turn.)
  if (VIRUS_SUBTYPE.test(t.value)) return true;
  // ("Inter-American", "Mid-Atlantic": a prefix the tokenizer keeps joined, every part capitalised.)
  if (t.value.includes('-') && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(t.value)) return true;
  const code = t.value.includes('-') && /^\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)+$/u.test(t.value) && t.value.split('-').every((part) => /[\p{Lu}\d]/u.test(part)) && /\d|^\p{Lu}[^-]*\p{Lu}/u.test(t.value);
  // "A&M", "AT&T": an ampersand inside one word of capitals. ("V2X", "B2B": a figure between
  // capitals, one word too.)
  // ("Titus Mung'ou", "Ng'ang'a", "Hawai'i": an apostrophe before small letters inside a name,
  // not a contraction's — "Don't", "They're", "Ma'am", "Y'all".)
  const innerApostrophe = /^\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)+$/u.test(t.value) && !/['’](?:s|ll|re|ve|d|m|t|all|am|em|cause|n|er)$/u.test(t.value);
  return (/^\p{Lu}[\p{L}\p{M}.]*(['’]\p{Lu}[\p{L}\p{M}.]*)?$/u.test(t.value) || innerApostrophe || /^\p{Lu}{1,3}&\p{Lu}{1,3}$/u.test(t.value) || /^[A-Z]{1,4}\d{1,3}$/.test(t.value) || /^[A-Z]{1,2}\d[A-Z]{1,2}$/.test(t.value) || code) && t.value !== 'I' && !isMonthOrDay(t.value);
}

/** Titles only, or a given name and initials, up to `end`: a nickname in quotation marks may follow ("Capt. Peter “Willy” Hatchett"). */
function nicknameMayFollow(tokens: Token[], i: number, end: number): boolean {
  return tokens.slice(i, end).every((tok) => tok.value === '.' || TITLE_ABBREVIATION.test(tok.value) || ROLE_WORDS.has(tok.value.toLowerCase())) || givenThenInitials(tokens, i, end);
}

/** "Cynthia J.", "Gen. Herbert J.", "C. William": (titles, then) a given name and initials, tokens `from`–`to`. */
function givenThenInitials(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  // ("British Capt. Peter “Willy” Hatchett": a people's name may open the title.)
  while (k < to && (tokens[k]!.value === '.' || TITLE_ABBREVIATION.test(tokens[k]!.value) || ROLE_WORDS.has(tokens[k]!.value.toLowerCase()) || DEMONYMS.has(tokens[k]!.value.toLowerCase()) || COUNTRY_SHORT.test(tokens[k]!.value))) k += 1;
  // ("C. William “Bill” Nelson": an initial may come before the given name.)
  while (k < to && (/^\p{Lu}\.?$/u.test(tokens[k]!.value) || tokens[k]!.value === '.') && isFirstName(tokens.slice(k + 1, to + 1).find((tok) => tok.value !== '.' && !/^\p{Lu}\.?$/u.test(tok.value))?.value ?? '')) k += 1;
  return isFirstName(tokens[k]!.value) && tokens.slice(k + 1, to + 1).every((tok) => tok.value === '.' || /^\p{Lu}\.?$/u.test(tok.value));
}

/** "Theresa May", "Mary April Jones": a month that is a name, right after a given name. */
function isMonthInName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  // ("Carl H. June": after a given name and an initial too.)
  // ("Dr. June": after a courtesy title.)
  const given = isFirstName(prev?.value ?? '') || (/^\p{Lu}\.$/u.test(prev?.value ?? '') && isFirstName(tokens[k - 2]?.value ?? '')) || /^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/.test(prev?.value ?? '');
  // ("spokesman Nathan March called …": March too, after a given name.)
  return !!t && !!prev && (/^(?:May|June|April|August)$/.test(t.value) || (t.value === 'March' && isFirstName(prev.value))) && given && !/^\d/.test(tokens[k + 1]?.value ?? '');
}

/**
 * A month that opens a name: a surname that speaks ("May said:", "May wrote on his website" —
 * a month does not speak), or a given name before a surname ("April Harris"). ("Theresa May",
 * a month after a given name, is isMonthInName's.)
 */
function isMonthOpeningName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/^(?:May|June|April|August)$/.test(t.value)) return false;
  if (/^(?:said|says|told|added|wrote|explained|recalled)$/.test(tokens[k + 1]?.value ?? '')) return true;
  // ("April Harris, a math teacher, …", "June Carter said": a given name before a surname the
  // lexicon knows — not a month after a word that dates ("in April Congress …", "last May").)
  const next = tokens[k + 1];
  return !!next && isNameWord(next) && isLastName(next.value) && !isFirstName(next.value) && !ROLE_WORDS.has(next.value.toLowerCase()) && !ORG_WORDS.has(next.value.toLowerCase()) && !isKnownPlace(next.value) && !/^\d/.test(tokens[k + 2]?.value ?? '') && !/^(?:in|on|since|until|by|from|through|during|last|next|this|that|early|late|mid|of|before|after|between|and|to|or|each|every|until|till)$/i.test(tokens[k - 1]?.value ?? '');
}

/** The end of the run of name words from `from` (at most five), or -1. */
function nameRunEnd(tokens: Token[], from: number, last: number): number {
  let end = -1;
  for (let k = from; k <= last && k < from + 5 && isNameWord(tokens[k]!); k += 1) end = k;
  return end;
}

/**
 * The last token of the name words after "Capitalised in" (token `j`), when the capitalised word
 * (`i`) is a common one and what follows is no place ("Soldiers in Iraq" are two things), or -1.
 */
function nameAfterCommonIn(tokens: Token[], i: number, j: number, last: number): number {
  const word = tokens[i]!.value;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isCommonWord(word) || ROLE_WORDS.has(word.toLowerCase())) return -1;
  const end = nameRunEnd(tokens, j + 1, last);
  if (end < 0) return -1;
  const run = tokens.slice(j + 1, end + 1).map((t) => t.value);
  const text = run.join(' ');
  // ("Investing in America": a verb's -ing form and the place it is about are a programme's name.)
  if ((isKnownPlace(text) || isPlaceName(text)) && !/ing$/.test(word)) return -1;
  return run.length > 1 || /ing$/.test(word) || (isCommonWord(run[0]!) && !isPlaceName(run[0]!)) ? end : -1;
}

/** The last token of a field "in" (the) capitalised common words after a body's "of"/"for" name, or -1. */
function fieldAfterIn(tokens: Token[], first: number, j: number, last: number): number {
  if (!tokens.slice(first, j).some((t) => t.value === 'of' || t.value === 'for') || !endsInHead(tokens, first)) return -1;
  const from = tokens[j + 1]?.value === 'the' ? j + 2 : j + 1;
  const end = nameRunEnd(tokens, from, last);
  if (end < 0) return -1;
  const run = tokens.slice(from, end + 1).map((t) => t.value);
  // (Not "the University of Maryland in ‖ College Park": a town's words end in a place's head.)
  const town = /^(?:Park|City|Springs|Falls|Heights|Beach|Hills|Valley|Creek|Harbor|Harbour|Point|Lake|Island|Village|Grove|Ridge)$/.test(run[run.length - 1]!);
  return run.every((w) => isCommonWord(w)) && !town && !isKnownPlace(run.join(' ')) && !run.some((w) => isPlaceName(w)) ? end : -1;
}

const endsInHead = (tokens: Token[], end: number): boolean => {
  const w = tokens[end]!.value.toLowerCase();
  // "Societies", "Agencies": a plural head word.
  return ORG_WORDS.has(w) || ORG_WORDS.has(w.replace(/s$/, '')) || ORG_WORDS.has(w.replace(/ies$/, 'y')) || NAME_HEADS.has(w);
};

// A law's or a pact's word that opens its name before "for", "on" or "of": "the Authorization for
// the Use of Military Force", "the Convention on Biological Diversity".
export const LAW_OPENER = /^(?:Authorization|Authorisation|Agreement|Treaty|Convention|Resolution|Charter|Compact|Protocol|Accord|Declaration)$/;

// Words that end a named law, programme or agreement.
export const NAME_HEADS = new Set('act|credit|award|prize|medal|agreement|convention|treaty|accord|initiative|program|programme|campaign|plan|fund|partnership|strategy|framework|declaration|sciences|services|affairs|telecommunications|studies|resources|summit|conference|games|system|resolution|charter|compact|protocol'.split('|'));

/**
 * Lower-case words inside one name, where what follows shows the name goes on: a possessive
 * or "of the" / "with" / "and" before words that end in an organisation's or a law's head
 * word ("Cambodian People’s Party", "Department of the Treasury", "Americans with
 * Disabilities Act", "Ministry of Posts and Telecommunications"). Returns the new end, or -1.
 */
function joinInside(tokens: Token[], first: number, j: number, last: number): number {
  const u = tokens[j]!;
  const prev = tokens[j - 1]!;
  if (/^['’]s?$/.test(u.value) && joinedBy(prev, u)) {
    // Only a generic possessor belongs to the name: "People’s Party", not "Hun Sen’s Party",
    // and not an organisation's: "Justice Department’s Civil Rights Division" is two names.
    // ("the UN Children’s Fund": the United Nations' letters opening the owner make no owning body.)
    const ownerIsOrganisation = tokens.slice(first, j).some((t, k) => ORG_WORDS.has(t.value.toLowerCase()) && !(k === 0 && /^(?:UN|U\.N\.)$/.test(t.value)));
    // ("the Criminal Division of the U.S. Attorney’s Office for …": an office's holder and "’s
    // Office" are one body's name, whatever body it is part of.)
    const holdersOffice = ROLE_WORDS.has(prev.value.toLowerCase()) && /^(?:Office|Department)$/.test(tokens[j + 1]?.value ?? '');
    // ("the Susan F. Smith Center for Women’s Cancers": a possessor right after the name's "for"
    // or "of" is inside the name's own phrase.)
    const inPhrase = j - 2 > first && /^(?:for|of|on)$/.test(tokens[j - 2]!.value) && SERVED_PEOPLE.test(prev.value);
    const generic = (ROLE_WORDS.has(prev.value.toLowerCase()) || isCommonWord(prev.value)) && (!ownerIsOrganisation || holdersOffice || inPhrase);
    const end = nameRunEnd(tokens, j + 1, last);
    // ("Operation Freedom’s Sentinel", "Operation Iraqi Freedom’s …": an operation's name runs on.)
    const operation = tokens[first]!.value === 'Operation' && j - first <= 3;
    return generic && end >= 0 && end - j <= 3 && (endsInHead(tokens, end) || operation || inPhrase) ? end : -1;
  }
  if (/^(of|for|on)$/.test(u.value) && tokens[j + 1]?.value === 'the' && headBeforeFor(tokens, first, j)) {
    const end = nameRunEnd(tokens, j + 2, last);
    // ("represents the Service on the North American Wetlands Conservation Council", "Advisor
    // for Gulf Restoration for the Service": after "on" or "for", a body with its own head, or a
    // body's word alone, is another name — not "the Committee on the Judiciary".)
    if (end >= 0 && u.value !== 'of' && ((end === j + 2 && ORG_WORDS.has(tokens[end]!.value.toLowerCase())) || (u.value === 'on' && end > j + 2 && endsInHead(tokens, end)))) return -1;
    return end >= 0 ? end : -1;
  }
  if (/^(with|and|on)$/.test(u.value)) {
    // "Rear Adm. Kirk and Carrier Strike Group 11": a titled person and a body are two names
    // (but "Minister of Posts and Telecommunications" is one).
    const before = tokens.slice(first, j);
    if (before.some((t) => ROLE_WORDS.has(t.value.toLowerCase())) && !before.some((t) => t.value === 'of' || t.value === 'for')) return -1;
    // "Michael Shear with The New York Times": a person with where they work is two names.
    if (u.value === 'with' && isFirstName(tokens[first]!.value)) return -1;
    let end = nameRunEnd(tokens, j + 1, last);
    // "U.S. Fish and Wildlife Service Director Sam Hale": the body's name ends at its head word,
    // where a title opens the name of its head.
    for (let k = j + 1; k < end; k += 1) {
      if (endsInHead(tokens, k) && ROLE_WORDS.has(tokens[k + 1]!.value.toLowerCase())) {
        end = k;
        break;
      }
    }
    // ("the Office of Management and Budget Deputy Director for …": after "of", a title that
    // follows common words on both sides of "and" opens a name of its own — not "the District
    // of Vermont and Trial Attorney …", a place before "and".)
    if (u.value === 'and' && tokens.slice(first, j).some((t) => t.value === 'of')) {
      for (let k = j + 2; k <= end; k += 1) {
        if (ROLE_WORDS.has(tokens[k]!.value.toLowerCase()) && /^\p{Lu}/u.test(tokens[k]!.value) && isCommonWord(tokens[j - 1]!.value) && !isKnownPlace(tokens[j - 1]!.value) && isCommonWord(tokens[k - 1]!.value)) {
          end = k - 1;
          break;
        }
      }
    }
    // ("the Mars Climate Sounder on NASA’s Mars Reconnaissance Orbiter": a body that owns the next
    // name is where the first one is, not part of it.)
    if (u.value === 'on' && end >= 0 && /^['’]s?$/.test(tokens[end + 1]?.value ?? '') && joinedBy(tokens[end]!, tokens[end + 1]!)) return -1;
    // "LN-1 with NASA’s …": a name of its own after "with"; a law's words run on ("Americans with Disabilities Act").
    if (u.value === 'with' && end < j + 2) return -1;
    // ("the first private mission to Venus with Rocket Lab": "with" joins a law's words, not two
    // names — "Americans with Disabilities Act".)
    if (u.value === 'with' && end >= 0 && !/^(?:Act|Acts|Law|Laws)$/.test(tokens[end]!.value)) return -1;
    // ("the Department of the Treasury and Department of Housing and Urban Development": a body's
    // head word right after "and", with one before it, opens a second body.)
    const government = (w: string): boolean => /^(?:Department|Office|Ministry|Bureau|Agency|Administration)$/.test(w);
    if (u.value === 'and' && end >= 0 && government(tokens[j + 1]?.value ?? '') && tokens.slice(first, j).some((t) => government(t.value))) return -1;
    // ("the Advanced Photon Source and Center for Nanoscale Materials": a body's head word "for"
    // or "of" something, right after "and" and a name of two words or more, opens a second body.)
    if (u.value === 'and' && end >= 0 && j - first >= 2 && /^(?:Center|Centre|Institute|University|College|School|Office|Department|Bureau|Agency|Ministry|Museum|Library|Laboratory|Foundation|Council|Commission|Committee)$/.test(tokens[j + 1]?.value ?? '') && /^(?:for|of|on)$/.test(tokens[j + 2]?.value ?? '')) return -1;
    const across = u.value === 'and' && end >= 0 ? oneNameAcrossAnd(tokens, first, j, end, last) : -1;
    if (across >= 0) return across;
    // ("One NHS board alone, NHS Greater Glasgow and Clyde, employs 893 staff": a subject named on
    // both sides of "and" that takes a verb for one is one name.)
    if (u.value === 'and' && end >= 0 && subjectOfOne(tokens, first, end, last)) return end;
    // "the U.S. Department of Agriculture and Oregon State University": a place opens another
    // name; "RFA and VOA": an acronym is a whole name already.
    // (Nor does one after it: "NASA Headquarters and NASA’s …".)
    // (But "Bosnia and Herzegovina", "Trinidad and Tobago" are one country.)
    const oneCountry = end >= 0 && isKnownPlace(tokens.slice(first, end + 1).map((t) => t.value).join(' '));
    if (u.value === 'and' && end >= 0 && !oneCountry && (isPlaceName(tokens[j + 1]!.value) || /^[A-Z]{2,}$/.test(prev.value) || (end === j + 1 && /^[A-Z]{2,}$/.test(tokens[end]!.value)))) return -1;
    if (u.value === 'and' && oneCountry) return end;
    // "a war between Israel and Hamas": a place whole before "and" is a name of its own (but
    // "Bosnia and Herzegovina" is one place).
    const beforeText = tokens.slice(first, j).map((t) => t.value).join(' ');
    if (u.value === 'and' && end >= 0 && isPlaceName(beforeText) && !isPlaceName(`${beforeText} and ${tokens.slice(j + 1, end + 1).map((t) => t.value).join(' ')}`)) return -1;
    // "Serious Organised Crime and Police Bill": a bill's name of two words or more.
    // ("the California Business and Professions Code": a code's or an act's likewise.)
    // ("the Truck and Bus Regulation": a regulation's or a rule's too.)
    // ("the Elie Wiesel Genocide and Atrocities Prevention Act Report": a law's report keeps it whole.)
    const bill = end >= j + 2 && (/^(?:Bill|Code|Regulation|Regulations|Rule)$/.test(tokens[end]!.value) || (/^(?:Report|Review)$/.test(tokens[end]!.value) && /^(?:Act|Bill)$/.test(tokens[end - 1]!.value)));
    if (end < 0 || (!endsInHead(tokens, end) && !bill)) {
      // "Department of Health and Human Services", "Center for Security and Emerging
      // Technology": after "of" or "for", more common words of the same name.
      // ("Center on Budget and Policy Priorities": "on" after a body's word likewise.)
      const ofBefore = tokens.slice(first, j).some((t, k) => t.value === 'of' || t.value === 'for' || (t.value === 'on' && headBeforeFor(tokens, first, first + k)));
      const common = end >= 0 && tokens.slice(j + 1, end + 1).every((t) => isCommonWord(t.value) && !ROLE_WORDS.has(t.value.toLowerCase()));
      // ("U.S. Customs and Border Protection": a national body's common words on both sides.)
      const national = /^(?:U\.S\.|US)$/.test(tokens[first]!.value) && j - first <= 3 && tokens.slice(first + 1, j).every((t) => isCommonWord(t.value) && !ROLE_WORDS.has(t.value.toLowerCase()));
      // ("the User Experience Research and Design program": common words on both sides of "and"
      // before a programme's word in small letters.)
      const before = tokens.slice(first, j);
      const programme = u.value === 'and' && common && end - j <= 2 && before.length >= 2 && before.every((t) => isCommonWord(t.value) && !ROLE_WORDS.has(t.value.toLowerCase())) && /^(?:program|programme|degree|course|major|curriculum|certificate|track)$/.test(tokens[end + 1]?.value ?? '');
      // ("the Bureau of Conflict and Stabilization Operations Rob Faucher": the body's common words,
      // then a person's given name and surname — the chunk runs on, and the typing splits them.)
      let words = 0;
      while (j + 1 + words <= end && isCommonWord(tokens[j + 1 + words]!.value) && !ROLE_WORDS.has(tokens[j + 1 + words]!.value.toLowerCase())) words += 1;
      const personAfter = ofBefore && words >= 1 && words <= 2 && end - (j + words) >= 2 && end - (j + words) <= 3 && isFirstName(tokens[j + 1 + words]!.value) && tokens.slice(first, j).some((t) => ORG_WORDS.has(t.value.toLowerCase()));
      return u.value === 'and' && (((ofBefore || national) && common && end - j <= 2) || programme || personAfter) ? end : -1;
    }
    // ("Ball Aerospace and Technologies Corporation": a company's legal word after "and" closes
    // one company's name, not a second company's.)
    if (u.value === 'and' && end > j && /^(?:Corporation|Corp\.?|Company|Co\.|Incorporated|Inc\.?|LLC|Ltd\.?|Limited)$/.test(tokens[end]!.value) && end - j <= 3 && j - first <= 3 && isCommonWord(prev.value) && !isKnownOrganization(tokens.slice(first, j).map((t) => t.value).join(' ')) && !/^[A-Z]{2,}$/.test(prev.value)) return end;
    // "Google and Microsoft Office" is two names: the part before must not end in a head
    // already — unless an "of" holds both parts ("Ministry of Posts and Telecommunications").
    const ofBefore = u.value === 'and' && tokens.slice(first, j).some((t) => t.value === 'of');
    // ("Children's Medical Center of Dayton and Wright State University": a body "of" a proper
    // name, then another body — two names; not "of Posts and Telecommunications".)
    const lastOf = tokens.slice(first, j).map((t) => t.value).lastIndexOf('of');
    const ofProper = ofBefore && lastOf > 0 && endsInHead(tokens, first + lastOf - 1) && tokens.slice(first + lastOf + 1, j).every((t) => /^\p{Lu}/u.test(t.value) && !isCommonWord(t.value.toLowerCase()));
    if (ofProper) return -1;
    return endsInHead(tokens, j - 1) && !ofBefore ? -1 : end;
  }
  return -1;
}

/**
 * The words first..end open their clause (after the sentence's start or a comma) and a verb for
 * one thing follows them ("is", "has", "employs"), a comma between at most.
 */
function subjectOfOne(tokens: Token[], first: number, end: number, last: number): boolean {
  const before = tokens[first - 1];
  if (before && before.value !== ',') return false;
  let k = end + 1;
  if (tokens[k]?.value === ',') k += 1;
  const verb = tokens[k];
  return !!verb && k <= last && /^(?:VERB|AUX)$/.test(verb.pos) && /^(?:is|was|has|does|\p{Ll}+[^s'’]s)$/u.test(verb.value);
}

const initialsOf = (ts: Token[]): string => ts.flatMap((t) => t.value.split('-')).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/**
 * Words on both sides of "and" (tokens[first..j-1], tokens[j+1..end]) that make one name (its
 * last token, or -1):
 * the short form in brackets after them spells both parts ("the Geo-Informatics and Space
 * Technology Development Agency (GISTDA)"); a couple an award is named after ("the Zachary and
 * Elizabeth Fisher … Award"); or a mission's or a programme's words in small letters after them
 * ("the Gravity Recovery and Climate Experiment-Continuity mission").
 */
function oneNameAcrossAnd(tokens: Token[], first: number, j: number, end: number, last: number): number {
  // ("the Air and Space Conference and Technology Exposition": a conference and the show held
  // with it are one event.)
  if (/^(?:Conference|Summit|Symposium|Convention|Meeting|Forum)$/.test(tokens[j - 1]!.value) && /^(?:Exposition|Expo|Exhibition|Exhibit|Show|Trade Show|Tradeshow)$/.test(tokens[end]!.value)) return end;
  // ("Luxembourg American Cemetery and Memorial", "the Ford Presidential Library and Museum",
  // "a Historically Black College and University": one more head word alone after "and" is the
  // same place's other half.)
  if (end === j + 1 && j - first >= 2 && /^(?:Cemetery|College|Library|Museum|Garden|Gardens|Zoo|Aquarium|Park)$/.test(tokens[j - 1]!.value) && /^(?:Memorial|University|Museum|Library|Gallery|Gardens|Aquarium|Archives|Preserve)$/.test(tokens[end]!.value) && tokens[end]!.value !== tokens[j - 1]!.value) return end;
  const before = tokens.slice(first, j);
  const after = tokens.slice(j + 1, end + 1);
  const short = tokens[end + 1]?.value === '(' && /^[A-Z]{3,}$/.test(tokens[end + 2]?.value ?? '') && tokens[end + 3]?.value === ')' ? tokens[end + 2]!.value : null;
  if (short && initialsOf([...before, ...after]).startsWith(short) && !initialsOf(after).startsWith(short) && initialsOf(before).length >= 1) return end;
  if (before.length === 1 && isFirstName(before[0]!.value) && isFirstName(after[0]?.value ?? '')) {
    let k = j + 1;
    while (k + 1 <= last && k < j + 9 && isNameWord(tokens[k + 1]!)) k += 1;
    if (/^(?:Award|Prize|Medal|Scholarship|Fellowship|Foundation|Center|Centre|Institute|Library|Museum|Hall|Lecture)$/.test(tokens[k]!.value)) return k;
  }
  const commonWords = (ts: Token[]): boolean => ts.filter((t) => t.value !== '-').every((t) => t.value.split('-').every((w) => isCommonWord(w) && !ROLE_WORDS.has(w.toLowerCase())));
  // (A tight dash goes on inside the last word: "Experiment-Continuity".)
  let e = end;
  while (e + 2 <= last && tokens[e + 1]!.value === '-' && joinedBy(tokens[e]!, tokens[e + 1]!) && joinedBy(tokens[e + 1]!, tokens[e + 2]!) && isNameWord(tokens[e + 2]!)) e += 2;
  return before.length >= 2 && after.length >= 1 && commonWords(before) && commonWords(tokens.slice(j + 1, e + 1)) && /^(?:mission|satellite|spacecraft|experiment|program|programme)$/.test(tokens[e + 1]?.value ?? '') ? e : -1;
}

/**
 * "Center for Strategic Studies", "Committee on Foreign Affairs", "Minister for Trade": "for"
 * and "on" go on inside a name only after an institution's or an office's word; "Porto Alegre
 * for the World Social Forum" and "Postbridge on Dartmoor" are two names.
 */
function headBeforeFor(tokens: Token[], from: number, j: number): boolean {
  if (!/^(?:for|on)$/.test(tokens[j]!.value)) return true;
  // ("lifted off from the Kennedy Space Center on STS-1": a mission's or a flight's code after
  // "on" is when, not what the body is on.)
  if (tokens[j]!.value === 'on' && /\d/.test(tokens[j + 1]?.value ?? '')) return false;
  // ("the lead Republican in the U.S. Senate on the Railroad Competition … Act": a chamber "on"
  // a law is where the work on it is done — two names; not "the Committee on Finance".)
  if (tokens[j]!.value === 'on' && /^(?:Senate|House|Congress|Parliament)$/.test(tokens[j - 1]!.value)) return false;
  // ("the 2001 Authorization for the Use of Military Force": a law's word after "the" or its year —
  // not "Authorization for the NQI … will terminate", a common noun opening the sentence.)
  if (j === from + 1 && LAW_OPENER.test(tokens[from]!.value) && /^(?:the|\d{4})$/.test(tokens[from - 1]?.value ?? '')) return true;
  for (let k = from; k < j; k += 1) {
    const w = tokens[k]!.value.toLowerCase();
    // An office goes on ("Secretary of State for Europe"); a courtesy title does not ("Mr Brown on UK …").
    if (endsInHead(tokens, k) || (ROLE_WORDS.has(w) && !HONORIFICS.test(w))) return true;
  }
  // "Physicians for Human Rights", "Parliamentarians for …": a body named after its members.
  // (Not "George Stephanopoulos on ABC": a surname in -s after a given name.)
  return /^\p{Lu}\p{Ll}+[^s]s$/u.test(tokens[j - 1]!.value) && !(j - 1 > from && isFirstName(tokens[j - 2]!.value));
}

/**
 * The last token of the name words after a joining word at `j`, when the short form in brackets
 * right after them spells the words from `i` on, the joining word's letter included
 * ("Research on Cancer Survivors (ROCS)"), or -1.
 */
function spelledAcross(tokens: Token[], i: number, j: number, last: number): number {
  const end = nameRunEnd(tokens, j + 1, last);
  if (end < 0 || tokens[end + 1]?.value !== '(' || tokens[end + 3]?.value !== ')') return -1;
  const short = tokens[end + 2]!.value;
  if (!/^[A-Z]{3,}$/.test(short)) return -1;
  const letters = tokens.slice(i, end + 1).map((t) => t.value[0]!.toUpperCase()).join('');
  return letters.endsWith(short) && short.includes(tokens[j]!.value[0]!.toUpperCase()) && letters.length - short.length <= 2 ? end : -1;
}

/**
 * The last token of the name words after "and" at `j` (past a "the"), when the short form in
 * brackets right after them is the initials of the capitalised words from `i` on ("the Islamic
 * State of Iraq and the Levant (ISIL or ISIS)"), or -1.
 */
/** Where a law's title that runs on through "to" ends ("… Access ‖ to … Moms Act"), or -1. */
function actAfterTo(tokens: Token[], i: number, j: number, last: number): number {
  // (Not "the Preamble ‖ to the Foundation Act …": a part of a law, "to the" and its name.)
  if (j - i < 2 || tokens[j + 1]?.value === 'the' || !tokens.slice(i, j).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.value) && isCommonWord(t.value))) return -1;
  for (let k = j + 1; k <= Math.min(last, j + 14); k += 1) {
    const t = tokens[k]!;
    if (/^Act$/.test(t.value) && /^\p{Lu}/u.test(tokens[k - 1]!.value) && !(k < last && isNameWord(tokens[k + 1]!))) return k;
    if (!(/^\p{Lu}\p{Ll}+$/u.test(t.value) || /^(?:for|and|of|the|on|in)$/.test(t.value))) return -1;
  }
  return -1;
}

function spelledAcrossAnd(tokens: Token[], i: number, j: number, last: number): number {
  const from = tokens[j + 1]?.value === 'the' ? j + 2 : j + 1;
  const end = from <= last ? nameRunEnd(tokens, from, last) : -1;
  if (end < 0 || tokens[end + 1]?.value !== '(') return -1;
  const short = tokens[end + 2]?.value ?? '';
  if (!/^[A-Z]{3,}$/.test(short)) return -1;
  // ("the Office of Middle East and North Africa Analysis (MENAA)": the short form may leave out
  // the first words, but it spells some before "and" — not "the Justice Department and Internal
  // Revenue Service (IRS)", two bodies.)
  const capitals = (ts: Token[]): string => ts.filter((t) => /^\p{Lu}/u.test(t.value)).map((t) => t.value[0]).join('');
  const initials = capitals(tokens.slice(i, end + 1));
  return initials.endsWith(short) && short.length > capitals(tokens.slice(j + 1, end + 1)).length ? end : -1;
}

/**
 * "managed the Mars Exploration Rover Project ‖ for ‖ NASA’s Science Mission Directorate": one
 * word after "for" that owns the next name is who the work is for, no part of the name before.
 */
// People a body serves, named in its own name with a possessive: "Center for Women’s Health".
const SERVED_PEOPLE = /^(?:Women|Children|Men|Veterans|Girls|Boys|Families|Workers|Seniors|Kids|People)$/;

function ownerAfterFor(tokens: Token[], j: number, last: number): boolean {
  const owner = tokens[j + 1];
  const mark = tokens[j + 2];
  // (Not a people in common words, "the Center for Women’s Cancers", "… for Children’s Health":
  // whom the body serves, inside its name.)
  const people = !!owner && SERVED_PEOPLE.test(owner.value);
  return tokens[j]!.value === 'for' && j + 3 <= last && !!owner && !!mark && /^['’]s?$/.test(mark.value) && joinedBy(owner, mark) && isNameWord(tokens[j + 3]!) && !people;
}

/**
 * "favorable views in Ukraine ‖ of ‖ Russia": a country "of" another country — two places, no
 * name made of both ("Bank of England", "Gulf of Mexico" open with no country).
 */
function placeOfPlace(tokens: Token[], i: number, j: number): boolean {
  const country = (w: string): boolean => COUNTRIES.has(w.toLowerCase()) || LEXICON_COUNTRIES.has(w.toLowerCase());
  return tokens[j]!.value === 'of' && country(tokens.slice(i, j).map((t) => t.value).join(' ')) && country(tokens[j + 1]!.value);
}

/**
 * "According to Rathbun the Scientology property was sold": a "the" whose capitalised word
 * describes a noun after it opens a phrase of its own — not an epithet ("Ivan the Terrible").
 */
function theBeforeModifier(tokens: Token[], j: number, first = j - 1): boolean {
  const after = tokens[j + 2];
  if (tokens[j]!.value !== 'the' || !after) return false;
  // ("a Share the Beach volunteer": after an article, a verb in capitals, "the" and a capitalised
  // noun — a programme's slogan-like name, one name.)
  if (first === j - 1 && /^(?:a|an)$/i.test(tokens[first - 1]?.value ?? '') && tokens[first]!.pos === 'PROPN' && isCommonWord(tokens[first]!.value) && isNameWord(tokens[j + 1]!) && !isNameWord(after)) return false;
  // ("Wallace promised Caputo the Service’s backhoes": a body's word, or an owner, after "the"
  // is no epithet either.)
  // ("presented Mason the Air Force Civilian Service Award": after a verb of giving, someone and
  // what they were given — two names, not an epithet, when two name words follow "the".)
  const epithetTooLong = isNameWord(after) && j > 1 && isNameWord(tokens[j - 1]!) && /^(?:presented|gave|give|gives|awarded|handed|sent|offered|showed|granted|promised|pinned)$/.test(tokens[j - 2]!.value);
  // ("America the Beautiful initiative": an adjective after "the" is an epithet, whatever noun follows.)
  const epithet = tokens[j + 1]!.pos === 'ADJ' || /(?:ful|ous|ive|ble|ic|al)$/.test(tokens[j + 1]!.value);
  // ("According to SpaceX the Falcon 9 can …": a figure after the word that follows "the" makes
  // that word a thing's name, no epithet.)
  const numbered = /^\d/.test(after.value);
  // ("with the CG, JRTC the FLOs visited", "While in Louisiana the FLOs were …", "between NASA the
  // UAE": an acronym in the plural after "the", or acronyms on both sides, make no epithet — a
  // comma left out.)
  const noEpithet = /^[A-Z]{2,}s$/.test(tokens[j + 1]!.value) || (/^[A-Z]{2,}$/.test(tokens[j - 1]!.value) && /^[A-Z]{2,}$/.test(tokens[j + 1]!.value));
  return noEpithet || (/^\p{Ll}/u.test(after.value) && after.pos === 'NOUN' && !epithet) || /^['’]s?$/.test(after.value) || ORG_WORDS.has(tokens[j + 1]!.value.toLowerCase()) || epithetTooLong || numbered;
}

const HONORIFICS = /^(?:mr|mrs|ms|dr|sir|lord|lady|dame|prof)\.?$/;

// Letters after a name for an honour, a degree or a seat: "QC", "MP", "OBE".
const POST_NOMINALS = /^(?:QC|KC|MP|MEP|MSP|MLA|AM|TD|OBE|CBE|MBE|KBE|DBE|PhD|FRS)$/;

// Words after a dash that make a name an adjective: "Moscow-led", "Paris-based".
const HYPHEN_SUFFIXES = /^(?:based|led|made|run|owned|backed|born|style|like|era|wide|free|linked|funded|sized|level|type|class|bound|held|hit|wing|area|zone|born|era|ist|ism|ish|ian|esque|only|first|plus)$/;

// Words that make the weekday after them a named day.
export const HOLIDAY_FIRST = /^(?:Easter|Palm|Good|Holy|Maundy|Ash|Black|Cyber|Super|Giving)$/;
export const isWeekday = (w: string): boolean => /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(w);

// (Titles written before a name, not every role: "Reporters Without Borders" is one name.)
const isPluralTitle = (w: string): boolean => /^(?:Presidents|Senators|Representatives|Governors|Ministers|Ambassadors|Secretaries|Generals|Admirals|Judges|Mayors|Sens\.|Reps\.|Sens|Reps|Congressmen|Congresswomen|Hurricanes|Storms|Typhoons|Cyclones|Prime\s+Ministers)$/.test(w);

const DESCRIBERS = /^(?:Former|Senior|Ex|Then|Late|Veteran|Retired|Top|Acting|Outgoing|Incoming|Leading|Local|Subsequent|Several|Previous|Earlier|Future|Various|Numerous|Additional)$/;

/** A military unit's word written short: "Inf.", "Div.", "Bn.", "Regt.". */
const UNIT_ABBREVIATION = /^(?:Inf|Div|Bn|Bde|Regt|Sqdn|Cav|Abn|Mech|Arty|Engr|Bns|Divs)$/;

// A street's own word: "10 Downing Street", "1600 Pennsylvania Avenue", "221 Baker St.".
export const STREET_WORDS = /^(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Lane|Boulevard|Blvd\.|Place|Square|Way|Court|Terrace|Parkway|Highway|Pike|Turnpike|Circle|Trail)$/;

// Past forms that end in no "-ed": "Jersey Mike's sold …".
const IRREGULAR_PAST = /^(?:sold|made|won|lost|paid|said|told|took|gave|got|went|came|built|bought|began|grew|became|ran|set|cut|kept|left|held|brought|sent|spent|led|met|put|found|saw|fell|rose|hit|drew|wrote|shut|quit)$/;

const PARTICLES = /^(de|da|del|della|di|du|la|le|van|von|der|den|ter|zur|zu|al|bin|ibn)$/;

const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'SCONJ', 'CCONJ', 'ADV', 'NUM', 'AUX', 'PART', 'INTJ']);

const joinedBy = (a: Token, b: Token): boolean => a.end === b.start;

/** Two chunks and what stands between them as one name, from the first's start to the second's end. */
const joinChunks = (a: NameChunk, b: NameChunk, text: string): NameChunk => ({ ...a, last: b.last, end: b.end, text: text.slice(a.start, b.end), possessive: b.possessive });

const COUNTRY_SHORT = /^(?:U\.S\.|US|UK|U\.K\.)$/;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

// Titles written short, whose stop wink may split off the word.

/**
 * Capitalised runs, joined through name connectors ("University of Montreal", "de Oliveira")
 * and tight hyphens ("Kassym-Jomart"). The sentence's first word counts only when wink
 * tags it a proper noun, so "The" or "Among" never start a name.
 */
export function findNameChunks(tokens: Token[], first: number, last: number, text: string): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = first;
  while (i <= last) {
    const t = tokens[i]!;
    // "Q Good morning.": a transcript's question mark-up opens the paragraph, no name.
    // ("UN Secretaries-General Kofi Annan and …": a title in the plural, written with its hyphen,
    // belongs to none of the names after it.)
    if (/^(?:Secretaries|Attorneys|Surgeons)$/.test(t.value) && tokens[i + 1]?.value === '-' && tokens[i + 2]?.value === 'General' && i + 3 <= last && isNameWord(tokens[i + 3]!)) {
      i += 3;
      continue;
    }
    const transcriptQ = t.value === 'Q' && t.start === 0;
    const nameWord = (isNameWord(t) || isMonthOpeningName(tokens, i)) && !transcriptQ;
    // ("van der Waals", "Mark van der Berg", "de la Cruz": two particles before the name word.)
    const lowerParticle = !nameWord && /^(de|da|van|von|al|bin)$/.test(t.value) && i < last && (isNameWord(tokens[i + 1]!) || (i + 1 < last && /^(der|den|de|la|las|los|le)$/.test(tokens[i + 1]!.value) && isNameWord(tokens[i + 2]!)));
    // ("18F Developer Ann Hale", "3M": a letter run into the number before it is the end of a
    // code, no name's first word.)
    const codeTail = nameWord && i > first && /^\p{Lu}$/u.test(t.value) && /\d$/.test(tokens[i - 1]!.value) && joinedBy(tokens[i - 1]!, t);
    // ("Frances McMenamin, QC for Millar", "Jane Hale, MP, said": an honour's or an office's
    // letters after the name and its comma are no name either.)
    const honourAfterComma = nameWord && POST_NOMINALS.test(t.value) && i - 2 >= first && tokens[i - 1]!.value === ',' && isNameWord(tokens[i - 2]!) && !(i < last && isNameWord(tokens[i + 1]!));
    // ("said I-Min Lee": a given name of two syllables whose first is "I", no pronoun.)
    const hyphenI = t.value === 'I' && i + 2 <= last && tokens[i + 1]!.value === '-' && joinedBy(t, tokens[i + 1]!) && joinedBy(tokens[i + 1]!, tokens[i + 2]!) && /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 2]!.value);
    // Most tokens cannot start a name: skip the checks below for them (they run per token).
    if ((!nameWord && !lowerParticle && !hyphenI) || codeTail || honourAfterComma) {
      i += 1;
      continue;
    }
    // The first word of a sentence or of a quote is capitalised anyway: only wink's
    // proper-noun tag makes it a name there. Function words never start a name.
    const prevValue = i > first ? tokens[i - 1]!.value : '';
    const initial = i === first || (prevValue.length > 1 && prevValue.endsWith('.') && !/^[A-Z.]+$/.test(prevValue)) || /^["“‘'(\[—–:-]$/.test(prevValue) || (i === first + 1 && /^[…"“]$/.test(tokens[first]!.value));
    // Mid-sentence, a capital outweighs the tagger: "the Just Energy Transition Partnership".
    const capitalisedAdverb = !initial && t.pos === 'ADV' && i < last && isNameWord(tokens[i + 1]!);
    const functionWord = FUNCTION_POS.has(t.pos) && !/^[A-Z]{2,}/.test(t.value) && !capitalisedAdverb;
    // "Former WorldCom boss …", "Senior NASA officials …": a word that describes whoever follows opens the sentence, not a name.
    // "Presidents Biden and Macron", "Hurricanes Irma and Maria": a title in the plural goes before
    // each name that follows, and belongs to none.
    // ("Democrat Chuck Schumer of New York": a party's member, before a given name, is what the
    // person is.)
    const partyMember = /^(?:Democrat|Republican)$/.test(t.value) && i < last && isFirstName(tokens[i + 1]!.value);
    // ("the ISPs Cellcard and Opennet": an acronym in the plural says what the names after it are.)
    const pluralAcronym = /^[A-Z]{2,}s$/.test(t.value) && /^the$/i.test(prevValue) && i < last && isNameWord(tokens[i + 1]!) && /\p{Ll}/u.test(tokens[i + 1]!.value);
    // ("it promotes ALL of the United States": a common word in capitals, for emphasis.)
    // ("If you have any doubt, DON’T.": a verb in capitals with its "N’T" is shouted, no name.)
    if (/^[A-Z]+$/.test(t.value) && /^N['’]T$/.test(tokens[i + 1]?.value ?? '')) {
      i += 2;
      continue;
    }
    const shouted = /^(?:ALL|NOT|NEVER|EVERY|ANY|ONLY|MUST|MORE|MOST|VERY|REALLY|NO)$/.test(t.value) && /^(?:of|the|a|an|that|this|these|those|our|their|its|his|her|my|your|be|go|do|have|you|we|they|it|just|about|all)$/.test(tokens[i + 1]?.value ?? '');
    const describer = shouted || (initial && DESCRIBERS.test(t.value)) || (i < last && isNameWord(tokens[i + 1]!) && isPluralTitle(t.value)) || partyMember || pluralAcronym;
    // ("Don Stewart, communications director …", "Josh Holmes said": a given name that is an
    // English word too opens the sentence, a surname after it — a name, whatever the tagger read.)
    const second = i < last ? tokens[i + 1]! : undefined;
    const givenFirst = initial && !functionWord && isFirstName(t.value) && !!second && isNameWord(second) && (isLastName(second.value) || !isCommonWord(second.value.toLowerCase())) && !ORG_WORDS.has(second.value.toLowerCase()) && !ROLE_WORDS.has(second.value.toLowerCase()) && !isKnownPlace(second.value);
    // ("Will Steele, president of …", "Will Steele said": a given name that is a modal too,
    // opening the sentence before a surname and then a comma or a verb of speech.)
    // ("“…,” said Will McDearman, who …", "said COG study co-chair Will Parsons, M.D.": after any
    // word in small letters too — a modal would have no capital there.)
    const modalGiven = (initial || /^\p{Ll}/u.test(prevValue)) && functionWord && isAnyGivenName(t.value) && !!second && isNameWord(second) && !isCommonWord(second.value.toLowerCase()) && !isKnownPlace(second.value) && /^(?:,|\.|said|says|told|added)$/.test(tokens[i + 2]?.value ?? '');
    // ("September 12, 2023 (SAINT PAUL) —": a town in capitals, as a dateline writes it — its first
    // word whatever the tagger read.)
    const capitalsTown = initial && /^[A-Z]{3,}$/.test(t.value) && !!second && /^[A-Z]{3,}$/.test(second.value) && second.pos === 'PROPN' && /^[),—–-]$/.test(tokens[i + 2]?.value ?? '');
    const starts = (nameWord && ((!functionWord && !describer && (!initial || t.pos === 'PROPN' || givenFirst || capitalsTown)) || modalGiven)) || lowerParticle || isMonthOpeningName(tokens, i) || hyphenI;
    if (!starts) {
      i += 1;
      continue;
    }
    let end = i;
    let j = i + 1;
    let field = -1;
    // "Ken Macdonald QC", "Jane Hale MP": letters after a person's name that say an honour or an
    // office close the name and are no name themselves.
    let postNominal = false;
    while (j <= last) {
      const u = tokens[j]!;
      // (Where a law's title that runs through "to" ends, looked for once.)
      const lawEnd = u.value === 'to' && j < last && end === j - 1 ? actAfterTo(tokens, i, j, last) : -1;
      // ("Attorney-General Mark Dreyfus QC", "Mr Tom Kerrigan MP": a title before the given name too.)
      if (end > i && POST_NOMINALS.test(u.value) && !(j < last && isNameWord(tokens[j + 1]!)) && tokens.slice(i, end).some((k) => isFirstName(k.value))) {
        postNominal = true;
        break;
      }
      // ("… wuchee Moheehkanuwak My name is": a sentence run on without its stop — "My", "Our"
      // before a word in small letters open the next one.)
      if (/^(?:My|Our|Your|His|Her|Their|Its)$/.test(u.value) && /^\p{Ll}/u.test(tokens[j + 1]?.value ?? '')) break;
      // ("former UN Secretaries-General ‖ Kofi Annan and …": a title in the plural goes before the
      // names that follow and ends the name before it.)
      const hyphenedTitle = /^(?:Secretaries|Attorneys|Surgeons)$/.test(u.value) && tokens[j + 1]?.value === '-' && tokens[j + 2]?.value === 'General' && j + 3 <= last && isNameWord(tokens[j + 3]!);
      if ((isPluralTitle(u.value) && j < last && isNameWord(tokens[j + 1]!)) || hyphenedTitle) break;
      if (isNameWord(u) || (u.value === 'I' && !/^(VERB|AUX|ADV)$/.test(tokens[j + 1]?.pos ?? '')) || isMonthInName(tokens, j)) {
        // "Title I", "World War I": a numeral, not the pronoun, after a name word.
        end = j;
        j += 1;
      } else if (ORDINAL.test(u.value) && /^Class$/.test(tokens[j + 1]?.value ?? '') && j + 2 <= last && isNameWord(tokens[j + 2]!) && tokens.slice(i, end + 1).some((tok) => ROLE_WORDS.has(tok.value.toLowerCase()))) {
        // "Sgt. 1st Class Maria Lopez", "Petty Officer 2nd Class …": the ordinal is the rank's.
        end = j + 1;
        j += 2;
      } else if (/^\d{1,4}$/.test(u.value) && j < last && isNameWord(tokens[j + 1]!) && !isMonthOrDay(tokens[j + 1]!.value) && !/^\p{Lu}+$/u.test(tokens[j + 1]!.value)) {
        // "the Freedom 250 Grand Prix", "Apollo 11 Lunar Module": a number between two words of one name.
        end = j + 1;
        j += 2;
      } else if (u.value === '.' && j < last && joinedBy(tokens[j - 1]!, u) && TITLE_ABBREVIATION.test(tokens[j - 1]!.value) && isNameWord(tokens[j + 1]!)) {
        // "Rear Adm. James Kirk": wink splits the stop off some titles; the name goes on after it.
        end = j + 1;
        j += 2;
      } else if (u.value === '.' && joinedBy(tokens[j - 1]!, u) && UNIT_ABBREVIATION.test(tokens[j - 1]!.value)) {
        // "the 36th Inf. Div.", "the 3rd Bn.": a unit's words written short keep their stops,
        // and the name goes on after them.
        end = j;
        j += 1;
      } else if (end === i && HOLIDAY_FIRST.test(t.value) && isWeekday(u.value)) {
        // "Easter Sunday", "Black Friday": a day's own name, not a date.
        end = j;
        j += 1;
      } else if ((u.value === '-' || u.value === '–') && j < last && joinedBy(tokens[j - 1]!, u) && joinedBy(u, tokens[j + 1]!) && isNameWord(tokens[j + 1]!)) {
        // ("Surveillance System–All Injury Program": a tight dash inside one name too.)
        end = j + 1;
        j += 2;
      } else if (u.value === '-' && j + 2 <= last && joinedBy(tokens[j - 1]!, u) && joinedBy(u, tokens[j + 1]!) && /^(?:e|ye)$/.test(tokens[j + 1]!.value) && /^\p{Lu}\p{Ll}+$/u.test(tokens[j - 1]!.value) && /^\p{Lu}\p{Ll}+$/u.test(tokens[j + 2]!.value)) {
        // "Etemad-e Melli", "Majlis-e Shura": the Persian "-e" (or "-ye") that joins a word to the
        // next inside one name.
        end = j + 2;
        j += 3;
      } else if (u.value === '-' && j < last && end > i && joinedBy(tokens[j - 1]!, u) && joinedBy(u, tokens[j + 1]!) && /^\p{Ll}{1,5}$/u.test(tokens[j + 1]!.value) && !HYPHEN_SUFFIXES.test(tokens[j + 1]!.value) && /^\p{Lu}\p{Ll}{1,5}$/u.test(tokens[j - 1]!.value)) {
        // "Yoo Ji-chang", "Lee Hye-jin", "Moon Jae-in": a Korean given name in two syllables is
        // one word of the name (not "U.S.-based": the name comes before the dash, and its word
        // after it is no English suffix).
        end = j + 1;
        j += 2;
      } else if (/^[‘ʻ'’]$/.test(u.value) && j < last && end === j - 1 && joinedBy(tokens[j - 1]!, u) && joinedBy(u, tokens[j + 1]!) && /^\p{Ll}{1,8}$/u.test(tokens[j + 1]!.value) && !/^(?:s|ll|re|ve|d|m|t)$/.test(tokens[j + 1]!.value)) {
        // "Edith Kanaka‘ole", "Hawaiʻi": the ʻokina (written as an opening mark too) inside a
        // Hawaiian name — one word, not the end of the name.
        end = j + 1;
        j += 2;
      } else if (u.value === 'to' && j < last && endsInHead(tokens, j - 1) && isNameWord(tokens[j + 1]!) && isCommonWord(tokens[j + 1]!.value) && !isPlaceName(tokens[j + 1]!.value) && nameRunEnd(tokens, j + 1, last) > j + 1) {
        // "Committee to Protect Journalists", "Campaign to End Hunger": a body named for its aim.
        end = nameRunEnd(tokens, j + 1, last);
        j = end + 1;
      } else if (lawEnd > j) {
        // "the Improving Access to Maternal Health for Military and Dependent Moms Act": a law's
        // title in capitals runs through "to", "for" and "and" to its "Act".
        end = lawEnd;
        j = end + 1;
      } else if (u.value === 'to' && j < last && end === j - 1 && isCommonWord(tokens[j - 1]!.value) && !isPlaceName(tokens[j - 1]!.value) && isNameWord(tokens[j + 1]!) && tokens[j + 1]!.pos !== 'VERB' && nameRunEnd(tokens, j + 1, last) > j + 1 && tokens.slice(j + 1, nameRunEnd(tokens, j + 1, last) + 1).every((tok) => isCommonWord(tok.value) && !isPlaceName(tok.value)) && endsInHead(tokens, nameRunEnd(tokens, j + 1, last))) {
        // "the Space Shuttle Return to Flight Task Group": common words, "to", common words and a
        // body's word at the end — one body, named for its task.
        end = nameRunEnd(tokens, j + 1, last);
        j = end + 1;
      } else if (u.value === 'to' && j < last && end > i && tokens.slice(i, j).some((tok) => tok.value === 'of' || tok.value === 'for') && /^\p{Lu}\p{Ll}+$/u.test(tokens[j - 1]!.value) && isCommonWord(tokens[j - 1]!.value) && /^(?:\p{Lu}\p{Ll}+[^s]s|Children|People|Women|Men)$/u.test(tokens[j + 1]!.value) && isCommonWord(tokens[j + 1]!.value) && !isPlaceName(tokens[j + 1]!.value) && !(j + 1 < last && isNameWord(tokens[j + 2]!))) {
        // "Society for the Prevention of Cruelty to Animals": a body "of" or "for" a cause goes on
        // through "to" and the ones the cause is for.
        end = j + 1;
        j += 2;
      } else if (u.value === 'and' && j < last && spelledAcrossAnd(tokens, i, j, last) > j) {
        end = spelledAcrossAnd(tokens, i, j, last);
        j = end + 1;
      } else if (NAME_CONNECTORS.has(u.value) && u.value !== 'and' && j < last && isNameWord(tokens[j + 1]!) && tokens[j + 1]!.value !== 'The' && !placeOfPlace(tokens, i, j) && !ownerAfterFor(tokens, j, last) && !(u.value === 'for' && end === i && /^[A-Z]{2,6}$/.test(t.value)) && headBeforeFor(tokens, i, j) && !theBeforeModifier(tokens, j, i)) {
        // (Not "JPL for NASA": an acronym does not run on into a name after "for".)
        end = j + 1;
        j += 2;
      } else if (/^(?:y|et|und|e)$/.test(u.value) && j + 2 <= last && /^(?:de|del|des|du|la|der|da|do)$/.test(tokens[j + 1]!.value) && isNameWord(tokens[j + 2]!) && /^\p{Lu}/u.test(t.value)) {
        // ("Comisión Nacional Bancaria y de Valores", "Ministère de l’Économie et des Finances":
        // another language's "and", then its "of", inside one body's name.)
        end = j + 2;
        j += 3;
      } else if (nicknameMayFollow(tokens, i, end) && /^[“"]$/.test(u.value) && j + 3 <= last && /^\p{Lu}[\p{L}.’'-]{0,15}$/u.test(tokens[j + 1]!.value) && /^[”"]$/.test(tokens[j + 2]!.value) && isNameWord(tokens[j + 3]!) && joinedBy(u, tokens[j + 1]!) && joinedBy(tokens[j + 1]!, tokens[j + 2]!)) {
        // ("Cynthia J. “CJ” Bixby": after a given name and an initial too.)
        // "Natchimuthuk “Nat” Gopalswamy", "Mary “Mae” Jordan": a nickname in quotes between a
        // given name and a surname is inside the name.
        end = j + 3;
        j += 4;
      } else if (nicknameMayFollow(tokens, i, end) && u.value === "'" && j + 5 <= last && tokens[j + 1]!.value === "'" && /^\p{Lu}[\p{L}.’'-]{0,15}$/u.test(tokens[j + 2]!.value) && tokens[j + 3]!.value === "'" && tokens[j + 4]!.value === "'" && isNameWord(tokens[j + 5]!) && joinedBy(u, tokens[j + 1]!) && joinedBy(tokens[j + 1]!, tokens[j + 2]!) && joinedBy(tokens[j + 2]!, tokens[j + 3]!)) {
        // ("SSG Virgil C. ''Chance'' Martinez": the Congressional Record's two apostrophes for a
        // double mark, likewise.)
        end = j + 5;
        j += 6;
      } else if (u.value === '(' && end === i && isFirstName(t.value) && j + 3 <= last && /^\p{Lu}\p{Ll}+$/u.test(tokens[j + 1]!.value) && tokens[j + 2]!.value === ')' && isNameWord(tokens[j + 3]!) && !isCommonWord(tokens[j + 3]!.value.toLowerCase())) {
        // "Margaret (Maggie) Persinger": a nickname in brackets, likewise.
        end = j + 3;
        j += 4;
      } else if (u.value === 'in' && (end === i || (end === i + 1 && /^[A-Z][A-Z0-9]+$/.test(t.value))) && !initial && (field = nameAfterCommonIn(tokens, end, j, last)) > 0) {
        // "President Biden’s Investing in America Agenda", "the Women in Recovery program": a
        // capitalised common word, "in", and more name words that are no place — one name.
        // ("the SSBCI Investing in America Small Business Opportunity Program": a body's letters
        // may open it.)
        end = field;
        j = end + 1;
      } else if (u.value === 'in' && (field = fieldAfterIn(tokens, i, j, last)) > 0) {
        // "Association of Universities for Research in Astronomy", "Center for Advanced Study
        // in the Behavioral Sciences": a body "of" or "for" something goes on "in" a field
        // (capitalised common words, no place: not "the Institute for Research in Oslo").
        end = field;
        j = end + 1;
      } else if (end > i - 1 && /^(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu)$/.test(u.value) && j + 2 <= last && tokens[j + 1]!.value === '-' && joinedBy(u, tokens[j + 1]!) && joinedBy(tokens[j + 1]!, tokens[j + 2]!) && /^\p{Lu}\p{Ll}+$/u.test(tokens[j + 2]!.value)) {
        // "Suleiman al-Amr", "Ahmed bin-Saleh": an Arabic particle joined to the surname.
        end = j + 2;
        j += 3;
      } else if (/^[®™]$/.test(u.value) && joinedBy(tokens[j - 1]!, u)) {
        // "the Making Home Affordable® Program": a trade mark's sign inside a name.
        end = j;
        j += 1;
      } else if (u.value === ':' && j < last && joinedBy(tokens[j - 1]!, u) && joinedBy(u, tokens[j + 1]!) && /^[A-Z]+\d+$/.test(tokens[j - 1]!.value) && /^[A-Z]+\d+$/.test(tokens[j + 1]!.value)) {
        // "E. coli O157:H7": a strain's two codes joined by a colon are one name.
        end = j + 1;
        j += 2;
      } else if (/^(?:on|for|of|to|in)$/.test(u.value) && j < last && spelledAcross(tokens, i, j, last) > j) {
        // "the Detroit Research on Cancer Survivors (ROCS) study": the short form in brackets after
        // the words spells them, the joining word too — one name.
        end = spelledAcross(tokens, i, j, last);
        j = end + 1;
      } else if (u.value === 'in' && j + 2 <= last && /^(?:Agents?|Inspectors?|Directors?|Officers?|Investigators?|Supervisors?|Commanders?)$/.test(tokens[j - 1]!.value) && tokens[j + 1]!.value === 'Charge' && isNameWord(tokens[j + 2]!)) {
        // "Special Agent in Charge Maher Dimachkie": the office's own "in", before the one who holds it.
        end = j + 1;
        j += 2;
      } else if (u.value === 'against' && j < last && tokens.slice(i, j).some((tok) => ORG_WORDS.has(tok.value.toLowerCase())) && isNameWord(tokens[j + 1]!) && isCommonWord(tokens[j + 1]!.value) && nameRunEnd(tokens, j + 1, last) > j) {
        // "the Working Group on Violence against Indigenous Women and Girls", "the National
        // Coalition against Domestic Violence": a body's name goes on through "against" and what
        // it is against, in capitals.
        end = nameRunEnd(tokens, j + 1, last);
        j = end + 1;
      } else if (/^(?:den|ter|ten)$/.test(u.value) && /^[Vv]an$/.test(tokens[j - 1]!.value) && j < last && isNameWord(tokens[j + 1]!)) {
        // "Johan Van den Driessche", "Joost Van ter Beek": the Dutch article after "Van".
        end = j + 1;
        j += 2;
      } else if (PARTICLES.test(u.value) && PARTICLES.test(tokens[j + 1]?.value ?? '') && j + 2 <= last && isNameWord(tokens[j + 2]!)) {
        // "Ursula von der Leyen", "Rafael de la Cruz": two particles in a row.
        end = j + 2;
        j += 3;
      } else {
        // "Department of the Treasury", "Americans with Disabilities Act", "Cambodian People’s Party".
        const joined = joinInside(tokens, i, j, last);
        if (joined < 0) break;
        end = joined;
        j = joined + 1;
      }
    }
    let next = tokens[end + 1];
    // "Jersey Mike's sold", "Dunkin' and Jimmy John's among": an "'s" followed by a verb, a
    // preposition or a stop is the business's own name, not a possessive.
    const after = tokens[end + 2];
    const then = tokens[end + 3];
    // (Two words at least, and a verb that is no adjective before a noun: not "the Prime
    // Minister's proposed budget", not "NASA's Sounding Rocket Program".)
    // (Not someone with a title, "President Saied’s calls to …", nor "Putin’s been": "has".)
    const titled = (): boolean => tokens.slice(i, end + 1).some((tok) => ROLE_WORDS.has(tok.value.toLowerCase()));
    // (A verb in a form that tells: "sold", "opens" — not "Paul Pogba's left-footed shot", a
    // compound's first half, nor "the Authority's take on …", a noun the tagger read as a verb.)
    const tellingVerb = (): boolean => after!.pos === 'VERB' && !/^(?:NOUN|ADJ|PROPN)$/.test(then?.pos ?? '') && !(then?.value === '-' && joinedBy(after!, then)) && (/(?:ed|s)$/.test(after!.value) || IRREGULAR_PAST.test(after!.value));
    // (A business named for someone — "Jersey Mike's", "Macy's" — not "Delta 4 Heavy's launch".)
    const ownName = (): boolean => !!after && end > i && after.value !== 'been' && !isCommonWord(tokens[end]!.value) && /^\p{Ll}/u.test(after.value) && (/^(?:AUX|ADP|CCONJ)$/.test(after.pos) || tellingVerb()) && !titled();
    if (next && /^['’]s$/.test(next.value) && joinedBy(tokens[end]!, next) && ownName()) {
      end += 1;
      next = tokens[end + 1];
    }
    // "Cox's Bazar", "St. Mary's Hospital", "Martha's Vineyard", "Jason's Deli": a name whose
    // "'s" belongs to it, before a place's or a shop's word in capitals — one name, asked whole.
    // (Not an owner known as a place or a body: "Russia's Park", "NASA's Hall".)
    if (next && /^['’]s$/.test(next.value) && joinedBy(tokens[end]!, next) && end + 2 <= last && POSSESSIVE_NAME_HEAD.test(tokens[end + 2]!.value) && !isKnownPlace(tokens.slice(i, end + 1).map((tok) => tok.value).join(' ')) && !isKnownOrganization(tokens.slice(i, end + 1).map((tok) => tok.value).join(' ')) && !/^[A-Z]{2,}$/.test(tokens[end]!.value) && !titled()) {
      end += 2;
      // ("St Bernadette’s Nursing Home": the name goes on in capitals after its head.)
      while (end + 1 <= last && isNameWord(tokens[end + 1]!) && /^\p{Lu}\p{Ll}+$/u.test(tokens[end + 1]!.value) && POSSESSIVE_NAME_TAIL.test(tokens[end + 1]!.value)) end += 1;
      next = tokens[end + 1];
    }
    const possessive = !!next && /^['’]s?$/.test(next.value) && joinedBy(tokens[end]!, next);
    // "10 Downing Street": the house number opens the street's name.
    // ("4th Street": an ordinal numbers the street.)
    // ("92nd Air Refueling Wing", "19th Amendment", "7th Fleet": an ordinal in figures numbers
    // the name after it.)
    const number = i - 1 >= first ? tokens[i - 1]!.value : '';
    // (Not after a name: "U.S. 7th Fleet", "Senator Dole 21st Century … Act" hold more than that.)
    const nameBefore = i - 2 >= first && isNameWord(tokens[i - 2]!) && !FUNCTION_POS.has(tokens[i - 2]!.pos);
    // ("U.S. 7th Fleet": a country's short form before the ordinal is the name's first word.)
    const countryBefore = nameBefore && COUNTRY_SHORT.test(tokens[i - 2]!.value) && !(i - 3 >= first && isNameWord(tokens[i - 3]!));
    // (Not "the 60th NATO conference": the ordinal counts what the body holds, in small letters after it.)
    const countsAfter = end === i && /^[A-Z]{2,6}$/.test(t.value) && isKnownOrganization(t.value) && /^\p{Ll}/u.test(tokens[end + 1]?.value ?? '');
    const ordinal = ORDINAL.test(number) && (!nameBefore || countryBefore) && !countsAfter;
    // ("the 24 Hours of Le Mans": a span of time in capitals, of a place, is a race's name.)
    const raceName = /^\d+$/.test(number) && /^(?:Hours|Days|Miles)$/.test(t.value) && tokens[i + 1]?.value === 'of';
    const from = (/^\d+$/.test(number) && STREET_WORDS.test(tokens[end]!.value)) || ordinal || raceName ? i - (countryBefore ? 2 : 1) : i;
    if (countryBefore && chunks[chunks.length - 1]?.first === i - 2) chunks.pop();
    // (There the words on either side of the ordinal are only pieces of one name: no name to ask.)
    const ordinalAfter = ORDINAL.test(tokens[end + 1]?.value ?? '') && end + 2 <= last && isNameWord(tokens[end + 2]!) && !COUNTRY_SHORT.test(t.value);
    if ((ORDINAL.test(number) && !ordinal) || ordinalAfter) {
      i = end + 1;
      continue;
    }
    // ("The al-Shabaab group": an Arabic article joined to the name's first word is the name's.)
    const article = from === i && i - 2 >= first && tokens[i - 1]!.value === '-' && joinedBy(tokens[i - 1]!, t) && joinedBy(tokens[i - 2]!, tokens[i - 1]!) && /^(?:al|el|ad|ar|as|at|az|an|ash)$/.test(tokens[i - 2]!.value);
    // ("located in The Hague", "at The University of Texas": after a word in small letters, a
    // capital "The" is the name's own first word. Before an acronym in brackets the spelled-out
    // words are found on their own.)
    const capitalThe = from === i && !article && i - 2 >= first && tokens[i - 1]!.value === 'The' && /^\p{Ll}+$/u.test(tokens[i - 2]!.value) && tokens[end + 1]?.value !== '(';
    const at = article ? i - 2 : capitalThe ? i - 1 : from;
    const start = tokens[at]!.start;
    chunks.push({ first: at, last: end, start, end: tokens[end]!.end, text: text.slice(start, tokens[end]!.end), possessive, initial });
    i = end + (postNominal ? 2 : 1);
  }
  return withWebNames(tokens, joinUnitChains(tokens, joinCampuses(tokens, joinLawTitles(tokens, chunks, text), text), text), first, last, text).flatMap((c) => splitBeforeSubtype(tokens, c, text)).map((c) => withSpeciesTail(tokens, c, last, text)).flatMap((c) => withoutOpeningPluralOf(tokens, c, text)).filter((c) => !partOfSpelledOutAcronym(tokens, c, first, last));
}

// Words that close a name made with an "'s": "Cox's Bazar", "St. Mary's Hospital", "Jason's Deli".
const POSSESSIVE_NAME_HEAD = /^(?:Bazar|Bazaar|Vineyard|Island|Point|Landing|Creek|Cove|Wood|Inn|Pub|Tavern|Grill|Kitchen|Bakery|Deli|Diner|Cafe|Café|Restaurant|Hospital|Church|Cathedral|Chapel|Bay|Harbor|Harbour|Gate|Peak|Hole|Rock|Falls|Hostel|Nursing|Lodge|Hotel|Cemetery|Shrine)$/;
// Words that go on such a name after its head: "St Bernadette’s Nursing Home", "St Mary’s Hospital Trust".
const POSSESSIVE_NAME_TAIL = /^(?:Home|Homes|Hospital|Centre|Center|Hostel|Trust|Clinic|Chapel|Church|Cemetery)$/;

const UNIT_HEAD = /^(?:Battalion|Squadron|Regiment|Brigade|Division|Group|Wing|Company|Battery|Troop|Detachment|Flight|Corps|Fleet|Infantry|Artillery|Cavalry|Armor|Aviation|Command|Team)$/;

/**
 * "the 4th Battalion, 27th Field Artillery", "3rd Squadron, 3rd Armored Cavalry Regiment": a
 * military unit and the one it belongs to, each numbered, written as one designation — one name.
 */
function joinUnitChains(tokens: Token[], chunks: NameChunk[], text: string): NameChunk[] {
  const out: NameChunk[] = [];
  const numbered = (c: NameChunk): boolean => ORDINAL.test(tokens[c.first]!.value);
  // ("Company B, 1st Battalion, …", "C Company, 1st Battalion, …", "Battery B, 2nd Battalion, …":
  // a company or a battery by its letter or its name opens the chain as its lowest level.)
  const lettered = (c: NameChunk): boolean => /^(?:(?:Company|Battery|Troop)\s+[A-Z]|(?:[A-Z]|HHC|Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Headquarters and Headquarters)\s+(?:Company|Battery|Troop))$/.test(c.text);
  // (Three levels or more, "2nd Battalion, 8th Cavalry Regiment, 1st Brigade Combat Team, …",
  // is a postal address more than a name to learn: no name, and none of its pieces.)
  const levels = new Map<NameChunk, number>();
  const pieces = new Map<NameChunk, NameChunk[]>();
  const ownerAndOwned = new Set<NameChunk>();
  for (const c of chunks) {
    const prev = out[out.length - 1];
    // ("the 1st Infantry Division's 1st Battalion, 7th Field Artillery Regiment": the unit a
    // possessive owns is the next level down.)
    const owned = !!prev && prev.possessive && numbered(prev) && UNIT_HEAD.test(tokens[prev.last]!.value) && numbered(c) && UNIT_HEAD.test(tokens[c.last]!.value) && /^['’]s?\s+$/.test(text.slice(tokens[prev.last]!.end, c.start));
    if (prev && (owned || (c.first === prev.last + 2 && tokens[prev.last + 1]!.value === ',' && (numbered(prev) || lettered(prev) || levels.has(prev)) && numbered(c) && !prev.possessive && (UNIT_HEAD.test(tokens[prev.last]!.value) || lettered(prev)))) && tokens.slice(c.first + 1, c.last + 1).some((t) => UNIT_HEAD.test(t.value))) {
      const joined = joinChunks(prev, c, text);
      levels.set(joined, (levels.get(prev) ?? 1) + 1);
      pieces.set(joined, [...(pieces.get(prev) ?? [prev]), c]);
      if (owned || ownerAndOwned.has(prev)) ownerAndOwned.add(joined);
      out[out.length - 1] = joined;
      continue;
    }
    out.push(c);
  }
  // (Two levels joined by a possessive stay two names, the owner and the owned.)
  return out.flatMap((c) => ((levels.get(c) ?? 1) >= 3 ? [] : ownerAndOwned.has(c) ? pieces.get(c)! : [c]));
}

/**
 * "Tax Relief ‖ for ‖ American Families and Workers Act": a law's title runs on through "for" or
 * "of" to its "Act" or "Bill", whatever words stand before the "for".
 */
// A plural animal's or plant's noun: "pythons", "cacti".
const PLURAL_ORGANISM = /^(?:\p{L}+(?:[^su]s|ies|ches|shes|xes)|mice|wolves|cacti)$/u;
// The common names of animals and plants that a capitalised word (a place, a people, a person's
// name) opens: "Florida black bear", "Kirtland’s warbler", "Virginia big-eared bat".
export const ORGANISM = /^(?:bears?|snakes?|pinesnakes?|turtles?|tortoises?|salamanders?|frogs?|toads?|bats?|warblers?|sparrows?|hawks?|owls?|eagles?|woodpeckers?|cranes?|herons?|pelicans?|plovers?|terns?|crayfish(?:es)?|mussels?|snails?|butterfl(?:y|ies)|moths?|beetles?|orchids?|lil(?:y|ies)|asters?|milkweeds?|ferns?|cact(?:us|i)|yews?|darters?|madtoms?|shiners?|trout|salmon|sturgeons?|manatees?|wolf|wolves|foxes|fox|deer|rabbits?|mice|mouse|rats?|squirrels?|skinks?|lizards?|anacondas?|pythons?|boas?|daces?|minnows?|chubs?|wrens?|finches|finch|thrushes|thrush|vireos?|quails?|panthers?|cougars?|lynx|otters?|bison|elk|moose|caribou|corals?|sedges?|elktoes?|pigtoes?|heelsplitters?|pearlymussels?)$/;

/**
 * "Populations of the ‖ Louisiana pine snake appear …": a common word in the plural opens the
 * sentence, capitalised only for that, and its "of the" leads to the name.
 * (Not "Corps of Engineers": a body's word; nor "Friends of the Earth": one word after "of the"
 * may be the name's own.)
 */
function withoutOpeningPluralOf(tokens: Token[], c: NameChunk, text: string): NameChunk[] {
  const head = tokens[c.first]!.value;
  if (!c.initial || c.last < c.first + 2 || tokens[c.first + 1]!.value !== 'of' || !/^\p{Lu}\p{Ll}+s$/u.test(head) || !isCommonWord(head) || ORG_WORDS.has(head.toLowerCase())) return [c];
  let from = c.first + 2;
  if (/^(?:the|a|an)$/.test(tokens[from]!.value) && from < c.last) from += 1;
  if (!/^\p{Lu}/u.test(tokens[from]!.value) || from === c.last) return [c];
  const start = tokens[from]!.start;
  return [{ ...c, first: from, start, text: text.slice(start, c.end), initial: false }];
}

/**
 * "Florida ‖ black bear", "Kirtland’s ‖ warbler", "Eastern ‖ indigo snake": a species' common name
 * whose first word has a capital — the capitalised word alone would cut it.
 */
function withSpeciesTail(tokens: Token[], c: NameChunk, last: number, text: string): NameChunk {
  // (Not "Black pinesnakes are …", "Large constrictor snakes …": the capital a sentence gives a
  // common word; nor "North America’s smallest turtle": what a place has.)
  if ((c.initial && isCommonWord(c.text.toLowerCase())) || (c.possessive && isKnownPlace(c.text))) return c;
  // (Not "Kemp’s ‖ Ridley sea turtle": a name cut after an owner's "’s".)
  if (/^['’]s$/.test(tokens[c.first - 1]?.value ?? '')) return c;
  let k = c.last + 1;
  if (c.possessive && /^['’]s$/.test(tokens[k]?.value ?? '')) k += 1;
  let words = 0;
  while (k <= last && words < 3) {
    const t = tokens[k]!;
    // (The singular, the species' name; "Burmese pythons" are the animals.)
    if (ORGANISM.test(t.value) && !PLURAL_ORGANISM.test(t.value)) {
      // (Not "the Florida bear population": only where the name ends.)
      if (/^\p{Ll}/u.test(tokens[k + 1]?.value ?? '') && tokens[k + 1]!.pos === 'NOUN') return c;
      return { ...c, last: k, end: t.end, text: text.slice(c.start, t.end), possessive: false };
    }
    if (t.value === '-' && joinedBy(tokens[k - 1]!, t) && tokens[k + 1] && joinedBy(t, tokens[k + 1]!)) {
      k += 1;
      continue;
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.value) || !/^(?:ADJ|NOUN)$/.test(t.pos) || /est$/.test(t.value)) return c;
    words += 1;
    k += 1;
  }
  return c;
}

/**
 * "According to the World Health Organization ‖ H5N1 has killed …": a virus's subtype opens a name of its own.
 * ("Chief investment officer at Fort Pitt Capital Group ‖ Charlie Smith said": so does a given
 * name and a surname right after a body's last word, the comma left out.)
 */
function splitBeforeSubtype(tokens: Token[], c: NameChunk, text: string): NameChunk[] {
  for (let k = c.first + 1; k <= c.last; k += 1) {
    const person = k >= c.first + 2 && k + 1 === c.last && /^(?:Group|Company|Bank|Corporation|Inc\.?|LLC|Ltd\.?|Partners|Capital|Associates|Institute|University|Foundation|Agency|Department)$/.test(tokens[k - 1]!.value) && isFirstName(tokens[k]!.value) && /^\p{Lu}\p{Ll}+$/u.test(tokens[k + 1]!.value);
    if (!VIRUS_SUBTYPE.test(tokens[k]!.value) && !person) continue;
    const left = { ...c, last: k - 1, end: tokens[k - 1]!.end, text: text.slice(c.start, tokens[k - 1]!.end), possessive: false };
    const right = { ...c, first: k, start: tokens[k]!.start, text: text.slice(tokens[k]!.start, c.end), initial: false };
    return [left, ...splitBeforeSubtype(tokens, right, text)];
  }
  return [c];
}

/**
 * "Data.gov", "Challenge.gov", "HHS.gov": a site's name, its words and its domain written as
 * one — the tokenizer splits them at the dot; the name is the whole.
 */
function withWebNames(tokens: Token[], chunks: NameChunk[], first: number, last: number, text: string): NameChunk[] {
  const out: NameChunk[] = [];
  let next = 0;
  for (let i = first; i + 2 <= last; i += 1) {
    const [word, dot, domain] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    // ("visit IdentityTheft.Gov.": the domain in capitals too, the sentence's stop glued to it.)
    if (!/^\p{Lu}[\p{L}\d-]*$/u.test(word.value) || dot.value !== '.' || !/^(?:gov|com|org|net|edu|mil|io)\.?$/i.test(domain.value) || !joinedBy(word, dot) || !joinedBy(dot, domain)) continue;
    const end = domain.value.endsWith('.') ? domain.end - 1 : domain.end;
    // (Not the end of an address: "www.data.gov", "data.census.gov".)
    if (/[\p{L}\d]\.$|\/$/u.test(text.slice(Math.max(0, word.start - 2), word.start))) continue;
    while (next < chunks.length && chunks[next]!.last < i) out.push(chunks[next++]!);
    // The chunk holding the word (or none) gives way to the site's name.
    const holder = next < chunks.length && chunks[next]!.first <= i ? chunks[next++] : undefined;
    const from = holder && holder.last === i ? holder.first : i;
    if (holder && holder.last > i) out.push(holder);
    out.push({ first: from, last: i + 2, start: tokens[from]!.start, end, text: text.slice(tokens[from]!.start, end), possessive: false, initial: from === first });
    i += 2;
  }
  while (next < chunks.length) out.push(chunks[next++]!);
  return out.sort((a, b) => a.first - b.first);
}

function joinLawTitles(tokens: Token[], chunks: NameChunk[], text: string): NameChunk[] {
  const out: NameChunk[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    // ("the Protection of Children ‖ from ‖ Sexual Offenses Act": "from" too.)
    // ("the Countering America’s ‖ Adversaries Through Sanctions Act": an owner's "’s" inside
    // an Act's title, after "the".)
    if (prev && prev.possessive && c.first === prev.last + 2 && /^['’]s$/.test(tokens[prev.last + 1]!.value) && /^(?:Act|Bill)$/.test(tokens[c.last]!.value) && /^the$/i.test(tokens[prev.first - 1]?.value ?? '')) {
      out[out.length - 1] = joinChunks(prev, c, text);
      continue;
    }
    const between = prev && c.first === prev.last + 2 && /^(?:for|of|from)$/.test(tokens[prev.last + 1]!.value);
    if (prev && between && /^(?:Act|Bill)$/.test(tokens[c.last]!.value) && !prev.possessive) {
      out[out.length - 1] = joinChunks(prev, c, text);
      continue;
    }
    // "the Warm in Winter and Cool in Summer Act": capitalised words joined by "in" and "and",
    // after "the", run on to the Act.
    let from = out.length;
    while (
      /^(?:Act|Bill)$/.test(tokens[c.last]!.value) &&
      from > 0 &&
      out.length - from < 4 &&
      !out[from - 1]!.possessive &&
      (from === out.length ? c : out[from]!).first === out[from - 1]!.last + 2 &&
      /^(?:in|and|on|to|with)$/.test(tokens[out[from - 1]!.last + 1]!.value)
    ) {
      from -= 1;
    }
    const opener = from < out.length ? tokens[out[from]!.first - 1] : undefined;
    if (from < out.length && opener && /^the$/i.test(opener.value)) {
      const head = out[from]!;
      out.splice(from, out.length - from, joinChunks(head, c, text));
    } else out.push(c);
  }
  return out;
}

/**
 * "the University of Illinois ‖ at ‖ Chicago", "University of Texas at Austin": a state
 * university's campus is part of its name.
 */
function joinCampuses(tokens: Token[], chunks: NameChunk[], text: string): NameChunk[] {
  const out: NameChunk[] = [];
  for (const c of chunks) {
    const prev = out[out.length - 1];
    if (prev && !prev.possessive && c.first === prev.last + 2 && tokens[prev.last + 1]!.value === 'at' && /^(?:The\s+)?University of \p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u.test(prev.text) && c.last - c.first <= 2 && /^\p{Lu}\p{Ll}/u.test(c.text)) {
      out[out.length - 1] = joinChunks(prev, c, text);
    } else out.push(c);
  }
  return out;
}

/**
 * "COOL-AID (Coronal OverLapagram – Ancillary Imaging Diagnostics)", "SSAXI (Swift Solar
 * Activity X-ray Imager)": inside the brackets after an abbreviation its words are spelt out
 * with capitals on the letters it takes; a run of them short of the whole is no name.
 */
function partOfSpelledOutAcronym(tokens: Token[], c: NameChunk, first: number, last: number): boolean {
  let open = -1;
  for (let k = c.first - 1; k >= first && open < 0; k -= 1) {
    if (tokens[k]!.value === ')') return false;
    if (tokens[k]!.value === '(') open = k;
  }
  if (open < 0 || !/^[A-Z][A-Z0-9-]{1,}$/.test(tokens[open - 1]?.value ?? '')) return false;
  let close = -1;
  for (let k = c.last + 1; k <= last && close < 0; k += 1) if (tokens[k]!.value === ')') close = k;
  return close >= 0 && (c.first > open + 1 || c.last < close - 1);
}

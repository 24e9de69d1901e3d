import type { FactKind } from '../deck/types.js';
import type { ArticleAnalysis, AttributedQuote } from './analyse-article.js';
import type { QuoteSpan } from './find-quotes.js';
import type { SentenceUnit } from './sentences.js';
import { wordCount } from './find-quotes.js';
import { addLearnedScore } from './fact-score.js';
import { firstAtLeast } from './first-at-least.js';
import { DEGREE, DEMONYMS, ORG_WORDS, ROLE_WORDS, PLACE_OWN_WORDS, STOP_ANSWERS, US_STATES } from './gazetteer.js';
import { isCommonWord, isKnownOrganization, isKnownPlace } from './known-names.js';
import { isVocabularyWord } from './nlp.js';
import { isMonthOrDay } from './proper-noun-chunks.js';
import { STATE_ABBREVIATIONS } from './name-designators.js';
import { isAnyGivenName, isFirstName, LEXICON_DEMONYMS, LEXICON_ROLES } from './name-lexicon.js';
import { findAcronymsThenExpansion, isSpelledOutAcronym, type SpelledOut } from './acronyms.js';
import { trimQuote } from './trim-quote.js';
import { isCreditSentence, isEverydayAbbreviation, isHeadlineLike, isLookBackWindow, isStatisticalApparatus, isStatisticalTerm, isUbiquitousPlace, MAX_TITLE_WORDS, quotedTitle } from './trivia.js';

/** One possible deletion: a fact at a place in a sentence. */
export interface FactCandidate {
  sentence: number;
  /** Offsets in the paragraph text. */
  start: number;
  end: number;
  answer: string;
  kind: FactKind;
  hint: string;
  score: number;
  /** Who said it, when the fact stands inside an attributed quote: the card names them. */
  saidBy?: string;
  /** That quote. */
  inQuote?: QuoteSpan;
  /** For a person named in short ("Ortiz"), their full name: the same answer as "Lena Ortiz". */
  person?: string;
  /** For a short form the article spelt out ("ESD"), the name in full: one answer with it. */
  spelledOut?: string;
  /** A body named in a third of the paragraphs or more: the story's own ("NASA" in a NASA release). */
  everywhere?: boolean;
}

export interface QuoteCandidate {
  quote: AttributedQuote;
  speaker: string;
  score: number;
  /** What to ask of the quote when its speaker already has their share of who-said cards. */
  phrase?: FactCandidate;
  /** Someone else in the article says the same words: "who said it?" has no one answer. */
  shared?: boolean;
}

/** How often each answer (lower-cased) stands in the article, and whether the headline names it. */
export interface Salience {
  mentions: Map<string, number>;
  title: string;
}

const SHAPING_COUNT = /^(?:two|three|four|five|six|\d)-(?:pronged|legged|way|sided|headed|tiered|wheeled|handed|faced|dimensional)$/i;

/** A card shows at least this many words besides its answer. */
const MIN_CONTEXT_WORDS = 2;
const CONTEXT_WORD = /\p{L}{2,}/gu;
const NUMERIC_KINDS = new Set<FactKind>(['money', 'percent', 'quantity', 'number']);

/** Quotes shorter than this are scare quotes ("New Kazakhstan"): nobody to ask about. */
export const MIN_QUOTE_WORDS = 4;
/** A quote that starts mid-sentence needs this many words to be worth a card. */
export const MIN_FRAGMENT_WORDS = 6;

const KIND_WEIGHT: Record<FactKind, number> = {
  money: 10,
  percent: 9,
  quantity: 8,
  number: 6,
  date: 6,
  person: 7.5,
  organization: 6.5,
  place: 2,
  term: 3,
};

function specificity(answer: string, kind: FactKind, hint: string): number {
  if (kind === 'date') return /\d/.test(answer) && /\p{L}/u.test(answer) ? 1.5 : hint === 'year' ? 0.5 : -2;
  if (kind === 'number' || kind === 'quantity') return /\d/.test(answer) ? 1 : -1.5;
  if (kind === 'person') return answer.includes(' ') ? 1 : 0;
  return 0;
}

/** Facts by sentence, in one pass (a 1 MB one-line input has one sentence of thousands). */
function groupBySentence(facts: FactCandidate[]): Map<number, FactCandidate[]> {
  const groups = new Map<number, FactCandidate[]>();
  for (const f of facts) {
    const list = groups.get(f.sentence);
    if (list) list.push(f);
    else groups.set(f.sentence, [f]);
  }
  return groups;
}

/** A place named this often is the article's setting: asked once at most. */
const SETTING_MENTIONS = 4;

// A lower-case word after a place that makes it qualify a noun ("UK poverty"), not a joining word.
// (Not the place's own designator: "in Kampong Chhnang province", "Khost province".)
const QUALIFIES_NOUN = new RegExp(`^\\s+(?!(?:and|or|but|in|on|at|to|for|of|with|from|by|as|is|was|are|were|has|had|have|will|would|said|says|which|who|that|where|when|after|before|since|until|over|under|into|than|${PLACE_OWN_WORDS})\\b)\\p{Ll}`, 'u');

/**
 * Places are the weakest facts. A sentence with a number, date, person, organisation or term
 * to ask about keeps a list of places as context: "Kazakhstan, Kyrgyzstan, Tajikistan…" are not
 * five more cards; its one place is asked, and of two places the one the article names less
 * often ("the base at Fort Hood before he left for Iraq"). In a sentence of places only, the
 * two best stay, unless one is the setting.
 */
function withoutWeakPlaces(facts: FactCandidate[], paragraphText: (f: FactCandidate) => string): FactCandidate[] {
  const richer = new Set(facts.filter((f) => f.kind !== 'place').map((f) => f.sentence));
  const mentions = new Map<string, number>();
  const places = facts.filter((f) => f.kind === 'place');
  for (const f of places) mentions.set(f.answer.toLowerCase(), (mentions.get(f.answer.toLowerCase()) ?? 0) + 1);
  const placesBySentence = groupBySentence(places);
  const factsBySentence = groupBySentence(facts);
  const kept = new Set<FactCandidate>();
  for (const [sentence, places] of placesBySentence) {
    const usable = places.filter((p) => mentions.get(p.answer.toLowerCase())! < SETTING_MENTIONS);
    // In a sentence with other facts, its one place is where they happened ("the laboratory in
    // Laurel, Maryland"); places listed there are context.
    // (Not a place standing apart from the list: "traveled to Cairo, Egypt, … to kill U.S.
    // troops in Iraq and Afghanistan" still asks where they went.)
    const ownPlaces = places.length > 2 ? unlisted(places, paragraphText) : places;
    if (richer.has(sentence) && (ownPlaces.length === 0 || ownPlaces.length > 2)) continue;
    if (richer.has(sentence)) {
      // Two places beside other facts: the rarer one is asked, unless it only qualifies a noun
      // ("a speech on UK poverty in Leeds").
      // (Nor the country that owns the other: "Afghanistan’s Helmand province" asks Helmand.)
      const owner = (p: FactCandidate): boolean => usable.some((o) => o !== p && /^['’]s\s+$/.test(paragraphText(p).slice(p.end, o.start)));
      const asked = usable.filter((p) => ownPlaces.includes(p) && !QUALIFIES_NOUN.test(paragraphText(p).slice(p.end, p.end + 20)) && !owner(p));
      const rarer = asked.sort((a, b) => mentions.get(a.answer.toLowerCase())! - mentions.get(b.answer.toLowerCase())! || b.score - a.score)[0];
      if (rarer) kept.add(rarer);
      // ("Sgt. Jason Bishop of Covington, KY, was killed … in Siniya, Iraq": a person's home
      // town and where something happened to them are two facts of the story.)
      const people = (factsBySentence.get(sentence) ?? []).filter((f) => f.kind === 'person');
      const home = asked.find((p) => people.some((f) => /^,?\s+of\s+$/.test(paragraphText(p).slice(f.end, p.start))));
      if (home && asked.length === 2) for (const p of asked) kept.add(p);
      continue;
    }
    for (const p of usable.sort((a, b) => b.score - a.score).slice(0, 2)) kept.add(p);
  }
  // The setting itself is asked once, where it is first the only place of its sentence:
  // "where is this story?" is worth one card, not ten.
  const settings = new Set([...mentions].filter(([, n]) => n >= SETTING_MENTIONS).map(([key]) => key));
  for (const key of settings) {
    const alone = places.filter((p) => p.answer.toLowerCase() === key && placesBySentence.get(p.sentence)!.length === 1);
    const first = alone.sort((a, b) => a.sentence - b.sentence)[0];
    if (first) kept.add(first);
  }
  return facts.filter((f) => f.kind !== 'place' || kept.has(f));
}

/** The places of one sentence that are no member of a list of places ("A, B and C", "A and B"). */
function unlisted(places: FactCandidate[], paragraphText: (f: FactCandidate) => string): FactCandidate[] {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  // ("China, Japan, and the United Kingdom": a list whose last member has its article.)
  const glued = (a: FactCandidate, b: FactCandidate): boolean => LIST_GLUE.test(paragraphText(a).slice(a.end, b.start).replace(/\s+the\s*$/, ' '));
  return sorted.filter((p, i) => !(i > 0 && glued(sorted[i - 1]!, p)) && !(i + 1 < sorted.length && glued(p, sorted[i + 1]!)));
}

// ", ", " and ", and "; " with a short title between ("Ben S. Bernanke, Chairman; Timothy …").
const LIST_GLUE = /^\s*(?:[,;]|[,;]?\s*(?:and|or))\s*$|^\s*,\s*(?:\p{Lu}[\p{L}.]*\s*){1,3};\s*(?:and\s+)?$/u;
const LISTED_KINDS = new Set<FactKind>(['person', 'organization', 'place', 'term', 'date']);
// "men (3.4 percent), women (3.1 percent), and teenagers (9.8 percent)": a breakdown of figures.
const BREAKDOWN_GLUE = /^\),?\s+(?:and\s+)?[\p{L}’'\s-]{1,40}\($/u;
const FIGURE_KINDS = new Set<FactKind>(['percent', 'number', 'money', 'quantity']);

const NAME_KINDS = new Set<FactKind>(['person', 'organization', 'place', 'term']);

/** "Bank of America, Goldman Sachs and JPMorgan Chase": one list though one name's kind was unsure (a neutral name). */
function sameListKind(a: FactKind, b: FactKind): boolean {
  return a === b || ((a === 'term' || b === 'term') && NAME_KINDS.has(a) && NAME_KINDS.has(b));
}

// "and Yancey County", "and Tennessee Rivers": a coordinated name whose head word closes both.
const SHARED_HEAD_AFTER = /^\s+and\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:County|Counties|River|Rivers|Island|Islands|Lake|Lakes|Mountains|Valley|Valleys|Streets|Avenues|Provinces|Province|District|Districts|Coast|Coasts|Seas|Oceans|Regions)\b/u;
/** "the Gulf and Pacific Coasts": the second half, whose plural head the first shares. */
const SHARED_HEAD = /\s(?:Counties|Rivers|Islands|Lakes|Valleys|Streets|Avenues|Provinces|Districts|Coasts|Seas|Oceans|Regions)$/;
// "Harris and Fort Bend counties", "Main and Elm streets", "the Lincoln and Jefferson high
// schools": names that share a head in small letters and the plural, each half of its own name
// ("Harris County") — neither is asked alone.
// (In capitals too: "the Kandahar, Uruzgan, Zabol, and Helmand Provinces".)
const PLACE_PLURAL_HEAD = String.raw`(?:${'counties|rivers|valleys|streets|avenues|roads|boulevards|lakes|islands|mountains|provinces|districts|parishes|townships|creeks|canyons|bays'.split('|').map((h) => `[${h[0]}${h[0]!.toUpperCase()}]${h.slice(1)}`).join('|')})(?!\p{L})`;
const PLURAL_HEAD = String.raw`(?:${PLACE_PLURAL_HEAD}|(?:high|elementary|middle)\s+schools(?!\p{L})|committees(?!\p{L}))`;
/** "at Mendocino and College avenues": both names asked together, before a place's plural head. */
const PLACES_BEFORE_HEAD = new RegExp(String.raw`^\s+${PLACE_PLURAL_HEAD}`, 'u');
const PLURAL_HEAD_AFTER = new RegExp(String.raw`^(?:,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)*,?\s+(?:and|or|&)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}${PLURAL_HEAD}`, 'u');
const PLURAL_HEAD_NEXT = new RegExp(String.raw`^\s+${PLURAL_HEAD}`, 'u');

/**
 * "Other team members include A and B (University of X), C (Agency Y) and D (Z)": a roster of
 * people, each with where they work in brackets, names who took part — no fact of the story.
 * Three or more such names make a sentence a roster: no name in it is asked.
 */
function withoutRosters(facts: FactCandidate[], paragraphText: (f: FactCandidate) => string, sentenceText: (f: FactCandidate) => string): FactCandidate[] {
  const rosters = new Set<number>();
  for (const [sentence, inSentence] of groupBySentence(facts)) {
    const bracketed = inSentence.filter((f) => (f.kind === 'person' || f.kind === 'term') && /^\s*\([^()\d]*\p{Lu}\p{Ll}+[^()\d]*\)/u.test(paragraphText(f).slice(f.end, f.end + 120)));
    if (bracketed.length >= 3 || (bracketed.length >= 2 && /\b(?:team members|co-?authors|collaborators|researchers)\s+(?:include|included|are|were)\b/i.test(sentenceText(inSentence[0]!)))) rosters.add(sentence);
  }
  return rosters.size === 0 ? facts : facts.filter((f) => !rosters.has(f.sentence) || FIGURE_KINDS.has(f.kind) || f.kind === 'date');
}

/**
 * Members of a list ("banks including A, B, C and D", "on July 31, August 7 and August 21",
 * a breakdown of figures in brackets) are trivia one by one: a list of three or more gives no
 * card when its sentence has another fact to ask, else one card for its best member.
 */
function withoutListMembers(facts: FactCandidate[], paragraphText: (f: FactCandidate) => string): FactCandidate[] {
  const dropped = new Set<FactCandidate>();
  for (const inSentence of groupBySentence(facts).values()) {
    const sorted = [...inSentence].sort((a, b) => a.start - b.start);
    const lists: FactCandidate[][] = [];
    let run: FactCandidate[] = [];
    for (const f of sorted) {
      const last = run[run.length - 1];
      const between = last ? paragraphText(f).slice(last.end, f.start) : '';
      const glued = last && sameListKind(last.kind, f.kind) && ((LISTED_KINDS.has(f.kind) && LIST_GLUE.test(between)) || (FIGURE_KINDS.has(f.kind) && BREAKDOWN_GLUE.test(between)));
      if (glued) run.push(f);
      else {
        if (run.length >= 3) lists.push(run);
        run = LISTED_KINDS.has(f.kind) || FIGURE_KINDS.has(f.kind) ? [f] : [];
      }
    }
    if (run.length >= 3) lists.push(run);
    for (const list of lists) {
      const others = inSentence.length > list.length;
      const keep = others ? null : [...list].sort((a, b) => b.score - a.score)[0];
      for (const f of list) if (f !== keep) dropped.add(f);
    }
  }
  return facts.filter((f) => !dropped.has(f));
}

const RETURNING_KINDS = new Set<FactKind>(['place', 'person', 'organization']);

/**
 * A place, person or body the story comes back to is asked once, though every sentence naming
 * it lists it among others or has richer facts ("the outbreak in Guinea, Liberia and Sierra
 * Leone" in every paragraph; the two officers a list of charges names and the story then
 * follows): where it is first named, if nothing else asks it.
 */
function withReturning(kept: FactCandidate[], all: FactCandidate[]): FactCandidate[] {
  const keyOf = (f: FactCandidate): string => (f.person ?? f.answer).toLowerCase();
  const asked = new Set(kept.filter((f) => RETURNING_KINDS.has(f.kind)).map(keyOf));
  // ("Morocco, Russia, Saudi Arabia, and Israel were the main suppliers": where two of a kind
  // are asked already, a third member of their list is no card; the next sentence naming it may be.)
  const sameKindKept = new Map<string, number>();
  for (const f of kept) if (RETURNING_KINDS.has(f.kind)) sameKindKept.set(`${f.sentence} ${f.kind}`, (sameKindKept.get(`${f.sentence} ${f.kind}`) ?? 0) + 1);
  const crowded = (f: FactCandidate): boolean => (sameKindKept.get(`${f.sentence} ${f.kind}`) ?? 0) >= 2;
  const firsts = new Map<string, { first: FactCandidate | null; mentions: number }>();
  for (const f of all) {
    if (!RETURNING_KINDS.has(f.kind)) continue;
    const seen = firsts.get(keyOf(f));
    if (seen) {
      seen.mentions += 1;
      if (!seen.first && !crowded(f)) seen.first = f;
    } else firsts.set(keyOf(f), { first: crowded(f) ? null : f, mentions: 1 });
  }
  const back = [...firsts].filter(([key, { first, mentions }]) => mentions >= 2 && !asked.has(key) && first).map(([, { first }]) => first!);
  if (back.length === 0) return kept;
  const keep = new Set([...kept, ...back]);
  return all.filter((f) => keep.has(f));
}

/** Title words and mention counts: what the story is about weighs more than what it mentions once. */
function salienceBonus(answer: string, salience: Salience): number {
  const key = answer.toLowerCase();
  const inTitle = salience.title.toLowerCase().includes(key) ? 2 : 0;
  const repeated = Math.min(1.5, 0.5 * ((salience.mentions.get(key) ?? 1) - 1));
  return inTitle + repeated;
}

function isUsableAnswer(answer: string): boolean {
  const a = answer.trim();
  // ("Value Creation: Building Digital Ecosystems", "Stop AIDS: Keep the Promise": a title and
  // its subtitle — a theme or a slogan, no name to recall word for word.)
  // ("WHO": a body's letters that spell a common word are still the body's.)
  const body = /^[A-Z]{2,}$/.test(a) && ORG_WORDS.has(a.toLowerCase());
  return a.length >= 2 && /[\p{L}\p{N}]/u.test(a) && (body || !STOP_ANSWERS.has(a.toLowerCase())) && !KIN_CALLED.test(a) && !NUMBERED_LABEL.test(a) && !/\p{L}:\s/u.test(a) && !COMPASS_POINT.test(a);
}

// ("from the East, West and South entrances", "Russia blames the West": a point of the compass
// alone is a direction, not a place to recall.)
const COMPASS_POINT = /^(?:North|South|East|West)(?:[- ]?(?:east|west|East|West))?$/;

// ("Question 10: Is there …", "Number 9: Do you …": an interview's numbered question is no fact.)
// (Nor "Victim 1", "Individual 2", "Company A": the labels a charging paper gives those it does not name.)
const NUMBERED_LABEL = /^(?:Question|Number|Q|Victim|Individual|Person|Witness|Defendant|Co-conspirator|Company|Subject|Patient|Employee|Entity)\s+(?:\d+|[A-Z])$/;

// "''Hey Mom,''", "Dad, I'm going to win": what someone calls a parent or a grandparent, no name.
const KIN_CALLED = /^(?:(?:Hey|Hi|Oh|Dear),?\s+)?(?:Mom|Mommy|Mum|Mama|Momma|Dad|Daddy|Papa|Pop|Grandma|Grandpa|Granny|Nana)$/;

/**
 * A presenter's sign-off or self-introduction ("I’m Jill Robbins.", "And this is Ann Lee.")
 * names someone, but says nothing about the story: no card to ask.
 */
export function isSignOff(sentence: string): boolean {
  // ("Semper Fidelis, Eric M. Smith, General, U.S. Marine Corps, Commandant of the Marine Corps.":
  // a message's closing and its signature block.)
  return /^(?:[Aa]nd\s+)?(?:I['’]m|I\s+am|[Tt]his\s+is)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}[.!]?$/u.test(sentence.trim()) || /^(?:Semper\s+Fidelis|Semper\s+Fi|Very\s+respectfully|Respectfully|Sincerely|Yours\s+sincerely|Yours\s+truly|Best\s+regards|Warm\s+regards),\s+\p{Lu}[^!?]*$/u.test(sentence.trim());
}

const ABOUT_THE_BODY = /^About\s+(?:the\s+)?\p{Lu}[^:.]{1,100}:\s/u;

/**
 * "Visit Yellowstone’s Backcountry Situation Report for details.", "For more information, see
 * the fact sheet.": a pointer to where more is said, which says nothing itself.
 */
function isPointer(sentence: string): boolean {
  // ("The full list … can be found here: https://…", "Updated forms … are available at www.")
  // ("… expand the Project Overview Information on the Detroit District website: https://…")
  if (/\b(?:website|web\s+site|webpage|web\s+page|page|site)\s*:?\s*(?:https?:\S*|www\.\S*)\s*$/i.test(sentence.trim())) return true;
  // ("(WVU Health Sciences Center; Development Office G-106; P.O. Box 9008; Morgantown, W.Va.;
  // 26506.": a postal address, where to send something.)
  if (/\bP\.\s?O\.\s?Box\s+\d+/i.test(sentence) && (sentence.match(/[;,]/g) ?? []).length >= 2) return true;
  return /^(?:(?:Please\s+)?(?:Visit|See|Go\s+to|Check\s+out|Learn\s+more)\b|For\s+(?:more|further|additional)\s+(?:information|details)\b)/.test(sentence.trim()) || /\b(?:can\s+be\s+found|(?:is|are)\s+(?:available|posted|online))\s+(?:here|at|on)\b(?:[^.:]{0,60}?\s(?:at|on))?:?\s*(?:https?:\S*|www\.\S*|\S+\.(?:gov|com|org)\S*)\s*$/.test(sentence.trim());
}

const PHRASE_POS = /^(ADJ|NOUN|PROPN)$/;
const TIME_NOUNS = /^(?:decades?|years?|months?|weeks?|days?|hours?|minutes?|times?|periods?|moments?|centur(?:y|ies)|seasons?|quarters?)$/i;
const GENERIC_MODIFIER = /^(?:other|own|less|fewer|different|same|next|last|new|real|better|best|huge|big|bigger|great|greater|good|strong|stronger|whole|certain|specific|exact|various|several|many|few|more|most|much|little|extra|main|major|particular|entire|general|overall|long|short|early|late|first|second|third|key|important|significant|serious|crazy|actual|true|high|low|top|full|such|additional|further|previous|current|recent|similar|small|large|total|simple)$/i;
const GENERIC_HEAD = /^(?:ones?|people|persons?|things?|ways?|places?|world|lot|lots|kinds?|sorts?|types?|parts?|couple|door|point|case|fact|stuff|bit|areas?|issues?|role|impact|level|job|amounts?|number|side|end|step|steps|example|question|questions|problem|problems|situation|matter)$/i;

/**
 * The words of a quote to ask for when the card names its speaker: the longest run of
 * adjectives and nouns (two or three words, ending in a noun) in its first sentence —
 * "insatiable thirst", "cyber operations" — or none when it has no such run.
 */
function keyPhrase(analysis: ArticleAnalysis, q: AttributedQuote): FactCandidate | undefined {
  const p = analysis.paragraphs[q.quote.paragraph]!;
  const sentence = analysis.sentences[q.sentence]?.sentence;
  if (!sentence || !q.speaker) return undefined;
  const tokens = p.analysis.tokens;
  const from = Math.max(q.quote.start, sentence.start);
  const to = Math.min(q.quote.end, sentence.end);
  // Every whole run of two or three adjectives and nouns ending in a noun, then the longest
  // that says something of its own.
  const runs: { first: number; last: number }[] = [];
  let runStart = -1;
  for (let i = sentence.first; i <= sentence.last + 1; i += 1) {
    const t = tokens[i];
    const inQuote = !!t && i <= sentence.last && t.start > from && t.end < to;
    // ("Mars today": a day word is no part of a phrase.)
    const word = inQuote && PHRASE_POS.test(t.pos) && /^\p{L}[\p{L}-]*$/u.test(t.value) && !/^(?:today|tonight|yesterday|tomorrow)$/i.test(t.value);
    if (word && runStart < 0) runStart = i;
    if (!word && runStart >= 0) {
      // Whole runs ending in a noun only: part of a longer run is a phrase cut in two.
      const last = i - 1;
      let first = runStart;
      const opened = first;
      runStart = -1;
      // (Nor one a dash runs on from: "the [noncommissioned officer]-in-charge".)
      const joined = /[/-]$/.test(tokens[first - 1]?.value ?? '') || (!!t && /^[/-]/.test(t.value) && t.start === tokens[last]!.end);
      // ("that [people support] the arts": a noun and a verb, no phrase.)
      const verbLast = /^(?:the|a|an|these|those|their|its|our|his|her)$/i.test(t?.value ?? '');
      if (last - first + 1 < 2 || last - first + 1 > 3 || joined || verbLast || tokens[last]!.pos === 'ADJ') continue;
      // "past decade", "recent years": a time, not what was said.
      if (TIME_NOUNS.test(tokens[last]!.value)) continue;
      // ("the [exact amounts]", "a fairly [religious person]", "[other nations]": a word that only
      // points or grades opens no phrase worth asking, and a thing or a person in general closes none.)
      while (first < last && GENERIC_MODIFIER.test(tokens[first]!.value)) first += 1;
      if (first === last || GENERIC_HEAD.test(tokens[last]!.value)) continue;
      // ("ensure our [services benefit society]": a plural noun, a bare one, and a noun are a subject,
      // its verb and an object.)
      if (last - first === 2 && /[^s]s$/i.test(tokens[first]!.value) && !/s$/i.test(tokens[first + 1]!.value)) continue;
      // ("a [tool agencies] can use": "a" before a plural — the noun in the plural opens a clause of its own.)
      if (/^(?:a|an)$/i.test(tokens[opened - 1]?.value ?? '') && /[^sui]s$/i.test(tokens[last]!.value) && !/s$/i.test(tokens[last - 1]!.value)) continue;
      runs.push({ first, last });
    }
  }
  let best: { first: number; last: number } | null = null;
  for (const r of runs) if (!best || r.last - r.first >= best.last - best.first) best = r;
  if (!best) return undefined;
  const start = tokens[best.first]!.start;
  const end = tokens[best.last]!.end;
  const answer = p.text.slice(start, end);
  if (!isUsableAnswer(answer) || /\p{Lu}/u.test(answer.slice(1))) return undefined;
  return {
    sentence: sentence.index,
    start,
    end,
    answer,
    kind: 'term',
    hint: 'term',
    score: 0,
    saidBy: q.speaker.name,
    inQuote: q.quote,
  };
}

/**
 * The stretch of a transcript's turn-taking at the start of a paragraph: a speaker label in
 * title case ("Secretary Yellen: "), or a reporter's introduction after the question's mark and
 * address ("Q: Secretary Yellen, [Brian Cheung with NBC News,] can you …"); null when there is none.
 * (Whom the reporter asks stays: in an interview it may be the only place the guest is named.)
 */
function transcriptTurn(text: string): { from: number; to: number } | null {
  const label = /^(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}.’'-]*:\s+(?=[\p{L}])/u.exec(text);
  if (!label) return null;
  if (!/^(?:Q|QUESTION|Question):/.test(label[0])) return { from: 0, to: label[0].length };
  const rest = text.slice(label[0].length);
  const address = /^(?:(?:Hi|Hello|Yes|Thank you|Thanks|Good (?:morning|afternoon|evening))[,.!]?\s+)?(?:(?:Mr\.?|Madam|Ms\.?|Mrs\.?|Dr\.?|Secretary|Ambassador|Senator|Director|General|Administrator)\s+[\p{Lu}][\p{L}’'-]+,\s+)?(?:(?:this is|I['’]m|I am|it['’]s)\s+)?/u.exec(rest)!;
  const intro = /^[\p{Lu}][\p{L}.’'-]+(?:\s+[\p{Lu}][\p{L}.’'-]+){0,2}\s+(?:with|from|of)\s+(?:the\s+)?[\p{Lu}][^,.?!]{0,60}[,.]/u.exec(rest.slice(address[0].length));
  if (!intro) return null;
  const from = label[0].length + address[0].length;
  return { from, to: from + intro[0].length };
}

/**
 * A briefing's turn-taking ("Thank you, Jalina.", "Ms. Anderson, your line is open.", "Let’s
 * go to Michel."): a name spoken to, not a fact of the story.
 */
export function isTurnTaking(sentence: string): boolean {
  const words = sentence.trim().split(/\s+/);
  // ("(The Medal of Honor is presented.)", "(Laughter.)": a transcript's stage direction.)
  // ("(See “A Culture of Innovation,” April 2016.)": a pointer in brackets too.)
  if (/^\([^()]*\)\.?$/.test(sentence.trim()) && (words.length <= 7 || /^\(See\s/.test(sentence.trim()))) return true;
  if (words.length > 8) return false;
  const said = sentence.trim().replace(/^[A-Z][A-Z .’'-]*:\s*/, '');
  return /^(?:thank you|thanks|hi|hello|good (?:morning|afternoon|evening))\b/i.test(said) || /\b(?:your line is open|go ahead|let['’]s go to|over to you)\b/i.test(sentence);
}

/** "Cairns, et al. v. DS Medical, LLC, et al., 1:12-cv-0004-LPR (E.D. Mo.).": a case's caption and docket, no fact to learn. */
export function isCaseCaption(sentence: string): boolean {
  return /\b\d{1,2}:\d{2}-(?:cv|cr|mj|md|mc)-\d+/i.test(sentence) && /\sv\.?\s/.test(sentence);
}

/**
 * A name the sentence is not about: part of a web address, the outlet someone spoke to ("he
 * told VOA"), or one word used as a modifier after "the" ("the Biden administration", "the
 * EEOC website").
 */
function isAsideName(text: string, start: number, end: number, name: string): boolean {
  // "WhiteHouse.gov", "Example.org/data": part of a web address.
  if (/^\.(?:gov|com|org|net|edu|int|mil|info|io|[a-z]{2})\b/.test(text.slice(end, end + 6))) return true;
  if (/\btold\s+$/.test(text.slice(Math.max(0, start - 6), start)) && /^(?:[A-Z]{2,}|\p{Lu}\S*\s(?:News|Learning English|Radio|Television|Times|Post|Journal))/u.test(name)) return true;
  if (name.includes(' ')) return false;
  // ("Good to be with you, Norah.", "Thank you, Jalina.": the one spoken to, named at the end of
  // what is said to them — no fact of the story.)
  if (/\b(?:you|thanks|hi|hello|morning|afternoon|evening|welcome|sorry|yes|no|okay|ok|well)\s*,\s*$/i.test(text.slice(Math.max(0, start - 14), start)) && /^\s*[.!?]/.test(text.slice(end, end + 2)) && isAnyGivenName(name)) return true;
  return /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && /^\s\p{Ll}+\b/u.test(text.slice(end, end + 20)) && /^\s(?:administration|government|campaign|era|team|website|site|app|regime|officials?|spokesperson|spokesman|spokeswoman)\b/.test(text.slice(end, end + 20));
}

/**
 * The quote holding a span, found by binary search: a paragraph's quotes do not overlap and
 * come in order, so only the last one opening before the span can hold it (a 1 MB input may
 * hold thousands of quotes and facts).
 */
function quoteFinder(quotes: AttributedQuote[]): (paragraph: number, start: number, end: number) => AttributedQuote | undefined {
  const byParagraph = new Map<number, AttributedQuote[]>();
  for (const q of quotes) {
    const list = byParagraph.get(q.quote.paragraph);
    if (list) list.push(q);
    else byParagraph.set(q.quote.paragraph, [q]);
  }
  return (paragraph, start, end) => {
    const list = byParagraph.get(paragraph);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.quote.start < start) [found, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    const q = found >= 0 ? list[found] : undefined;
    return q && end <= q.quote.end ? q : undefined;
  };
}

/**
 * An organisation's name that is two bodies joined by "and", each with a head of its own ("the
 * Department of Energy and Harbor State University"), as its two names; null for one body ("the
 * Department of Health and Human Services", "the Food and Drug Administration").
 */
const FIELD_HEADS = /^(?:Technologies|Technology|Services|Affairs|Programs|Resources|Operations|Sciences|Studies|Research|Policy|Management|Development|Innovation|Security|Planning|Analysis|Engineering|Education|Outreach|Communications)$/;

function twoBodies(name: string): [string, string] | null {
  const m = /^(.+?) and ((?:the )?\p{Lu}\S*(?: \S+)+)$/u.exec(name);
  if (!m) return null;
  const isHead = (w: string | undefined): boolean => ORG_WORDS.has((w ?? '').toLowerCase());
  const first = m[1]!.split(' ');
  const second = m[2]!.split(' ');
  // Each part must end as a body's name does: in its head, or (the first) in the head's "of …".
  // (Not "the Combined Air and Space Operations Center", "the Department of Logistics and Human
  // Resources of the War Council": there "and" joins words inside one name.)
  const firstEnds = isHead(first[first.length - 1]) || first.some((w, i) => isHead(w) && first[i + 1] === 'of');
  const secondEnds = isHead(second[second.length - 1]) && !second.includes('of') && !second.includes('and');
  // ("the Office of Citizen Services and Innovative Technologies": after an office "of" a field,
  // common words ending in a field's word go on with the field — one body.)
  const fieldGoesOn = !isHead(first[first.length - 1]) && FIELD_HEADS.test(second[second.length - 1]!) && second.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w.toLowerCase()));
  // ("the U.S. Army Corps of Engineers Research and Development Center": two fields' words
  // joined by "and" before one head are one body's name.)
  const twoFields = FIELD_HEADS.test(first[first.length - 1]!) && second.length === 2 && FIELD_HEADS.test(second[0]!);
  return firstEnds && secondEnds && !fieldGoesOn && !twoFields ? [m[1]!, m[2]!] : null;
}

/** "Kentucky Fish" + "Wildlife": the two halves of one name cut at "and" (see its use). */
function isOneNameCutAtAnd(first: string, second: string): boolean {
  const words = first.split(' ');
  const last = words[words.length - 1]!;
  const common = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()) && !isKnownPlace(w) && !isAnyGivenName(w);
  // ("Quanzhou Wentelai Import and Export Trading Co., Ltd.": a trading firm's own "and".)
  if (/\sImport$/.test(first) && /^Export\s/.test(second)) return true;
  return words.length >= 2 && !words.some((w) => ORG_WORDS.has(w.toLowerCase())) && common(last) && !/s$/.test(second) && !second.includes(' ') && common(second);
}

const DIRECTIONS = new Set(['northern', 'southern', 'eastern', 'western', 'central']);

const isRoleWord = (w: string): boolean => ROLE_WORDS.has(w) || LEXICON_ROLES.has(w);

/**
 * "The City and {{County of Denver}}", "its Housing to {{Health}} program", "the Social Impact
 * Partnerships to {{Pay for Results Act}}", "Senior Counsel for {{Legal Innovation}}":
 * capitalised common words that are no name of their own, then "and", "to" or "for" just
 * before the name — one longer name the chunker cut there. (Not in a list, "the NFL, Under
 * Armour and {{General Electric}}"; not after more capitals, "a Digital-First Public Experience
 * and {{M-24-08}}"; and "to" not before a place, "brought the Holocaust to {{Hungary}}".)
 */
function isCutAfterJoin(text: string, start: number, end: number, sentenceStart: number, previousName: { start: number; end: number } | undefined): boolean {
  // (Only the words just before the name are read: three words and a joining word fit in 80 characters.)
  const from = Math.max(sentenceStart, start - 80);
  const before = text.slice(from, start);
  if (!/\s(?:and|&|to|for)\s+$/u.test(before)) return false;
  const m = /(^|[\s(;:—–])((?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+)\s+(and|&|to|for)\s+$/u.exec(before);
  // (A match at the start of the 80 characters must start a word there.)
  if (!m || (m.index === 0 && m[1] === '' && from > sentenceStart && !/\s/.test(text[from - 1]!))) return false;
  const name = text.slice(start, end);
  const nameWords = name.split(/\s+/);
  // (Nor a name that opens with a place, a body of its own: "the Service and {{Oregon Parks and
  // Recreation}}"; nor a short form, whole in itself: "the Service and {{USGS}}".)
  if (isKnownPlace(nameWords[0]!) || isKnownPlace(nameWords.slice(0, 2).join(' ')) || /^[\p{Lu}\d&.-]+$/u.test(name) || (m[3] === 'to' && isKnownPlace(name))) return false;
  const at = from + m.index + m[1]!.length;
  const words = m[2]!.split(/\s+/);
  // ("The City and …": the article opening the sentence is no part of the name.)
  if (at === sentenceStart && /^(?:The|A|An)$/.test(words[0]!)) words.shift();
  else if (at === sentenceStart) return false;
  const wordBefore = /(\S+)\s*$/.exec(text.slice(sentenceStart, at))?.[1] ?? '';
  // (A role may stand in an aside: "Wen Ashby, Senior Counsel for {{Harbor Innovation}}" — the
  // office is the title's end.)
  const role = m[3] === 'for' && isRoleWord(words[words.length - 1]!.toLowerCase());
  // (An owner before them is no part of the name: "Syria’s Scientific Studies and {{Research Center}}".)
  if (/,$/.test(wordBefore) ? !role : /^[\p{Lu}\d]|[-‐‑]\p{Lu}/u.test(wordBefore) && !/[’']s$/.test(wordBefore)) return false;
  if (words.length === 0 || (previousName && previousName.end > at && previousName.start < start)) return false;
  return words.every((w) => isCommonWord(w.toLowerCase()) && !/^(?:And|Or|But|From|To|For|According)$/.test(w));
}

/**
 * A name with a capitalised word left just before it (not opening the sentence, not a title,
 * not another name, not a nationality), or a plural possessive and a capital just after it.
 */
function isCutName(text: string, start: number, end: number, sentenceStart: number, previousName: { start: number; end: number } | undefined): boolean {
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(sentenceStart, start - 30), start));
  const prev = before?.[1] ?? '';
  const prevAt = start - (before?.[0].length ?? 0);
  const stranded =
    prev !== '' &&
    prevAt > sentenceStart &&
    /^\p{Lu}\p{L}*$/u.test(prev) &&
    !(previousName && previousName.start <= prevAt && prevAt < previousName.end) &&
    !/^(?:the|a|an|in|on|at|for|and|but|of)$/i.test(prev) &&
    !ROLE_WORDS.has(prev.toLowerCase()) &&
    !LEXICON_ROLES.has(prev.toLowerCase()) &&
    // ("Central {{Florida Zoo}}", "Southern {{Baptist Convention}}": a word of direction opens the
    // name it stands before, unlike a people's adjective, "Chinese {{Foreign Ministry}}".)
    (!DEMONYMS.has(prev.toLowerCase()) || DIRECTIONS.has(prev.toLowerCase())) &&
    !LEXICON_DEMONYMS.has(prev.toLowerCase());
  // "{{Saint Patrick}}’s Day", "{{Lloyd}}’s of {{London}}", "the 1980 {{U.S. Olympic Men}}’s Ice Hockey
  // team": a named day, an "of" place, or the people a name is for go on after the "’s".
  const after = text.slice(end, end + 40);
  const goesOn = /^[’']s\s+(?:Day|Eve|of\s+\p{Lu})/u.test(after);
  const forWhom = /^[’']s\s+\p{Lu}/u.test(after) && /\b(?:Men|Women|Children|People|Veterans|Girls|Boys)$/u.test(text.slice(start, end));
  const afterOwner = /\p{Lu}\p{L}*[’']s of $/u.test(text.slice(Math.max(sentenceStart, start - 40), start));
  // ("the Japan-U.S. Clean Energy Partnership" read from "S.": a name glued to the word before is cut.)
  // ("the 9/11 Memorial 5K {{Run}}": a figure and letters, a race's or a unit's code, open the name.)
  const glued = (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1]!) && /^\p{Lu}\./u.test(text.slice(start, start + 2))) || (prevAt > sentenceStart && /^\d+\p{Lu}{1,2}$/u.test(prev) && /\p{Lu}\p{Ll}*\s+$/u.test(text.slice(Math.max(sentenceStart, prevAt - 20), prevAt)));
  // ("Minneapolis-St. {{Paul International Airport}}", "Mt. {{Rainier}}": a saint's or a
  // mountain's short title belongs to the name.)
  const titleCut = (prevAt >= sentenceStart && /(?:^|[-‐‑])(?:St|Ste|Mt|Ft)\.$/.test(prev)) || (/(?:^|[\s-‐‑])(?:St|Ste|Mt|Ft)$/.test(text.slice(start, end)) && /^\.\s+\p{Lu}/u.test(after));
  // ("the National {{Air}} and Space Museum", "the {{Education}} and Labor Committee": a name of
  // common words and no head of its own, "and" after it, then capitalised words ending in an
  // organisation's head — one name the chunker cut at "and".)
  const nameWords = text.slice(start, end).split(/\s+/);
  const andOn = /^,?\s+(?:and|&)\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)/u.exec(after);
  const cutAtAnd =
    !!andOn &&
    andOn[1]!.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase())) &&
    nameWords.length <= 3 &&
    nameWords.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()));
  // ("the {{Combat Arms Training}} and Maintenance instructor", "the {{Food Safety}} and Nutrition
  // director": common words after "and", then an office or a unit in lower case — the two
  // fields name one office together, and the name cut at "and" is half of it.)
  const unitAfter = /^,?\s+(?:and|&)\s+((?:\p{Lu}\p{Ll}+\s+){1,3})(?:senior|instructor|advisor|adviser|unit|manager|director|officer|specialist|coordinator|chief|lead|team|program|programme|office|division|branch|section|staff|technician|inspector|analyst|engineer|supervisor|liaison)(?!\p{L})/u.exec(after);
  const cutBeforeUnit =
    !!unitAfter &&
    /^\p{Lu}\p{Ll}+$/u.test(nameWords[nameWords.length - 1]!) &&
    isCommonWord(nameWords[nameWords.length - 1]!.toLowerCase()) &&
    unitAfter[1]!.trim().split(/\s+/).every((w) => isCommonWord(w.toLowerCase()) && !isKnownPlace(w) && !isAnyGivenName(w));
  // ("the Education and {{Labor Committee}}": the same cut seen from the name after "and".)
  // (Not "the Department of Agriculture and {{Oregon State University}}": there the words before
  // "and" end another name; nor a name that opens with a place, "… and {{United States Secret Service}}".)
  const andBefore = /(?:^|\s)(?!(?:of|for|on|and)\s)(?:\p{Ll}+(?:['’]s)?|[(,;:—–])\s+((?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+),?\s+(?:and|&)\s+$/u.exec(text.slice(Math.max(sentenceStart, start - 60), start));
  const cutAfterAnd =
    !!andBefore &&
    !isKnownPlace(nameWords[0]!) &&
    !isKnownPlace(nameWords.slice(0, 2).join(' ')) &&
    nameWords.some((w) => ORG_WORDS.has(w.toLowerCase())) &&
    andBefore[1]!.split(/\s+/).every((w) => isCommonWord(w.toLowerCase()) && !ORG_WORDS.has(w.toLowerCase()));
  const cutAfterJoin = isCutAfterJoin(text, start, end, sentenceStart, previousName);
  // ("Deputy Chief of {{Mission}}", "Chief of {{Staff}}": one common word after an office and
  // "of" ends the office's title.)
  const nameText = text.slice(start, end);
  const office = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+of\s+$/u.exec(text.slice(Math.max(sentenceStart, start - 30), start));
  const officeOf = !!office && isRoleWord(office[1]!.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(nameText) && isCommonWord(nameText.toLowerCase());
  // ("Special Agent in {{Charge of the FBI Boston Division}}": "in Charge" ends a title.)
  const inCharge = /^Charge\b/.test(nameText) && /\sin\s+$/.test(text.slice(Math.max(sentenceStart, start - 4), start));
  // ("the {{Republic of Korea}} (ROK) Navy": the name goes on after its short form.)
  const headAfterShort = /^\s\([\p{Lu}&-]{2,10}\)\s+(\p{Lu}\p{L}+)/u.exec(after);
  const goesOnAfterShort = !!headAfterShort && ORG_WORDS.has(headAfterShort[1]!.toLowerCase());
  // ("the Center for Astrophysics | Harvard & Smithsonian": a bar joins the parts of one name.)
  const barred = /^\s*\|\s*\p{Lu}/u.test(after) || /\p{L}\s*\|\s*$/u.test(text.slice(Math.max(sentenceStart, start - 4), start));
  // ("from Justice of the {{Peace and Department of Public Safety}} officers": one common word, then
  // "and" and a body's whole name — the word ends something else, a title here.)
  const lone = /^(\p{Lu}\p{Ll}+) and (?:the )?(?:Department|Ministry|Office|Bureau|Division|Board|Council|Commission|Agency|Service|Institute|Committee) of /u.exec(nameText);
  const loneWordAndBody = !!lone && isCommonWord(lone[1]!.toLowerCase()) && !ORG_WORDS.has(lone[1]!.toLowerCase()) && !isKnownPlace(lone[1]!);
  // ("at {{Marine Corps Air Station}}, Yuma, Arizona": a base's name goes on with the place after its comma.)
  const baseThenPlace = /(?:^|\s)(?:Air Station|Naval Station|Air Base|Naval Base|Marine Corps Base|Army Airfield)$/.test(nameText) && /^,\s+\p{Lu}/u.test(after);
  // ("the company {{Zaron Bio-Tech}} (Asia) Limited": the legal name goes on after the brackets.)
  const formAfterBrackets = /^\s*\([^()]{1,30}\)\s+(?:Limited|Ltd\.?|Inc\.?|LLC|Co\.|Corporation|Corp\.?|Company|GmbH|AG|SA|PLC|Pte)(?![\p{L}])/u.test(after);
  // ("The Veterans’ {{Employment and Training Service}}": a plural's possessive right before opens
  // the name; "the U.S. – {{North Macedonia Strategic Dialogue}}": so does a country and a spaced
  // dash, a name of two sides.)
  // (Not "the Corps’ {{Channel Improvement Program}}", "Intuitive Machines’ {{Nova-C}}": a body's
  // own possessive — its singular no common word, or a name of more words before it.)
  const ownerBefore = /(\S+)\s+$/.exec(text.slice(Math.max(sentenceStart, prevAt - 30), prevAt))?.[1] ?? '';
  const pluralOwner = prevAt > sentenceStart && /^\p{Lu}\p{Ll}+s[’']$/u.test(prev) && isCommonWord(prev.slice(0, -2).toLowerCase()) && !ORG_WORDS.has(prev.slice(0, -1).toLowerCase()) && !/^\p{Lu}/u.test(ownerBefore.replace(/^(?:The)$/, ''));
  // (Not "Big Pine Key, Florida – {{Hurricane Irma}} hammered …": a dateline's dash.)
  const side = /(?:^|\s)(?:the|\p{Ll}+)\s+(U\.S\.|U\.K\.|EU|\p{Lu}\p{Ll}+)\s+[–—]\s+$/u.exec(text.slice(Math.max(sentenceStart, start - 40), start));
  const twoSided = !!side && (/\./.test(side[1]!) || side[1] === 'EU' || isKnownPlace(side[1]!));
  return pluralOwner || twoSided || stranded || titleCut || cutAtAnd || cutBeforeUnit || loneWordAndBody || formAfterBrackets || baseThenPlace || cutAfterAnd || cutAfterJoin || inCharge || officeOf || goesOnAfterShort || barred || goesOn || afterOwner || forWhom || glued || /^[’']\s\p{Lu}/u.test(after);
}

// A speech tag right after a closing quote mark: “…,” I’d reply / “…!” she shouted.
const SAID_AFTER = /^\s*(?:\p{L}+[’']d|I|he|she|they|we|you)\s+(?:\p{L}+\s+)?(?:say|said|says|reply|replied|replies|ask|asked|asks|answer|answered|shout|shouted|yell|yelled|tell|told|add|added|repeat|repeated)\b/u;

// Words of degree or negation, stressed in capitals by a speaker.
const STRESSED_WORD = /^(?:LOT|LOTS|NOT|NEVER|VERY|REALLY|ALWAYS|MUST|ALL|EVERY|ANY|MORE|MOST|ONLY|EVER|JUST|TOO|MUCH|HUGE|SO|NO|YES)$/;

/** "THE U.S. AI INDUSTRY", "NO NUCLEAR WEAPONS": words in capitals for emphasis, no name. */
// A count right before a name: a figure that is no year, or a number word.
// ("2,000 Red-footed Boobies": a describing word in capitals may stand between.)
// (Not a house number: "at 36 Quai des Orfèvres".)
const COUNT_BEFORE = /(?:^|[\s(])(?<!\b(?:at|on)\s)(?:(?!1[89]\d\d\s|20\d\d\s)(?:\d{1,3}(?:,\d{3})*|\d+)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of|thousands of)\s+(?:\p{Lu}\p{Ll}+-\p{Ll}+\s+)?$/iu;

/**
 * The name at start..end is things counted: a count before it, its last word in the plural, and
 * no noun of its own after it ("two F-16 Fighting Falcons", "won six Oscars").
 */
function countedPlural(text: string, start: number, end: number): boolean {
  if (!COUNT_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return false;
  const last = /(\S+)$/.exec(text.slice(start, end))?.[1] ?? '';
  if (!/(?:\p{Ll}|\p{Lu}|\d)s$/u.test(last) || /(?:ss|us|is|’s|'s)$/.test(last)) return false;
  return !/^\s+\p{Ll}+/u.test(text.slice(end, end + 20)) || /^\s+(?:and|or|in|on|at|of|from|to|for|with|that|which|who|were|are|was|is|have|had|has|will|would|could|can|to|as|by)\b/.test(text.slice(end, end + 20));
}

function isShouted(name: string): boolean {
  // ("a LOT more", "NOT allowed": one word of degree or negation written in capitals is stress.)
  if (STRESSED_WORD.test(name)) return true;
  const words = name.split(/\s+/);
  // ("AT SEA": short words too, when every word is in capitals.)
  const least = words.every((w) => /^[A-Z]{2,}$/.test(w)) ? 2 : 3;
  return words.filter((w) => w.length >= least && /^[A-Z]+$/.test(w) && isCommonWord(w.toLowerCase())).length >= 2;
}

// "called regolith,", "known as “head-starting”.": the words after a verb of naming, up to the
// clause's end. (Not "so-called", nor "called on them", "known as well".)
const NAMING_CALLED_AFTER = /(?:,|\b(?:is|was|are|were|be|been|being|also|often|commonly|sometimes|now|technique|process|method|approach|practice|condition|disease|substance|material|program|programme|device|system|effect|phenomenon|region|area|zone|layer|event|procedure|step|stage|phase|group|family|type|kind|form|class|thing|something|what|one))\s*$/;
const NAMED_TERM = /(?<![\p{L}-])(?:called|known as|referred to as|dubbed|termed)\s+(?:an?\s+|the\s+)?(?!(?:for|on|upon|off|in|into|to|and|out|up|back|it|him|her|them|me|us|you|this|that|these|those|his|their|our|my|your|its|well|much|many|one|some|such|what|who|a|an|the)\b)(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})(["”’']?)(?=\s*[,.;:)]|\s+(?:or|and)\s)/gu;

/** Every fact and attributed quote, scored: kind, specificity, early position, first mention, salience. */
export function collectCandidates(analysis: ArticleAnalysis, title = '', options: { headline?: boolean } = {}): { facts: FactCandidate[]; quotes: QuoteCandidate[] } {
  const facts: FactCandidate[] = [];
  const salience: Salience = { mentions: new Map(), title };
  const total = Math.max(1, analysis.sentences.length);
  const seen = new Set<string>();
  const spelledOut = analysis.spelledOut;
  // How often a word stands in the article, counted when first asked.
  const wordUses = new Map<string, number>();
  const usesOf = (word: string): number => {
    let n = wordUses.get(word);
    if (n === undefined) {
      const pattern = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      n = analysis.paragraphs.reduce((sum, p) => sum + (p.text.match(pattern)?.length ?? 0), 0);
      wordUses.set(word, n);
    }
    return n;
  };
  const expandedAfter = findAcronymsThenExpansion(analysis.paragraphs.map((p) => p.text));
  // Later mentions of an acronym the article spells out only repeat it in short.
  const acronyms = new Set([...spelledOut, ...expandedAfter].map((d) => d.acronym));
  // Definitions come in text order, as sentences do: one pointer walks both.
  let nextDefinition = 0;
  const definitionsIn = (sentence: SentenceUnit): SpelledOut[] => {
    const here: SpelledOut[] = [];
    const before = (d: SpelledOut): boolean => d.paragraph < sentence.paragraph || (d.paragraph === sentence.paragraph && d.start < sentence.start);
    while (nextDefinition < spelledOut.length && before(spelledOut[nextDefinition]!)) nextDefinition += 1;
    for (let i = nextDefinition; i < spelledOut.length && spelledOut[i]!.paragraph === sentence.paragraph && spelledOut[i]!.end <= sentence.end; i += 1) here.push(spelledOut[i]!);
    return here;
  };
  const pairsByParagraph = new Map<number, SpelledOut[]>();
  for (const pair of expandedAfter) {
    // ("Conservative MSP (Member of Scottish Parliament) Ruth Davidson": an office and what its
    // letters stand for — no name to ask.)
    if (ROLE_WORDS.has(pair.acronym.toLowerCase())) continue;
    pairsByParagraph.set(pair.paragraph, [...(pairsByParagraph.get(pair.paragraph) ?? []), pair]);
  }
  // ("the Boeing 737 …", then "how a 737 could have hit us": a number that names a model or a
  // flight — written after a name's word somewhere in the article — is that name, no figure.)
  const modelNumbers = new Set<string>();
  for (const p of analysis.paragraphs) {
    for (const m of p.text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s(\d{3,4})(?![\d,.%]|\s*(?:percent|per cent))/gu)) {
      if (!isCommonWord(m[1]!) && !isMonthOrDay(m[1]!) && !ROLE_WORDS.has(m[1]!.toLowerCase())) modelNumbers.add(m[2]!);
    }
  }
  // A paragraph's transcript turn, read once for all its candidates.
  const turns = new Map<number, { from: number; to: number } | null>();
  const turnOf = (paragraph: number, text: string): { from: number; to: number } | null => {
    if (!turns.has(paragraph)) turns.set(paragraph, transcriptTurn(text));
    return turns.get(paragraph)!;
  };
  for (const { sentence, numbers, names } of analysis.sentences) {
    if (isSignOff(sentence.text) || isPointer(sentence.text) || isCaseCaption(sentence.text) || isTurnTaking(sentence.text) || (!options.headline && isHeadlineLike(sentence.text)) || isCreditSentence(sentence.text)) continue;
    const p = analysis.paragraphs[sentence.paragraph]!;
    // ("About the National Cancer Institute (NCI): NCI leads …": a body's stock paragraph at the
    // foot of its release tells what it always is, not what the story says.)
    if (ABOUT_THE_BODY.test(p.text)) continue;
    // ("Reference: Shachar S, Voss TC, … Cell. August 13, 2015. DOI: 10.1016/…": where the study
    // was published — its authors, title and code are no facts of the story.)
    if (/^(?:References?|Citations?|Study|Source|Paper)\s*:\s/.test(p.text) && /\b(?:DOI|doi)\b|\bet al\.|\b(?:19|20)\d\d\.\s/.test(p.text)) continue;
    const tokens = p.analysis.tokens;
    const position = 1.5 * (1 - sentence.index / total);
    // "introduced H.R. 5353", "passed S. 3186", "H.J.Res. 39": a bill by its number is a name,
    // and the pieces read inside it ("[H.J.Res]", "[39]") are none.
    const bills = [...p.text.slice(sentence.start, sentence.end).matchAll(BILL_NUMBER)].map((bill) => ({ start: sentence.start + bill.index + bill[1]!.length, end: sentence.start + bill.index + bill[0].length }));
    const push = (start: number, end: number, kind: FactKind, hint: string, person?: string): void => {
      if (bills.some((b) => b.start < end && start < b.end && !(b.start === start && b.end === end))) return;
      // ("Intuit’s TurboTax® will …": the mark of a registered name is no letter of it.)
      while (end > start + 1 && /[®™℠]/.test(p.text[end - 1]!)) end -= 1;
      // "Martin Luther King, Jr.": the generation after a comma belongs to the name asked.
      const generation = kind === 'person' || kind === 'term' ? /^,\s*(?:Jr\.|Sr\.|Jr|Sr|II|III|IV)(?![\p{L}])/u.exec(p.text.slice(end, end + 8)) : null;
      if (generation) end += generation[0].length;
      // ("Section 108(d)", "Section 7(a)(1)": a section's subsections, written on to it, are its own.)
      const subsection = kind === 'term' && /\s\d+[A-Za-z]?$/.test(p.text.slice(start, end)) ? /^(?:\([a-z0-9]{1,3}\))+/.exec(p.text.slice(end, end + 16)) : null;
      if (subsection) end += subsection[0].length;
      // ("Homeland Security Investigations’ (HSI) Miami Field Office": a plural's possessive mark
      // is no part of the name.)
      if (end - start > 2 && /s[’']$/.test(p.text.slice(end - 2, end)) && kind !== 'person') end -= 1;
      // ("launches beginning with Artemis V.": the sentence's full stop after a numeral is no initial.)
      if (kind !== 'person' && /\s[IVX]\.$/.test(p.text.slice(start, end)) && end >= sentence.end - 1) end -= 1;
      // ("bouncing from VA to VA.": the sentence's stop after letters in capitals is no part of them.)
      if (kind !== 'person' && /^[A-Z]{2,}\.$/.test(p.text.slice(start, end)) && end >= sentence.end - 1) end -= 1;
      const answer = p.text.slice(start, end);
      if (!isUsableAnswer(answer)) return;
      // "[Three] things.", "Enter [Liberty].": a sentence of little but its answer leaves nothing
      // to answer from. (Not the speaker's name that opens a speech, "Mr. SMITH. Madam
      // Speaker, …": under the title the card shows, it asks who gave the speech.)
      const speechLabel = sentence.paragraph === 0 && sentence.start === 0 && kind !== 'date' && !NUMERIC_KINDS.has(kind);
      // (Only a short sentence is read for it: a 1 MB line has words to spare.)
      const short = sentence.end - sentence.start - (end - start) < 40;
      if (!speechLabel && short && (`${p.text.slice(sentence.start, start)} ${p.text.slice(end, sentence.end)}`.match(CONTEXT_WORD) ?? []).length < MIN_CONTEXT_WORDS) return;
      // "the Mitchell and Yancey County portions": one word before "and" and a name with its
      // head is that head's too — alone it is half a name.
      if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(answer) && SHARED_HEAD_AFTER.test(p.text.slice(end, end + 60))) return;
      if (SHARED_HEAD.test(answer) && /\p{Lu}[\p{Ll}'’-]+,?\s+and\s+$/u.test(p.text.slice(Math.max(0, start - 30), start))) return;
      // "Harris and Fort Bend counties": the first half before "and", or the last after it, of
      // names that share a plural head in small letters.
      const plainName = NAME_KINDS.has(kind) && kind !== 'person' && /^\p{Lu}/u.test(answer);
      const ahead = plainName ? p.text.slice(end, end + 90) : '';
      if (plainName && /\s(?:and|or|&)\s/.test(ahead) && PLURAL_HEAD_AFTER.test(ahead)) return;
      if (plainName && PLURAL_HEAD_NEXT.test(p.text.slice(end, end + 30)) && /[\p{L}.’'],?\s+(?:and|or|&)\s+$|\p{L},\s+$/u.test(p.text.slice(Math.max(0, start - 30), start))) return;
      // "SECRETARY BLINKEN: Thank you.": a transcript's speaker label, not a fact of the story.
      if (/^\s*$/.test(p.text.slice(0, start)) && /^[\p{Lu}][\p{Lu}\s.’'-]*:/u.test(p.text.slice(start, start + 60))) return;
      // ("Secretary Yellen: Well, I think …", "Q: Secretary Yellen, Brian Cheung with NBC News, can
      // you …": a label in title case too, and whom a reporter asks, who the reporter is and where
      // from — the turns of a transcript, no facts of it.)
      const turn = kind !== 'date' && !NUMERIC_KINDS.has(kind) ? turnOf(sentence.paragraph, p.text) : null;
      if (turn && start >= turn.from && end <= turn.to) return;
      // "the Global Ocean Fund (GOF)": an acronym beside its own expansion asks nothing.
      // ("USS Nimitz (CVN 68)": nor does a ship's or a unit's designation in brackets.)
      if (/^(?:[A-Z]{2,}|[A-Z][A-Z-]*[\s-]?\d+[A-Z]?)$/.test(answer) && /\(\s*$/.test(p.text.slice(Math.max(0, start - 2), start))) return;
      // ("the Consumer Financial Protection Bureau, CFPB, is …": nor beside it after a comma —
      // the initials of the name before, in any order.)
      if (/^[A-Z]{2,6}$/.test(answer) && initialsBefore(p.text, start) === [...answer].sort().join('')) return;
      // "every other New Zealander", "two Icelanders": a place's people, no name of the story.
      // (Not "The New Yorker": a paper's name starts with "The".)
      const people = /^(\p{Lu}.{3,}?)ers?$/u.exec(answer);
      if (people && isKnownPlace(people[1]!) && !/\bThe\s+$/.test(p.text.slice(Math.max(0, start - 4), start))) return;
      // ("a young Kentuckian", "two Virginians", "Texans": the same, in -an.)
      // (Not a place in -an itself: "Afghanistan", "Japan".)
      if (/^\p{Lu}\p{Ll}{3,}ans?$/u.test(answer) && !isKnownPlace(answer) && !isFirstName(answer) && !isFirstName(answer.replace(/s$/, '')) && [/ians?$/, /ans?$/, /ns?$/].some((end, k) => end.test(answer) && (isKnownPlace(answer.replace(end, ['y', 'as', ''][k]!)) || isKnownPlace(answer.replace(end, ''))))) return;
      if (isUbiquitousPlace(answer) || isEverydayAbbreviation(answer) || isSpelledOutAcronym(answer, acronyms) || isStatisticalTerm(answer)) return;
      // "(Boise, Ida.)", "Preston, Minn.": a state's short form after a town is no name to ask alone.
      if (/,\s*$/.test(p.text.slice(Math.max(0, start - 3), start)) && (STATE_ABBREVIATIONS.test(answer) || STATE_ABBREVIATIONS.test(`${answer}.`) || STATE_ABBREVIATIONS.test(answer.replace(/\.$/, '')))) return;
      if (isLookBackWindow(p.text, start, hint)) return;
      // "Julie E. Ledgerwood, D.O.,", "Roderic Pettigrew, Ph.D., M.D.": a degree after a name is no name.
      // ("an internship for my M.Sc. studies": a degree alone is no name either.)
      if ((/,\s*$/.test(p.text.slice(Math.max(0, start - 3), start)) || /^\p{Lu}\.\s?\p{Lu}/u.test(answer) || /^(?:MSc|BSc|PhD)$/.test(answer)) && (DEGREE.test(answer) || DEGREE.test(`${answer}.`))) return;
      // "my 10- and my 13-year-old": half of a compound whose end comes later.
      if (/^[-‐‑]\s/.test(p.text.slice(end, end + 2))) return;
      // "My name is Mary.": someone introducing themselves, nothing the story says.
      if (/\b(?:[Mm]y|[Hh]is|[Hh]er) name is\s+$/.test(p.text.slice(Math.max(0, start - 14), start))) return;
      // "… back to Earth (Credits: NASA)": who took the picture, in brackets.
      if (/\((?:Image |Photo )?Credits?:[^()]*$/i.test(p.text.slice(Math.max(0, start - 80), start))) return;
      const key = answer.toLowerCase();
      const first = seen.has(key) ? 0 : 1;
      seen.add(key);
      salience.mentions.set(key, (salience.mentions.get(key) ?? 0) + 1);
      const score = KIND_WEIGHT[kind] + specificity(answer, kind, hint) + position + first;
      facts.push({ sentence: sentence.index, start, end, answer, kind, hint, score, ...(person ? { person } : {}) });
    };
    // (Not the number of a unit after its short form: "Carrier Air Wing (CVW) 17"; nor a study's
    // confidence intervals, p-values and software versions.)
    for (const n of numbers) {
      const [start, end] = [tokens[n.first]!.start, tokens[n.last]!.end];
      // "By August 17–23, 2020", "on June 29 and 30": a day of a date asked alone is half of it.
      if (n.kind !== 'date' && numbers.some((d) => d.kind === 'date' && d.first <= n.first && n.last <= d.last && d.last - d.first > n.last - n.first)) continue;
      if (/\([A-Z]{2,}\)\s$/.test(p.text.slice(Math.max(0, start - 12), start)) || isStatisticalApparatus(p.text, start, end)) continue;
      // ("a three-pronged strategy", "a three-legged stool", "three-way conversations": a count
      // that only shapes the thing after it, no figure of the story.)
      if (SHAPING_COUNT.test(p.text.slice(start, end))) continue;
      if (n.kind === 'number' && modelNumbers.has(p.text.slice(start, end))) continue;
      push(start, end, n.kind, n.hint);
    }
    // "a small modular reactor (SMR)": words the article defines are a term to learn, though
    // nothing about them looks like a name.
    // "the Coastal Survey for Sediment Transport (CSST)": capitalised words that spell the
    // acronym after them are one name, though the chunker stopped at "for" (or took the words
    // for common ones): a name inside them is only a piece of it.
    const spelledNames: SpelledOut[] = [];
    for (const d of definitionsIn(sentence)) {
      const inside = names.filter((n) => n.start < d.end && d.start < n.end);
      // ("the former Chief Information Security Officer (“CISO”)": an office spelt out is what
      // someone was, no name to ask.)
      const words = p.text.slice(d.start, d.end).split(/\s+/);
      if (/^(?:Officer|Director|Secretary|Manager|Administrator|Counsel|Commissioner|Adviser|Advisor|Coordinator|Commander|General)$/.test(words[words.length - 1]!) && !words.some((w) => ORG_WORDS.has(w.toLowerCase()))) continue;
      // ("The Children and Media Research Advancement (CAMRA) Act": the words before the short form
      // open a law's name that goes on after it — asked alone, they are cut.)
      if (LAW_OR_PROGRAMME_HEAD.test(/^\s*[([]\s*[\p{L}\p{N}&-]{2,10}\s*[)\]]\s+(\p{Lu}\p{Ll}+)/u.exec(p.text.slice(d.end, d.end + 30))?.[1] ?? '')) continue;
      if (/^\p{Ll}/u.test(p.text.slice(d.start, d.start + 1))) {
        if (inside.length === 0) push(d.start, d.end, 'term', 'term');
      } else if (inside.length === 0 || inside.every((n) => n.start >= d.start && n.end <= d.end) && !inside.some((n) => n.start === d.start && n.end === d.end)) {
        spelledNames.push(d);
        const organisation = inside.some((n) => n.kind === 'organization' && n.end === d.end);
        push(d.start, d.end, organisation ? 'organization' : 'term', organisation ? 'organisation' : 'name');
      }
    }
    // "a soil called regolith", "an approach known as head-starting": the word the article
    // teaches is a term to learn, though nothing about it looks like a name.
    for (const m of p.text.slice(sentence.start, sentence.end).matchAll(NAMED_TERM)) {
      const start = sentence.start + m.index + m[0].length - m[1]!.length - (m[2]?.length ?? 0);
      const end = start + m[1]!.length;
      if (names.some((n) => n.start < end && start < n.end)) continue;
      // ("He called and said", "called the charges baseless": "called" is a verb of naming only
      // after the thing named, a comma or a form of "be".)
      if (m[0].startsWith('called') && !NAMING_CALLED_AFTER.test(p.text.slice(Math.max(0, sentence.start + m.index - 30), sentence.start + m.index))) continue;
      // ("vehicles, called rovers": one plural word names a kind of thing the reader knows.)
      if (/^\p{Ll}+[^su]s$/u.test(m[1]!)) continue;
      push(start, end, 'term', 'term');
    }
    // "CLPS (Commercial Lunar Payload Services)": one name with its expansion, asked whole.
    const pairs = (pairsByParagraph.get(sentence.paragraph) ?? []).filter((d) => d.start >= sentence.start && d.end <= sentence.end);
    for (const d of pairs) {
      // ("the agency’s SCaN (Space Communications and Navigation) program": a programme, whatever its words.)
      const programme = /^\s+(?:program|programme|initiative|project|mission|initiatives|programs)\b/.test(p.text.slice(d.end, d.end + 14));
      const organisation = !programme && names.some((n) => n.kind === 'organization' && n.start > d.start && n.end <= d.end);
      push(d.start, d.end, organisation ? 'organization' : 'term', organisation ? 'organisation' : 'name');
    }
    // A quoted title is one name (“Transit Pass”), or, when long, nothing to ask: the names
    // inside it are not the story's.
    const titles: { start: number; end: number }[] = [];
    for (let qi = firstAtLeast(p.quotes, (q) => q.start, sentence.start); qi < p.quotes.length && p.quotes[qi]!.start < sentence.end; qi += 1) {
      const q = p.quotes[qi]!;
      if (q.unclosed || q.end > sentence.end) continue;
      const title = quotedTitle(q.text);
      if (!title) continue;
      const start = p.text.indexOf(title, q.start);
      titles.push({ start: q.start, end: q.end });
      // (“I’m From the States,” I’d reply.: words someone says, in capitals or not, are no title.)
      const spoken = /^(?:I|I[’']m|We|We[’']re|You|You[’']re|It[’']s|Let[’']s)\s/u.test(title) || SAID_AFTER.test(p.text.slice(q.end, q.end + 30));
      if (start >= 0 && !spoken && wordCount(title) <= MAX_TITLE_WORDS) push(start, start + title.length, 'term', 'name');
    }
    // (A title in single quotation marks too: "NCD’s 'On the Threshold of Independence' report",
    // "titled, ‘Toward Independence’" — asked whole, never "'On the [Threshold of Independence]'".)
    for (const m of p.text.slice(sentence.start, sentence.end).matchAll(SINGLE_QUOTED)) {
      const title = quotedTitle(m[1]!);
      if (!title || /^(?:I|I[’']m|We|We[’']re|You|It[’']s)\s/u.test(title)) continue;
      const at = sentence.start + m.index + 1;
      titles.push({ start: at - 1, end: at + m[1]!.length + 1 });
      if (wordCount(title) <= MAX_TITLE_WORDS) push(at, at + title.length, 'term', 'name');
    }
    for (const bill of bills) push(bill.start, bill.end, 'term', 'name');
    const coordinated = commonWordCoordinations(p.text, sentence.start, sentence.end);
    // The full name a couple's shared surname was asked with (below): no card of its own.
    const asCouple = new Set<number>();
    for (const [ni, n] of names.entries()) {
      if (asCouple.has(ni)) continue;
      // "BAE Systems, Inc.": a company's legal form alone is no name (the company's card has it).
      // ("HK Contractors, INC": in capitals too.)
      if (/^(?:Inc\.?|INC\.?|LLC|Ltd\.?|LTD\.?|Corp\.?|CORP\.?|PLC)(?:\s|$)/.test(n.text)) continue;
      // ("Police said Sundays are quiet days": days of the week in the plural are no name.)
      if (/^(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)$/.test(n.text)) continue;
      // ("Age 50 is not too late …": an age opening the sentence, no name.)
      if (/^(?:Age|Ages|Aged)\s+\d{1,3}$/.test(n.text)) continue;
      // "the Phase 1 trials", "to complete Phase 2": a stage of something, no name of its own.
      if (/^(?:Phase|Stage|Step|Part|Tier|Level|Round)\s+(?:\d{1,2}[A-Za-z]?|[IVX]{1,4})$/.test(n.text)) continue;
      // ("appendixes III and IV": a numeral alone is the number of something named before it.)
      if (/^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3}|XIX|XX)$/.test(n.text)) continue;
      // "the Health, Education, Labor and Pensions Committee", "the Association of Tribal
      // Archives, Libraries, and Museums": capitalised common words joined by commas and "and"
      // are one long name the chunker cut — where it starts and ends is unsure: no card.
      // (A name the chunker took whole, "the Food and Drug Administration", stays; so do people.)
      if (n.kind !== 'person' && coordinated.some((c) => c.start < n.end && n.start < c.end && !(n.start <= c.start && n.end >= c.end))) continue;
      // "said VA Chief Research ‖ and Development Officer Rachel Ramoni": the first half of a
      // title the chunker cut at "and" — a role inside it, a role and a person after — no body.
      if (n.kind !== 'person' && n.text.split(/\s+/).slice(0, -1).some((w) => ROLE_WORDS.has(w.toLowerCase())) && TITLE_GOES_ON.test(p.text.slice(n.end, n.end + 80))) continue;
      // "Q Thanks.", "— Q Okay, so …", "Q Thanks, Karine.": a briefing transcript's mark for a
      // question, opening the sentence or after a dash, run into the question's first words or
      // standing just before them — no name.
      const markAt = /^Q\s+\p{Lu}/u.test(n.text) ? n.start : /(?:^|\s)Q\s+$/.test(p.text.slice(Math.max(0, n.start - 3), n.start)) ? p.text.lastIndexOf('Q', n.start) : -1;
      if (markAt >= sentence.start && (markAt === sentence.start || /[—–-]\s*$/.test(p.text.slice(Math.max(0, markAt - 3), markAt)))) continue;
      // "One {{Big Beautiful Bill Act}}", "Da {{Afghanistan Bank}}", "{{National Sheriffs}}’
      // Association": a capital left just outside the name means the name was cut: no card.
      if (n.kind !== 'person' && isCutName(p.text, n.start, n.end, sentence.start, names[ni - 1])) continue;
      // ("the Global Equality Fund", "the DEBUT Challenge", "the Artemis Program": a programme, a
      // fund or a contest may be run as a body or be no body at all — the neutral hint.)
      // ("of Elizabethtown, KY", after "Elizabethtown High School" made the town a body's short
      // form: one word, then a state's short form after a comma, is a town.)
      const stateAfter = /^,\s+([A-Z][A-Za-z.]{1,5})(?=[\s,.;:)]|$)/.exec(p.text.slice(n.end, n.end + 10));
      // ("the Yuma, Arizona, native": a name of no sure kind between commas before a state's
      // full name is a town too.)
      const stateNamed = /^,\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=[,.;:)]|\s+(?:native|resident|man|woman|couple|family)\b|$)/u.exec(p.text.slice(n.end, n.end + 24));
      const town = (n.kind === 'organization' && n.text.split(' ').length <= 3 && !!stateAfter && (STATE_ABBREVIATIONS.test(stateAfter[1]!) || STATE_ABBREVIATIONS.test(stateAfter[1]!.replace(/\.$/, '')))) ||
        (n.kind === 'term' && n.text.split(' ').length <= 3 && !!stateNamed && US_STATES.has(stateNamed[1]!.toLowerCase()) && !ORG_WORDS.has(n.text.split(' ').pop()!.toLowerCase())) || (n.kind !== 'person' && / and /.test(n.text) && PLACES_BEFORE_HEAD.test(p.text.slice(n.end, n.end + 20)));
      const hint = town ? 'place' : n.kind === 'term' || (n.kind === 'organization' && PROGRAMME_HEAD.test(n.text)) ? 'name' : n.kind === 'organization' ? 'organisation' : n.kind;
      if (isAsideName(p.text, n.start, n.end, n.text) || isShouted(n.text)) continue;
      // ("a speech entitled Global Relations: A Conversation with Tony Blair": a title goes on past
      // its colon; asked alone, its first half is cut.)
      if (n.kind === 'term' && /\b(?:entitled|titled|called|named)\s+$/.test(p.text.slice(Math.max(0, n.start - 10), n.start)) && /^:\s+\p{Lu}/u.test(p.text.slice(n.end, n.end + 4))) continue;
      // ("the Indo-US working group", "Sino-Japanese ties": a compound of peoples is an adjective.)
      // (Not a region: "the Indo-Pacific".)
      const compound = /^(?:Indo|Sino|Anglo|Franco|Russo|Afro|Greco|Austro|Italo|Judeo|Hispano|Luso|Turco|Nippo)-([\p{L}.]+)$/u.exec(n.text);
      if (compound && (/^(?:[A-Z]\.?){2,3}$/.test(compound[1]!) || DEMONYMS.has(compound[1]!.toLowerCase()))) continue;
      // ("the U.S.–Mexico border", "India-China trade": two places joined by a dash before a noun
      // say between whom — an adjective, no name.)
      const placePair = /^([\p{L}.]+)[–-]([\p{L}.]+)$/u.exec(n.text);
      if (placePair && [placePair[1]!, placePair[2]!].every((w) => isKnownPlace(w) || /^(?:U\.S\.?|US|UK|EU)$/.test(w)) && /^\s+\p{Ll}/u.test(p.text.slice(n.end, n.end + 3))) continue;
      // ("hosted by the Commanding General (CG)", "served as the Regional Administrator for EPA
      // Region 1": an office, with no one's name, is what someone is — no name to learn.)
      const officeWords = n.text.split(/\s+(?:of|for)\s+/)[0]!.split(/\s+/);
      if (n.kind === 'term' && !/\s(?:Award|Awards|Prize|Medal|Act|Program|Programme|Fund|Fellowship|Scholarship|Trophy|Cup)$/.test(n.text) && officeWords.some((w) => ROLE_WORDS.has(w.toLowerCase())) && officeWords.every((w) => ROLE_WORDS.has(w.toLowerCase()) || /^(?:Acting|Assistant|Special|Senior|Principal|Interim|Associate|Deputy|Executive|Chief|Vice|Commanding|Regional|General|Managing|Presiding|Ranking|Former|U\.S\.|US)$/.test(w))) continue;
      // ("U.S. Sens. Elizabeth Dole and …": a title in the plural, short, is nobody's name.)
      if (/(?:^|\s)(?:Sens|Reps|Gens|Govs|Drs)\.?$/.test(n.text)) continue;
      // ("a flyover by two F-16 Fighting Falcons", "won six Oscars", "up to 30 Brown Boobies": a
      // count of things in capitals is a kind of thing, no name; the count is the fact. Not a
      // name before its noun — "the four Air Force Office of Special Investigations agents" — nor
      // after a year or a date's day: "a 2023 United Nations report", "On Feb. 21, …".)
      if (countedPlural(p.text, n.start, n.end)) continue;
      // ("Sections 4 and 16 of the Clayton Act": the first of several numbered parts, half a list.)
      if (/^(?:Sections|Articles|Chapters|Titles|Parts|Paragraphs)\s+\d+[A-Za-z]?$/.test(n.text)) continue;
      // ("the once-vibrant Army Veteran": a service's veteran, capitalised in the house style, is
      // what someone is, no name.)
      if (/^(?:U\.S\.\s+)?(?:Army|Navy|Air Force|Marine Corps|Marine|Coast Guard|Space Force|National Guard|Vietnam|Korean War|Gulf War|Iraq|Afghanistan)\s+Veterans?$/.test(n.text)) continue;
      // ("a strong Federal law": one English word in capitals before a common noun is its
      // adjective, no name — unless a list knows it as a body or a place, or the article named a
      // body by it: "The Lumen study" after "the Lumen Research Center".)
      if (n.kind === 'term' && /^\p{Lu}\p{Ll}+$/u.test(n.text) && isVocabularyWord(n.text) && !isKnownOrganization(n.text) && !isKnownPlace(n.text) && !isAnyGivenName(n.text) && /^\s+\p{Ll}+\b/u.test(p.text.slice(n.end, n.end + 20)) && tokens.find((t) => t.start > n.end)?.pos === 'NOUN' && /^\s*(?:a|an|the|strong|new|this|that)\s+$/i.test(p.text.slice(Math.max(0, n.start - 8), n.start))) continue;
      // ("implement a Tax System that allows …": English words in capitals after "a", closing their
      // noun phrase before a relative word, are a thing capitalised for emphasis, no name.)
      const emphasised = n.kind === 'term' && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(n.text) && n.text.split(' ').every((w) => isVocabularyWord(w) && !isAnyGivenName(w) && !ORG_WORDS.has(w.toLowerCase())) && !isKnownOrganization(n.text) && !isKnownPlace(n.text);
      if (emphasised && /(?:^|\s)an?\s+$/.test(p.text.slice(Math.max(0, n.start - 4), n.start)) && /^\s+(?:that|which|where)\b/.test(p.text.slice(n.end, n.end + 8))) continue;
      if (titles.some((t) => t.start < n.end && n.start < t.end) || [...pairs, ...spelledNames].some((d) => d.start < n.end && n.start < d.end)) continue;
      // "the Hubble or James Webb space telescopes", "the Frank Lautenberg bridge": a thing named
      // after a person is no person — the neutral hint.
      // ("Morgan Stanley raised its forecast": a name that "its" goes back to is a firm's, whatever
      // its words look like — the neutral hint.)
      const itsAfter = n.kind === 'person' && /^\s+(?:\p{Ll}+\s+){1,4}its\s/u.test(p.text.slice(n.end, Math.min(sentence.end, n.end + 60))) && !/^\s+(?:\p{Ll}+\s+){0,4}(?:he|she|his|her|him)\s/u.test(p.text.slice(n.end, n.end + 60));
      // ("Morgan Stanley analysts expect": a name whose analysts or executives these are is a firm's.)
      const staffAfter = n.kind === 'person' && n.text.includes(' ') && /^\s+(?:analysts|economists|strategists|executives|employees|shareholders|investors|traders|bankers|customers|clients)\b/.test(p.text.slice(n.end, n.end + 20));
      // ("Today’s youth belong to the Artemis Generation, who will explore …": a generation or an
      // era is no one, whoever "who" goes back to.)
      const ageName = n.kind === 'person' && /\s(?:Generation|Era|Age|Movement|Revolution)$/.test(n.text);
      if (n.kind === 'person' && (itsAfter || staffAfter || ageName || NAMED_AFTER.test(p.text.slice(n.end, n.end + 30)))) {
        push(n.start, n.end, 'term', 'name');
        continue;
      }
      // "the Space Communications and Navigation (SCaN) Testbed": the name goes on after the
      // acronym of its first words; the words after the bracket are only its tail.
      const acronymBefore = /[([]\s*([\p{L}\p{N}&-]{2,10})\s*[)\]]\s$/u.exec(p.text.slice(Math.max(0, n.start - 16), n.start));
      if (n.kind !== 'person' && acronymBefore && acronyms.has(acronymBefore[1]!)) continue;
      // And its head: "The Cancer Genome Atlas (TCGA) Research Network", "the Cosmic Evolution
      // Early Release Science (CEERS) Survey" — asked alone, a name of no sure kind before the
      // bracket is a cut one. (A body's name stays: "the National Association of Insurance
      // Commissioners (NAIC) President Therese M. Vaughan", where its officer's title follows.)
      // (A body's name too before a law's or a programme's word: "the Pollution Prevention (P2) Act".)
      const afterBracket = /^\s*[([]\s*[\p{L}\p{N}&-]{2,10}\s*[)\]]\s+(\p{Lu}\p{Ll}+)/u.exec(p.text.slice(n.end, n.end + 30));
      if (afterBracket && (n.kind === 'term' || (n.kind === 'organization' && LAW_OR_PROGRAMME_HEAD.test(afterBracket[1]!)))) continue;
      // "Caroline and Absalom Sydenstricker", "Dawn and Glenn Snyder": a given name alone before
      // "and" and a full name shares that surname; asked alone, the name is cut.
      // (Not "Prince Charles and Camilla Parker Bowles", nor the last of a list, "…, Lulu and Julio
      // Iglesias", nor "Madonna and Elton John" when the story calls her by that one name again.)
      const nextName = names[ni + 1];
      // "with Kentucky Fish and Wildlife", "the Committee on Education and Labor": a name of two
      // words or more, ending in a common word, "and", then one common word in capitals — one
      // name the chunker cut at "and"; asked whole, as a name.
      // (Not "the Senate and Congress", "Republicans and Democrats": bodies or people, each named.)
      if (n.kind !== 'person' && nextName && nextName.kind !== 'person' && /^ and $/.test(p.text.slice(n.end, nextName.start)) && isOneNameCutAtAnd(n.text, nextName.text) && !/^\s+\p{Lu}/u.test(p.text.slice(nextName.end, nextName.end + 2))) {
        asCouple.add(ni + 1);
        push(n.start, nextName.end, 'term', 'name');
        continue;
      }
      const wordBefore = /(?:^|\s)(\p{Lu}\p{Ll}*)\.?\s+$/u.exec(p.text.slice(Math.max(0, n.start - 12), n.start))?.[1] ?? '';
      const titled = ROLE_WORDS.has(wordBefore.toLowerCase());
      const sharesSurname = !n.text.includes(' ') && isFirstName(n.text) && !!nextName && nextName.text.includes(' ') && /^\s+and\s+$/.test(p.text.slice(n.end, nextName.start)) && (nextName.kind === 'person' || nextName.kind === 'term') && nextName.text.split(' ').length === 2 && !isKnownPlace(n.text) && !titled && !/,\s*$/.test(p.text.slice(Math.max(0, n.start - 3), n.start));
      if (sharesSurname && usesOf(n.text) < 2) {
        // (Asked together, as the story names them: "the farm was left to [Maria and Tomas Okafor]".)
        asCouple.add(ni + 1);
        push(n.start, nextName.end, nextName.kind, nextName.kind === 'person' ? 'person' : 'name');
        continue;
      }
      // "three Key deer", "the Louisiana black bear", "Kemp’s Ridley sea turtle": a species'
      // common name, not the place or the person it was named after.
      if (n.kind !== 'person' && SPECIES_AFTER.test(p.text.slice(n.end, n.end + 50))) continue;
      // "Members of Congress", "the Governors of Texas and Ohio": people of a body, written with a
      // capital, are no name of their own.
      if (n.kind !== 'person' && GROUP_OF.test(n.text)) continue;
      // "the oath Senators swore", "Republican Senators", "the Congressmen from this city": holders
      // of an office, many of them, written with a capital — nobody's name.
      if (OFFICE_HOLDERS.test(n.text)) continue;
      // "the Departments of Homeland Security (DHS), Labor (DOL), and State": a head in the
      // plural shared by a list — no one name starts or ends where the span does.
      if (/^(?:Departments|Ministries|Secretaries|Committees|Offices|Agencies|Bureaus|Universities|Governments|Embassies|Councils|Boards)\s+of\s/.test(n.text)) continue;
      // "[George H. W.] Bush": words an editor put in square brackets, the name going on after
      // them — a piece of the name.
      // (Nor the name after them, "[Phil] Gramm": its first words stand apart.)
      if (/\[$/.test(p.text.slice(Math.max(0, n.start - 1), n.start)) && /^\]\s+\p{Lu}/u.test(p.text.slice(n.end, n.end + 3))) continue;
      if (/\[\p{Lu}[^\]\[]{0,30}\]\s+$/u.test(p.text.slice(Math.max(0, n.start - 34), n.start))) continue;
      // ("The Kenya National Commission [on Human Rights] did …": the editor's words go on with the
      // name after it — neither piece is the whole name.)
      // (Not "Tashkent [in 2019]": the editor's words there name nothing.)
      if (/^\s*\[(?:on|of|for|and|in|at|to)\s+(?:the\s+)?\p{Lu}/u.test(p.text.slice(n.end, n.end + 12)) || /\[(?:on|of|for|and|in|at|to|the)\s+$/.test(p.text.slice(Math.max(0, n.start - 6), n.start))) continue;
      // "a Post-Delisting Monitoring Plan", "post-Hun Sen Cambodia": a word with a capitalised one
      // hyphened on, right before, opens the name — where the name starts is unsure: no card.
      // (Not a title: "then-Prince Norodom Sihanouk".)
      const hyphenedBefore = /(?:^|\s)\p{L}+[-‐‑](\p{Lu}\p{L}*)\s$/u.exec(p.text.slice(Math.max(0, n.start - 30), n.start));
      if (n.kind !== 'person' && hyphenedBefore && !ROLE_WORDS.has(hyphenedBefore[1]!.toLowerCase())) continue;
      // "357 MT CO2", "5 GW": capitals right after a figure are its unit.
      if (/^\p{Lu}{2,}/u.test(n.text) && /\d\s$/.test(p.text.slice(Math.max(0, n.start - 2), n.start))) continue;
      // "ConsumerFinance.gov/RentHelp": a piece of a web address is no name to ask.
      if (/[/@]$/.test(p.text.slice(0, n.start)) || /^(?:[/@]|\.[a-z]{2,}\b)/.test(p.text.slice(n.end))) continue;
      // "LGBTQI+ persons", "Disney+": the plus is part of the name.
      // ("LGBTQI+-inclusive" is an adjective: no card.)
      if (p.text.startsWith('+-', n.end)) continue;
      // ("a modernized Arleigh Burke-class destroyer", "a Tokyo-based firm": a name glued to a word in
      // small letters by a hyphen is half of an adjective — asked, it would leave "-class" showing.)
      if (/^[-‐‑]\p{Ll}/u.test(p.text.slice(n.end, n.end + 2))) continue;
      // "the Lewis and Clark-class ship": the first of two names an adjective is made of.
      if (/^ and \p{Lu}\p{L}*[-‐‑]\p{Ll}/u.test(p.text.slice(n.end, n.end + 40))) continue;
      // "the Division of Field Research and Harbor State University": two bodies, each with its own
      // head, that the chunker ran together at "and" — two names.
      // (Not "the Command and General Staff College (CGSC)": short letters after it that spell
      // the whole name say it is one body.)
      const letters = /^\s*\(([A-Z]{3,8})\)/.exec(p.text.slice(n.end, n.end + 12))?.[1];
      const spelledWhole = !!letters && n.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('') === letters;
      const pair = n.kind === 'organization' && !spelledWhole ? twoBodies(n.text) : null;
      if (pair) {
        push(n.start, n.start + pair[0].length, 'organization', 'organisation');
        push(n.end - pair[1].length, n.end, 'organization', 'organisation');
        continue;
      }
      // "BAE Systems, Inc.", "Kestrel Dynamics, LLC": a company, asked with its legal form.
      // ("Allyrise Technology Group Co., Limited": the long form too.)
      const legalForm = n.kind !== 'person' ? /^,?\s*(?:Inc\.|Inc|INC\.|INC|LLC|Ltd\.|Ltd|LTD\.|LTD|PLC|Limited)(?![\p{L}])/u.exec(p.text.slice(n.end, n.end + 10)) : null;
      if (legalForm) {
        push(n.start, n.end + legalForm[0].length, 'organization', 'organisation');
        continue;
      }
      // ("Josh" after "Josh Moore": the story calling its subject by the given name asks nothing
      // the full name's card does not; the mention serves to know who speaks.)
      if (n.kind === 'person' && n.canonical && !n.text.includes(' ') && n.canonical.startsWith(`${n.text} `)) continue;
      const plus = p.text[n.end] === '+' && !/[\p{L}\p{N}]/u.test(p.text[n.end + 1] ?? '') ? 1 : 0;
      // "Carrier Strike Group (CSG) 9", "Destroyer Squadron (DESRON) 7": a unit's number comes
      // after its short form; without it the name is cut.
      // ("Executive Order (E.O.) 13382": the order's short form, then its number.)
      const numbered = n.kind !== 'person' ? (/^ \([A-Z]{2,}\) \d{1,3}\b/.exec(p.text.slice(n.end, n.end + 20)) ?? (/Executive Order$/.test(n.text) ? /^ \(E\.O\.\) \d{4,5}\b/.exec(p.text.slice(n.end, n.end + 20)) : null)) : null;
      // "the People’s Republic of China", "the People’s Liberation Army": the possessive is the name's first word.
      // ("the 9/11 Commission Act of 2007": the date that opens a name is its first word.)
      const peoples = n.kind !== 'person' ? (/People[’']s\s+$/.exec(p.text.slice(Math.max(0, n.start - 10), n.start)) ?? /(?<![\d/])9\/11\s$/.exec(p.text.slice(Math.max(0, n.start - 6), n.start))) : null;
      // (A neutral hint is a term's: the card's kind is what its hint reads back as.)
      push(n.start - (peoples ? peoples[0].length : 0), n.end + (numbered ? numbered[0].length : plus), hint === 'name' ? 'term' : town ? 'place' : n.kind, hint, n.kind === 'person' ? n.canonical : undefined);
    }
  }
  for (const f of facts) f.score += salienceBonus(f.answer, salience);
  // A fact inside a quote is something someone said: its card says who.
  const quoteAt = quoteFinder(analysis.quotes);
  for (const f of facts) {
    const q = quoteAt(analysis.sentences[f.sentence]!.sentence.paragraph, f.start, f.end);
    // (Not a name in quotation marks and nothing more — “a call from “Harbor Authority” on his
    // phone”: the marks set the name off; nobody says it.)
    const onlyTheName = !!q && q.quote.text.length <= f.answer.length + 8 && q.quote.text.replace(/[\s.,;:!?’'"”“]+$/u, '').replace(/^[\s“"‘']+/u, '') === f.answer;
    if (q?.speaker && !onlyTheName && !q.speaker.name.toLowerCase().includes(f.answer.toLowerCase())) {
      f.saidBy = q.speaker.name;
      f.inQuote = q.quote;
    }
  }
  const quotes: QuoteCandidate[] = [];
  const paragraphOf = (f: FactCandidate): string => analysis.paragraphs[analysis.sentences[f.sentence]!.sentence.paragraph]!.text;
  const sentenceOf = (f: FactCandidate): string => analysis.sentences[f.sentence]!.sentence.text;
  const named = withoutRosters(facts, paragraphOf, sentenceOf);
  const kept = withReturning(withoutListMembers(withoutWeakPlaces(named, paragraphOf), paragraphOf), named);
  addLearnedScore(kept, analysis, title);
  markEverywhere(kept, analysis);
  analysis.quotes.forEach((q, i) => {
    const joined = withShortOpening(analysis, q, analysis.quotes[i - 1]);
    const words = wordCount(joined.quote.text);
    if (!q.speaker || words < MIN_QUOTE_WORDS) return;
    // “The Hungry Dragon: How China’s Quest Is Reshaping the World”: a title, not speech.
    if (quotedTitle(q.quote.text)) return;
    // "“since they are close neighbors.”": a short piece of a sentence teaches nothing.
    if (/^\p{Ll}/u.test(joined.quote.text) && words < MIN_FRAGMENT_WORDS) return;
    const phrase = joined === q ? keyPhrase(analysis, q) : null;
    quotes.push({ quote: joined, speaker: q.speaker.name, score: 8 + Math.min(words, 30) / 10, ...(phrase ? { phrase } : {}) });
  });
  markSharedWords(quotes);
  for (const f of kept) {
    const full = /^[\p{Lu}&-]{2,10}$/u.test(f.answer) ? analysis.registry.expandAcronym(f.answer) : null;
    if (full) f.spelledOut = full;
  }
  return { facts: kept, quotes };
}

/** A story of this many paragraphs or more can be said to name a body everywhere. */
const EVERYWHERE_PARAGRAPHS = 5;
/** The share of paragraphs that names a body everywhere. */
const EVERYWHERE_SHARE = 0.3;

/**
 * "NASA" in a NASA release, "Congress" in a floor speech: a body the story names in a third of
 * its paragraphs is the one telling it, or what it is about — the reader knows it already.
 */
function markEverywhere(facts: FactCandidate[], analysis: ArticleAnalysis): void {
  const paragraphs = analysis.paragraphs.length;
  if (paragraphs < EVERYWHERE_PARAGRAPHS) return;
  // The paragraphs each name stands in, from the names the analysis found: one pass.
  const where = new Map<string, Set<number>>();
  for (const { sentence, names } of analysis.sentences) {
    for (const n of names) {
      const set = where.get(n.text);
      if (set) set.add(sentence.paragraph);
      else where.set(n.text, new Set([sentence.paragraph]));
    }
  }
  for (const f of facts) {
    if (f.kind === 'organization' && (where.get(f.answer)?.size ?? 0) >= EVERYWHERE_SHARE * paragraphs) f.everywhere = true;
  }
}

/**
 * "“… is no longer a luxury, it is a necessity,” Representative Higgins said." and "“… is no
 * longer a luxury; it is a necessity …,” Representative Torres said.": when much of a quote is
 * words another speaker says too — runs of five common words, covering a third of it or more —
 * a who-said card on it has no answer a reader can find. (A shared opening, "I am proud to
 * announce", leaves the rest of the quote to tell the speakers apart.)
 */
function markSharedWords(quotes: QuoteCandidate[]): void {
  // (Common words only: "the U.S. Army Corps of Engineers" in two quotes is a shared name, not shared words.)
  // (The words as the card shows them: a long quote is cut to its first sentences.)
  const wordsOf = quotes.map((q) => trimQuote(q.quote.quote.text).match(/[\p{L}\p{N}’']+/gu) ?? []);
  const runsOf = wordsOf.map((words) =>
    words.slice(0, Math.max(0, words.length - 4)).map((_, i) => {
      const run = words.slice(i, i + 5);
      return run.every((w) => /^\p{Ll}+(?:[’']\p{Ll}+)?$/u.test(w)) ? run.join(' ') : null;
    }),
  );
  // (Who says each run of words: one pass, not every quote against every other.)
  const sayers = new Map<string, Set<string>>();
  quotes.forEach((q, i) => {
    for (const g of runsOf[i]!) if (g) sayers.set(g, (sayers.get(g) ?? new Set()).add(q.speaker));
  });
  quotes.forEach((q, i) => {
    const covered = new Set<number>();
    runsOf[i]!.forEach((g, at) => {
      if (g && sayers.get(g)!.size > 1) for (let k = at; k < at + 5; k += 1) covered.add(k);
    });
    if (covered.size > 0 && covered.size * 3 >= wordsOf[i]!.length) q.shared = true;
  });
}

// ", she said, ", ", said Ana Ruiz, ": the tag between two pieces of one quote, and nothing else.
const TAG_VERB = 'said|says|added|adds|explained|explains|continued|continues|noted|notes|recalled|recalls';
const TAG_BETWEEN_PIECES = new RegExp(`^[\\s”"']*(?:(?:[\\p{L}.’'-]+\\s+){1,4}(?:${TAG_VERB})|(?:${TAG_VERB})(?:\\s+[\\p{L}.’'-]+){1,4})[\\s,]*[“"']*$`, 'u');

/**
 * "“Without clean water,” she said, “you can’t make good beer.”": a quote cut by its tag after a
 * few words, its second piece going on in small letters — one sentence of the speaker's, asked
 * whole (neither piece alone is long enough to ask).
 */
function withShortOpening(analysis: ArticleAnalysis, q: AttributedQuote, prev: AttributedQuote | undefined): AttributedQuote {
  if (!prev || !q.speaker || prev.speaker?.name !== q.speaker.name || prev.quote.paragraph !== q.quote.paragraph) return q;
  if (!/^\p{Ll}/u.test(q.quote.text) || !/,$/.test(prev.quote.text.trim()) || wordCount(prev.quote.text) >= MIN_QUOTE_WORDS) return q;
  // (Only a tag between — "she said," — not the writer's words: "“particularly exciting,”
  // saying the molecule is “the starting point …”" is two phrases, not one sentence.)
  const between = analysis.paragraphs[q.quote.paragraph]!.text.slice(prev.quote.end, q.quote.start);
  if (!TAG_BETWEEN_PIECES.test(between)) return q;
  // (The pieces as printed, the comma of the cut kept.)
  return { ...q, sentence: prev.sentence, quote: { ...q.quote, start: prev.quote.start, text: `${prev.quote.text.trim()} ${q.quote.text.trim()}` } };
}

// A bill of Congress by its number (not "U.S. 98", a highway).
// Words in single quotation marks: an opening mark after a space or a bracket, before a capital
// (not an apostrophe: "NCD's"), and its closing mark before no letter.
const SINGLE_QUOTED = /(?<![\p{L}\p{N}’'])['‘](\p{Lu}[^'‘’\n]{1,80}?)['’](?![\p{L}\p{N}])/gu;
const BILL_NUMBER = /(^|(?<!\p{Lu}\p{Ll}+)\s|\()(?:H\.\s?R\.|S\.|H\.\s?Res\.|S\.\s?Res\.|[HS]\.\s?J\.\s?Res\.|[HS]\.\s?Con\.\s?Res\.)\s?\d{1,5}(?![\d,.]\d|\p{L})/gu;

/** The initials, sorted, of the capitalised words that end right before ", " at `start` ("" if none). */
function initialsBefore(text: string, start: number): string {
  const run = /((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|the|on)\s+)*)*\p{Lu}[\p{L}-]*),\s*$/u.exec(text.slice(Math.max(0, start - 120), start));
  if (!run) return '';
  return run[1]!.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w)).map((w) => w[0]!).sort().join('');
}

// The last word of a programme's, a fund's or a contest's name.
// What a law's or a programme's name ends in, after its short form in brackets ("the Pollution
// Prevention (P2) Act"): the words before the brackets are only its first half.
const LAW_OR_PROGRAMME_HEAD = /^(?:Act|Program|Programme|Initiative|Project|Rule|Regulation|Law|Plan|Strategy|Fund)$/;

// ("Medicaid", "Medicare": a public programme the lexicon lists among bodies — the neutral hint.)
const PROGRAMME_HEAD = /\s(?:Program|Programme|Initiative|Project|Mission|Fund|Forum|Challenge|Prize|Award|Competition)$|^(?:Medicaid|Medicare|Obamacare|TRICARE)$/;

// A thing named after a person, written after the name in lower case.
const NAMED_AFTER = /^\s+(?:space\s+)?(?:telescopes?|spacecraft|probes?|observatory|satellites?|bridge|airport|dam|highway|tunnel|stadium|arena|memorial|award|prize|fellowships?|scholarships?|lecture)\b/;

// An animal's or a tree's kind after a capitalised word that names the species with it.
const SPECIES_AFTER = /^(?:['’]s)?(?:\s+\p{Lu}\p{Ll}+)?(?:\s+\p{Ll}+){0,2}?\s+(?:deer|panther|condor|warbler|turtle|tortoise|bear|eagle|salamander|snake|owl|wolf|wolves|frog|toad|butterfly|butterflies|beetle|trout|salmon|sturgeon|crane|stork|pelican|manatee|whale|woodpecker|sparrow|mussel|squirrel|fox|lynx|bison|elk|moose|caribou|falcon|hawk|heron|plover|tern|bat|ridley|spruce|pine|fir|oak|maple|cedar|redwood|sequoia|hemlock|birch|willow|aspen|juniper)s?\b/u;
// People of a body named by what they are: "Members of Congress", "Survivors of …".
const GROUP_OF = /^(?:Members|Leaders|Officials|Governors|Senators|Ministers|Mayors|Survivors|Victims|Families|Citizens|Residents|Heads|Staff|Employees|Workers)\s+of\s/;
const OFFICE_HOLDERS = /^(?:(?:Republican|Democratic|Democrat|Conservative|Labour|Liberal|Senate|House|State|Federal|U\.S\.|Congressional)\s+)?(?:Senators|Congressmen|Congresswomen|Congresspeople|Governors|Ministers|Mayors|Lawmakers|Legislators|Officials|Delegates|Councillors|Councilors|Commissioners|Members|Parliamentarians|Representatives|Justices|Trustees|Regents)$/;
// A run of capitalised words (a name or a part of one): "Tribal Archives", "Landing Instrumentation 2".
const CAPITAL_GROUP = String.raw`(?!(?:The|A|An)\s)\p{Lu}[\p{L}\p{N}’'.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}’'.-]*|\d+))*`;
const COORDINATION = new RegExp(String.raw`${CAPITAL_GROUP}(?:,\s+${CAPITAL_GROUP})*,?\s+(?:and|&)\s+${CAPITAL_GROUP}`, 'gu');

/**
 * Where a sentence joins capitalised groups by commas and "and", a group after the first is
 * nothing but capitalised common words no list knows as a name ("Libraries", "Public Policy",
 * "Infants"), and the run is part of a name — after "of", "for" or "on" a capitalised word,
 * before a body's word, or before its short form in brackets: the pieces of one long name,
 * not a list of names ("Egypt, Lebanon and Syria", "Sony, IBM and Toshiba", film titles).
 */
const TITLE_GOES_ON = new RegExp(`^\\s+and\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,4}(?:${[...ROLE_WORDS].filter((w) => /^[a-z]{3,}$/.test(w)).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')}|Officer|Manager)\\s+\\p{Lu}`, 'u');

function commonWordCoordinations(text: string, from: number, to: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const sentence = text.slice(from, to);
  for (const m of sentence.matchAll(COORDINATION)) {
    const groups = m[0].split(/,?\s+(?:and|&)\s+|,\s+/);
    // (One or two words, none a body's: "National Union" of Students is a name.)
    const common = (group: string): boolean => {
      const words = group.split(/\s+/);
      return words.length <= 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w) && !isAnyGivenName(w) && !ORG_WORDS.has(w.toLowerCase())) && !isKnownPlace(group) && !isKnownOrganization(group) && !isFirstName(group);
    };
    const start = from + m.index;
    const end = start + m[0].length;
    const lastWord = groups[groups.length - 1]!.split(/\s+/).pop()!.toLowerCase();
    const inName = /\p{Lu}[\p{L}.-]*\s+(?:of|for|on)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, start - 40), start)) || ORG_WORDS.has(lastWord) || /^\s*\(\s*\p{Lu}/u.test(text.slice(end, end + 4));
    if (inName && groups.slice(1).some(common)) found.push({ start, end });
  }
  return found;
}

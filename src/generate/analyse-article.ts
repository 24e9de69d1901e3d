import type { Article } from '../article/types.js';
import { attributeQuote, SPEECH_VERBS, type AttributionContext, type Speaker } from './attribute-speaker.js';
import type { QuoteSpan } from './find-quotes.js';
import { findNumberFacts, type NumberFact } from './find-number-facts.js';
import { firstAtLeast } from './first-at-least.js';
import { containsWholeWord } from './find-whole-word.js';
import { MentionStream } from './mentions.js';
import { withDesignators } from './name-designators.js';
import { NameRegistry, setGender } from './name-registry.js';
import { isVocabularyWord, type Token } from './nlp.js';
import { findNameChunks, NAME_HEADS, type NameChunk } from './proper-noun-chunks.js';
import { findSpelledOut, type SpelledOut } from './acronyms.js';
import { settleOrganisations } from './settle-organisations.js';
import { COUNTRIES, DEMONYMS, ORG_WORDS, PEOPLE_NOUNS, ROLE_WORDS, TITLE_ABBREVIATION, US_STATES, isPlaceName } from './gazetteer.js';
import { LEXICON_COUNTRIES, LEXICON_DEMONYMS, LEXICON_ROLES, isAnyGivenName, isFirstName } from './name-lexicon.js';
import { findSpeakerRole } from './speaker-role.js';
import { findTitleSpeakers, titleBeforeNameIn } from './title-speakers.js';
import { TitledPeople } from './titled-people.js';
import { segmentArticle, type ParagraphView, type SentenceUnit } from './sentences.js';
import { typeChunk, type TypedName } from './type-entities.js';
import { isCommonWord, isKnownOrganization, isKnownPlace } from './known-names.js';

export interface SentenceFacts {
  sentence: SentenceUnit;
  numbers: NumberFact[];
  names: TypedName[];
}

export interface AttributedQuote {
  quote: QuoteSpan;
  speaker: Speaker | null;
  /** Sentence index where the quote starts. */
  sentence: number;
  /** Sentence index where it ends (its tag is in one of these). */
  endSentence: number;
}

export interface ArticleAnalysis {
  paragraphs: ParagraphView[];
  sentences: SentenceFacts[];
  quotes: AttributedQuote[];
  registry: NameRegistry;
  /** Acronyms the article spells out, and where ("the Federal Student Aid (FSA)"), in text order. */
  spelledOut: SpelledOut[];
}

const inside = (quotes: QuoteSpan[], start: number, end: number): boolean =>
  quotes.some((q) => q.start < start && end <= q.end);

const AS_SUBJECT_SPEAKS = new RegExp(`^\\s+(?:(?:once|so|has|had|later|often)\\s+)?(?:${SPEECH_VERBS})\\b`);

/**
 * "dished out to him by Gavin Henson", "next to Mr Blair" (past a courtesy title): a name after
 * a preposition (`at`: its first token) — not "for Staunton, 49, who told …" nor "with Mr Dixon
 * quoted as saying", whose who-clause or participle makes the one named a subject.
 */
function namedAfterPreposition(tokens: Token[], at: number, text: string, end: number): boolean {
  const honorific = /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?$/.test(tokens[at - 1]?.value ?? '');
  // ("an interview with American filmmaker Robert Lieberman": a few words that say what the
  // person is — ending in a role in common words — may stand between the preposition and the name.)
  let described = 0;
  if (!honorific && /^\p{Ll}+$/u.test(tokens[at - 1]?.value ?? '') && (ROLE_WORDS.has(tokens[at - 1]!.value) || LEXICON_ROLES.has(tokens[at - 1]!.value))) {
    described = 1;
    while (described < 3 && /^(?:\p{Lu}[\p{L}.-]*|\p{Ll}+)$/u.test(tokens[at - 1 - described]?.value ?? '') && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[at - 1 - described]!.pos)) described += 1;
  }
  // ("A spokesman for Senator Dana Ortiz said": a title in capitals may stand there too.)
  let titled = 0;
  const titleWord = (w: string): boolean => /^\p{Lu}/u.test(w) && (ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || TITLE_ABBREVIATION.test(w.replace(/\.$/, '')));
  while (!honorific && titled < 2 && titleWord(tokens[at - 1 - titled]?.value ?? '')) titled += 1;
  const skip = honorific ? 1 : titled;
  const preposition = tokens[at - 1 - skip]?.value ?? '';
  if (described > 0 && /^(?:with|by|to|from|against|about|for|at|among)$/i.test(tokens[at - 1 - described]?.value ?? '')) return true;
  if (!/^(?:by|on|of|with|to|from|against|about|for|at|including|like|as|among)$/i.test(preposition)) return false;
  // ("according to Aram Gragossian, …": the one the words come from, whom a "he" after may mean.)
  if (/^to$/i.test(preposition) && /^according$/i.test(tokens[at - 2 - skip]?.value ?? '')) return false;
  // ("As for Judge, “…,” he said.": the one the sentence turns to is its topic, whom a "he" means.)
  if (/^for$/i.test(preposition) && /^as$/i.test(tokens[at - 2 - skip]?.value ?? '') && /^,/.test(text.slice(end, end + 2))) return false;
  // ("As Julia Fenn put it, “…”": "as" opens a clause, the name its subject.)
  // ("as Roach recounted, “…”": any verb of speech.)
  if (/^(?:as|like)$/i.test(preposition) && AS_SUBJECT_SPEAKS.test(text.slice(end, end + 30))) return false;
  // ("a letter from Hale saying …": the one the words come from says them — but "O'Brien replied
  // to Boylan saying …": the one spoken to does not.)
  if (/^(?:to|at|against|about)$/i.test(preposition) && /^\s+(?:saying|adding)\b/.test(text.slice(end, end + 12))) return true;
  // ("led by Mark Hay, a marine ecologist at GT, who said “…”": a description may stand before it.)
  return !/^(?:,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s+[^,;:.“”"]{1,80},\s+)?(?:who|whose)|\s+(?:quoted as saying|saying|adding|telling))\b/.test(text.slice(end, end + 120));
}

/** A country or a US state by the gazetteer or the lexicon: never a firm's name. */
function isCountryOrState(name: string): boolean {
  const key = name.toLowerCase();
  return COUNTRIES.has(key) || US_STATES.has(key) || LEXICON_COUNTRIES.has(key);
}

// "… for signs of the disease. – by Georgia Jiang, ARS Office of Communications.": who wrote
// the story, credited at the paragraph's end — metadata, no fact of the story.
const TRAILING_CREDIT = /\s[–—-]\s*[Bb]y\s+\p{Lu}[^.–—“”"]{2,100}\.?\s*$/u;

/** Drops the names of a trailing writer's credit. */
function withoutCredit(names: TypedName[], text: string): void {
  const credit = TRAILING_CREDIT.exec(text);
  if (!credit) return;
  for (let i = names.length - 1; i >= 0; i -= 1) if (names[i]!.start >= credit.index) names.splice(i, 1);
}

/** Records the role the article gives a person where it names them (`at`: the name's first token). */
function noteRole(registry: NameRegistry, tokens: Token[], text: string, sentence: SentenceUnit, at: number, name: TypedName): void {
  let last = at;
  while (last < sentence.last && tokens[last]!.end < name.end) last += 1;
  const role = findSpeakerRole(tokens, text, sentence, { first: at, last });
  // A role read off the words around a name does not make a doubtful name a person.
  if (role) registry.addPerson(name.canonical, role, registry.findPerson(name.canonical)?.weak ?? false);
}

/** A sentence written in title case ("Canyon County Man Sentenced …"): a headline, not prose. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
}

/** The first token starting at or after `offset`. */
const tokenAt = (tokens: Token[], offset: number): Token | undefined => tokens[firstAtLeast(tokens, (t) => t.start, offset)];

// Before capitalised common words written once: "the Purple Heart", "The Great Recession began",
// "GAO’s High Risk List" (not "Do the Right Thing", "The Hitchhiker’s Guide To The Galaxy": a title's piece).
const DEFINITE_NAME_BEFORE = /(?:(?<![\p{Lu}][\p{L}’'-]*\s)\bthe|(?:^|[.!?:;]["”’]?\s+)The|(?<!\bThe\s)\p{Lu}[\p{L}.]*(?:’|')s)\s+$/u;
// Capitalised words joined on, so the chunk is a piece of a longer name: "Light Detection ‖ and Ranging",
// "the Scanning Habitable Environments ‖ with Raman …", "the Flexible Levitation ‖ on a Track".
// (Not "the Bronze Star Medal and the Purple Heart": "and the" starts the next name of a list.)
const PIECE_OF_LONGER_NAME_AFTER = /^\s*(?:(?:and|&)\s+|(?:of|for|on|in|to|with|at)\s+(?:(?:the|a|an)\s+)?)\p{Lu}/u;
const PIECE_OF_LONGER_NAME_BEFORE = /\p{Lu}[\p{L}-]*,?\s+(?:(?:and|&)\s+|(?:of|for|on|in|to|with|at)\s+(?:the\s+)?)$/u;
// What the sentence says the common words are the name of: "Operation Desert Storm", "Exercise
// Hawthorn" (one operation: not "Operations Iraqi Freedom and Enduring Freedom"), "Victory Day",
// "the Water Festival"; "the journal Cancer Discovery".
const NAMED_OPERATION = /^(?:Operation|Exercise)\s+\p{Lu}/u;
const NAMED_OCCASION = /\s(?:Day|Festival)$/;
const PUBLICATION_BEFORE = /\b(?:journal|magazine|newspaper|publication)\s+$/i;
// "a military exercise dubbed “Golden Dragon.”", "It was called Kill Devil Hill, near …": what
// the words are named, the name ending at a mark (not "called the Flexible Levitation ‖ on a Track").
const NAMING_BEFORE = /\b(?:called|dubbed|named|nicknamed|known\s+as|titled|entitled)\s+(?:the\s+)?[“"‘']{0,2}$/;
const NAME_ENDS = /^[”"’']{0,2}\s*(?:[,.;:!?)]|$)/;
// "the ‘Irish Twins’", "the “Red Shirt” movement": the whole of a quotation is the name.
const QUOTED_BEFORE = /[“"‘]\s*$|(?<![\p{L}’'])''\s*$|(?<![\p{L}\p{N}’'])'\s*$/u;
const QUOTED_AFTER = /^[,.!?]?\s*(?:[”"’]|'')/;

/** The sentence or the quotation marks say the common words are a name (see the patterns above). */
function namedInContext(n: TypedName, text: string, spelledOut: ReadonlySet<number>): boolean {
  const before = text.slice(Math.max(0, n.start - 30), n.start);
  const after = text.slice(n.end, n.end + 12);
  if (NAMED_OPERATION.test(n.text) || NAMED_OCCASION.test(n.text)) return true;
  if (PUBLICATION_BEFORE.test(before)) return true;
  if (NAMING_BEFORE.test(before) && NAME_ENDS.test(after)) return true;
  if (QUOTED_BEFORE.test(before) && QUOTED_AFTER.test(after)) return true;
  // "the Federal Student Aid (FSA)": the brackets spell the words, every one.
  return spelledOut.has(n.start) && /^\s*[([][^)\]]*[)\]]\s*(?!\p{Lu}|\p{N})/u.test(after + text.slice(n.end + 12, n.end + 30));
}

const SHARED_PLURAL_HEAD = /^(?:Counties|Rivers|Creeks|Islands|Lakes|Valleys|Mountains|Streets|Avenues|Roads|Parks|Provinces|Districts|Schools|Universities|Colleges|Companies)$/;

/**
 * "his parents, Frank and Brenda Bishop", "two brothers, Garrett and Seth Patch": a given name
 * alone, "and", then a given name and the surname they share are one answer — not "Frank", a
 * name cut from its surname, and "Brenda Bishop", half of the pair.
 */
function withCouples(names: TypedName[], text: string, registry: NameRegistry, whole = ''): TypedName[] {
  const out: TypedName[] = [];
  for (const n of names) {
    const words = n.text.split(' ');
    // (Not "Mitchell and Yancey Counties": two places sharing a plural head.)
    const before = (n.kind === 'person' || n.kind === 'term') && words.length === 2 && !SHARED_PLURAL_HEAD.test(words[1]!) && (n.kind === 'person' ? isFirstName(words[0]!) : isAnyGivenName(words[0]!)) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) ? /(?<!\p{Lu}[\p{L}’'.-]*\s|[\p{L}’'.-])(\p{Lu}\p{Ll}+)\s+and\s+$/u.exec(text.slice(Math.max(0, n.start - 30), n.start)) : null;
    const start = n.start - (before?.[0].length ?? 0);
    // (A given name that is an English word too, "Frank", "Joy", not where any word has a capital.)
    const midSentence = /[\p{Ll},]\s+$/u.test(text.slice(Math.max(0, start - 3), start));
    // (Not "Wallace and Tyler Henderson" after "Jon Wallace": a surname the story gave someone.)
    // (Nor "Cleopatra and Marc Antony" where the story also writes "Marc Antony and Cleopatra": two
    // people, the first known by one name.)
    // (Nor "Robert Wittman of Virginia and Mike Thompson": a given name typed a place there, as
    // where the one before is from.)
    const typedPlace = !!before && out.some((o) => o.start === start && (o.kind === 'place' || o.kind === 'organization'));
    if (!before || typedPlace || !(isFirstName(before[1]!) || (isAnyGivenName(before[1]!) && midSentence)) || registry.findPerson(before[1]!) || whole.includes(`${n.text} and ${before[1]!}`)) {
      out.push(n);
      continue;
    }
    // (The given name alone, if it was read as a name of its own.)
    while (out.length > 0 && out[out.length - 1]!.start >= start) out.pop();
    const merged = text.slice(start, n.end);
    out.push({ ...n, start, text: merged, canonical: merged, kind: 'person' });
  }
  return out;
}

/** Common words the article writes as a name (lower-cased), by the rules above. */
function namedCommonWords(facts: SentenceFacts[], paragraphs: ParagraphView[], spelledOut: readonly SpelledOut[]): Set<string> {
  const seen = new Map<string, { sentences: Set<number>; afterThe: boolean; prose: boolean; theName: boolean; cued: boolean; owner: boolean }>();
  const spelled = new Map<number, Set<number>>();
  for (const s of spelledOut) spelled.set(s.paragraph, (spelled.get(s.paragraph) ?? new Set<number>()).add(s.start));
  for (const f of facts) {
    const text = paragraphs[f.sentence.paragraph]!.text;
    const prose = !isTitleCase(f.sentence.text);
    for (const n of f.names) {
      if (!n.common) continue;
      const key = n.text.toLowerCase();
      const entry = seen.get(key) ?? { sentences: new Set<number>(), afterThe: false, prose: false, theName: false, cued: false, owner: false };
      entry.owner ||= n.possessive;
      entry.cued ||= prose && namedInContext(n, text, spelled.get(f.sentence.paragraph) ?? new Set<number>());
      entry.sentences.add(f.sentence.index);
      const next = tokenAt(paragraphs[f.sentence.paragraph]!.analysis.tokens, n.end);
      // "the Summit", "this Nation" are common nouns ("that" is no determiner: "said that Omicron …"); "the Delta variant", "the Starship rocket" name a thing.
      entry.afterThe ||= /\b(?:the|this|these|those|our|their|its|his|her|my|your|every|each)\s+$/i.test(text.slice(Math.max(0, n.start - 7), n.start)) && next?.pos !== 'NOUN';
      entry.theName ||= prose && DEFINITE_NAME_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start)) && next?.pos !== 'NOUN' && !/^\s*:/.test(text.slice(n.end)) && !PIECE_OF_LONGER_NAME_AFTER.test(text.slice(n.end, n.end + 30)) && !PIECE_OF_LONGER_NAME_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start));
      entry.prose ||= prose;
      seen.set(key, entry);
    }
  }
  const named = new Set<string>();
  for (const [key, e] of seen) {
    const multiword = key.includes(' ');
    // ("engaging with Veterans before surgery": a house style's capital on people, one or many.)
    const people = (w: string): boolean => [w, w.replace(/s$/, '')].some((form) => ROLE_WORDS.has(form) || PEOPLE_NOUNS.has(form));
    const roleOrAdjective = key.split(' ').some((w) => ROLE_WORDS.has(w)) || (!multiword && people(key)) || /(?:ic|al|an|ive|ous)$/.test(key);
    if (roleOrAdjective) continue;
    if (e.cued) named.add(key);
    // ("funding agreements with States", twice: a common noun in the plural, capitalised by a
    // house style, is still many things — not one name.)
    // (Not "Boots’ tombstone": an owner's mark says one who owns.)
    if (!multiword && /[^s]s$/.test(key) && isCommonWord(key.slice(0, -1)) && !e.owner) continue;
    if (e.sentences.size >= 2 && (multiword ? e.prose : !e.afterThe)) named.add(key);
    // "the Making Of": a name does not end in a joining word.
    if (multiword && e.theName && !/ (?:of|and|for|to|the|on|in|at|with|a)$/.test(key)) named.add(key);
  }
  return named;
}

/**
 * "Endangered Species Day provides …": a sentence's capitalised first word is read apart from
 * the name after it, since any first word has a capital. When the article writes the two
 * together as a name elsewhere, inside a sentence, the first word is that name's — a person's
 * too ("Say Vannak, a party official, …" where a later sentence names "Say Vannak").
 */
function withOpeningWords(facts: SentenceFacts[], paragraphs: ParagraphView[]): void {
  const inside = new Map<string, TypedName>();
  for (const f of facts) for (const n of f.names) if (n.text.includes(' ') && n.start > f.sentence.start) inside.set(n.text.toLowerCase(), n);
  if (inside.size === 0) return;
  for (const f of facts) {
    const first = f.names[0];
    if (!first) continue;
    const opening = /^(\p{Lu}[\p{L}-]+)\s+$/u.exec(paragraphs[f.sentence.paragraph]!.text.slice(f.sentence.start, first.start));
    const known = opening ? inside.get(`${opening[1]} ${first.text}`.toLowerCase()) : undefined;
    if (!known) continue;
    const { common: _common, ...rest } = first;
    f.names[0] = { ...rest, text: `${opening![1]} ${first.text}`, canonical: known.canonical, kind: known.kind, start: f.sentence.start, ...(known.common ? { common: true } : {}) };
  }
}

// A relative's word right before a name ("his wife Ana"), and whether it says "she".
// ("John Boy's wife Darlene": a name's possessive owns the kinsman too.)
// (One list of kin words for both patterns below.)
const KIN_WORDS = '(?:late\\s+|eldest\\s+|youngest\\s+|younger\\s+|older\\s+)?(wife|husband|mother|father|daughter|son|sister|brother|widow|widower|grandmother|grandfather|aunt|uncle|niece|nephew|girlfriend|boyfriend)';
const KIN_BEFORE = new RegExp(`(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose)|\\p{L}['’]s)\\s+${KIN_WORDS},?\\s+$`, 'u');
// (Only with a he/she after it in the sentence: "was one of the first products to think about …"
// is no one.)
const ONE_OF_MANY = /\bone of (?:the|\p{Lu}[\p{L}.]*['’]s?)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s\b[^.;:“”"]*\b(?:he|she)\b/u;
const SHE_KIN = /^(?:wife|mother|daughter|sister|widow|grandmother|aunt|niece|girlfriend)$/;
const KIN_THEN_GIVEN_NAME = new RegExp(`(?<![\\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir)\\s+${KIN_WORDS},?\\s+(\\p{Lu})\\p{Ll}+`, 'gu');
// "his father" named by no name: someone else a "he" (or "she") after may mean.
const KIN_UNNAMED = new RegExp(`(?<![\\p{L}])(?:[Hh]is|[Hh]er)\\s+${KIN_WORDS}(?![\\p{L}])(?!,?\\s+\\p{Lu})`, 'gu');
// What a person's "'s" may own that is someone else: "X’s spokesman", "X’s late wife".
const PERSON_NOUN_AFTER = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:spokes(?:man|woman|person)|wife|husband|son|daughter|mother|father|brother|sister|lawyer|attorney|aide|adviser|advisor|friend|partner|boss|deputy|assistant|secretary|representative|successor|predecessor|colleague|children|family|parents)\b/u;
// Someone the story calls by an office, speaking: "prompted the prime minister to say …".
// ("the president of the national bank said": an office of some body too.)
const OFFICE_SPEAKS = /\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(?:prime minister|president|chancellor|minister|secretary|premier|governor|mayor|commissioner)(?:\s+(?:of|at|for)(?:\s+[\p{L}’'.-]+){1,5}?)?\s+(?:to\s+say|said|says|told|tells|insisted|added|argued|warned)\b/u;
const FOREIGN_OFFICE = /\bthe\s+(?:President|Prime Minister|Foreign Minister|King|Queen|Chancellor|Premier|Emperor|Crown Prince)\s+of\s+(?!the\s+United\s+States|America)(?:the\s+)?\p{Lu}/u;
/** "… is the provincial capital", "… was a small fishing village": a place, said of the subject. */
const PLACE_PREDICATE = /^\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:capital|city|town|village|province|region|district|county|state|country|island|port|river|valley|neighbou?rhood|suburb|municipality|commune)\b/u;
// Someone called by their age as the sentence's subject: "The 22-year-old pipped …".
const AGE_SUBJECT = /^(?:(?:But|And|Now|Still)\s+)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+\d+-year-old\s+\p{Ll}/u;
// "The Colombian-French politician was greeted … by the First Lady, Carla Bruni-Sarkozy": someone
// the story calls by what they are opens the sentence as its subject — a "she" after may well be
// them, not the one named after the verb. ("The general quickly read an announcement. He …":
// a rank too, an adverb before the verb.)
const DESCRIBED_PERSON_SUBJECT = /^(?:(?:But|And|Now|Still|Then)\s+)?(?:The|This|That)\s+(?:[\p{L}-]+\s+){0,3}?(politician|official|lawmaker|legislator|minister|leader|woman|man|girl|boy|mother|father|wife|husband|widow|actress|actor|singer|star|veteran|teenager|student|soldier|farmer|activist|campaigner|hostage|victim|suspect|defendant|convict|journalist|reporter|author|novelist|writer|artist|scientist|businessman|businesswoman|billionaire|entrepreneur|diplomat|envoy|cleric|priest|athlete|champion|general|colonel|captain|sergeant|admiral|commander|lieutenant|officer|pilot|agent|detective|judge|doctor|nurse|teacher)\s+(?:(?:also|later|then|had|has|have|\p{Ll}{3,}ly)\s+)?(?:was|is|were|are|said|says|told|read|\p{Ll}+ed)\b/u;
// An indefinite subject (a role or occupation, maybe "for"/"at" someone, maybe an aside in
// commas) and a speech verb.
// ("A Labour spokesman later said", "A spokesman for distributor Toho said": whose spokesman,
// capitalised or after "for", and an adverb before the verb too.)
const UNNAMED_SPEAKER = /(?:^|[\s,;])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?:\s+(?:for|of|at|from|with)\s+(?:the\s+)?(?:\p{Ll}+\s+){0,2}\p{Lu}[^,.;“”"]{0,110}?)?(?:,[^.;“”"]{1,100}?,)?(?:\s+(?:later|also|earlier|previously|separately|then))?\s+(?:said|says|told|tells|added|adds|argued|warned|explained|insisted|noted|wrote|confirmed|stated|denied|admitted|claimed|criticised|criticized|attacked|welcomed|dismissed|rejected|accused|condemned|praised|urged)\b/u;

const POSSESSED_SPEAKER = /(?:^|[\s,;])(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?!(?:and|or|to|then)\s)[\p{Ll}-]+\s+){0,2}(?!(?:and|or|to|then)\s)[\p{Ll}-]+\s+(?:later\s+|also\s+|then\s+)?(?:said|says|told|tells|added|adds|argued|warned|explained|insisted|noted|wrote|stated)\b/u;

const HE_NOUN = /^(?:boy|man|father|son|brother|husband|uncle|grandfather|grandson|nephew|gentleman|king|prince|monk|priest|actor|businessman|widower|fiancé)$/i;
const SHE_NOUN = /^(?:girl|woman|mother|daughter|sister|wife|aunt|grandmother|granddaughter|niece|lady|queen|princess|nun|widow|fiancée|actress|businesswoman)$/i;

/** "village boy", "local woman": the gender a description's last noun gives, if any. */
function describedGender(description: string): 'he' | 'she' | null {
  const last = description.trim().split(/\s+/).pop() ?? '';
  return HE_NOUN.test(last) ? 'he' : SHE_NOUN.test(last) ? 'she' : null;
}

/**
 * "with the Dutchman.", "to the young Frenchman,": "the" and a people's name standing for a
 * person, closing a clause (not "the French government"). Returns the people's word, or null.
 */
function peopleNoun(tokens: Token[], k: number): string | null {
  if (!/^the$/i.test(tokens[k]!.value)) return null;
  let j = k + 1;
  if (tokens[j] && /^\p{Ll}+$/u.test(tokens[j]!.value) && tokens[j]!.pos === 'ADJ') j += 1;
  const word = tokens[j];
  const after = tokens[j + 1];
  if (!word || !/^\p{Lu}\p{Ll}+$/u.test(word.value)) return null;
  const w = word.value.toLowerCase();
  // (One person, not "the Scots": no plural unless a "-men".)
  const people = /^(?:dutch|french|english|irish|scots|welsh)(?:wo)?man$/.test(w) || (!/s$/.test(w) && (DEMONYMS.has(w) || LEXICON_DEMONYMS.has(w)));
  // Only where the phrase closes its clause ("rankles with the Dutchman."): as a subject ("the
  // Frenchman has endured …") it goes on about the person the story is about.
  if (!people || !after || !/^[.,;:]$/.test(after.value)) return null;
  return w;
}

/**
 * A name we could not type, with a role word in it or right before it ("Youth Rehabilitation
 * Vong Sauth" after "Minister of Social Affairs, Veterans and"), followed by a verb: someone
 * holding an office is the subject.
 */
function officeHolderSubject(tokens: Token[], text: string, sentence: SentenceUnit, n: TypedName): boolean {
  const before = text.slice(Math.max(sentence.start, n.start - 80), n.start);
  const role = n.text.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase())) || /\b(?:Minister|Secretary|Director|Governor|Ambassador|Chairman|Chairwoman|Chair|Commissioner|President|Mayor|Spokes(?:man|woman|person))\b[^.;:“”"]*$/.test(before);
  if (!role) return false;
  const next = tokens[firstAtLeast(tokens, (t) => t.start, n.end)];
  return !!next && next.pos === 'VERB' && /^\p{Ll}/u.test(next.value);
}

const DESCRIBED_AS_SOMEONE = /^,\s+(?:a|an)\s+(?:[\p{L}.-]+\s+){0,4}(?:official|spokes(?:man|woman|person)|member|leader|chief|head|director|villager|resident|farmer|activist|analyst|lawyer|teacher|student|worker|minister|councilor|councillor)\b/u;

/**
 * "said Sophal of Occidental College": a person, then where they work — two names, not one
 * organisation. Only a name already known as a person's (in full or as their surname), or two
 * or three words of no body, office or place before a body's head word: "Bank of England"
 * stays whole.
 */
function splitPersonOf(tokens: Token[], chunk: NameChunk, text: string, registry: NameRegistry): NameChunk[] {
  const of = tokens.slice(chunk.first + 1, chunk.last).findIndex((t) => t.value === 'of') + chunk.first + 1;
  if (of <= chunk.first) return [chunk];
  const head = text.slice(chunk.start, tokens[of - 1]!.end);
  const person = registry.findPerson(head);
  const known = person && [person.name, person.name.split(/\s+/).pop()!].some((n) => n.toLowerCase() === head.toLowerCase());
  // "Shigeo Morioka of the International Longevity Centre": two or three words of no body
  // or office, then a body by its head word ("Centre", "University").
  const headWords = head.split(/\s+/);
  const tailHead = tokens[chunk.last]!.value.toLowerCase();
  // (Not "the National Medal of Technology and Innovation": words ending in an award's, a law's
  // or a programme's head word name a thing, not a person.)
  const personThenBody =
    headWords.length >= 2 && headWords.length <= 3 && headWords.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_WORDS.has(w.toLowerCase()) && !ROLE_WORDS.has(w.toLowerCase()) && !isPlaceName(w)) && !NAME_HEADS.has(headWords[headWords.length - 1]!.toLowerCase()) && ORG_WORDS.has(tailHead);
  // "Arkar Lin of Myanmar": two or three words that are no English words, then a country or a
  // state known by name — a person and where they are from.
  const tailText = text.slice((tokens[of + 1]!.value === 'the' ? tokens[of + 2] ?? tokens[of + 1]! : tokens[of + 1]!).start, chunk.end);
  const personOfPlace =
    headWords.length >= 2 && headWords.length <= 3 && headWords.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w) && !ORG_WORDS.has(w.toLowerCase()) && !ROLE_WORDS.has(w.toLowerCase()) && !isPlaceName(w)) && isKnownPlace(tailText);
  // "Dr. Natchimuthuk “Nat” Gopalswamy of NASA": a courtesy title opens a person's name.
  // (Not the Congressional Record's "Mr. CONNOLLY of Virginia", a member by their state.)
  const titled = headWords.length <= 5 && /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+\p{Lu}\p{Ll}/u.test(head);
  // "Special Assistant for ‖ Organizational Development ‖ Ann-Marie Regan ‖ of the Walter Reed
  // … Center": the tail of an office in common words, then a known given name and a surname,
  // then the body — the person starts at the given name.
  let from = chunk.first;
  if (!known && !personThenBody && !personOfPlace && !titled && ORG_WORDS.has(tailHead)) {
    for (let k = chunk.first + 1; k <= of - 2 && from === chunk.first; k += 1) {
      const name = tokens.slice(k, of);
      const office = tokens.slice(chunk.first, k);
      // ("Ann-Marie": the tokenizer gives the hyphen a token of its own.)
      const words = name.filter((t) => t.value !== '-');
      if (isFirstName(tokens[k]!.value) && words.length <= 3 && words.every((t) => /^\p{Lu}[\p{Ll}'’]*\p{Ll}$/u.test(t.value) || /^\p{Lu}\.$/u.test(t.value)) && office.every((t) => isCommonWord(t.value.toLowerCase()) && !isFirstName(t.value))) from = k;
    }
  }
  if (!known && !personThenBody && !personOfPlace && !titled && from === chunk.first) return [chunk];
  const rest = tokens[of + 1]!.value === 'the' && of + 2 <= chunk.last ? tokens[of + 2]! : tokens[of + 1]!;
  const restFirst = rest === tokens[of + 1] ? of + 1 : of + 2;
  return [
    { first: from, last: of - 1, start: tokens[from]!.start, end: tokens[of - 1]!.end, text: text.slice(tokens[from]!.start, tokens[of - 1]!.end), possessive: false, initial: chunk.initial && from === chunk.first },
    { first: restFirst, last: chunk.last, start: rest.start, end: chunk.end, text: text.slice(rest.start, chunk.end), possessive: chunk.possessive, initial: false },
  ];
}

// "Alzheimer’s disease", "Asperger’s syndrome", "Murphy’s law": a thing named after someone,
// its name running past the possessive.
// (Not "Hale’s law firm": the noun must end the phrase.)
const EPONYM_AFTER = /^['’]s\s+(?:disease|syndrome|palsy|sarcoma|lymphoma|law|principle|paradox|theorem|comet)(?=\s*[,.;:)!?]|\s+(?:and|or|in|is|was|are|were|has|had|have|which|that|who|to|for|with|at|on|by|as|from|each|every|since|until|after|before|among|than|but|because|while|when|if|also|can|could|may|might|will|would|should|does|did|not|patients?|research|through|via|over|during|across|into|against|without|within|under|between|like|risk|cases|symptoms|treatment|prevention|diagnosis|progression)\b|\s*$)/;

/**
 * "Section 5 of the FTC Act", "Title 18 of the United States Code", "Section 508 of the
 * Rehabilitation Act": a part of a law and the law are one answer — the part alone says nothing.
 */
function withLawSections(names: TypedName[], text: string): void {
  for (let i = 0; i + 1 < names.length; i += 1) {
    const [part, law] = [names[i]!, names[i + 1]!];
    if (!/^(?:Section|Title|Article|Chapter|Part|Subpart)\s+\d+[A-Za-z]?(?:\([a-z0-9]+\))*$/.test(part.text)) continue;
    if (!/^\s+of\s+(?:the\s+)?$/.test(text.slice(part.end, law.start)) || !/(?:Act|Code|Constitution|Law|Regulations)$/.test(law.text) || law.possessive) continue;
    const merged = text.slice(part.start, law.end);
    names.splice(i, 2, { ...part, end: law.end, text: merged, canonical: merged, kind: 'term', possessive: false });
  }
}

// "Brown v. Board of Education", "Roe versus Wade": a court case, one party's name, "v." and the other's.
const CASE_NAME = /(?<![\p{L}.])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+(?:v\.|vs\.|versus)\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}'’-]*)){0,6})/gu;

/** A court case by its parties' names is one answer (a term), whatever each party's name was read as. */
function withCaseNames(names: TypedName[], text: string, from: number, to: number): void {
  // ("Miami vs. Boston": a game, unless the sentence speaks of a court.)
  const sentence = text.slice(from, to);
  if (!sentence.includes(' v') || !/\s(?:v\.|vs\.|versus)\s/.test(sentence)) return;
  const legal = /\b(?:case|court|ruling|decision|lawsuit|suit|justices?|decided|ruled|landmark)\b/i.test(sentence);
  for (const m of sentence.matchAll(CASE_NAME)) {
    if (!/\sv\.\s/.test(m[0]) && !legal) continue;
    // ("Merrill v. Milligan and Merrill v. Caster": the second party ends before "and" and the
    // next case's first party.)
    const second = m[2]!.replace(/\s+and\s+\p{Lu}[\p{L}'’-]*$/u, (tail) => (/^\s+(?:v\.|vs\.|versus)\s/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 9)) ? '' : tail)).replace(/(?:\s+(?:of|the|and|for))+$/, '');
    const start = from + m.index;
    const end = start + m[0].length - m[2]!.length + second.length;
    // (Not a first word that only opens the sentence: "The Smith v. Jones ruling" keeps "Smith".)
    const at = /^(?:The|A|An|In|On|At|After|Before|Since|When)\s+/.exec(m[1]!);
    const caseStart = at ? start + at[0].length : start;
    const overlapping = names.filter((n) => n.start < end && caseStart < n.end);
    if (overlapping.some((n) => n.start < caseStart || n.end > end)) continue;
    const text2 = text.slice(caseStart, end);
    // In place: the caller holds the list. The pieces go, the case takes the first one's place.
    const place = names.indexOf(overlapping[0]!);
    const merged: TypedName = { start: caseStart, end, text: text2, canonical: text2, kind: 'term', possessive: false };
    if (place < 0) names.push(merged);
    else names.splice(place, overlapping.length, merged);
    names.sort((a, b) => a.start - b.start);
  }
}

/**
 * "the Federal Food, Drug, and Cosmetic Act": a law's name that lists common words with commas
 * is one answer, not a name before the list and another after it.
 */
function withListedLawWords(names: TypedName[], text: string): void {
  for (let j = 1; j < names.length; j += 1) {
    const law = names[j]!;
    if (!/\s(?:Act|Law|Code|Bill)$/.test(law.text) || law.kind === 'person') continue;
    for (let i = j - 1; i >= 0 && i >= j - 3; i -= 1) {
      const first = names[i]!;
      const gap = text.slice(first.end, law.start);
      const words = /^((?:,\s+\p{Lu}\p{Ll}+){1,3}),?\s+(?:and|&)\s+$/u.exec(gap)?.[1]?.split(/,\s+/).filter(Boolean);
      if (!words || !words.every((w) => isCommonWord(w)) || first.possessive || first.kind === 'person' || !/^\p{Lu}/u.test(first.text)) continue;
      const merged = text.slice(first.start, law.end);
      names.splice(i, j - i + 1, { ...first, end: law.end, text: merged, canonical: merged, kind: 'term', possessive: law.possessive });
      j = i;
      break;
    }
  }
}

/** "E. coli O157:H7": a strain's code takes the species written short before it. */
function withStrainSpecies(names: TypedName[], text: string): void {
  for (const n of names) {
    const species = /^[A-Z]+\d+:[A-Z]+\d+$/.test(n.text) ? /(?<![\p{L}.])[A-Z]\.\s?[a-z]{3,}\s+$/u.exec(text.slice(Math.max(0, n.start - 24), n.start)) : null;
    if (!species) continue;
    n.start -= species[0].length;
    n.text = text.slice(n.start, n.end);
    n.canonical = n.text;
  }
}

// The ending of a species' Latin epithet: "invicta", "leucocephalus", "portoricensis", "brucei".
const LATIN_EPITHET = /^\p{Ll}{4,}(?:us|um|a|ae|is|ii|i|ensis|ense|oides|ata|ana|ella|ica|alis|ina|ola|ium|ea|osa|ides|ops|ax|arum|orum)$/u;

/**
 * "Solenopsis invicta", "Haliaeetus leucocephalus": a genus, then a word in small letters that
 * is no English word and ends as a Latin epithet — the species' whole name, a term (not the
 * genus alone, cut from it).
 */
function withBinomials(names: TypedName[], text: string): void {
  const species: TypedName[] = [];
  for (const n of names) {
    // (A genus a dictionary lists too, "Halobacterium", "Lactobacillus", by its Latin ending.)
    if (n.text.includes(' ') || !/^\p{Lu}\p{Ll}{3,}$/u.test(n.text) || n.kind === 'person' || n.possessive || (isVocabularyWord(n.text) && !/(?:ium|illus|ella|occus|ichia|onas|obacter)$/.test(n.text))) continue;
    // ("Trypanosoma brucei gambiense": a subspecies' third word too.)
    let end = n.end;
    for (let k = 0; k < 2; k += 1) {
      const epithet = /^ (\p{Ll}+)(?![\p{L}-])/u.exec(text.slice(end, end + 40));
      if (!epithet || !LATIN_EPITHET.test(epithet[1]!) || isVocabularyWord(epithet[1]!)) break;
      end += epithet[0].length;
    }
    if (end === n.end) continue;
    // ("Halobacterium salinarum NRC-1": the strain's code after the species is part of its name.)
    const strain = /^ ([A-Z]{1,5}-?\d+[A-Za-z0-9]*)(?![\p{L}\p{N}-])/u.exec(text.slice(end, end + 16));
    if (strain) end += strain[0].length;
    n.end = end;
    n.text = text.slice(n.start, n.end);
    n.canonical = n.text;
    n.kind = 'term';
    n.common = false;
    species.push(n);
  }
  // (A name a species' name now covers — the strain's code — is part of it.)
  for (let i = names.length - 1; i >= 0 && species.length > 0; i -= 1) {
    const m = names[i]!;
    if (species.some((o) => o !== m && o.start <= m.start && m.end <= o.end)) names.splice(i, 1);
  }
}

/**
 * "… Section 2339A." ending its sentence, "the journal Physical Review D. “If we …": a letter
 * closing a name keeps out the full stop, which is the sentence's.
 */
function withoutSentenceStop(names: TypedName[], text: string): void {
  for (const n of names) {
    const letterBeforeNext = /\s[A-Z]\.$/.test(n.text) && /^\s*(?:$|[“"\p{Lu}])/u.test(text.slice(n.end, n.end + 3)) && n.kind !== 'person';
    if (!/\d[A-Z]\.$/.test(n.text) && !letterBeforeNext) continue;
    n.end -= 1;
    n.text = n.text.slice(0, -1);
    if (n.canonical.endsWith('.')) n.canonical = n.canonical.slice(0, -1);
  }
}

/** A possessive name that names a disease or a law with the noun after it is that whole term. */
function withEponyms(names: TypedName[], text: string): void {
  for (const n of names) {
    if (!n.possessive || n.text.includes(' ')) continue;
    const after = EPONYM_AFTER.exec(text.slice(n.end, n.end + 24));
    if (!after) continue;
    n.end += after[0].length;
    n.text = text.slice(n.start, n.end);
    n.canonical = n.text;
    n.kind = 'term';
    n.possessive = false;
  }
}

/**
 * "Read wrote the song …", "“…,” Read said.": a known person's surname that is also an English
 * word, opening a sentence (or a tag after a quote) before a verb, where the chunker could not
 * tell it from the word. Only the surname of one person the article named in full.
 */
function surnameSubjects(tokens: Token[], sentence: SentenceUnit, names: TypedName[], registry: NameRegistry, text: string): TypedName[] {
  const out: TypedName[] = [];
  for (let k = sentence.first; k < sentence.last; k += 1) {
    const t = tokens[k]!;
    const opens = k === sentence.first || /^[”"’]$/.test(tokens[k - 1]!.value);
    if (!opens || !/^\p{Lu}\p{Ll}+$/u.test(t.value) || !/^(?:VERB|AUX)$/.test(tokens[k + 1]!.pos)) continue;
    if (names.some((n) => n.start <= t.start && t.end <= n.end)) continue;
    const person = registry.findPerson(t.value);
    if (!person || person.weak || !person.name.includes(' ') || person.name.split(/\s+/).pop()!.toLowerCase() !== t.value.toLowerCase()) continue;
    out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), kind: 'person', canonical: person.name, possessive: false });
  }
  return out;
}

const SITE_OR_BODY_NAMES = /\b(?:Museum|Planetarium|Zoo|Aquarium|Headquarters|Observatory)\b|\b(?:Space|Science|Flight|Visitor|Convention|Exhibition|Medical|Rocket|Fitness|Control|Federal|Recreation|Community)\s+(?:Center|Centre)\b/;
// "the Kennedy Center", "the Udvar-Hazy Center": a centre named after someone is a venue as much
// as a body. "the Partners for Fish and Wildlife Program", "the Global Equality Initiative": a
// programme, no body.
const NAMED_CENTRE = /(?:^|\s)(\p{Lu}[\p{L}’'-]+)\s+(?:Center|Centre)$/u;
const PROGRAMME_HEAD = /\s(?:Program|Programme|Project|Initiative)$/;
// "the UN Charter", "the IIE Open Doors Report", "the PDUFA VII Performance Goals Letter": a text
// a body wrote, named after it — a thing, no body. (Not "Survey": the U.S. Geological Survey.)
const DOCUMENT_HEAD = /\s(?:Charter|Report|Letter|Memorandum|Guidance|Guidelines|Strategy|Treaty|Accords?|Declaration|Constitution|Playbook|Handbook|Manual)$/;
const siteOrProgramme = (name: string): boolean => {
  const centre = NAMED_CENTRE.exec(name);
  return SITE_OR_BODY_NAMES.test(name) || PROGRAMME_HEAD.test(name) || DOCUMENT_HEAD.test(name) || (!!centre && !isCommonWord(centre[1]!));
};

const PROTECTED_LAND = /\s(?:National\s+Wildlife\s+Refuge|Wildlife\s+Refuge|National\s+Park|National\s+Forest|National\s+Seashore|National\s+Monument|National\s+Preserve|National\s+Recreation\s+Area|Wildlife\s+Management\s+Area|State\s+Park|State\s+Forest|NWR)s?$/;

const CRAFT_AFTER = /^\s+(?:helicopter|rover|spacecraft|satellite|telescope|probe|lander|orbiter|capsule|rocket|booster|submarine|aircraft|drone|balloon|spaceplane|mission)s?\b/;

// Titles before the name that opens a sentence: "Prof ", "Foreign Minister ".
/** A name of one to three capitalised words: "Erdogan", "Suman Haripriya" — not "the Constitution" or "F-16s". */
const TERM_SPEAKS = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}$/u;
const SPEAKS_NEXT = new RegExp(`^\\s+(?:also\\s+)?(?:${SPEECH_VERBS})\\b`);
const OPENING_TITLE = /^(?:\p{Lu}[\p{L}.]*\s+){1,3}$/u;

/**
 * "In March 1962, NASA Administrator James Webb addressed …", "Outside of the party, Scottish
 * Labour leader Johann Lamont spoke …": a phrase and its comma, then the person's title (in
 * capitals, or an office in small letters), open the sentence before its subject.
 */
function openingAfterPhrase(before: string): boolean {
  // (The phrase says when or where — not "His son, Bruce McCandless III, said": an aside names him.)
  const m = /^(?:In|On|At|Outside|Inside|After|Before|During|Since|From|Following|Meanwhile|Earlier|Later|Last|Today|Yesterday|However|Separately|Elsewhere|Back|Speaking|Asked|Then|Now|Also)\b[^,“”"]{0,60},\s+((?:(?:\p{Lu}[\p{L}.’'-]*|\p{Ll}+)\s+){0,4})$/u.exec(before);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/).filter((w) => w !== '');
  return words.every((w) => /^\p{Lu}/u.test(w) || ROLE_WORDS.has(w) || LEXICON_ROLES.has(w));
}

/** One pass in article order: sentences, typed names and numbers, mentions, then quotes. */
export function analyseArticle(article: Article): ArticleAnalysis {
  const { paragraphs, sentences } = segmentArticle(article);
  const registry = new NameRegistry();
  const stream = new MentionStream(registry);
  const facts: SentenceFacts[] = [];
  const titled = new TitledPeople();
  for (const p of paragraphs) titled.lookAhead(p.text);
  const titleBeforeName = titleBeforeNameIn(paragraphs.map((p) => p.text).join('\n\n'));
  for (const sentence of sentences) {
    const p = paragraphs[sentence.paragraph]!;
    const { tokens, entities } = p.analysis;
    const { names, numbers } = withDesignators(
      findNameChunks(tokens, sentence.first, sentence.last, p.text)
        .flatMap((c) => splitPersonOf(tokens, c, p.text, registry))
        .flatMap((c) => typeChunk(tokens, c, sentence.first, registry)),
      findNumberFacts(tokens, entities, sentence.first, sentence.last),
      tokens,
      p.text,
    );
    names.push(...surnameSubjects(tokens, sentence, names, registry, p.text));
    names.sort((a, b) => a.start - b.start);
    withEponyms(names, p.text);
    withLawSections(names, p.text);
    withListedLawWords(names, p.text);
    withCaseNames(names, p.text, sentence.start, sentence.end);
    withStrainSpecies(names, p.text);
    withBinomials(names, p.text);
    withoutSentenceStop(names, p.text);
    withoutCredit(names, p.text);
    facts.push({ sentence, numbers, names });
    // "Joey graduated …": a sentence opening with a capitalised word that is no English word,
    // no name we typed, and the subject of a verb may be about someone we do not know.
    // ("But Cecere did, and he …", "When he saw it, Cecere got busy": after a conjunction or a
    // comma too.)
    const opener = tokens[sentence.first];
    const untypedSubject = (k: number): boolean => {
      const t = tokens[k];
      return (
        !!t &&
        !inside(p.quotes, t.start, t.end) &&
        /^\p{Lu}\p{Ll}+$/u.test(t.value) &&
        // ("Read said all the funds …": a surname that is also a word, right before "said".)
        (!isCommonWord(t.value.toLowerCase()) || (/^(?:NOUN|VERB|ADJ|PROPN)$/.test(t.pos) && /^(?:said|says|told|added|explained|admitted|recalled)$/.test(tokens[k + 1]?.value ?? ''))) &&
        !names.some((n) => n.start === t.start && n.kind !== 'term') &&
        // ("Tait himself appeared unaffected …": the subject stressed.)
        (/^(?:VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') || /^(?:himself|herself)$/.test(tokens[k + 1]?.value ?? '')) &&
        // (Not "Kananga is the provincial capital.": what the sentence calls it is a place.)
        !PLACE_PREDICATE.test(p.text.slice(t.end, Math.min(sentence.end, t.end + 60)))
      );
    };
    const subjects = [sentence.first];
    if (/^(?:But|And|Then|So|Yet|Now)$/.test(opener?.value ?? '')) subjects.push(sentence.first + 1);
    // ("“…,” Chhay says of Deng.": after a quote's closing mark too.)
    for (let k = sentence.first + 1; k < sentence.last; k += 1) if (/^[,”]$/.test(tokens[k]!.value)) subjects.push(k + 1);
    // ("Then, a very humbled Mason took the floor": after an article and a few describing words, a
    // capitalised word mid-sentence is someone's name, English word or not.)
    const describedSubject = subjects.flatMap((k) => {
      if (!/^(?:a|an|the|A|An|The)$/.test(tokens[k]?.value ?? '')) return [];
      let j = k + 1;
      while (j < k + 4 && /^\p{Ll}+$/u.test(tokens[j]?.value ?? '') && /^(?:ADJ|ADV|VERB)$/.test(tokens[j]!.pos)) j += 1;
      return j > k + 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[j]?.value ?? '') && /^(?:VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '') && !names.some((n) => n.start === tokens[j]!.start && n.kind !== 'term') && !inside(p.quotes, tokens[j]!.start, tokens[j]!.end) ? [j] : [];
    });
    // ("On Friday, Hun Sen said: “…”": two or three capitalised words we could not type, then a
    // verb of speech — someone speaks whom the stream does not know.)
    const untypedNameSpeaks = subjects.some((k) => {
      let e = k;
      while (e < k + 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[e + 1]?.value ?? '')) e += 1;
      if (e === k || !/^(?:said|says|told|added|adds|explained|wrote|stated)$/.test(tokens[e + 1]?.value ?? '')) return false;
      return tokens.slice(k, e + 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.value) && !inside(p.quotes, t.start, t.end) && !names.some((n) => n.start <= t.start && t.start < n.end && n.kind !== 'term'));
    });
    if (subjects.some(untypedSubject) || describedSubject.length > 0 || untypedNameSpeaks) stream.addDoubt(p.index, sentence.index, true, null, true);
    // "The President was asked today …, and he said …": a title opening the sentence as its
    // subject, when no one named holds it — "he" is that holder, not the last person named.
    // (A title the article gave to someone adds that person to the stream here, and it stays
    // the "he".)
    // ("And the President was asked …": after a conjunction too.)
    const lead = /^(?:But|And|Then|So|Yet|Now)$/.test(opener?.value ?? '') ? 1 : 0;
    const article = tokens[sentence.first + lead];
    const second = tokens[sentence.first + lead + 1];
    if (article && /^the$/i.test(article.value) && second && /^\p{Lu}/u.test(second.value) && ROLE_WORDS.has(second.value.toLowerCase())) {
      stream.addDoubt(p.index, sentence.index, true);
    }
    // "The affair still rankles with the Dutchman.": someone called by where they are from, whom
    // we cannot tie to a name — a "he" after may well be them, not the last person named.
    for (let k = sentence.first; k < sentence.last; k += 1) {
      const demonym = peopleNoun(tokens, k);
      if (demonym && !inside(p.quotes, tokens[k]!.start, tokens[k]!.end)) stream.addDoubt(p.index, sentence.index, false, /woman$/.test(demonym) ? 'she' : /man$/.test(demonym) ? 'he' : null);
    }
    // "Her daughter, Autumn, moved away.": a kinsman known by a name we could not type as a
    // person — a "she" (or "he") after may well be them.
    for (const kin of sentence.text.matchAll(KIN_THEN_GIVEN_NAME)) {
      const at = sentence.start + kin.index + kin[0].length - kin[2]!.length;
      if (!inside(p.quotes, at, at + 1) && !names.some((n) => n.kind === 'person' && n.start <= at && at < n.end)) stream.addDoubt(p.index, sentence.index, kin.index === 0, SHE_KIN.test(kin[1]!.toLowerCase()) ? 'she' : 'he');
    }
    // ("His son, Bruce McCandless III, said his father “appears to be glowing.” … he closed the
    // visor": a kinsman of the subject, unnamed, may be the "he" after — not a sentence's subject
    // that opens it, though: "Smith visited his father. “…,” he said." stays Smith's.)
    for (const kin of sentence.text.matchAll(KIN_UNNAMED)) {
      const at = sentence.start + kin.index;
      if (kin.index > 0 && !inside(p.quotes, at, at + 1)) stream.addDoubt(p.index, sentence.index, true, SHE_KIN.test(kin[1]!.toLowerCase()) ? 'she' : 'he');
    }
    // "However, one dealer, who asked not to be named, told Reuters …", "A spokeswoman for the
    // group said …": someone unnamed speaks; a "he" or "she" after may well be them.
    if (UNNAMED_SPEAKER.test(sentence.text)) stream.addDoubt(p.index, sentence.index);
    // ("Tom Hale was sentenced. His lawyer said the sentence was harsh. “…,” he said.": someone of
    // the one named, unnamed, speaks — the "he" after may well be them. Not one named in an aside
    // after it: "His son, Bruce McCandless III, said …".)
    if (POSSESSED_SPEAKER.test(sentence.text)) stream.addDoubt(p.index, sentence.index);
    // ("credited to one of Rome’s centurions when he told his troops": one of many, unnamed — the
    // "he" of the sentence may be that one.)
    if (ONE_OF_MANY.test(sentence.text)) stream.addDoubt(p.index, sentence.index);
    // "The pressure prompted the prime minister to say …": someone the story calls by an office
    // speaks; a "he" after may well be them, not the last person named.
    if (OFFICE_SPEAKS.test(sentence.text)) stream.addDoubt(p.index, sentence.index);
    // "Ana Ruiz’s spokeswoman met reporters": someone known only as a person's own, whom a
    // "she" after may well mean.
    if (names.some((n) => n.kind === 'person' && n.possessive && !inside(p.quotes, n.start, n.end) && PERSON_NOUN_AFTER.test(p.text.slice(n.end, n.end + 40)))) stream.addDoubt(p.index, sentence.index);
    // "I would like to quote the President of Finland and what he said": a foreign office holder
    // the article does not name is who a "he" after it may mean.
    if (FOREIGN_OFFICE.test(sentence.text)) stream.addDoubt(p.index, sentence.index);
    // "The 22-year-old pipped Maurice Greene …": someone the story calls by their age is its
    // subject, whom the name after the verb is not — a "he" after may well be them.
    if (AGE_SUBJECT.test(sentence.text)) stream.addDoubt(p.index, sentence.index, true);
    const describedPerson = DESCRIBED_PERSON_SUBJECT.exec(sentence.text);
    if (describedPerson) stream.addDoubt(p.index, sentence.index, true, describedGender(describedPerson[1]!));
    // "Say Lork, a CNRP official in …, was more forceful": a name we could not type, described
    // as someone with a role — a person the registry does not know.
    if (names.some((n) => n.kind === 'term' && DESCRIBED_AS_SOMEONE.test(p.text.slice(n.end, n.end + 80)))) stream.addDoubt(p.index, sentence.index);
    // "Minister of Social Affairs, Veterans and Youth Rehabilitation Vong Sauth made it clear …":
    // someone with an office, whose name we could not read, is the subject — a "he" after may
    // be them, not the last person named.
    if (names.some((n) => n.kind === 'term' && !inside(p.quotes, n.start, n.end) && officeHolderSubject(tokens, p.text, sentence, n))) stream.addDoubt(p.index, sentence.index, true);
    // ("the prime minister said", after "Prime Minister Tep Vannara": the one who holds the title, below, not someone described.)
    const heldTitle = (d: { start: number; end: number }): boolean => {
      const the = /\bthe\s+$/i.exec(p.text.slice(Math.max(0, d.start - 6), d.start));
      const held = the ? titled.referenceAt(p.text, d.start - the[0].length) : null;
      return !!held && held.start < d.end && d.start < held.end;
    };
    const described = findTitleSpeakers(p.text, sentence.start, sentence.end, titleBeforeName).filter((d) => !inside(p.quotes, d.start, d.end) && !heldTitle(d));
    // Narrative mentions in text order; pronouns resolve against what came before them.
    let n = 0;
    let d = 0;
    for (let i = sentence.first; i <= sentence.last; i += 1) {
      const t = tokens[i]!;
      while (d < described.length && described[d]!.start <= t.start) {
        const { start, end, name } = described[d]!;
        d += 1;
        // ("the village boy", "a local woman": the noun says which pronoun fits.)
        const gender = describedGender(name);
        stream.add({ paragraph: p.index, sentence: sentence.index, start, end, kind: 'person', name, possessive: false, pronoun: false, anonymous: true, ...(gender ? { kin: gender } : {}) });
        titled.recordRole(name, name, true);
      }
      // "the Vice President", when the article gave that title to one person, or "the
      // spokeswoman", when one person so far had that role: that person.
      const the = /^the$/i.test(t.value) && !inside(p.quotes, t.start, t.end);
      const byTitle = the ? (titled.referenceAt(p.text, t.start) ?? titled.roleReferenceAt(p.text, t.start)) : null;
      if (byTitle) {
        const { start, end, name, possessive, anonymous } = byTitle;
        stream.add({ paragraph: p.index, sentence: sentence.index, start, end, kind: 'person', name, possessive, pronoun: false, ...(anonymous ? { anonymous } : {}) });
      }
      while (n < names.length && names[n]!.start <= t.start) {
        const name = names[n]!;
        n += 1;
        // ("Erdogan said, “…”": a name the typing left as a term, whose own verb of speech follows
        // it, speaks — as a body, so no "he" or "she" after it is taken to mean it.)
        const speaksAsTerm = name.kind === 'term' && !name.possessive && !inside(p.quotes, name.start, name.end) && TERM_SPEAKS.test(name.text) && SPEAKS_NEXT.test(p.text.slice(name.end, name.end + 30)) &&
          // (Not "his Presidency said", "a senior center in Austin told media": a common word, or a
          // name after a preposition or an owner's word, is not who speaks.)
          !(isCommonWord(name.text) && !name.text.includes(' ')) && !namedAfterPreposition(tokens, i, p.text, name.end) && !/^(?:his|her|its|their|our|my|your|the|a|an|this|that|in|at|near|outside|inside|across|into|from|of|for|by|with|to|on)$/i.test(tokens[i - 1]?.value ?? '');
        if (speaksAsTerm) {
          stream.add({ paragraph: p.index, sentence: sentence.index, start: name.start, end: name.end, kind: 'organization', name: name.canonical, possessive: false, pronoun: false, opening: name.start === sentence.start });
        }
        if ((name.kind === 'person' || name.kind === 'organization') && !inside(p.quotes, name.start, name.end)) {
          let kinGender: 'he' | 'she' | null = null;
          if (name.kind === 'person') {
            noteRole(registry, tokens, p.text, sentence, i, name);
            // ("… and his wife Shannon took …": a kin word before the name says he or she.)
            const kin = KIN_BEFORE.exec(p.text.slice(Math.max(0, name.start - 40), name.start));
            kinGender = kin ? (SHE_KIN.test(kin[1]!) ? 'she' : 'he') : null;
            const kinPerson = kin ? registry.findPerson(name.canonical) : undefined;
            if (kinPerson && (!kinPerson.gender || kinPerson.guessed)) setGender(kinPerson, kinGender);
            titled.record(p.text, name.start, name.canonical);
            const role = registry.findPerson(name.canonical)?.role;
            if (role) titled.recordRole(name.canonical, role.text, false);
          }
          // "Dy Bit, a cousin of Hun Sen, said …": a person inside the description of the
          // sentence's subject is not who a "he" after it means.
          // So is one in an aside after a person: "said Ken, shown here with actor Nichelle Nichols".
          const people = stream.inRange(p.index, sentence.start, name.start).filter((m) => m.kind === 'person' && !m.pronoun);
          // ("However, Mr Johnson, who …": an adverb and a courtesy title may open the sentence.)
          const first = people[0];
          const subject = people.find((m) => m.opening) ?? (first && first.start - sentence.start < 30 && /^(?:\p{L}+,\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?$/u.test(p.text.slice(sentence.start, first.start)) ? first : undefined);
          const before = people[people.length - 1];
          const body = stream.inRange(p.index, sentence.start, name.start).find((m) => m.kind === 'organization' && m.opening);
          // "Mr Johnson, who … over the death of hostage Ken Bigley, said": a who-clause describes the subject too.
          const describing =
            (!!subject && /^,\s+(?:\d{1,3},\s+)?(?:(?:a|an|the)\s|(?:who|whose)\s)[^,;.!?“”"]*$/u.test(p.text.slice(subject.end, name.start))) ||
            (!!before && /^,\s+(?:shown|pictured|seen|photographed)\s[^,;.!?“”"]*$/u.test(p.text.slice(before.end, name.start))) ||
            // ("Senator Bob Corker of Tennessee, noting he did not know if President Trump …, said":
            // so does a clause in "-ing" after the subject and where they are from.)
            (!!subject && /^(?:\s+(?:of|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?,\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ing\s[^,;.!?“”"]*$/u.test(p.text.slice(subject.end, name.start))) ||
            // ("Harwick College, where Dana Ortiz teaches, said": so does a clause about a body that opens it.)
            (!subject && !!body && /^,\s+(?:where|which|whose)\s[^,;.!?“”"]*$/u.test(p.text.slice(body.end, name.start)));
          stream.add({
            paragraph: p.index,
            sentence: sentence.index,
            start: name.start,
            end: name.end,
            kind: name.kind,
            name: name.canonical,
            possessive: name.possessive,
            pronoun: false,
            // ("Prof Etzel criticises …": a title before the name still opens the sentence.)
            opening: name.start === sentence.start || (name.kind === 'person' && (OPENING_TITLE.test(p.text.slice(sentence.start, name.start)) || openingAfterPhrase(p.text.slice(sentence.start, name.start)))),
            ...(describing ? { inDescription: true } : {}),
            ...(kinGender ? { kin: kinGender } : {}),
            ...(namedAfterPreposition(tokens, i, p.text, name.end) ? { object: true } : {}),
            ...(tokens[i - 1]?.value === 'of' && /^(?:says|said|say|speaks|spoke|writes|wrote|talks|talked)$/.test(tokens[i - 2]?.value ?? '') ? { spokenOf: true } : {}),
            // ("the character of Anya Jenkins", "she played Mina Harker": a role someone acts is
            // nobody who speaks.)
            ...(/^(?:character|characters|role|roles|plays|played|playing|portrays|portrayed|portraying|voices|voiced|voicing)$/i.test(tokens[i - 1]?.value === 'of' ? (tokens[i - 2]?.value ?? '') : (tokens[i - 1]?.value ?? '')) ? { role: true } : {}),
            // ("Maria Lopez’s day job is as a biologist. She …": whose job it is is the topic, a
            // "she" after means her — not "Lopez’s spokesman", "Lopez’s wife": someone else speaks.)
            // ("Agronomist Ron Sorensen’s research …": a title before the name too.)
            ...(name.kind === 'person' && name.possessive && (name.start === sentence.start || OPENING_TITLE.test(p.text.slice(sentence.start, name.start))) && !PERSON_NOUN_AFTER.test(p.text.slice(name.end, name.end + 40)) ? { topic: true } : {}),
            // ("The Peter Hain “mongrel” attack, he says": a name qualifying a quoted word is no "he".)
            // (Not "the Biden administration": the person stays the topic; nor "The Game described".)
            ...(/^(?:the|a|an)$/i.test(tokens[i - 1]?.value ?? '') && /^\s+[“"‘']/u.test(p.text.slice(name.end, name.end + 3)) ? { modifier: true } : {}),
          });
        }
      }
      if (/^(he|she)$/i.test(t.value) && !inside(p.quotes, t.start, t.end)) stream.resolvePronoun(t, p.index, sentence.index);
    }
  }
  // ("MONTGOMERY, Ala. –" … "a Montgomery man", "in Montgomery when"): the town the dateline
  // names is a place wherever the article names it alone and nothing else typed it — not the
  // short form of "Montgomery County Sheriff’s Office".
  const datelineTown = article.dateline?.split(',')[0]!.trim().toLowerCase();
  if (datelineTown) for (const f of facts) for (const n of f.names) if (n.kind === 'term' && n.text.toLowerCase() === datelineTown) n.kind = 'place';
  // ("a caravan park in Cornwall": a name after "in" is where, not the short form of "Cornwall
  // Fire and Rescue Service".)
  const where = new Set(facts.flatMap((f) => f.names.filter((n) => /\b(?:in|near|across|around|throughout)\s+$/.test(paragraphs[f.sentence.paragraph]!.text.slice(Math.max(0, n.start - 12), n.start)))));
  const places = new Set(facts.flatMap((f) => f.names.filter((n) => n.kind === 'place').map((n) => n.text.toLowerCase())));
  settleOrganisations(facts.map((f) => f.names.filter((n) => !where.has(n))), registry, places);
  withOpeningWords(facts, paragraphs);
  // "the Museum of Flight", "Kennedy Space Center", "California Science Center": where things are
  // shown or launched is a place as much as the body that runs it — the neutral hint.
  for (const f of facts) for (const n of f.names) if (n.kind === 'organization' && siteOrProgramme(n.text)) n.kind = 'term';
  // ("the Service’s Southeast Region", "the Agency’s Western Region": a body's region is a part
  // of the body as much as a place — the neutral hint; not "Cameroon’s Northwest Region".)
  for (const f of facts) {
    const text = paragraphs[f.sentence.paragraph]!.text;
    // ("the Intermountain Region of the National Park Service": the body named after it, likewise.)
    for (const n of f.names) if (n.kind === 'place' && /\sRegion$/.test(n.text) && (/\b(?:Service|Agency|Bureau|Administration|Department|Corps|Office|Command)[’']s\s+$/.test(text.slice(Math.max(0, n.start - 20), n.start)) || /^\s+of\s+the\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}(?:Service|Agency|Bureau|Administration|Department|Corps|Office|Command)\b/u.test(text.slice(n.end, n.end + 60)))) n.kind = 'term';
  }
  // ("inspired the ‘Teddy Bear’": a name set in quote marks of its own, after "the", is a thing's
  // name — a toy, a nickname, a title — not the person its words could name.)
  for (const f of facts) {
    const text = paragraphs[f.sentence.paragraph]!.text;
    for (const n of f.names) if (n.kind === 'person' && /^[‘“"']$/u.test(text[n.start - 1] ?? '') && /^[’”"']/u.test(text.slice(n.end, n.end + 1)) && /\bthe\s+$/i.test(text.slice(Math.max(0, n.start - 6), n.start - 1))) n.kind = 'term';
  }
  // ("the International Space Station": a craft, a laboratory and a place to go at once — the neutral hint.)
  for (const f of facts) for (const n of f.names) if ((n.kind === 'place' || n.kind === 'organization') && /(?:^|\s)Space Station$/.test(n.text)) n.kind = 'term';
  // ("the FEMA App", "the NASA Eyes Website": a body's product, no body — the neutral hint.)
  for (const f of facts) for (const n of f.names) if (n.kind === 'organization' && /\s(?:App|Apps|Website|Portal|Dashboard|Toolkit|Platform)$/.test(n.text)) n.kind = 'term';
  // ("the 183rd Anniversary of the Naval Facilities Engineering Command": a body's anniversary,
  // an occasion — the neutral hint.)
  for (const f of facts) for (const n of f.names) if (n.kind === 'organization' && /(?:^|\s)(?:Anniversary|Centennial|Centenary|Bicentennial|Jubilee|Birthday)\s+of\s/.test(n.text)) n.kind = 'term';
  // ("a designated UNESCO World Heritage Site": a designation a place holds, no body.)
  for (const f of facts) for (const n of f.names) if ((n.kind === 'organization' || n.kind === 'place') && /(?:^|\s)World\s+Heritage\s+(?:Site|List)$/.test(n.text)) n.kind = 'term';
  // "throughout Maury Vander’s career", then "Vander said": the name kept as a term where the
  // article first used it is the person's.
  for (const f of facts) for (const n of f.names) if (n.kind === 'term' && registry.confirmedLater.has(n.text)) n.kind = 'person';
  // "Merritt Island National Wildlife Refuge", "Olympic National Park": land and the office that
  // runs it, a place and a body alike — the neutral hint.
  for (const f of facts) for (const n of f.names) if ((n.kind === 'organization' || n.kind === 'place') && PROTECTED_LAND.test(n.text)) n.kind = 'term';
  // "its Ingenuity helicopter", "the Cassini spacecraft", "the Artemis mission": a craft or a
  // mission named before what it is — no body, person or place, whatever its name looked like.
  // (Wherever the article names it.)
  const crafts = new Set<string>();
  for (const f of facts) {
    const text = paragraphs[f.sentence.paragraph]!.text;
    for (const n of f.names) if (CRAFT_AFTER.test(text.slice(n.end, n.end + 20)) && !n.possessive && !isKnownOrganization(n.text) && !isKnownPlace(n.text) && !/^\p{Lu}{2,}$/u.test(n.text)) crafts.add(n.text);
  }
  // ("USS Carl Vinson (CVN 70)", then "USS Constellation and Carl Vinson operated together",
  // "consisting of Ronald Reagan, Carrier Air Wing 5 …": a ship named by its prefix is the ship
  // wherever the article names it without one — no person, no body.)
  for (const f of facts) for (const n of f.names) {
    const ship = /^(?:USS|USNS|USCGC|HMS|HMCS|HMAS|INS|RFS)\s+(\p{Lu}.+)$/u.exec(n.text);
    if (ship) crafts.add(ship[1]!);
  }
  for (const f of facts) for (const n of f.names) if (crafts.has(n.text)) n.kind = 'term';
  // ("Jupiter's Ganymede, whose diameter is …": what a planet owns is a moon or a feature of it, no one.)
  for (const f of facts) {
    const text = paragraphs[f.sentence.paragraph]!.text;
    for (const n of f.names) if (n.kind === 'person' && /(?:Mercury|Venus|Earth|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto)['’]s\s+(?:moon\s+)?$/.test(text.slice(Math.max(0, n.start - 20), n.start))) n.kind = 'term';
  }
  // A person only by unknown words, never said to be one: the neutral hint.
  for (const f of facts) for (const n of f.names) if (n.kind === 'person' && registry.findPerson(n.canonical)?.weak) n.kind = 'term';
  // "Laura Ashley, which floated in 1995": a name shaped like someone's that the article calls
  // a "which" is a firm wherever it stands: the neutral hint.
  const things = new Set<string>();
  for (const f of facts) {
    const text = paragraphs[f.sentence.paragraph]!.text;
    for (const n of f.names) if (n.kind === 'person' && /^,\s+which\b/.test(text.slice(n.end, n.end + 9))) things.add(n.canonical);
  }
  if (things.size > 0) for (const f of facts) for (const n of f.names) if (n.kind === 'person' && things.has(n.canonical)) n.kind = 'term';
  // Capitalised common words that no sentence showed to be an organisation name nothing —
  // unless the article writes them as a name: "Omicron", "Starship" capitalised in two
  // sentences and never "the Summit"; "White House" in running text, not in a headline.
  // ("online retailers such as Amazon, Walmart, Target and Dell Technologies": one word the lists
  // know as a place, though no country or state, listed among bodies and no place — the neutral
  // hint.)
  for (const f of facts) {
    const text = paragraphs[f.sentence.paragraph]!.text;
    f.names.forEach((n, i) => {
      if (n.kind !== 'place' || n.text.includes(' ') || isCountryOrState(n.text)) return;
      const next = f.names[i + 1];
      const prev = f.names[i - 1];
      const listed = (m: TypedName | undefined, a: number, b: number): boolean => !!m && /^,\s+(?:and\s+|or\s+)?$/.test(text.slice(a, b));
      const neighbours = [listed(next, n.end, next?.start ?? 0) ? next : undefined, listed(prev, prev?.end ?? 0, n.start) ? prev : undefined].filter((m): m is TypedName => !!m);
      // (Not "the Broad Institute, Boston, and …": a town after the body it is the address of —
      // the list must go on past it, two bodies at least.)
      const after = f.names[i + 2];
      const twoBodies = !!next && listed(next, n.end, next.start) && next.kind === 'organization' && !!after && listed(after, next.end, after.start) && after.kind !== 'place';
      if (twoBodies && neighbours.every((m) => m.kind === 'organization') && !f.names.some((m) => m !== n && m.kind === 'place')) f.names[i] = { ...n, kind: 'term' };
    });
  }
  // ("key Base Realignment ‖ and ‖ Closure projects", where the article names "Base Realignment
  // and Closure (BRAC)" whole elsewhere: the two pieces are that one name, cut at "and".)
  const spelledOut = findSpelledOut(paragraphs.map((p) => p.text));
  const joined = new Map<string, TypedName['kind']>();
  for (const f of facts) for (const n of f.names) if (n.text.includes(' and ')) joined.set(n.text, n.kind);
  // (A short form's spelled-out words count too: "Base Realignment and Closure (BRAC)".)
  for (const s of spelledOut) {
    const words = paragraphs[s.paragraph]!.text.slice(s.start, s.end);
    if (words.includes(' and ') && !joined.has(words)) joined.set(words, 'term');
  }
  if (joined.size > 0) {
    for (const f of facts) {
      const text = paragraphs[f.sentence.paragraph]!.text;
      for (let i = 0; i + 1 < f.names.length; i += 1) {
        const [a, b] = [f.names[i]!, f.names[i + 1]!];
        const whole = `${a.text} and ${b.text}`;
        const kind = joined.get(whole);
        // (Where the short form defines them, the definition asks them already.)
        if (!kind || a.possessive || text.slice(a.end, b.start) !== ' and ' || spelledOut.some((d) => d.paragraph === f.sentence.paragraph && d.start === a.start && d.end === b.end)) continue;
        f.names.splice(i, 2, { start: a.start, end: b.end, text: whole, canonical: whole, kind, possessive: b.possessive });
      }
    }
  }
  const asName = namedCommonWords(facts, paragraphs, spelledOut);
  for (const f of facts) f.names = f.names.filter((n) => !(n.common && n.kind === 'term' && !asName.has(n.text.toLowerCase())));
  const whole = paragraphs.map((p) => p.text).join('\n');
  for (const f of facts) f.names = withCouples(f.names, paragraphs[f.sentence.paragraph]!.text, registry, whole);
  // ("investigators from the National Institutes of Health and Global Good", where the article
  // names each of the two on its own elsewhere: two names joined by "and", asked apart.)
  const alone = new Map<string, TypedName['kind']>();
  for (const f of facts) for (const n of f.names) if (!n.text.includes(' and ')) alone.set(n.text, n.kind);
  for (const f of facts) {
    f.names = f.names.flatMap((n) => {
      const m = / and (?:the )?/.exec(n.text);
      if (!m || n.text.indexOf(' and ', m.index + 1) >= 0) return [n];
      const a = n.text.slice(0, m.index);
      const b = n.text.slice(m.index + m[0].length);
      const kindA = alone.get(a);
      const kindB = alone.get(b);
      if (!kindA || !kindB) return [n];
      const first: TypedName = { start: n.start, end: n.start + a.length, text: a, canonical: a, kind: kindA, possessive: false };
      const second: TypedName = { start: n.end - b.length, end: n.end, text: b, canonical: b, kind: kindB, possessive: n.possessive };
      return [first, second];
    });
  }
  const quotes: AttributedQuote[] = [];
  const ctx: AttributionContext = { paragraphs, sentences, stream, previous: null };
  for (const p of paragraphs) {
    for (const quote of p.quotes) {
      const { speaker, sentence, endSentence, title } = attributeQuote(quote, ctx);
      quotes.push({ quote, speaker, sentence, endSentence: Math.max(sentence, endSentence) });
      // (A title quoted after a speech tag — "said X, author of “Y.” “…”" — leaves the voice with X.)
      if (!title) ctx.previous = { quote, sentence: endSentence, speaker };
    }
  }
  withoutPullQuotes(quotes, paragraphs);
  withCiteLines(quotes, paragraphs, stream);
  withNarratedSpeaker(quotes, paragraphs, stream);
  withSoleVoice(quotes, paragraphs, sentences, stream);
  withStatementAuthor(quotes, paragraphs, article.title);
  // "His mother Anna said, “…”", then "Anna Valentine" later: a speaker known by a given name
  // alone is the one person the article names in full with it.
  for (const q of quotes) {
    if (q.speaker?.kind !== 'person' || q.speaker.name.includes(' ')) continue;
    const full = registry.findByGivenName(q.speaker.name);
    if (full && full.name.split(' ').length <= 3) q.speaker = { name: full.name, kind: 'person' };
  }
  return { paragraphs, sentences: facts, quotes, registry, spelledOut };
}

/**
 * "Statement from NASA’s Janet Petro on Fiscal Year 2025 Budget Request": a statement's
 * headline names its author; a quote that opens a paragraph and no tag gives to anyone else is
 * the author's.
 */
function withStatementAuthor(quotes: AttributedQuote[], paragraphs: ParagraphView[], title: string): void {
  // (Not "Remarks by …": a speech's own words stand bare; what it quotes is someone else's.)
  const by = /^Statement\s+(?:from|by|of)\s+(.+?)\s+(?:on|regarding|about|at|following|marking|for)\s/u.exec(title);
  // (After its owner's "’s": "NASA’s Janet Petro".)
  const named = by ? by[1]!.replace(/^.*['’]s\s+/u, '') : '';
  const author = /((?:\p{Lu}[\p{L}’'-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{L}’'-]+|\p{Lu}\.)){1,3})$/u.exec(named)?.[1];
  if (!author || !isFirstName(author.split(' ')[0]!)) return;
  for (const q of quotes) {
    if (q.speaker || paragraphs[q.quote.paragraph]!.text.slice(0, q.quote.start).trim() !== '') continue;
    if (q.quote.text.split(/\s+/).length < 4) continue;
    q.speaker = { name: author, kind: 'person' };
  }
}

/**
 * A block quote and its cite line: a paragraph that is nothing but a quote no tag names, then a
 * short paragraph "— Laura Godfrey" or "— Federal Chief Information Officer, Clare Martorana" —
 * the one person that line names.
 */
function withCiteLines(quotes: AttributedQuote[], paragraphs: ParagraphView[], stream: MentionStream): void {
  for (const q of quotes) {
    const cite = paragraphs[q.quote.paragraph + 1];
    if (q.speaker || !cite || !isWholeParagraph(q, paragraphs)) continue;
    if (!/^\s*[—–]\s*\S/.test(cite.text) || cite.text.length > 120 || /[.!?]\s*$/.test(cite.text.replace(/\b(?:Jr|Sr|Dr|Mr|Ms|Mrs)\.$/, ''))) continue;
    const people = stream.inRange(cite.index, 0, cite.text.length).filter((m) => m.kind === 'person' && !m.pronoun);
    if (people.length === 1 && /^\s*(?:[,.]|$)/.test(cite.text.slice(people[0]!.end))) q.speaker = { name: people[0]!.name, kind: 'person' };
  }
}

/**
 * "Skousen's body paid the price. ¶ “I got three compression fractures …”": a paragraph that is
 * nothing but a quote, with no tag, after a paragraph about one person — the only one it names,
 * and someone the article quotes elsewhere by name — is that person speaking on.
 * (A quote that ends without a full stop is a heading, "“We’re gonna get you back in shape”";
 * one whose words are quoted elsewhere is a pull quote; neither says who spoke.)
 */
function withNarratedSpeaker(quotes: AttributedQuote[], paragraphs: ParagraphView[], stream: MentionStream): void {
  const speakers = new Set(quotes.flatMap((q) => (q.speaker?.kind === 'person' ? [q.speaker.name] : [])));
  const echoed = echoedElsewhere(quotes);
  for (const [i, q] of quotes.entries()) {
    const before = paragraphs[q.quote.paragraph - 1];
    if (q.speaker || !before || paragraphs[q.quote.paragraph]!.quotes.length !== 1 || before.quotes.length > 0 || !isWholeParagraph(q, paragraphs)) continue;
    if (!/[.!?…][\s”"’]*$/.test(q.quote.text) || q.quote.text.split(/\s+/).length < 4) continue;
    if (echoed(i)) continue;
    const people = new Set(stream.inRange(before.index, 0, before.text.length).filter((m) => m.kind === 'person').map((m) => m.name));
    const [only] = people;
    if (people.size === 1 && speakers.has(only!)) q.speaker = { name: only!, kind: 'person' };
  }
}

/**
 * "Charles LeBeau tells VOA …" … "“With posture, the typical problem …”": in an article that names
 * one person only (a reporter's closing "I'm Jim Tedder." aside), and quotes that person by name,
 * a paragraph that is nothing but an untagged quote is that person's too — there is no one else.
 */
function withSoleVoice(quotes: AttributedQuote[], paragraphs: ParagraphView[], sentences: SentenceUnit[], stream: MentionStream): void {
  if (!quotes.some((q) => !q.speaker)) return;
  const signOff = (p: ParagraphView): boolean => p.index === paragraphs.length - 1 && /^(?:I['’]m|I am|This is)\s+\p{Lu}[^.!?]{0,40}\.?$/u.test(p.text.trim());
  const people = new Set(paragraphs.flatMap((p) => (signOff(p) ? [] : stream.inRange(p.index, 0, p.text.length).filter((m) => m.kind === 'person').map((m) => m.name))));
  const speakers = new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker.name] : [])));
  const [only] = people;
  if (people.size !== 1 || speakers.size !== 1 || !speakers.has(only!)) return;
  const echoed = echoedElsewhere(quotes);
  for (const [i, q] of quotes.entries()) {
    if (q.speaker || !isWholeParagraph(q, paragraphs) || q.quote.text.split(/\s+/).length < 4 || !/[.!?…][\s”"’]*$/.test(q.quote.text)) continue;
    // (Not a quote that speaks of someone in the third person, "“When he started …”", nor one
    // under a label line of its own, "More support from the region": someone else's words.)
    if (/\b(?:he|him|his|she|her)\b/i.test(q.quote.text) || containsWholeWord(q.quote.text, only!.split(/\s+/).pop()!)) continue;
    const s = sentences[q.sentence];
    if (s && s.section !== null && s.section !== sentences[q.sentence - 1]?.section) continue;
    if (echoed(i)) continue;
    q.speaker = { name: only!, kind: 'person' };
  }
}

/**
 * A paragraph that is nothing but a quote whose words the article quotes again elsewhere is a
 * pull quote, set apart for the eye: it says nothing of who spoke. Its other place does.
 */
function withoutPullQuotes(quotes: AttributedQuote[], paragraphs: ParagraphView[]): void {
  const keys = quotes.map((q) => quoteKey(q.quote.text));
  for (const [i, q] of quotes.entries()) {
    if (!q.speaker || !isWholeParagraph(q, paragraphs)) continue;
    const words = keys[i]!;
    if (words.split(' ').length < 6) continue;
    if (quotes.some((other, j) => j !== i && other.quote.paragraph !== q.quote.paragraph && keys[j]!.includes(words))) q.speaker = null;
  }
}

/** A paragraph that is nothing but the quote (its closing mark aside). */
function isWholeParagraph(q: AttributedQuote, paragraphs: ParagraphView[]): boolean {
  const p = paragraphs[q.quote.paragraph]!;
  return p.text.slice(0, q.quote.start).trim() === '' && /^[\s”"’]*$/.test(p.text.slice(q.quote.end));
}

/** Whether quote `i`'s words stand inside another quote of the article (a pull quote's twin); keys built once, on first use. */
function echoedElsewhere(quotes: AttributedQuote[]): (i: number) => boolean {
  let keys: string[] | null = null;
  return (i) => {
    keys ??= quotes.map((q) => quoteKey(q.quote.text));
    return keys.some((other, j) => j !== i && other.includes(keys![i]!));
  };
}

/** A quote's words, lower-cased and without punctuation, to find them again elsewhere. */
function quoteKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

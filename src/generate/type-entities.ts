import type { FactKind } from '../deck/types.js';
import { COUNTRIES, DEGREE, DEMONYMS, NAME_CONNECTORS, ORG_WORDS, PEOPLE_NOUNS, PLACE_OWN_WORDS, ROLE_WORDS, TITLE_ABBREVIATION, US_STATES, isCapitalsOnlyOrgWord, isPlaceName } from './gazetteer.js';
import { hasOrganizationWord, isCommonWord, isKnownOrganization, isKnownPlace, isPersonNameWord } from './known-names.js';
import { isAnyGivenName, isFirstName, isLastName, LEXICON_DEMONYMS, LEXICON_ROLES, LEXICON_TOWNS } from './name-lexicon.js';
import { setGender, type NameRegistry, type Person } from './name-registry.js';
import type { Token } from './nlp.js';
import { firstAtLeast } from './first-at-least.js';
import { STATE_ABBREVIATIONS } from './name-designators.js';
import { isNameWord, LAW_OPENER, ORGANISM, type NameChunk } from './proper-noun-chunks.js';

/** A proper-noun chunk with a type, or part of one ("Kazakhstan ‖ Daniel Rosenblum"). */
export interface TypedName {
  start: number;
  end: number;
  text: string;
  kind: Extract<FactKind, 'person' | 'organization' | 'place' | 'term'>;
  /** For people and acronyms: the full name it stands for. */
  canonical: string;
  possessive: boolean;
  /** Only common words with capitals ("Summit"): dropped unless the article shows it names an organisation. */
  common?: boolean;
}

// Organisation words that are, alone, one institution's name.
const ONE_WORD_INSTITUTIONS = new Set(['congress', 'parliament', 'senate', 'taliban', 'hamas', 'hezbollah', 'kremlin', 'pentagon', 'knesset', 'duma', 'bundestag']);

// A common noun right before a single unknown name that makes it an organisation.
const ORG_CUES = new Set(
  'company|firm|service|agency|group|maker|giant|startup|network|outlet|newspaper|magazine|tabloid|broadcaster|publisher|retailer|insurer|supermarket|conglomerate|regulator|watchdog|charity|carrier|airline|bank|developer|platform|app|brand|organization|organisation|parent|subsidiary|rival'.split('|'),
);
// Cues that say what the name after them is, not the one before them ("the High Street retailer").
const CUES_BEFORE_ONLY = new Set('publisher|retailer|insurer|supermarket|conglomerate|regulator|watchdog|charity'.split('|'));
// "carmaker", "drugmakers", "chipmaker": a maker of something is a company — but a
// filmmaker, a lawmaker or a policymaker is a person.
const PEOPLE_MAKERS = /^(?:film|movie|law|policy|peace|match|home|play|king|deal|trouble|decision|dress|shoe|hat|watch|clock|book|sail|rain|noise)-?makers?$/;
const isOrgCue = (w: string): boolean => ORG_CUES.has(lower(w)) || (/^\p{Ll}{3,}makers?$/u.test(w) && !PEOPLE_MAKERS.test(w));

// (Not "Services", "Offices": "Commercial Lunar Payload Services" is a programme as often.)
const PLURAL_ORG_HEADS = /^(?:Institutes|Centers|Centres|Laboratories|Academies)$/;

// Organisation words that end a programme's or a publication's name as often as a body's.
const UNSURE_ORG_HEADS = new Set(['mission', 'program', 'programme', 'project', 'initiative', 'journal', 'observatory']);
// Cues after a product's name as often as a company's ("the Google Wallet app"): a name, of no sure kind.
const PRODUCT_CUES = new Set(['app', 'platform', 'brand']);
// What only an organisation owns: "Google’s app store", "Pew’s researchers".
const ORG_POSSESSIONS = new Set(
  'app|apps|store|search|platform|products|product|shares|stock|employees|staff|workers|headquarters|ceo|chief|founder|board|executives|revenue|profits|subsidiary|parent|owner|spokesperson|spokesman|spokeswoman|website|software|services|customers|users|researchers|survey|engineers'.split('|'),
);

/** "company Google", "its parent, ByteDance", "Google’s app store": cues that a lone name is an organisation. */
function organisationCue(tokens: Token[], chunk: NameChunk): boolean {
  const prev = tokens[chunk.first - 1];
  // ("Following his Navy service, Michael studied": after the comma a given name opens a clause.)
  const beforeComma = prev?.value === ',' && !isFirstName(chunk.text) ? tokens[chunk.first - 2] : undefined;
  if ((prev && isOrgCue(prev.value)) || (beforeComma && isOrgCue(beforeComma.value))) return true;
  const owned = tokens[chunk.last + 2];
  // (Not "Eric's staff platoon commander": a given name's own staff, in a story that calls its
  // subject by his given name.)
  return chunk.possessive && !!owned && ORG_POSSESSIONS.has(lower(owned.value)) && !isFirstName(chunk.text);
}
// A common noun right after a name that makes the name a named programme or term.
const TERM_CUES = new Set(
  'program|programme|initiative|plan|act|law|mission|project|strategy|doctrine|package|policy|treaty|accord|agreement|telescope|spacecraft|probe|rover|experiment|instrument|payload|demonstration'.split('|'),
);

const CABINET_TITLE_SURNAME = /^(?:(?:Deputy|Under|Assistant|Acting|Former)\s+)*Secretary of (?:the\s+)?(?:State|Defense|Energy|Commerce|Labor|Agriculture|Transportation|Education|Treasury|Homeland Security|Health and Human Services|Veterans Affairs|Interior|Housing and Urban Development|Army|Navy|Air Force)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;

// The last word of a thing often named after a person: the phrase is no person.
const NAMED_AFTER_HEADS = new Set(['lecture', 'lectures', 'award', 'awards', 'prize', 'medal', 'medallion', 'fellowship', 'scholarship', 'memorial', 'trophy', 'lectureship', 'show', 'breakfast', 'luncheon', 'gala']);

// The last word of a law's or an event's name, whatever words come before it.
const LAW_HEADS = new Set(['act', 'bill', 'treaty', 'accord', 'agreement', 'declaration', 'plan', 'strategy', 'framework', 'summit', 'games', 'cup', 'prize', 'award']);

// The last word of a named programme, law or event: the phrase is a term even in common words.
const TERM_HEADS = new Set([...TERM_CUES, 'roadmap', 'fund', 'summit', 'conference', 'games', 'cup', 'prize', 'award', 'index', 'report', 'survey', 'study', 'convention', 'declaration', 'framework', 'facility', 'system', 'reserve', 'month', 'week']);

const lower = (w: string): string => w.toLowerCase();
const isAcronym = (w: string): boolean => /^[A-Z]{2,6}$/.test(w) && !COUNTRIES.has(lower(w));
// "Arab-American" is a demonym too: every part of it is one.
const isPlaceWord = (w: string): boolean =>
  w.split('-').every((part) => isPlaceName(part) || isDemonym(part));
const isDemonym = (w: string): boolean => {
  const l = lower(w);
  // "Irishmen", "a Frenchwoman": a people's name with "men" or "women" on it.
  const stem = l.replace(/(?:wo)?m[ae]n$/, '');
  return DEMONYMS.has(l) || DEMONYMS.has(l.replace(/s$/, '')) || LEXICON_DEMONYMS.has(l) || LEXICON_DEMONYMS.has(l.replace(/s$/, '')) || isDerivedDemonym(w) || (stem !== l && stem.length > 3 && (DEMONYMS.has(stem) || LEXICON_DEMONYMS.has(stem)));
};

/** "Chicagoan", "Parisian", "Bostonians": a known place's name with a people's ending, and no one's name. */
function isDerivedDemonym(w: string): boolean {
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(w) || isPersonNameWord(w)) return false;
  const word = w.replace(/s$/, '');
  // "Kenyan" is "Kenya" + n; "Malin" is not "Mali" + n.
  // ("Coloradan", "Texan": the place's last vowel or "as" gives way to the ending.)
  return [/ian$/, /an$/, /(?<=a)n$/, /ite$/].some((ending) => {
    const stem = word.replace(ending, '');
    return stem !== word && stem.length >= 4 && isKnownPlace(stem);
  }) || (/[^aeiou]an$/.test(word) && [`${word.slice(0, -2)}o`, `${word.slice(0, -1)}s`].some((stem) => stem.length >= 4 && isKnownPlace(stem)));
}

function words(chunk: NameChunk): string[] {
  return chunk.text.split(/\s+/);
}

/** "Margaret (Maggie) Persinger" is Margaret Persinger, "Cynthia J. “CJ” Bixby" Cynthia J. Bixby: a nickname is no part of who she is. */
const withoutNickname = (name: string): string => name.replace(/\s(?:\(\p{Lu}\p{Ll}+\)|(?:[“"]|'')\p{Lu}\p{L}*(?:[”"]|''))(?=\s)/u, '');

function piece(chunk: NameChunk, fromWord: number, kind: TypedName['kind'], canonical?: string): TypedName {
  const ws = words(chunk);
  const offset = ws.slice(0, fromWord).join(' ').length + (fromWord > 0 ? 1 : 0);
  const text = ws.slice(fromWord).join(' ');
  return {
    start: chunk.start + offset,
    end: chunk.end,
    text,
    kind,
    canonical: canonical ?? (kind === 'person' ? withoutNickname(text) : text),
    possessive: chunk.possessive,
  };
}

/**
 * "Minister of Social Affairs, Veterans and ‖ …": the chunk goes on a capitalised office "of"
 * a list of bodies — only capitalised words, commas, "and", "of" and "the" between them.
 */
function officeListBefore(tokens: Token[], chunk: NameChunk, sentenceFirst: number): boolean {
  let sawOf = false;
  for (let i = chunk.first - 1, steps = 0; i >= sentenceFirst && steps < 16; i -= 1, steps += 1) {
    const v = tokens[i]!.value;
    if (/^\p{Lu}/u.test(v) && ROLE_WORDS.has(lower(v))) return sawOf;
    if (v === 'of' || v === 'for') sawOf = true;
    else if (!/^(?:,|and|&|the|\p{Lu}[\p{L}-]*)$/u.test(v)) return false;
  }
  return false;
}

/** The words before the chunk, walking back over a role chain ("U.S. Ambassador to"). */
function roleBefore(tokens: Token[], chunk: NameChunk, sentenceFirst: number): boolean {
  // "an analyst at Matrix Advisors", "president of the City Library": after a role in common
  // words and a preposition comes where the person works, not who they are.
  const preposition = /^(?:at|of|for|to|the)$/.test(tokens[chunk.first - 1]?.value ?? '');
  for (let i = chunk.first - 1, steps = 0; i >= sentenceFirst && steps < 5; i -= 1, steps += 1) {
    const v = tokens[i]!.value;
    // "the President of Yad Ezra": an office "of" a name without a given name is the body's.
    // ("Captain at Strategic Intelligence Units": after "at", "to" or "for" a title's name is
    // where its holder serves, whatever the title's case.)
    if (ROLE_WORDS.has(lower(v))) return !(preposition && (/^\p{Ll}/u.test(v) || /^(?:at|to|for)$/.test(tokens[chunk.first - 1]!.value) || (/^(?:of|the)$/.test(tokens[chunk.first - 1]!.value) && !words(chunk).some((w) => isFirstName(w)))));
    if (!/^(to|of|for|at|the|U\.S\.|[A-Z]{2,6}|\p{Lu}\p{L}+)$/u.test(v)) return false;
  }
  return false;
}

/**
 * A place used as a modifier ("U.S. strategic interests", "a U.S. citizen", "Earth-like",
 * "Moscow-led"): the card would ask for an adjective, and the sentence is about something else.
 * After a preposition it is still the place ("lived in Mexico most of his life").
 */
const PLACE_OWN_WORD = new RegExp(`^(?:${PLACE_OWN_WORDS})$`);

function isAttributive(tokens: Token[], chunk: NameChunk): boolean {
  const next = tokens[chunk.last + 1];
  if (!next || chunk.possessive) return false;
  const prev = tokens[chunk.first - 1];
  // Inside a compound: "Earth-like", "Moscow-led", "super-Earth".
  if (next.value === '-' && next.start === chunk.end) return true;
  if (prev?.value === '-' && prev.end === chunk.start) return true;
  const modifies = /^\p{Ll}/u.test(next.value) && (next.pos === 'NOUN' || next.pos === 'ADJ');
  // ("Afghanistan's Helmand province": the place's own designator, no noun it qualifies.)
  if (PLACE_OWN_WORD.test(next.value)) return false;
  return modifies && prev?.pos !== 'ADP';
}

// "L." in "L. Shane Nelson", "F." in "David F. Reames": an initial, never the surname.
// ("George W Bush", "John F Kennedy": British style writes the initial without its stop.)
// ("E.F. Corley": two initials written together; not "U.S.", "U.K.", "U.N.".)
const isInitial = (w: string): boolean => /^(?:\p{Lu}\.|[B-HJ-Z])$/u.test(w) || (/^(?:\p{Lu}\.){2,3}$/u.test(w) && !/^U\.[SKN]\.$/.test(w));

// The last word of a place's name: "Deschutes County", "Hudson River", "Gulf of Maine".
const PLACE_HEADS = new Set(
  'county|counties|township|townships|province|village|island|islands|river|valley|lake|bay|sea|ocean|strait|peninsula|haven|mountains|mountain|desert|territory|canyon|coast|basin|delta|gulf|prefecture|oblast|region|hotel|stadium|airport|square|garden|gardens|street|road|avenue|bridge|park|station|palace|dam|canal|harbour|harbor|infirmary|clinic|cathedral|shrine|mosque|theatre|theater|prison|auditorium|arena|pavilion|plaza|amphitheater|amphitheatre|coliseum|colosseum|ballpark|speedway|racecourse|fairgrounds'.split('|'),
);

// Lower-case particles inside a person's name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
const NAME_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'zur', 'zu', 'le', 'la', 'al', 'bin', 'ibn', 'bint']);

// "Mark Welsh III", "Martin Luther King Jr.": a generation after the surname.
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

const looksLikeName = (ws: string[]): boolean => (ws.length >= 3 && GENERATION.test(ws[ws.length - 1]!) ? looksLikeBareName(ws.slice(0, -1)) : looksLikeBareName(ws));

/** "Howard Dean", "Martin Luther King": given names (or initials), then a last word that may be a title's. */
const givenNamesBefore = (ws: string[]): boolean =>
  // ("Jason Lee Bishop": a middle name may be any given name.)
  ws.length >= 2 && ws.length <= 3 && isFirstName(ws[0]!) && ws.slice(0, -1).every((w, i) => (isFirstName(w) || (i > 0 && isAnyGivenName(w)) || isInitial(w)) && !ROLE_WORDS.has(lower(w)));

const looksLikeBareName = (ws: string[]): boolean =>
  ws.length >= 2 &&
  ws.length <= 4 &&
  !isInitial(ws[ws.length - 1]!) &&
  // ("Karen St. Germain": "St." inside a surname; "Margaret (Maggie) Persinger": a nickname;
  // "Suleiman al-Amr": an Arabic particle joined to the surname.)
  // ("Chavez-DeRemer": a capital inside the part after the hyphen; "Alan deLevie": a particle
  // run into the surname.)
  ws.every((w, i) => isInitial(w) || /^(\p{Lu}[\p{Ll}\p{M}'’‘ʻ]+(-\p{Lu}?[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}'’]+)?)?|\p{Lu}\p{Ll}{0,2}(?:\p{Lu}\p{Ll}+){1,2}|\p{Lu}['’]\p{Lu}\p{Ll}+)$/u.test(w) || (i > 0 && i < ws.length - 1 && (NAME_PARTICLES.has(w) || w === 'St.' || (w === 'A' && isAnyGivenName(ws[i - 1]!)) || (/^\(\p{Lu}\p{Ll}+\)$/u.test(w) || (/^(?:[“"]|'')\p{Lu}[\p{L}]*(?:[”"]|'')$/u.test(w) && (isInitial(ws[i - 1]!) || isAnyGivenName(ws[i - 1]!) || ws[i - 1]!.toLowerCase().startsWith(w.replace(/[“”"']/g, '').toLowerCase())))))) || (i > 0 && /^(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu)-\p{Lu}\p{Ll}+$/u.test(w)) || (i > 0 && /^(?:de|di|du|da|la|le|van|von)\p{Lu}\p{Ll}+$/u.test(w)) || (i > 0 && i === ws.length - 1 && /^(?:d|l|dell|dall)['’]\p{Lu}\p{Ll}+$/u.test(w))) &&
  !PLACE_HEADS.has(lower(ws[ws.length - 1]!)) &&
  // ("the Robert Levinson ‖ Hostage Recovery … Act": two English words closing a longer name,
  // neither a given name, name a thing after someone.)
  !(ws.length >= 3 && ws.slice(-2).every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && isCommonWord(w) && !isAnyGivenName(w) && !ROLE_WORDS.has(lower(w)))) &&
  // "Securities Trading Act", "Recovery Plan": a law's or a programme's last word is no surname.
  !(TERM_HEADS.has(lower(ws[ws.length - 1]!)) && lower(ws[ws.length - 1]!) !== 'law') &&
  // After a given name a place's name is a surname: "Charles Santiago", "Paris Jackson".
  // ("Howard Dean", "Mark Bishop": a surname may be a title's word after a given name.)
  !ws.some((w, i) => (isPlaceWord(w) && !(i > 0 && isFirstName(ws[0]!))) || ORG_WORDS.has(lower(w)) || (ROLE_WORDS.has(lower(w)) && !(i === ws.length - 1 && givenNamesBefore(ws))));

// ("Chief Technology Officer Todd Park": an office's last word, then a given name the lexicon
// knows, then a surname that is a place's word — not "Prince William County", a place named
// after someone.)
const officeThenName = (titleWord: string, named: string[]): boolean =>
  !/^(?:Prince|Princess|King|Queen|Saint|St\.?|Lord|Lady|Duke|Fort|Port|Mount|Cape|Lake)$/.test(titleWord) && named.length === 2 && isFirstName(named[0]!) && !/^(?:County|Counties|Province|River|Island|Islands|Valley|Bay|Sea|Ocean|Strait|Peninsula|Mountains|Mountain|Desert|Territory|Canyon|Coast|Basin|Delta|Gulf|Prefecture|Oblast|Region|Airport|Stadium|Harbor|Harbour|Canal|Dam)$/.test(named[1]!);

/**
 * A name-shaped run is a person only with evidence: a role in front, a given name the
 * lexicon knows, a person met before, or words that are neither English words nor places
 * ("Kassym-Jomart Tokayev"). "Recovery Plan" and "Deschutes County" have none.
 */
/** "Lake", "Challenge", "Act", "Fund": the last word of a place's, a law's or a thing's name, never a surname. */
function namedThingHead(word: string): boolean {
  const w = lower(word);
  // ("the Pilot Creek Trailhead", "Captain Peak Trail": a site's last word closes no one's name,
  // though the word before it may be a role.)
  return PLACE_HEADS.has(w) || TERM_HEADS.has(w) || LAW_HEADS.has(w) || NAMED_AFTER_HEADS.has(w) || /^(?:challenge|campaign|competition|contest|tournament|championship|series|festival|exposition|war|wars|revolution|symposium|flight|vehicle|vehicles|tanks|missile|missiles|rifle|rifles|helicopter|helicopters|trail|trails|trailhead|overlook|campground|reservoir|glacier|peak|falls|creek|springs|refuge|preserve|forest|wilderness|cemetery|lighthouse|pier|wharf|marina|highway|parkway)$/.test(w);
}

function isPersonLike(tail: string[], hasRole: boolean, registry: NameRegistry, afterTitle = false, titleWord = ''): boolean {
  // "Senator Ellen Park", "Dr. Ann Lake": after a title only a person holds, a given name the
  // lexicon knows and a place's last word are someone's name.
  // ("Capt. W. Austin Street": an initial may come first.)
  const named = tail.length === 3 && isInitial(tail[0]!) ? tail.slice(1) : tail;
  const placeSurname = (PERSONAL_TITLE.test(titleWord) || TITLE_ABBREVIATION.test(titleWord.replace(/\.$/, '')) || (hasRole && (!ROLE_WORDS.has(lower(titleWord)) || officeThenName(titleWord, named)))) && named.length === 2 && (isFirstName(named[0]!) || isAnyGivenName(named[0]!)) && /^\p{Lu}\p{Ll}+$/u.test(named[1]!) && PLACE_HEADS.has(lower(named[1]!));
  if (!looksLikeName(tail) && !placeSurname) return false;
  // ("Head ‖ Health Challenge III": a thing's name after a title's word is no one's — unless a
  // personal title says a place's word is a surname: "Dr. Ann Lake".)
  const last = tail.filter((w) => !/^[IVX]+$/.test(w)).pop() ?? '';
  if (!placeSurname && tail.length >= 2 && namedThingHead(last)) return false;
  if (registry.findPerson(tail.join(' '))) return true;
  const given = tail.find((w) => !isInitial(w))!;
  if (isFirstName(given) || isFirstName(given.split('-')[0]!)) return true;
  // Cut from a title by "of/for", "International Security" is still the office's field, not a person.
  if (hasRole) return !afterTitle || !tail.every((w) => isInitial(w) || (isCommonWord(w) && !isPersonNameWord(w)));
  const unknownWord = (w: string): boolean => isInitial(w) || (!isCommonWord(w) && !isKnownPlace(w));
  // "Randy Albertson", "Bill Clinton": a given name that is an English word too, then words that
  // are none — doubtful, like a name of unknown words, until the article says it is someone's.
  // (Not "Les Choristes", "El Watan": an article of another language; not "Major Nichole Ayers":
  // a rank; not "Warner Bros": a body the lists know.)
  const doubtfulGiven = isAnyGivenName(given) && !NAME_PARTICLES.has(lower(given)) && !/^(?:les|el|major|private)$/i.test(given) && !ROLE_WORDS.has(lower(given)) && !LEXICON_ROLES.has(lower(given));
  if (given === tail[0] && doubtfulGiven && tail.slice(1).every(unknownWord) && !isKnownOrganization(tail.join(' '))) return true;
  return tail.every(unknownWord);
}

// Titles only a person holds, right before the name: "President Bush", "Sen. Warren".
// ("Lord Goldsmith", "Baroness Scotland", "Prof Reddy": a peer's or a scholar's title too.)
const PERSONAL_TITLE = /^(?:President|Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Governor|Gov\.|Secretary|Mayor|Judge|Justice|Minister|Ambassador|Chairman|Chairwoman|Commissioner|Chancellor|Premier|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Lord|Lady|Baroness|Baron|Professor|Prof\.?|Madam|Administrator|Director|Director-General|Secretary-General)$/;

const PERSON_VERBS = /^(said|says|told|tells|added|adds|explained|explains|recalled|recalls|remembered|remembers|revealed|reveals|recounted|recounts|asked|asks|noted|notes|agreed|admitted|admits|insisted|insists|replied|replies|believes|believed|thinks|thought|hopes|hoped|recognized|recognised|who|whose)$/;

/** "SK Sharif", "PJ Crowley": two capitals no body is known by, then a surname that is no English word, place or body. */
function initialsThenSurname(ws: string[], registry: NameRegistry): boolean {
  return ws.length === 2 && /^[A-Z]{2}$/.test(ws[0]!) && /^\p{Lu}\p{Ll}+$/u.test(ws[1]!) && !isCommonWord(ws[1]!) && !isKnownPlace(ws[1]!) && !ORG_WORDS.has(lower(ws[1]!)) && !COUNTRIES.has(lower(ws[0]!)) && !isKnownOrganization(ws[0]!) && !registry.expandAcronym(ws[0]!) && !registry.isOrganization(ws[0]!);
}

/** "Pech Bottom, a villager in …", "Sarin, 39,", "Chan Tha said": what follows says a person. */
function saysPerson(tokens: Token[], chunk: NameChunk): boolean {
  const next = tokens[chunk.last + 1];
  const after = tokens[chunk.last + 2];
  if (!next || chunk.possessive) return false;
  if (PERSON_VERBS.test(next.value)) return true;
  // "X currently works as a researcher", "X works as an engineer".
  const works = tokens.slice(chunk.last + 1, chunk.last + 5).map((t) => t.value.toLowerCase());
  if ((works[0] === 'works' || (works[0] === 'currently' && works[1] === 'works')) && works.includes('as')) return true;
  // ("X is a sixth-generation Georgian who has …": what X is, then "who".)
  if (/^(?:is|was)$/.test(next.value) && /^(?:a|an)$/.test(after?.value ?? '')) {
    const rest = tokens.slice(chunk.last + 3, chunk.last + 11);
    const who = rest.findIndex((t) => t.value === 'who');
    if (who > 0 && rest.slice(0, who).every((t) => /^[\p{L}\d-]+$/u.test(t.value))) return true;
    // ("Carolyne Ali-Khan is an education professor at …": what X is, an office that ends a few
    // words in small letters, before "at", "of", "for" or "with".)
    const role = rest.findIndex((t) => (ROLE_WORDS.has(t.value) || /^\p{Ll}+(?:ist|ician|ographer|ologer)$/u.test(t.value)) && /^(?:at|of|for|with|in)$/.test(tokens[chunk.last + 4 + rest.indexOf(t)]?.value ?? ''));
    if (role >= 0 && role <= 3 && rest.slice(0, role).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.value))) return true;
    // ("Rich Briggs is a Research Geologist with the USGS": the office may be written in capitals.)
    const titled = rest.findIndex((t, k) => /^\p{Lu}\p{Ll}+$/u.test(t.value) && (ROLE_WORDS.has(lower(t.value)) || LEXICON_ROLES.has(lower(t.value)) || /\p{Ll}(?:ist|ician|ographer|ologer)$/u.test(t.value)) && /^(?:at|of|for|with|in)$/.test(rest[k + 1]?.value ?? ''));
    if (titled >= 0 && titled <= 3 && rest.slice(0, titled).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.value) && !ORG_WORDS.has(lower(t.value)))) return true;
  }
  if (next.value !== ',' || !after) return false;
  // ("Deputy director for Amnesty International, Hassiba Hadj Sahraoui, said": a name in commas
  // after its description, then the speech verb.)
  if (tokens[chunk.first - 1]?.value === ',' && /^(?:said|says|told|added|explained|noted|stated)$/.test(after.value)) return true;
  // ("Tanja Grkovic, Ph.D.,", "Ann Lee, M.D.": a degree after the name.)
  if (DEGREE.test(after.value) || (after.value === 'Ph' && tokens[chunk.last + 3]?.value === '.' && tokens[chunk.last + 4]?.value === 'D.')) return true;
  // "X, director of Y", "X, associate professor of Y", "X, deputy assistant general counsel for
  // Y": a title without its article, after up to three words that qualify it.
  for (let r = chunk.last + 2; r <= chunk.last + 5 && tokens[r]; r += 1) {
    const word = lower(tokens[r]!.value);
    // ("Henna Virkkunen, Executive Vice-President for …": a role written with its hyphen is one token.)
    const role = ROLE_WORDS.has(word) || (/^\p{Ll}+-\p{Ll}+$/u.test(word) && ROLE_WORDS.has(word.split('-').pop()!));
    // ("C. Frank Figlio, Special Agent in Charge, Cleveland Division": an office in charge.)
    if (role && (/^(of|for|at|with|,)$/.test(tokens[r + 1]?.value ?? '') || (tokens[r + 1]?.value === 'in' && tokens[r + 2]?.value === 'Charge'))) return true;
    // ("X, electro-optics lead for Y": "lead" is the role after what the person leads.)
    if (r > chunk.last + 2 && (LEXICON_ROLES.has(word) || word === 'lead') && /^(of|for|at|with|to)$/.test(tokens[r + 1]?.value ?? '')) return true;
    // ("X, Senior Digital Content Strategist at Y": the title may be written in capitals; a
    // hyphen joins two words of it.)
    if (tokens[r]!.value === '-' && tokens[r - 1]!.end === tokens[r]!.start && tokens[r]!.end === tokens[r + 1]?.start) continue;
    if (!/^\p{Ll}+$/u.test(tokens[r]!.value) && !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(tokens[r]!.value)) break;
  }
  // (An age: not "Wheeler Lake, 70 miles upriver,".)
  const age = /^\d{1,3}$/.test(after.value) && /^(?:[,.;)]|years?|yrs?)$/.test(tokens[chunk.last + 3]?.value ?? '.');
  return age || (/^(a|an)$/.test(after.value) && describesPerson(tokens, chunk.last + 3)) || ownersOffice(tokens, chunk.last + 2);
}

const SURNAME_SHAPE = /^(?:(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)(?:-(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)?$/u;

/**
 * "the Minister for Ageing, ‖", "Member for Maribyrnong, ‖": an office in capitals "for" or "of"
 * what it serves, then a comma, right before the chunk.
 */
function officeForBefore(tokens: Token[], chunk: NameChunk, sentenceFirst: number): boolean {
  if (tokens[chunk.first - 1]?.value !== ',') return false;
  let sawFor = false;
  for (let i = chunk.first - 2, steps = 0; i >= sentenceFirst && steps < 8; i -= 1, steps += 1) {
    const v = tokens[i]!.value;
    if (/^\p{Lu}/u.test(v) && ROLE_WORDS.has(lower(v)) && sawFor) return i === sentenceFirst || /^(?:the|The|and|,)$/.test(tokens[i - 1]!.value);
    if (v === 'for' || v === 'of') sawFor = true;
    else if (!/^(?:and|the|\p{Lu}[\p{L}-]*)$/u.test(v)) return false;
  }
  return false;
}

/**
 * "(R-UT)", "(D-Vt.)", "(R-NY-21)" from tokens[at]: a party's letter and a state written short,
 * in brackets — how a lawmaker's name is followed. Not "(D-Day)".
 */
function partyTagAfter(tokens: Token[], at: number): boolean {
  if (tokens[at]?.value !== '(') return false;
  let tag = '';
  for (let i = at + 1; i < at + 8 && tokens[i]; i += 1) {
    if (tokens[i]!.value === ')') return /^[RDI]-(?:[A-Z]{2}(?:-\d{1,2})?|[A-Z][a-z]{1,5}\.|(?:[A-Z]\.){2})$/.test(tag) || EP_TAG.test(tag);
    if (i > at + 1 && tokens[i]!.start !== tokens[i - 1]!.end) tag += ' ';
    tag += tokens[i]!.value;
  }
  return false;
}

// ("Andrzej BUŁA (EPP, PL)", "Younous OMARJEE (the Left, FR)": a European Parliament member's
// group and country.)
const EP_TAG = /^(?:the )?(?:EPP|S&D|Renew|Greens\/EFA|Greens|ECR|ID|PfE|ESN|NI|Left|GUE\/NGL|ALDE|EFDD|ENF|EFD|EAG) ?, ?[A-Z]{2}$/;

/** "(EPP, PL)": the group's and the country's letters inside such a tag are no names of the story. */
function insideEpTag(tokens: Token[], chunk: NameChunk): boolean {
  let open = chunk.first - 1;
  while (open >= 0 && open >= chunk.first - 4 && tokens[open]!.value !== '(') open -= 1;
  return open >= 0 && tokens[open]!.value === '(' && partyTagAfter(tokens, open) && /^\p{Lu}/u.test(tokens[open - 1]?.value ?? '');
}

/**
 * "Sens. Mike Lee (R-UT) and ‖", "Drs. Ann Lowy, Bo Tan and ‖": the chunk is a later name of a
 * list that a title in the plural opens — only names, initials, party tags, commas and "and" between.
 */
function pluralTitleListBefore(tokens: Token[], chunk: NameChunk, sentenceFirst: number): boolean {
  if (!/^(?:and|,)$/.test(tokens[chunk.first - 1]?.value ?? '')) return false;
  let names = 0;
  for (let i = chunk.first - 2, steps = 0; i >= sentenceFirst && steps < 24; i -= 1, steps += 1) {
    const v = tokens[i]!.value;
    if (/^(?:Sens|Reps|Senators|Representatives|Congressmen|Congresswomen|Drs|Profs|Messrs|Govs|Governors)$/.test(v)) return names > 0;
    if (/^\p{Lu}\p{Ll}+$/u.test(v) && (ROLE_WORDS.has(lower(v)) || isCommonWord(v))) return false;
    if (/^\p{Lu}/u.test(v)) names += 1;
    else if (!/^(?:and|,|\.|\(|\)|-)$/.test(v)) return false;
  }
  return false;
}

/**
 * "Sarin, 39,", "Tharo, whose name…", "Sarin who asked", "Pech Bottom, a villager": an age, a
 * who-clause or a person's description right after a name. Strong enough to make a single
 * word a person; "X said" is not (companies say things too).
 */
function personAppositive(tokens: Token[], chunk: NameChunk): boolean {
  if (chunk.possessive) return false;
  // ("Rocky Chesser of Okefenokee, the operation’s safety officer,": after "of" or "from" the
  // name is where someone is from; the aside describes that someone.)
  if (/^(?:of|from)$/.test(tokens[chunk.first - 1]?.value ?? '')) return false;
  // ("In World War II, a British mathematician named …": after a preposition that opens the
  // sentence, the comma closes that phrase — what follows is the sentence's subject.)
  const opener = tokens[chunk.first - 1];
  if (opener?.pos === 'ADP' && /^\p{Lu}/u.test(opener.value) && (chunk.first - 2 < 0 || /^[.!?”"]$/.test(tokens[chunk.first - 2]!.value))) return false;
  let i = chunk.last + 1;
  const comma = tokens[i]?.value === ',';
  if (comma) i += 1;
  const t = tokens[i];
  if (!t) return false;
  // (Not "used by the Pentagon, whose networks …": "the" right before makes it a body or a thing.)
  if (/^(who|whose)$/.test(t.value)) return !/^the$/i.test(tokens[chunk.first - 1]?.value ?? '');
  if (!comma) return false;
  // ("… is Met Hat, 34.": the age may end the sentence.)
  if (/^\d{1,3}$/.test(t.value) && /^[,.]$/.test(tokens[i + 1]?.value ?? '')) return true;
  return (/^(a|an)$/.test(t.value) && describesPerson(tokens, i + 1)) || officeAfterComma(tokens, i, chunk) || ownersOffice(tokens, i) || theOfficeAfterComma(tokens, i);
}

/** "Herb Mason, the Air Force Special Operations Command historian,": "the", whose office it is, the office closing the aside. */
function theOfficeAfterComma(tokens: Token[], i: number): boolean {
  if (tokens[i]?.value !== 'the') return false;
  for (let j = i + 1; j <= i + 8 && tokens[j]; j += 1) {
    const w = tokens[j]!.value;
    if (/^\p{Ll}+$/u.test(w) && (ROLE_WORDS.has(w) || LEXICON_ROLES.has(w)) && /^[,.]$/.test(tokens[j + 1]?.value ?? '')) return true;
    // ("Duli Zhao, the station’s research leader.": an owner's possessive on the way.)
    if (!/^(?:[\p{L}.-]+|['’]s?)$/u.test(w)) return false;
  }
  return false;
}

const KIN_NOUN = /^(?:wife|husband|mother|father|daughter|son|sister|brother|widow|widower|grandmother|grandfather|grandson|granddaughter|aunt|uncle|niece|nephew|cousin|fiancée|fiancé|fiance|stepfather|stepmother|stepson|stepdaughter)$/;

/** "his wife ‖ Darlene", "Shawn's sister ‖ Autumn", "her late husband, ‖ Tom": a kin noun after an owner. */
function kinNounBefore(tokens: Token[], chunk: NameChunk, sentenceFirst: number): boolean {
  let k = chunk.first - 1;
  if (tokens[k]?.value === ',') k -= 1;
  if (k < sentenceFirst || !KIN_NOUN.test(tokens[k]!.value)) return false;
  k -= 1;
  while (k >= sentenceFirst && /^(?:late|older|younger|eldest|youngest|oldest|beloved|only)$/.test(tokens[k]!.value)) k -= 1;
  return k >= sentenceFirst && /^(?:his|her|their|my|our|His|Her|Their|My|Our|['’]s?)$/.test(tokens[k]!.value);
}

/**
 * "Fathi Bin Shatwan, Libya's oil minister, told …", "X, Apple’s chief executive,": whose
 * office it is (a name and "’s"), then the office in common words, closing the aside.
 */
function ownersOffice(tokens: Token[], i: number): boolean {
  // ("X, the Service’s Southeast regional director,": "the" may open the owner's name, and a
  // capitalised word qualify the office.)
  if (tokens[i]?.value === 'the') i += 1;
  let j = i;
  while (j < i + 4 && tokens[j] && /^\p{Lu}/u.test(tokens[j]!.value)) j += 1;
  if (j === i || !/^['’]s$/.test(tokens[j]?.value ?? '')) return false;
  let k = j + 1;
  while (k < j + 4 && tokens[k + 1] && (/^\p{Ll}+$/u.test(tokens[k + 1]!.value) || (k === j + 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.value) && /^\p{Ll}+$/u.test(tokens[k + 1]!.value)))) k += 1;
  const office = tokens[k];
  return !!office && /^\p{Ll}+$/u.test(office.value) && isRoleLike(office.value, undefined) && /^[,.;]$/.test(tokens[k + 1]?.value ?? '');
}

/**
 * "Busadee Santipitaks, director-general of the Department …", "X, spokeswoman for Y": an
 * office held "of" or "for" something, written straight after the name and its comma. (Not a
 * known place or body: "Brazil, president of the G20".)
 */
function officeAfterComma(tokens: Token[], i: number, chunk: NameChunk): boolean {
  const isOffice = (w: string): boolean => /^\p{Ll}+$/u.test(w) && w !== 'member' && (ROLE_WORDS.has(w) || LEXICON_ROLES.has(w) || /^(?:spokes(?:wo)?man|spokesperson|chair(?:wo)?man|founder|head)$/.test(w));
  // "director-general", "vice-chair": the office may be a compound; "president and founder of",
  // "chief executive of", "chairman and chief executive officer of": offices held together,
  // with the words that rank them.
  let office = false;
  for (let j = i, n = 0; n < 6 && tokens[j]; j += 1, n += 1) {
    // (A compound's parts: one office if either part is one.)
    let w = tokens[j]!.value;
    let part = isOffice(w);
    while (tokens[j + 1]?.value === '-' && tokens[j + 2] && /^\p{Ll}+$/u.test(tokens[j + 2]!.value)) {
      j += 2;
      w = tokens[j]!.value;
      part ||= isOffice(w);
    }
    office = part || (/^(?:executive|officer)$/.test(w) && n > 0);
    if (!office && !OFFICE_RANKS.test(w) && !(/^(?:and|&)$/.test(w) && n > 0)) return false;
    if (/^(?:of|for|at)$/.test(tokens[j + 1]?.value ?? '')) return office && !isKnownPlace(chunk.text) && !isKnownOrganization(chunk.text);
  }
  return false;
}
// Words that rank an office without being one: "chief executive", "senior adviser".
const OFFICE_RANKS = /^(?:chief|senior|deputy|vice|assistant|associate|acting|managing|executive|general|interim|founding|co|former|principal|lead)$/;

// Kin and other people a description can make someone: "a cousin of …", "a neighbour".
const KIN = /^(?:cousin|brother|sister|son|daughter|mother|father|wife|husband|widow|widower|niece|nephew|uncle|aunt|grandson|granddaughter|grandmother|grandfather|friend|neighbou?r|relative|resident|colleague|classmate|mentor)$/;

const THING_NOUNS = /^(?:beer|water|river|tower|center|centre|paper|letter|number|order|matter|winter|summer|corner|border|power|cancer|computer|chapter|weather|meter|metre|liter|litre|theater|theatre|cluster|layer|filter|shelter|silver|copper|timber|lager|cider|flower|meteor|monitor|sensor|motor|reactor|tractor|sector|factor|vector|floor|door|doctorate|event|element|segment|talent|patent|percent|current|content|continent|extent|plant|grant|restaurant|giant|elephant|pageant|summit)$/;

/** "a beer whose label …", "a river in …": the noun the words from `i` describe is a thing. */
function describesThing(tokens: Token[], i: number): boolean {
  let head = i;
  while (head < i + 4 && tokens[head + 1] && /^\p{Ll}+$/u.test(tokens[head + 1]!.value) && /^(?:NOUN|ADJ)$/.test(tokens[head + 1]!.pos)) head += 1;
  return THING_NOUNS.test(lower(tokens[head]?.value ?? ''));
}

/** "a villager", "a former senator", "an official with", "a cousin": a person's description. */
function isRoleLike(word: string, nextWord: string | undefined): boolean {
  const w = lower(word);
  // "a Russian oil firm": a people's name describes what follows, as an adjective does.
  if (isDemonym(word)) return !!nextWord && !isDemonym(nextWord) && isRoleLike(nextWord, undefined);
  // (The endings of doers, not "settlement", "basin", "plant" or "restaurant".)
  // ("a wellness nurse", "a student": people the role lists lack; not "a beer", "a river": things
  // in -er.)
  if (ROLE_WORDS.has(w) || LEXICON_ROLES.has(w) || KIN.test(w) || PEOPLE_NOUNS.has(w) || (/(er|or|ist|ian|ant|ent)$/.test(w) && !/(?:ment|plant|aurant|giant)$/.test(w) && !THING_NOUNS.test(w))) return true;
  return /^(former|senior|local|retired|young|veteran|top|leading)$/.test(w) && !!nextWord && isRoleLike(nextWord, undefined);
}

/**
 * "Merrill Lynch are the bookrunners", "predicted Morgan Stanley equity strategist Naoki
 * Kamiyama": a name shaped like a person's that takes a plural verb on its own, or stands
 * before a job and the name of whoever does it, is a firm. (Not "Ann Lee and Tom Hart are".)
 */
function isEmployerOrFirm(tokens: Token[], chunk: NameChunk): boolean {
  const next = tokens[chunk.last + 1]?.value ?? '';
  const joined = /^(?:and|or|&|,)$/.test(tokens[chunk.first - 1]?.value ?? '');
  if (/^(?:are|were)$/.test(next) && !joined && chunk.last > chunk.first) return true;
  let i = chunk.last + 1;
  while (i < chunk.last + 4 && /^\p{Ll}+$/u.test(tokens[i]?.value ?? '') && !FUNCTION_WORDS.test(tokens[i]!.value)) i += 1;
  return i > chunk.last + 1 && isRoleLike(tokens[i - 1]!.value, undefined) && !!tokens[i + 1] && isNameWord(tokens[i]!) && isNameWord(tokens[i + 1]!);
}

/** "the President of Yad Ezra": what an office is "of", with no given name first, is a body or a place. */
function isOfficeHeld(tokens: Token[], name: TypedName, sentenceFirst: number): boolean {
  let i = firstAtLeast(tokens, (tok) => tok.start, name.start) - 1;
  if (tokens[i]?.value === 'the') i -= 1;
  if (tokens[i]?.value !== 'of' || i - 1 < sentenceFirst) return false;
  return ROLE_WORDS.has(lower(tokens[i - 1]!.value)) && !isFirstName(name.text.split(' ')[0]!);
}

/** "Copernicus, the European Union's Earth Observation Programme": the article says what it is. */
function calledProgramme(tokens: Token[], chunk: NameChunk): boolean {
  if (tokens[chunk.last + 1]?.value !== ',' || !/^(?:the|a|an)$/.test(tokens[chunk.last + 2]?.value ?? '')) return false;
  for (let k = chunk.last + 3; k < chunk.last + 11 && tokens[k] && !/^[,.;:()]$/.test(tokens[k]!.value); k += 1) {
    if (/^(?:programme|program|initiative|mission|project)$/i.test(tokens[k]!.value)) return true;
  }
  return false;
}

const FUNCTION_WORDS = /^(?:the|a|an|and|or|of|to|in|on|at|for|with|by|from|said|says|told|is|was|has|had|will|would)$/;

/**
 * "a retired NASA DC-8 pilot", "a former State Department official": a description whose
 * role noun comes after the names of where the person works. `i` is the token after "a".
 */
function describesPerson(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  // ("a giant impact basin": the noun the words before describe is what it is.)
  let head = i;
  while (head < i + 4 && tokens[head + 1] && /^\p{Ll}+$/u.test(tokens[head + 1]!.value) && /^(?:NOUN|ADJ)$/.test(tokens[head + 1]!.pos) && !ROLE_WORDS.has(lower(tokens[head]!.value))) head += 1;
  if (head > i) return isRoleLike(tokens[head]!.value, tokens[head + 1]?.value);
  if (isRoleLike(t.value, tokens[i + 1]?.value)) return true;
  const modifier = /^(former|senior|local|retired|young|veteran|top|leading)$/i.test(t.value) ? 1 : 0;
  // Up to four capitalised, numbered or hyphenated words (an organisation, a unit, a place)
  // before the role, which up to two common words may describe: "a 96th MDG laboratory
  // technician", "a USI art major".
  let j = i + modifier;
  while (j < i + modifier + 4 && tokens[j] && (/^\p{Lu}/u.test(tokens[j]!.value) || tokens[j]!.value === '-' || /^\d/.test(tokens[j]!.value))) j += 1;
  if (j === i + modifier) return false;
  for (let k = j; k < j + 3 && tokens[k] && /^\p{Ll}+$/u.test(tokens[k]!.value); k += 1) {
    const last = !/^\p{Ll}+$/u.test(tokens[k + 1]?.value ?? '') || k === j + 2;
    if (last || modifier) return isRoleLike(tokens[k]!.value, undefined);
  }
  return false;
}

const isPersonRoleOrPlace = (w: string): boolean => ORG_WORDS.has(lower(w)) || ROLE_WORDS.has(lower(w)) || isPlaceWord(w) || isKnownPlace(w) || LEXICON_ROLES.has(lower(w));

/** "Sadikova said", "Sadikova, the teacher,", "Sadikova, 61,": the article now says a doubtful name is a person. */
function confirmPerson(person: Person, tokens: Token[], chunk: NameChunk, sentenceFirst: number): void {
  if (!person.weak) return;
  const next = tokens[chunk.last + 1];
  // ("Celastrina Saison, a beer whose label …": what the words after the article describe must be
  // someone.)
  const described = next?.value === ',' && /^(the|a|an)$/i.test(tokens[chunk.last + 2]?.value ?? '') && !describesThing(tokens, chunk.last + 3);
  // ("The ex-CNRP official, Say Lork, cited …": the name set off by commas after the role it fills.)
  const namesTheRole = tokens[chunk.first - 1]?.value === ',' && chunk.first - 2 >= sentenceFirst && /^\p{Ll}+$/u.test(tokens[chunk.first - 2]!.value) && isRoleLike(tokens[chunk.first - 2]!.value, undefined) && next?.value === ',';
  if (saysPerson(tokens, chunk) || personAppositive(tokens, chunk) || roleBefore(tokens, chunk, sentenceFirst) || described || saidBefore(tokens, chunk) || namesTheRole) person.weak = false;
}

/** ",” said junior safety Brodie Hicks.": a speech verb, a role in common words, the name closing the tag. */
function saidBefore(tokens: Token[], chunk: NameChunk): boolean {
  if (chunk.possessive || !/^[.,]$/.test(tokens[chunk.last + 1]?.value ?? '')) return false;
  let k = chunk.first - 1;
  while (k >= chunk.first - 3 && /^\p{Ll}+$/u.test(tokens[k]?.value ?? '') && !/^(?:the|a|an|his|her|their|its|our|said|says|added|adds)$/.test(tokens[k]!.value)) k -= 1;
  return /^(?:said|says|added|adds|explained|recalled|noted)$/.test(tokens[k]?.value ?? '') && /^[,”"’]$/.test(tokens[k - 1]?.value ?? '');
}

/** "Mr Davies", "Ms Okafor", "Sir Paul": a courtesy title says which pronoun fits. */
function honorificGender(word: string): 'he' | 'she' | null {
  if (/^(?:mr|sir|lord|baron|viscount|earl|duke|marquess)\.?$/i.test(word)) return 'he';
  if (/^(?:mrs|ms|miss|lady|dame|baroness|viscountess|countess|duchess|marchioness)\.?$/i.test(word)) return 'she';
  return null;
}

const FIXED_NAMES = new Map<string, TypedName['kind']>([
  ['Oath of Office', 'term'],
  ['State of the Union', 'term'],
  ['Oval Office', 'place'],
  ['Situation Room', 'place'],
  ['Rose Garden', 'place'],
  ['East Room', 'place'],
  ['Roosevelt Room', 'place'],
  ['Soviet Union', 'place'],
]);

const TOWN_OF = /^(?:town|city|village|hamlet|borough|township|municipality|province|island|islands|port|capital)$/;

// People of a body or a place, opening a sentence before its name: "Officials of the World Bank".
const PEOPLE_OF = /^(?:Officials|Leaders|Members|Representatives|Delegates|Staff|Employees|Workers|Lawyers|Attorneys|Researchers|Scientists|Engineers|Experts|Students|Residents|Officers|Volunteers|Executives|Spokesmen|Supporters|Critics|Analysts|Teams|Crews|Soldiers|Troops)$/;

/** "Officials of the ‖ World Bank": the name after people of it and a link word, as its own chunk. */
function restAfterPeopleOf(tokens: Token[], chunk: NameChunk, ws: string[]): NameChunk | null {
  if (!PEOPLE_OF.test(ws[0]!) || !/^(?:of|for|from|at|with)$/.test(ws[1]!) || isKnownOrganization(chunk.text)) return null;
  let first = chunk.first + 2;
  if (/^the$/i.test(tokens[first]?.value ?? '')) first += 1;
  return first <= chunk.last && /^\p{Lu}/u.test(tokens[first]!.value) ? subChunk(tokens, chunk, first, chunk.last) : null;
}

/** Tokens `first`…`last` of a chunk as a chunk of their own. */
function subChunk(tokens: Token[], chunk: NameChunk, first: number, last: number): NameChunk {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return {
    first,
    last,
    start,
    end,
    text: chunk.text.slice(start - chunk.start, end - chunk.start),
    possessive: last === chunk.last && chunk.possessive,
    initial: first === chunk.first && chunk.initial,
  };
}

// Parties written short before a politician's name: "Tory Dominic Grieve", "Lib Dem Norman Baker".
const PARTY_SHORT = /^(?:Tory|Tories|Lib|Dem|Dems|Labour|Ukip|Sinn|Fein|Plaid|Cymru|Democrat|Republican|GOP)$/;

// Words that lengthen a title without being one: "Acting Assistant Attorney General",
// "Special Agent in Charge".
const TITLE_MODIFIERS = /^(?:Acting|Assistant|Special|Senior|Principal|Interim|Associate|Deputy|Executive|Chief|Vice|in|Charge)$/;

// A word that opens Persian and Urdu names, whatever the vocabulary says it is ("Mir Hossein
// Mousavi"): never the tail of a title cut off before a given name.
const NAME_OPENER = /^Mir$/;

/** "$438,000 in ‖ Bitcoin", "payment in ‖ Bitcoin": money is paid in what comes at token `at` + 1. */
function moneyBefore(tokens: Token[], at: number): boolean {
  // ("demanding payment in Bitcoin", "paid in Ether": what a payment is made in.)
  if (/^(?:payments?|paid|pay|ransoms?|cash|funds)$/i.test(tokens[at - 1]?.value ?? '')) return true;
  const k = /^(?:million|billion|thousand|trillion)$/.test(tokens[at - 1]?.value ?? '') ? at - 2 : at - 1;
  return /\d/.test(tokens[k]?.value ?? '') && (/^[$€£¥]/.test(tokens[k]!.value) || /^[$€£¥]$/.test(tokens[k - 1]?.value ?? ''));
}

/**
 * "President ‖ Abdullahi ‖ Yusuf Ahmed": one word right after a title that no list knows — no
 * English word, place, body or people — before a known given name is the name's own first word.
 */
const unknownOpener = (ws: string[]): boolean => ws.length === 1 && /^\p{Lu}\p{Ll}{2,}$/u.test(ws[0]!) && !isCommonWord(ws[0]!) && !isKnownPlace(ws[0]!) && !isKnownOrganization(ws[0]!) && !isDemonym(ws[0]!) && !ORG_WORDS.has(lower(ws[0]!)) && !ROLE_WORDS.has(lower(ws[0]!)) && !isPlaceWord(ws[0]!);

/** A word of an office's name: "Deputy", "of", "State", "Affairs" (no one's name: not "Ieuan"). */
const isOfficeWord = (w: string): boolean => !NAME_OPENER.test(w) && (/^(?:of|for|on|the|and)$/.test(w) || ROLE_WORDS.has(lower(w)) || TITLE_MODIFIERS.test(w) || ORG_WORDS.has(lower(w)) || (/^\p{Lu}\p{Ll}+$/u.test(w) && isCommonWord(w) && !isAnyGivenName(w)));

/**
 * "Professor Ian Lustick of the University of Pennsylvania", "U.S. Attorney Jane Smith for the
 * District of Idaho": a person's name, then "of" or "for" and where they work. The chunker
 * joined them through the connector; the person is the part before (the first connector
 * after which one is named: "Secretary of State Robin Dunnigan of the State Department").
 */
function personOfPlace(tokens: Token[], chunk: NameChunk, sentenceFirst: number): { left: NameChunk; right: NameChunk | null; speaker?: boolean } | null {
  for (let of = chunk.first + 1; of < chunk.last; of += 1) {
    if (!/^(?:of|for)$/.test(tokens[of]!.value)) continue;
    const left = subChunk(tokens, chunk, chunk.first, of - 1);
    const ws = words(left);
    // The name follows the title's last role word ("Trial Attorney ‖ Brian Morgan"), or the
    // words of an office or a place before it.
    let from = 0;
    ws.forEach((w, k) => ROLE_WORDS.has(lower(w)) && k < ws.length - 1 && (from = k + 1));
    while (from < ws.length - 1 && (ROLE_WORDS.has(lower(ws[from]!)) || isPlaceWord(ws[from]!) || TITLE_MODIFIERS.test(ws[from]!) || /^(?:of|for|the)$/.test(ws[from]!))) from += 1;
    const name = ws.slice(from);
    const titled = from > 0 && ws.slice(0, from).some((w) => ROLE_WORDS.has(lower(w)));
    // "President Zelenskyy of Ukraine": after a title, a surname alone is the person.
    const titledSurname = titled && name.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name[0]!) && !isCommonWord(name[0]!) && !isKnownPlace(name[0]!) && tokens[of]!.value === 'of';
    // ("said Yonca Brunini of Yahoo.": two or three words of no other kind, with a speech verb
    // beside them, are someone speaking for where they are "of", whatever their given name.)
    const speaks = [tokens[chunk.first - 1], tokens[chunk.last + 1]].some((t) => /^(?:said|says|told|tells|added|adds|warned|warns|explained|explains|noted|notes|stated|states)$/.test(t?.value ?? ''));
    const unknownName = from === 0 && name.length >= 2 && name.length <= 3 && name.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !isCommonWord(w) && !ORG_WORDS.has(lower(w)) && !isPlaceWord(w) && !isKnownPlace(w)) && tokens[of]!.value === 'of';
    // ("warned Rocky Chesser of Okefenokee": a given name that is an English word too, then a
    // surname that is none, speaking for where they are "of".)
    const givenThenUnknown = speaks && from === 0 && name.length === 2 && isAnyGivenName(name[0]!) && !isCommonWord(name[1]!) && !isKnownPlace(name[1]!) && tokens[of]!.value === 'of';
    // ("and Maziar Bahari of Newsweek was arrested": two or three words of no other kind "of" a
    // body the lexicon knows by its whole name are someone who works there.)
    const ofWhat = chunk.last > of ? words(subChunk(tokens, chunk, of + 1, chunk.last)).join(' ') : '';
    // ("Vinay S. Limbachia of the U.S. Attorney’s Cybercrime Unit": a given name, an initial and a
    // surname are someone's, whatever lists know the words.)
    const withInitial = from === 0 && name.length === 3 && isInitial(name[1]!) && [name[0]!, name[2]!].every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !isCommonWord(w) && !ORG_WORDS.has(lower(w)) && !isPlaceWord(w) && !isKnownPlace(w)) && tokens[of]!.value === 'of';
    // ("Micheline Calmy-Rey of Switzerland and Moussa Koussa of Libya will meet": "of" a country too.)
    const ofKnownBody = unknownName && chunk.last > of && (isKnownOrganization(ofWhat) || COUNTRIES.has(lower(ofWhat)));
    // ("Frank Piessens of Belgium’s KU Leuven": a given name that is an English word too, a surname
    // that is none, "of" a country.)
    const givenOfCountry = from === 0 && name.length === 2 && isAnyGivenName(name[0]!) && /^\p{Lu}\p{Ll}+$/u.test(name[1]!) && !isCommonWord(name[1]!) && !isKnownPlace(name[1]!) && tokens[of]!.value === 'of' && COUNTRIES.has(lower(ofWhat));
    // ("Warren Mumpower of Spokane, Wash.;": two words "of" a town with its state after it are
    // someone from there.)
    const stateAfter = tokens[chunk.last + 1]?.value === ',' && (STATE_ABBREVIATIONS.test(tokens[chunk.last + 2]?.value ?? '') || STATE_ABBREVIATIONS.test(`${tokens[chunk.last + 2]?.value ?? ''}.`) || US_STATES.has((tokens[chunk.last + 2]?.value ?? '').toLowerCase()));
    const ofTown = from === 0 && name.length === 2 && tokens[of]!.value === 'of' && stateAfter && name.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_WORDS.has(lower(w)) && !isPlaceWord(w)) && !isCommonWord(name[1]!);
    // ("J. Toby Minear of the Cooperative Institute …": an initial may stand before the given name.)
    const given = name.length >= 2 && isInitial(name[0]!) ? name[1]! : name[0]!;
    // ("Special Agent in Charge Tatum King of HSI": after a title, a word of no list and a surname
    // that is a title's word too.)
    const titledRoleSurname = titled && name.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(name[0]!) && !isCommonWord(name[0]!) && !isKnownPlace(name[0]!) && ROLE_WORDS.has(lower(name[1]!)) && isAnyGivenName(name[0]!);
    // ("ecologist Chip Taylor of the University of Kansas": a given name that is an English word
    // too and a person's name that is none, "of" a body with a body's word in it.)
    const givenOfBody = (from === 0 || titled) && name.length === 2 && isAnyGivenName(name[0]!) && /^\p{Lu}\p{Ll}+$/u.test(name[1]!) && !isCommonWord(name[1]!) && (isAnyGivenName(name[1]!) || isLastName(name[1]!) || isPersonNameWord(name[1]!)) && !isKnownPlace(name[1]!) && !ORG_WORDS.has(lower(name[0]!)) && !isPlaceWord(name[0]!) && tokens[of]!.value === 'of' && hasOrganizationWord(ofWhat.split(' '));
    const person = givenOfBody || (looksLikeName(name) || titledSurname || titledRoleSurname) && (isFirstName(given) || (titled && isAnyGivenName(given)) || ((titled || roleBefore(tokens, left, sentenceFirst)) && !name.every(isCommonWord)) || (speaks && unknownName) || givenThenUnknown || ofKnownBody || ofTown || withInitial || givenOfCountry);
    // ("Assistant Secretary for Export Enforcement ‖ Matthew S. Axelrod of the …": an office's
    // own words before a given name the lexicon knows, the name then ending at "of".)
    const givenAt = person ? -1 : name.findIndex((w, k) => k > 0 && isFirstName(w) && looksLikeName(name.slice(k)) && name.slice(0, k).every((o) => isOfficeWord(o) || /^\p{Lu}\p{Ll}+$/u.test(o) && isCommonWord(o)));
    if (givenAt > 0 && tokens[of]!.value === 'of') {
      let at = left.first;
      while (at < of && tokens[at]!.value !== name[givenAt]) at += 1;
      if (at < of - 1) {
        let rightFirst = of + 1;
        if (tokens[rightFirst]?.value.toLowerCase() === 'the') rightFirst += 1;
        return { left: subChunk(tokens, chunk, at, of - 1), right: rightFirst <= chunk.last ? subChunk(tokens, chunk, rightFirst, chunk.last) : null, speaker: true };
      }
    }
    if (!person) {
      // Past a first name, no later connector can end the person's name.
      if (ws.slice(from).some((w) => isFirstName(w))) return null;
      continue;
    }
    let rightFirst = of + 1;
    if (tokens[rightFirst]?.value.toLowerCase() === 'the') rightFirst += 1;
    const right = rightFirst <= chunk.last ? subChunk(tokens, chunk, rightFirst, chunk.last) : null;
    // (The title's tail and "Tatum King" are typed no further: the two words are the person.)
    if (titledRoleSurname && !looksLikeName(name) && !titledSurname) return { left: subChunk(tokens, chunk, of - 2, of - 1), right, speaker: true };
    return { left, right, ...(speaks && unknownName && !isFirstName(name[0]!) ? { speaker: true } : {}) };
  }
  return null;
}

/**
 * "Environmental Protection Agency Lee Zeldin": an organisation's head word, then a given name
 * and more — the organisation, then the person. (With a title between them, "Nampa Police
 * Chief Joe Huff", the chunk stays one titled person.)
 */
function organisationThenPerson(tokens: Token[], chunk: NameChunk): { org: NameChunk; person: NameChunk } | null {
  for (let k = chunk.last - 2; k > chunk.first; k -= 1) {
    if (!ORG_WORDS.has(lower(tokens[k]!.value)) || /^[A-Z]{2,}$/.test(tokens[k]!.value)) continue;
    const from = k + 1;
    if (from >= chunk.last || !isFirstName(tokens[from]!.value) || !isNameWord(tokens[from + 1]!)) return null;
    return { org: subChunk(tokens, chunk, chunk.first, k), person: subChunk(tokens, chunk, from, chunk.last) };
  }
  return null;
}

/**
 * Where the holder's name starts after an office written short in the chunk, or -1: "FDA SAC ‖
 * Malham" (a special agent in charge in capitals, after the body's letters), "Inspector-in-Charge
 * ‖ Mendonça" (the chunk opens at the hyphened tail "Charge").
 */
function shortOfficeHolder(tokens: Token[], chunk: NameChunk): number {
  const ws = words(chunk);
  const nameWords = (from: number): boolean => ws.length - from <= 3 && ws.slice(from).every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w) || isInitial(w));
  const sac = ws.findIndex((w) => /^A?SAC$/.test(w));
  if (sac >= 0 && sac < ws.length - 1 && ws.slice(0, sac).every((w) => /^[A-Z][A-Z&-]+$/.test(w) || ROLE_WORDS.has(lower(w))) && nameWords(sac + 1)) return sac + 1;
  const hyphenedInCharge = ws[0] === 'Charge' && tokens[chunk.first - 1]?.value === '-' && tokens[chunk.first - 2]?.value === 'in' && tokens[chunk.first - 3]?.value === '-';
  if (hyphenedInCharge && ws.length > 1 && nameWords(1) && !isCommonWord(ws[ws.length - 1]!) && !isKnownPlace(ws.slice(1).join(' '))) return 1;
  return -1;
}

/** Type one chunk with rules; register people and organisations for later mentions. */
// ("Witness Sarah Jones, 34, said": people nouns without a doer's ending too.)
const isOccupationLike = (w: string): boolean => /^\p{Lu}\p{Ll}+(?:er|or|ist|ian|ent|ant)$/u.test(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && PEOPLE_NOUNS.has(lower(w)));
const SITE_WORDS = /^(?:Base|Airfield|Refuge|Building|Shipyard|Arsenal)$/;
const LEGAL_FORM_FIRST = /^(?:PT|PJSC|OJSC|JSC|OAO|ZAO|OOO)$/;
const COMPANIES_BEFORE = /^(?:companies|firms|corporations|manufacturers|automakers|carmakers|airlines|banks|retailers|insurers|brands|makers|producers|chipmakers|drugmakers|company|firm|carmaker|automaker|retailer|brand)$/;
const COMPANY_NOUNS = /^(?:company|firm|corporation|subsidiary|startup|manufacturer|conglomerate|automaker|carmaker|airline|bank|retailer|chain|insurer|broadcaster|publisher|supermarket|chipmaker|drugmaker)$/;
const SITE_OR_BODY_WORDS = /^(?:Station|Facility|Complex)$/;

export function typeChunk(tokens: Token[], chunk: NameChunk, sentenceFirst: number, registry: NameRegistry): TypedName[] {
  // ("builders PT Hutama Karya", "PJSC Gazprom": a company's legal form in front is the company's
  // whole name, however personal the words after it look.)
  // ("the upper portions of Saint Bernard Parish": a saint's name before a parish or a county is
  // the place, not "Saint" and a person "Bernard Parish".)
  if (/^(?:Saint|St\.)\s+\p{Lu}\p{Ll}+\s+(?:Parish|County)$/u.test(chunk.text)) return [piece(chunk, 0, 'place')];
  if (chunk.last > chunk.first && LEGAL_FORM_FIRST.test(tokens[chunk.first]!.value)) {
    registry.addOrganization(chunk.text);
    return [piece(chunk, 0, 'organization')];
  }
  // ("companies Philip Morris, Imperial Tobacco and Japan Tobacco": what the word before the list
  // says they are.)
  const before = tokens[chunk.first - 1];
  const firms = !!before && COMPANIES_BEFORE.test(before.value);
  const typed = typeChunkOnce(tokens, chunk, sentenceFirst, registry).map((t): TypedName => {
    if (firms && t.kind === 'person' && t.start === chunk.start) {
      registry.forgetPerson(t.canonical);
      registry.addOrganization(t.text);
      return { ...t, kind: 'organization' };
    }
    if ((t.kind === 'organization' || t.kind === 'place') && t.end === chunk.end && calledProgramme(tokens, chunk)) return { ...t, kind: 'term' };
    // ("to follow up on Jordan’s question": one who asks is someone — a place's name or not, the
    // neutral hint.)
    if (t.kind === 'place' && t.end === chunk.end && chunk.possessive && /^(?:question|questions|comment|point)$/.test(tokens[chunk.last + 2]?.value ?? '')) return { ...t, kind: 'term' };
    // "Vandenberg Air Force Base", "St. Marks National Wildlife Refuge": a site, though a body's
    // word is in its name; "… Processing Facility", "… Space Force Station": a site or the
    // body that runs it — the neutral hint.
    // (Not "Operation Allies Refuge": an operation named with a site's word is still an operation.)
    if ((t.kind === 'organization' || t.kind === 'term') && t.end === chunk.end && t.text.includes(' ') && !/^Operation\s/.test(t.text)) {
      const last = t.text.split(/\s+/).pop()!;
      // (Not "St. Vincent’s ‖ National Wildlife Refuge": common words cut from their owner.)
      // (Not "Baptista of Arsenal": someone of a club named like a site.)
      if (SITE_WORDS.test(last) && !t.common && !/\sof\s\S+$/.test(t.text)) return { ...t, kind: 'place' };
      // ("the South Shore Harbour Conference Center", "Federal City Town Center": a venue, where
      // something happens, not a body.)
      if (/\s(?:Conference|Convention|Town|Civic|Events?|Exhibition|Shopping|Visitors?|Aquatic|Sports)\s+(?:Center|Centre)$/.test(t.text) && !t.common) return { ...t, kind: 'place' };
      if (t.kind === 'organization' && SITE_OR_BODY_WORDS.test(last)) return { ...t, kind: 'term' };
    }
    if (t.kind !== 'person' || t.end !== chunk.end) return t;
    // ("the big John Deere machine", "a James Webb image": a name between an article and the
    // noun it qualifies names a make or a thing, no one.)
    const nextWord = tokens[chunk.last + 1];
    // (Not "the Volcker disinflation", "the de Blasio administration": a surname alone is someone's.)
    if (nextWord && /^\p{Ll}+$/u.test(nextWord.value) && nextWord.pos === 'NOUN' && !chunk.possessive && /^\p{Lu}\p{Ll}+\s\p{Lu}/u.test(t.text)) {
      let k = chunk.first - 1;
      while (k > sentenceFirst && /^\p{Ll}+$/u.test(tokens[k]!.value) && tokens[k]!.pos === 'ADJ') k -= 1;
      // ("one Jack Russell dog": "one" as much.)
      if (/^(?:the|a|an|one|another|each|every)$/i.test(tokens[k]?.value ?? '') && t.start === chunk.start) return { ...t, kind: 'term' };
      // ("As of August, Archie Carr workers and volunteers had counted …": a place named after
      // someone, its people in the plural after it.)
      if (/^(?:workers|staff|volunteers|employees|officials|researchers|visitors|crews|biologists|rangers|managers|personnel)$/.test(nextWord.value) && t.start === chunk.start) return { ...t, kind: 'term' };
    }
    // ("contractor Aerojet Rocketdyne, an L3Harris Technologies company,": what the words after
    // it say it is — a company — is no person.)
    if (companyAppositive(tokens, chunk)) {
      registry.forgetPerson(t.canonical);
      registry.addOrganization(t.text);
      return { ...t, kind: 'organization' };
    }
    // "Resident Touch Sarun added", "Farmer Chea Dara said": an occupation in common words
    // opens the sentence before the name; it is no part of it.
    const tw = t.text.split(/\s+/);
    // ("Survivor Syakrani, 24, …": one name word after the occupation, no English word and no
    // given name of a known kind of its own either.)
    const occupationThenOne = tw.length === 2 && !isFirstName(tw[0]!) && !isAnyGivenName(tw[0]!) && /^\p{Lu}\p{Ll}+$/u.test(tw[1]!) && !isCommonWord(tw[1]!) && !isKnownPlace(tw[1]!);
    if ((tw.length >= 3 || occupationThenOne) && t.start === chunk.start && chunk.initial && isOccupationLike(tw[0]!) && isCommonWord(tw[0]!) && !ORG_WORDS.has(lower(tw[0]!)) && !ROLE_WORDS.has(lower(tw[0]!))) {
      const rest = t.text.slice(tw[0]!.length + 1);
      // (The registry took the chunk whole: its person gets the name without the occupation,
      // which its surname key still finds.)
      const known = registry.findPerson(t.canonical);
      if (known && known.name === t.canonical) known.name = rest;
      return { ...t, start: t.start + tw[0]!.length + 1, text: rest, canonical: t.canonical === t.text ? rest : t.canonical };
    }
    // "Ambassador Extraordinary": an adjective after a title is no one's name (a surname may be a
    // common word: "President Bush").
    if (!t.text.includes(' ') && /(?:ary|ive|ous|ible|able|ful|ic)$/.test(t.text) && isCommonWord(t.text) && !registry.findPerson(t.text)) return { ...t, kind: 'term', common: true };
    return isEmployerOrFirm(tokens, chunk) || isOfficeHeld(tokens, t, sentenceFirst) ? { ...t, kind: 'term' } : t;
  });
  // "CPL Joseph Cantrell", "SPC Tom Reed": a rank in capitals is the title of the person after it.
  const ranked = typed.filter((t, i) => !(/^\p{Lu}{2,4}$/u.test(t.text) && ROLE_WORDS.has(t.text.toLowerCase()) && typed[i + 1]?.kind === 'person'));
  for (const t of ranked) if ((t.kind === 'term' || t.kind === 'place') && !t.common) registry.noteOther(t.text);
  return ranked;
}

/** ", an L3Harris Technologies company," after the chunk: what it is, a company. */
function companyAppositive(tokens: Token[], chunk: NameChunk): boolean {
  // ("one such group, called Safecast,", "a firm named Acme": what it is, then its name.)
  const k0 = /^,$/.test(tokens[chunk.first - 1]?.value ?? '') ? chunk.first - 2 : chunk.first - 1;
  if (/^(?:called|named|dubbed)$/.test(tokens[k0]?.value ?? '') && tokens.slice(Math.max(0, k0 - 3), k0).some((t) => COMPANY_NOUNS.test(t.value) || /^(?:group|organi[sz]ation|charity|nonprofit|non-profit)$/.test(t.value))) return true;
  if (tokens[chunk.last + 1]?.value !== ',') return false;
  // ("Media Markt, Europe's largest computer retailer,": an owner's name may stand for the article.)
  let from = chunk.last + 3;
  if (!/^an?$/i.test(tokens[chunk.last + 2]?.value ?? '')) {
    if (!/^(?:the|its)$/i.test(tokens[chunk.last + 2]?.value ?? '') && !(/^\p{Lu}/u.test(tokens[chunk.last + 2]?.value ?? '') && /^['’]s$/.test(tokens[chunk.last + 3]?.value ?? ''))) return false;
    if (/^['’]s$/.test(tokens[chunk.last + 3]?.value ?? '')) from = chunk.last + 4;
  }
  const after = tokens.slice(from, from + 5).map((k) => k.value);
  const head = after.findIndex((w) => COMPANY_NOUNS.test(w));
  const afterHead = tokens[from + 1 + head];
  // (Not "a former bank manager": the company's word must end the description — and after "the"
  // or an owner, end it plainly: not "the company's chief executive".)
  const plainEnd = from === chunk.last + 3 && /^an?$/i.test(tokens[chunk.last + 2]!.value) ? !(afterHead && /^\p{Ll}/u.test(afterHead.value) && afterHead.pos === 'NOUN') : !afterHead || /^(?:[,.;:)]|which|that|based|with|in|whose|headquartered)$/.test(afterHead.value);
  return head >= 0 && after.slice(0, head).every((w) => /^[\p{L}\d&.-]+$/u.test(w)) && plainEnd;
}

// A ship's prefix: "USS Theodore Roosevelt", "HMS Queen Elizabeth", "USNS Charles Drew".
const SHIP_PREFIX = /^(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS|INS|ROKS|JS|RFS|MV|RV)$/;
const SHIP_NOUN = /^(?:carrier|destroyer|cruiser|frigate|submarine|warship|oiler|tanker|freighter|icebreaker|corvette|ship|vessel|boat|tug|tugboat|ferry|yacht|trawler|schooner|barge|sailboat|catamaran|steamer|steamship|cutter|dredge)$/;

const CLAUSE_OPENERS = /^(?:after|before|since|until|as|because|while|although|though|once|if|unless|whereas|when|where)$/i;

/**
 * "led by Maria Lopez of …": a known given name and a surname no other kind of word, after
 * "by", "with", "to" and the like, is a person. Not "from Sal Oppenheim investment bank" (a
 * body's word after it says what it is), "the James Webb data" (a name qualifying a noun), nor
 * "at Merrill Lynch", "the offices of Merrill Lynch" (where people work may be named so).
 */
const HELD_BY_BODIES = /^(?:offices?|headquarters|shares|stock|branch(?:es)?|clients|customers|employees|staff|analysts|economists|owners?|founders?|brands?|products|subsidiar(?:y|ies)|units?|divisions?|town|city|village|county|state|port|province|region)$/;

function fullNameAfterPreposition(tokens: Token[], chunk: NameChunk, ws: string[]): boolean {
  const prev = tokens[chunk.first - 1];
  const next = tokens[chunk.last + 1];
  // ("It landed in Al Hart’s inbox", "at Maria Lopez’s home": after any preposition, a name that
  // owns something common.)
  const owner = chunk.possessive && /^\p{Ll}/u.test(tokens[chunk.last + 2]?.value ?? '') && prev?.pos === 'ADP';
  if (!owner && !/^(?:by|with|from|to|for|on|about|against|like|between|among|than|via|of)$/i.test(prev?.value ?? '')) return false;
  // ("the appointment of Erin M. Vance", "the work of Mary Hollis" — not "the London offices of
  // Merrill Lynch", "the town of Lynn Haven": what a body or a place has.)
  const held = tokens[chunk.first - 2]?.value.toLowerCase() ?? '';
  if (prev?.value === 'of' && (ORG_WORDS.has(held) || ORG_WORDS.has(held.replace(/s$/, '')) || PLACE_HEADS.has(held) || ROLE_WORDS.has(held) || HELD_BY_BODIES.test(held))) return false;
  if (ws.length < 2 || ws.length > 3 || !isFirstName(ws[0]!)) return false;
  const lowerWord = (k: number): boolean => /^\p{Ll}+$/u.test(tokens[chunk.last + k]?.value ?? '');
  const bodyWord = (k: number): boolean => isOrgCue(tokens[chunk.last + k]!.value) || ORG_WORDS.has(lower(tokens[chunk.last + k]!.value));
  if ((lowerWord(1) && bodyWord(1)) || (lowerWord(1) && lowerWord(2) && bodyWord(2))) return false;
  if (lowerWord(1) && next?.pos === 'NOUN') return false;
  const last = ws[ws.length - 1]!;
  // ("a memo by William Granger, KBR's official in charge": a surname that is an English word
  // too, after a given name that is none, with what the person is said in commas after it.)
  const role = /^,\s+(?:(?:a|an|the)\s+|\p{Lu}[\p{L}.&-]*['’]s\s+)((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\b/u.exec(tokens.slice(chunk.last + 1, chunk.last + 8).map((t) => t.value).join(' ').replace(/\s+(?=['’]s\b)/gu, '').replace(/^\s*,/, ','));
  const described = !!role && !isCommonWord(ws[0]!) && role[1]!.split(/\s+/).some((w) => ROLE_WORDS.has(w) || LEXICON_ROLES.has(w));
  return (
    (!isCommonWord(last) || described) && !isFirstName(last) && !isKnownPlace(last) && !hasOrganizationWord(ws) && !isKnownOrganization(chunk.text) && !isKnownPlace(chunk.text) &&
    // ("Mary O’Keefe", "Mary McDonald": a capital after an O and apostrophe or a Mc.)
    ws.every((w) => /^(?:O['’]\p{Lu}|Ma?c\p{Lu}|\p{Lu})[\p{Ll}\p{M}'’-]+$/u.test(w) || isInitial(w))
  );
}

// Who someone is, after where they are from: "a 27-year-old Maldon man".
const HOMETOWN_NOUN = /^(?:man|woman|men|women|boy|girl|couple|teen|teenager|youth|mother|father|resident|native|driver|motorist)$/;

/**
 * "the cities of ‖ Columbia and ‖ Boonville": the name at `first` stands in a list (names, commas,
 * "and", "or") that opens right after "cities of", "counties of", "towns of" …
 */
function listOfPlacesBefore(tokens: Token[], first: number, sentenceFirst: number): boolean {
  let k = first - 1;
  while (k > sentenceFirst + 1 && first - k <= 40 && (/^\p{Lu}/u.test(tokens[k]!.value) || /^(?:,|and|or)$/.test(tokens[k]!.value))) k -= 1;
  return k > sentenceFirst && tokens[k]!.value === 'of' && /^(?:cities|towns|counties|villages|townships|boroughs|provinces|municipalities|states)$/.test(tokens[k - 1]?.value ?? '');
}

/** A list member ("A, B and ‖ C") with a capitalised common plural right before or after it in the list. */
function listedWithCommonWords(tokens: Token[], chunk: NameChunk): boolean {
  const common = (k: number): boolean => /^\p{Lu}\p{Ll}+s$/u.test(tokens[k]?.value ?? '') && isCommonWord(tokens[k]!.value) && !isPersonNameWord(tokens[k]!.value);
  let before = chunk.first - 1;
  while (before > chunk.first - 3 && /^(?:,|and|or)$/.test(tokens[before]?.value ?? '')) before -= 1;
  let after = chunk.last + 1;
  while (after < chunk.last + 3 && /^(?:,|and|or)$/.test(tokens[after]?.value ?? '')) after += 1;
  return (before < chunk.first - 1 && common(before)) || (after > chunk.last + 1 && common(after));
}

function typeChunkOnce(tokens: Token[], chunk: NameChunk, sentenceFirst: number, registry: NameRegistry): TypedName[] {
  // "Go ahead. Q Jen, two of the …": a briefing's question mark-up and the one it is put to,
  // run into the answer before — no name of the story.
  if (chunk.first === sentenceFirst && /^Q\s+\p{Lu}\p{Ll}+$/u.test(chunk.text) && tokens[chunk.last + 1]?.value === ',') return [];
  // ("mostly Afghans and Sri Lankans", "New Zealanders", "Puerto Ricans": a people named after a
  // place of two words, in the plural — no one's name.)
  const people = chunk.text.includes(' ') && /s$/.test(chunk.text) && [['ns', ''], ['ans', 'o'], ['ers', '']].some(([ending, added]) => chunk.text.endsWith(ending!) && isKnownPlace(chunk.text.slice(0, -ending!.length) + added));
  if (people) return [];
  // ("shares of Long Blockchain" after "Long Blockchain Company": the firm, named short.)
  if (registry.isFirmWithoutSuffix(chunk.text)) return [piece(chunk, 0, 'organization')];
  // ("Agency spokesman Sutopo said:": one name word no list knows, after an office in small
  // letters and before a verb of speech, is someone known by one name.)
  const before1 = tokens[chunk.first - 1]?.value ?? '';
  if (chunk.first === chunk.last && /^\p{Lu}\p{Ll}{2,}$/u.test(chunk.text) && /^\p{Ll}+$/u.test(before1) && (ROLE_WORDS.has(before1) || LEXICON_ROLES.has(before1)) && /^(?:said|says|told|added|explained|stated|noted)$/.test(tokens[chunk.last + 1]?.value ?? '') && !isCommonWord(chunk.text) && !isAnyGivenName(chunk.text) && !isKnownPlace(chunk.text) && !isKnownOrganization(chunk.text) && !registry.findPerson(chunk.text)) return [piece(chunk, 0, 'person')];
  // ("Special Agent in ‖ Charge of the FBI": the office's tail; the body after it is the name.)
  // (Not "… in Charge of the Drug Enforcement Administration’s New Jersey Division, Susan A. Gibson":
  // an owner opening a longer title is left as it is.)
  if (/^Charge\s+(?:of|for)\s/.test(chunk.text) && !chunk.possessive && tokens[chunk.first - 1]?.value === 'in' && /^Agents?$/.test(tokens[chunk.first - 2]?.value ?? '')) {
    const at = chunk.first + (tokens[chunk.first + 2]?.value === 'the' ? 3 : 2);
    return at <= chunk.last ? typeChunk(tokens, subChunk(tokens, chunk, at, chunk.last), sentenceFirst, registry) : [];
  }
  // ("Dr. Ellen Ward at Saint Francis said", "St. Jude": a saint's name alone is a hospital, a
  // school, a church or a town named after the saint — nobody who speaks today; the neutral hint.)
  if (/^(?:Saint|St\.?|Sainte|Ste\.?)\s\p{Lu}\p{Ll}+$/u.test(chunk.text) && !chunk.possessive && !registry.findPerson(chunk.text) && ![chunk.text, chunk.text.replace(/^Saint\s/, 'St. '), chunk.text.replace(/^St\.?\s/, 'Saint ')].some((t) => isKnownPlace(t) || isKnownOrganization(t))) return [piece(chunk, 0, 'term')];
  // ("the cities of Columbia and Boonville who …", "the counties of Boone and Cooper": what the
  // list is of says every name in it is a place.)
  if (listOfPlacesBefore(tokens, chunk.first, sentenceFirst) && !chunk.possessive && !registry.findPerson(chunk.text) && !isKnownOrganization(chunk.text)) return [piece(chunk, 0, 'place')];
  // ("The MP for Bristol West", "an MEP": a member's letters alone are what someone is, no name.)
  if (/^(?:MPs?|MEPs?|MSPs?|MLAs?)$/.test(chunk.text)) return [];
  // ("E.D.N.Y. Docket No. 24-CR-105": a reference line's words before its number name nothing.)
  if (/\s(?:No|Nos)\.?$/.test(chunk.text) && /^\d/.test(tokens[chunk.last + 1]?.value ?? '')) return [];
  // A ship is named after a person or a place, but it is neither: the neutral hint, prefix and all
  // ("the aircraft carrier Ronald Reagan": what it is, in common words, before its name).
  // ("Theodore Roosevelt departed San Diego" after "USS Theodore Roosevelt": the ship again.)
  // ("the Lao PDR", "Korea DPR", "Hong Kong SAR": a people's or a country's name and the state's
  // letters are the country, asked whole.)
  if (/^\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?\s(?:PDR|DPR|SAR)$/u.test(chunk.text) && (isDemonym(chunk.text.split(' ')[0]!) || isKnownPlace(chunk.text.replace(/\s\S+$/, '')))) return [piece(chunk, 0, 'place')];
  const prefixed = SHIP_PREFIX.test(chunk.text.split(/\s+/)[0]!) && chunk.text.includes(' ');
  if (prefixed || (SHIP_NOUN.test(tokens[chunk.first - 1]?.value ?? '') && !isDemonym(chunk.text) && !isKnownPlace(chunk.text) && !(/^\p{Ll}/u.test(tokens[chunk.last + 1]?.value ?? '') && tokens[chunk.last + 1]!.pos === 'NOUN')) || registry.isShip(chunk.text)) {
    const ship = piece(chunk, 0, 'term');
    registry.noteShip(prefixed ? ship.text.slice(ship.text.indexOf(' ') + 1) : ship.text);
    return [ship];
  }
  // ("Teenagers Irma and David Soyos …": people in the plural before a given name say who they
  // are; the name starts after them.)
  const opener = chunk.text.split(' ')[0]!;
  if (chunk.last > chunk.first && /^\p{Lu}\p{Ll}+s$/u.test(opener) && PEOPLE_NOUNS.has(lower(opener).replace(/s$/, '')) && isAnyGivenName(tokens[chunk.first + 1]!.value)) {
    return typeChunkOnce(tokens, subChunk(tokens, chunk, chunk.first + 1, chunk.last), sentenceFirst, registry);
  }
  // ("top Puerto Rican mayors", "a South African court": a country's adjective in two words, no name.)
  if (/^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+(?:ns?|ese)$/u.test(chunk.text) && /^\p{Ll}/u.test(tokens[chunk.last + 1]?.value ?? '')) {
    const stem = chunk.text.replace(/(?:an|ans|ese)$/, '');
    if ([`${stem}o`, `${stem}a`, stem, `${stem.replace(/i$/, '')}ia`].some((place) => place !== chunk.text && isKnownPlace(place))) return [];
  }
  // ("U.S. Airmen", "Guardsmen, Reservists, veterans": service members in the plural, no name.)
  if (/^(?:(?:U\.S\.|American|Army|Air Force|Navy)\s+)?(?:Airmen|Soldiers|Sailors|Guardsmen|Reservists|Guardians|Servicemembers)$/.test(chunk.text)) return [];
  // ("Special Agent in Charge, Cleveland Division": the last word of an office, no name.)
  if (chunk.text === 'Charge' && tokens[chunk.first - 1]?.value === 'in' && /^(?:Agent|Officer|Agents|Officers)$/.test(tokens[chunk.first - 2]?.value ?? '')) return [];
  // An office written short right before its holder's name: the name is a person, known by
  // the full name met before.
  const holderFrom = shortOfficeHolder(tokens, chunk);
  if (holderFrom > 0) {
    const holderText = words(chunk).slice(holderFrom).join(' ');
    const known = registry.findPerson(holderText);
    if (!known) registry.addPerson(holderText, null);
    return [piece(chunk, holderFrom, 'person', known?.name)];
  }
  // ("Black and Latino students", "White residents": a people by its colour, no name.)
  if (/^(?:Black|White)$/.test(chunk.text) && chunk.first !== sentenceFirst) {
    const after = tokens.slice(chunk.last + 1, chunk.last + 3).map((t) => t.value);
    if ((/^(?:and|or|,)$/.test(after[0] ?? '') && /^(?:Latino|Latina|Latinx|Hispanic|Asian|White|Black|Native|Indigenous)$/.test(after[1] ?? '')) || /^(?:students|people|Americans|residents|voters|women|men|families|communities|children|workers|neighborhoods)$/.test(after[0] ?? '')) return [];
  }
  // ("San Luis Obispo", "Santa Clara": a place's Spanish or Portuguese saint, no title.)
  // (Three words exactly: "San Sak" may be a Cambodian’s name.)
  if (/^(?:San|Santa|São|Sao)\s\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$/u.test(chunk.text) && !PERSON_VERBS.test(tokens[chunk.last + 1]?.value ?? '') && tokens[chunk.last + 1]?.value !== ',') return [piece(chunk, 0, isKnownPlace(chunk.text) ? 'place' : 'term')];
  // ("Operation Southern Watch", "Operation Freedom’s Sentinel": a military operation, whatever
  // its words — never a body ("Watch") or a person.)
  if (/^Operation\s\p{Lu}/u.test(chunk.text)) return [piece(chunk, 0, 'term')];
  // ("The Dr. Phil Show", "the Annual King Day Breakfast": an event or a programme named after
  // someone, title and all, is no person.)
  if (/\s(?:Show|Breakfast|Luncheon|Gala)$/.test(chunk.text)) return [piece(chunk, 0, 'term')];
  // "Jersey Mike's", "Jimmy John's": a business named after someone, never that person.
  if (/\S['’]s$/.test(chunk.text) && chunk.text.includes(' ')) return [piece(chunk, 0, 'term')];
  // "Jersey Mike's customer base" once "Jersey Mike's" is known: the "'s" is the name's own.
  const apostrophe = tokens[chunk.last + 1];
  if (chunk.possessive && apostrophe && registry.isOther(`${chunk.text}'s`)) {
    const whole = `${chunk.text}${apostrophe.value}`;
    return [{ ...piece(chunk, 0, 'term'), end: apostrophe.end, text: whole, canonical: whole, possessive: false }];
  }
  // "Deputy Secretary of State Sherman", "Secretary of Defense Austin": a cabinet title, then
  // the holder's surname.
  // ("Secretary of Defense Austin and Secretary of the Treasury Yellen": two of them.)
  const cabinetParts = chunk.text.split(' and ');
  const cabinetSurnames = cabinetParts.length <= 2 ? cabinetParts.map((part) => CABINET_TITLE_SURNAME.exec(part)?.[1]) : [];
  if (cabinetSurnames.length > 0 && cabinetSurnames.every((surname) => surname !== undefined && !isCommonWord(surname))) {
    let offset = 0;
    return cabinetParts.map((part, k) => {
      const surname = cabinetSurnames[k]!;
      const known = registry.findPerson(surname);
      if (!known) registry.addPerson(surname, null, false);
      const start = chunk.start + offset + part.length - surname.length;
      offset += part.length + ' and '.length;
      return { ...piece(chunk, 0, 'person', known?.name ?? surname), start, end: start + surname.length, text: surname, possessive: chunk.possessive && start + surname.length === chunk.end };
    });
  }
  // "the Oath of Office", "the Oval Office", "the State of the Union", "the Soviet Union": fixed
  // names whose words look like a body's.
  const cw = words(chunk);
  const fixed = FIXED_NAMES.get(chunk.text);
  if (fixed) return [piece(chunk, 0, fixed)];
  // ("Valeska Paris, an Australian woman and former Scientologist, has claimed": two name words
  // that an aside says are someone — a person, though the last is a city's name too.)
  if (cw.length === 2 && cw.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && (isPlaceWord(cw[1]!) || isKnownPlace(cw[1]!)) && !isPlaceWord(cw[0]!) && !ORG_WORDS.has(lower(cw[0]!)) && !ORG_WORDS.has(lower(cw[1]!)) && !ROLE_WORDS.has(lower(cw[0]!)) && !isKnownPlace(chunk.text) && !isKnownOrganization(chunk.text) && !isCommonWord(cw[0]!) && tokens[chunk.last + 1]?.value === ',' && /^(a|an)$/.test(tokens[chunk.last + 2]?.value ?? '') && describesPerson(tokens, chunk.last + 3)) {
    if (!registry.findPerson(chunk.text)) registry.addPerson(chunk.text, null);
    return [piece(chunk, 0, 'person')];
  }
  // ("the Russian Federation": a people's name and "Federation" is a country.)
  // (Not "the Hispanic Federation": a people that is no nation's.)
  if (cw.length === 2 && /^(?:Federation|Confederation)$/.test(cw[1]!) && isDemonym(cw[0]!) && !/^(?:Hispanic|Latino|Latina|Jewish|Black|Native|Catholic|Muslim|Christian|Arab)$/.test(cw[0]!)) return [piece(chunk, 0, 'place')];
  // ("Camp Blanding", "Fort Hood Training Center": a military post's name, a place.)
  if (cw.length >= 2 && /^(?:Camp|Fort|Ft\.)$/.test(cw[0]!) && /^\p{Lu}/u.test(cw[1]!) && (!ORG_WORDS.has(lower(cw[cw.length - 1]!)) || /^(?:Center|Centre|Complex)$/.test(cw[cw.length - 1]!)) && !cw.includes('of') && !chunk.possessive) return [piece(chunk, 0, 'place')];
  // ("Florida black bear", "Kirtland’s warbler": a species' common name, a thing of no kind.)
  if (/\s\p{Ll}[\p{Ll}-]*$/u.test(chunk.text) && ORGANISM.test(chunk.text.split(/\s+/).pop()!)) return [piece(chunk, 0, 'term')];
  // ("Flying Fish Brewing Co.", "Night Lizard Brewing Co.": a company's legal form ends its
  // name — a body, whatever common words stand before it.)
  // (Not "Delta Co., 1st Battalion": a company of soldiers, the first link of a unit's chain.)
  const unitChain = tokens[chunk.last + 1]?.value === ',' && /^\d/.test(tokens[chunk.last + 2]?.value ?? '');
  if (cw.length >= 2 && !unitChain && /^(?:Co\.|Corp\.|Inc\.|Ltd\.|LLC|L\.L\.C\.|Company|Corporation)$/.test(cw[cw.length - 1]!) && cw.slice(0, -1).every((w) => /^[\p{Lu}\d&]/u.test(w))) {
    registry.addOrganization(chunk.text);
    return [piece(chunk, 0, 'organization')];
  }
  // ("operated by Humor Rainbow, Inc.", "HK Contractors, INC": a legal form after a comma makes
  // the words before it a company, however common they are.)
  if (!unitChain && tokens[chunk.last + 1]?.value === ',' && /^(?:Inc\.?|INC\.?|LLC|L\.L\.C\.|Ltd\.?|LTD\.?|PLC|Corp\.?)$/.test(tokens[chunk.last + 2]?.value ?? '') && cw.every((w) => /^[\p{Lu}\d&]/u.test(w)) && !chunk.possessive) {
    registry.addOrganization(chunk.text);
    return [piece(chunk, 0, 'organization')];
  }
  // ("H5N1", "H1N1 swine flu": a virus's subtype is a thing, never a body.)
  if (/^[A-Z]\d{1,2}[A-Z]\d{1,2}\b/.test(chunk.text)) return [piece(chunk, 0, 'term')];
  // ("Data.gov", "Challenge.gov": a site's name, wherever it stands.)
  if (/^\p{Lu}[\p{L}\d-]*\.(?:gov|com|org|net|edu|mil|io)$/u.test(chunk.text)) return [piece(chunk, 0, 'term')];
  // ("May God bless David and all those he loved": a blessing, no name.)
  if (/^God\s+[Bb]less\b/.test(chunk.text) && /^may$/i.test(tokens[chunk.first - 1]?.value ?? '')) return [];
  // "Find Your Park", "Protect Our Waters": a call to do something, a campaign's name — no place
  // or body, whatever its last word.
  if (cw.length >= 2 && /^(?:Your|Our|My)$/.test(cw[1]!) && isCommonWord(cw[0]!) && !ORG_WORDS.has(lower(cw[0]!)) && !ROLE_WORDS.has(lower(cw[0]!)) && !isPlaceWord(cw[0]!)) return [piece(chunk, 0, 'term')];
  // "in the town of Camborne", "the city of Lynn Haven": what a town is named is a place.
  if (tokens[chunk.first - 1]?.value === 'of' && TOWN_OF.test(tokens[chunk.first - 2]?.value ?? '') && !cw.some((w) => ORG_WORDS.has(lower(w)) || ROLE_WORDS.has(lower(w))) && cw.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w))) return [piece(chunk, 0, 'place')];
  const orgPerson = organisationThenPerson(tokens, chunk);
  if (orgPerson) return [...typeChunk(tokens, orgPerson.org, sentenceFirst, registry), ...typeChunk(tokens, orgPerson.person, sentenceFirst, registry)];
  const split = personOfPlace(tokens, chunk, sentenceFirst);
  if (split) {
    const right = split.right ? typeChunk(tokens, split.right, sentenceFirst, registry).filter((n) => n.kind !== 'person') : [];
    if (split.speaker) {
      registry.addPerson(split.left.text, null);
      return [piece(split.left, 0, 'person'), ...right];
    }
    return [...typeChunk(tokens, split.left, sentenceFirst, registry), ...right];
  }
  const ws = words(chunk);
  const prev = tokens[chunk.first - 1];
  const next = tokens[chunk.last + 1];
  // ("after Tony Blair defended his plans": a word that opens a clause, before its subject and
  // verb, is no preposition of a place's.)
  const clauseSubject = !!prev && CLAUSE_OPENERS.test(prev.value) && /^(?:VERB|AUX)$/.test(next?.pos ?? '') && ws.length > 1 && isFirstName(ws[0]!) && !isKnownOrganization(chunk.text);
  const afterFunctionWord = !!prev && (prev.pos === 'ADP' || prev.pos === 'DET') && !roleBefore(tokens, chunk, sentenceFirst) && !clauseSubject && !fullNameAfterPreposition(tokens, chunk, ws);

  // ("SK Sharif, senior deputy director of health,", "said PJ Crowley, the spokesman": two capitals
  // no body is known by, then a surname that is no English word, place or body, said to be
  // someone by what follows — initials run together, then the name.)
  if (initialsThenSurname(ws, registry) && (saysPerson(tokens, chunk) || (/^(?:said|says|by)$/.test(prev?.value ?? '') && next?.value === ','))) return [piece(chunk, 0, 'person')];
  // A role, place or demonym in front of a name: "FAA Administrator ‖ Mike Whitaker".
  let nameFrom = 0;
  // "Puerto Rico ‖ Education Office": a place of two words goes as one, never half of it.
  const twoWordPlace = (k: number): boolean => k + 2 < ws.length && isKnownPlace(`${ws[k]} ${ws[k + 1]}`);
  // ("Regional Forester ‖ Liz Agpaoa": an occupation the lexicon knows, before a given name and
  // a surname — not "Baker ‖ Hughes", a surname the word may be.)
  const occupation = (k: number): boolean => LEXICON_ROLES.has(lower(ws[k]!)) && !ROLE_WORDS.has(lower(ws[k]!)) && !isLastName(ws[k]!) && !isFirstName(ws[k]!) && ws.length - k === 3 && isFirstName(ws[k + 1]!);
  // ("Jordan ‖ Gerth", "Israel ‖ Katz": a country that is a given name too, before a surname that
  // is no English word, place or body, is that given name — not after "in", "from", "of".)
  const givenPlace = ws.length === 2 && isAnyGivenName(ws[0]!) && /^\p{Lu}\p{Ll}+$/u.test(ws[1]!) && !isCommonWord(ws[1]!) && !isKnownPlace(ws[1]!) && !ORG_WORDS.has(lower(ws[1]!)) && !/^(?:in|from|of|to|at|across|near)$/i.test(prev?.value ?? '');
  // ("PFC ‖ Dane Balcon", "Sen. ‖ Jordan Hale": after a rank or a title, a people's or a place's
  // name that is a given name too, before a surname closing the chunk, opens the person's name.)
  const givenAfterTitle = (k: number): boolean => k > 0 && k === ws.length - 2 && (ROLE_WORDS.has(lower(ws[k - 1]!)) || TITLE_ABBREVIATION.test(ws[k - 1]!.replace(/\.$/, '')) || isAcronym(ws[k - 1]!)) && isAnyGivenName(ws[k]!) && /^\p{Lu}\p{Ll}+$/u.test(ws[k + 1]!) && (!isCommonWord(ws[k + 1]!) || PERSONAL_TITLE.test(ws[k - 1]!) || TITLE_ABBREVIATION.test(ws[k - 1]!.replace(/\.$/, ''))) && !isKnownPlace(ws[k + 1]!) && !ORG_WORDS.has(lower(ws[k + 1]!)) && !PLACE_HEADS.has(lower(ws[k + 1]!));
  // ("founded by Dean Kamen": a given name that is also a title's word, before a surname no
  // one in the article bears yet, is that given name.)
  const givenTitle = ws.length === 2 && ws[0] === 'Dean' && /^\p{Lu}\p{Ll}+$/u.test(ws[1]!) && !isCommonWord(ws[1]!) && !isKnownPlace(ws[1]!) && !registry.findPerson(ws[1]!) && !/^(?:the|a|an|as)$/i.test(prev?.value ?? '');
  while (nameFrom < ws.length - 1 && !givenPlace && !givenTitle && !givenAfterTitle(nameFrom) && (twoWordPlace(nameFrom) || isPlaceWord(ws[nameFrom]!) || ROLE_WORDS.has(lower(ws[nameFrom]!)) || isAcronym(ws[nameFrom]!) || occupation(nameFrom))) {
    nameFrom += twoWordPlace(nameFrom) ? 2 : 1;
  }
  // "East Los Angeles", "Greater Manchester": a direction before a known place is that place's part.
  if (nameFrom > 0 && ws.slice(0, nameFrom).every((w) => /^(?:East|West|North|South|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|Northeast|Northwest|Southeast|Southwest)$/.test(w)) && isKnownPlace(ws.slice(nameFrom).join(' '))) return [piece(chunk, 0, 'place')];
  // "Transport Minister ‖ Amina Otieno", "Former President ‖ Jimmy Carter": the name follows the last role word.
  let lastRole = -1;
  // ("Sheikh Sharif Sheikh Ahmed": "Sheikh" after a name's word is part of the name, no title.)
  ws.forEach((w, i) => ROLE_WORDS.has(lower(w)) && !(/^Sheikh?$/.test(w) && i > 0 && !ROLE_WORDS.has(lower(ws[i - 1]!)) && /^\p{Lu}\p{Ll}+$/u.test(ws[i - 1]!)) && (lastRole = i));
  if (lastRole >= nameFrom && lastRole < ws.length - 1 && !givenTitle) nameFrom = lastRole + 1;
  // ("Sergeant First Class Stone", "Airman 1st Class Hale": the class is the rank's.)
  if (nameFrom > 0 && nameFrom + 2 < ws.length && /^(?:First|Second|Third|1st|2nd|3rd)$/.test(ws[nameFrom]!) && ws[nameFrom + 1] === 'Class') nameFrom += 2;
  // ("Assistant Inspector in Charge Hirose": "in Charge" ends the office.)
  if (nameFrom > 0 && nameFrom + 2 < ws.length && ws[nameFrom] === 'in' && ws[nameFrom + 1] === 'Charge') nameFrom += 2;
  // "El Watan said" after "newspapers including El Watan": a paper speaking, not a person.
  // ("Private First Class Gonzalez": the rank spelled out, its first word an adjective too.)
  const privateFirstClass = ws.length > 3 && ws[0] === 'Private' && ws[1] === 'First' && ws[2] === 'Class';
  if (privateFirstClass && nameFrom < 3) nameFrom = 3;
  const titled = roleBefore(tokens, chunk, sentenceFirst) || privateFirstClass || ws.slice(0, nameFrom).some((w) => ROLE_WORDS.has(lower(w)));
  // ("Deniz Baykal, who heads the party": a who-clause, an age or a description after the name too.)
  // (Not "at NASA Langley, who joined the team": a body's or a place's name before the clause of
  // the person named before it.)
  const plainWords = ws.every((w, i) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_WORDS.has(lower(w)) && ((!isPlaceWord(w) && !isKnownPlace(w)) || (i === 0 && givenPlace))) && !isKnownPlace(chunk.text) && !isKnownOrganization(chunk.text);
  const hasRole = titled || ((saysPerson(tokens, chunk) || (plainWords && personAppositive(tokens, chunk))) && !registry.isOther(chunk.text));
  // "Ozzy said he was …", "… said Ken" after "Ozzy Osbourne", "Ken Carpenter": a given name
  // that speaks is that one person.
  // (After "said", only a name that ends the tag: not "said Richard and Judy executive producer Amanda Ross".)
  const endsTag = /^(?:said|says|added|asked)$/.test(prev?.value ?? '') && (!next || /^[,.;!?(]$/.test(next.value));
  // "… is Met Hat, 34.", "“…,” said Ear Sophal.": two or three words of a name that an age
  // follows, or that end a speech tag (the last no English word), are a person whatever the
  // words — names from other languages are often English words too.
  // ("said Tith Tar, a 54-year-old farmer": the age in words after "a" too.)
  const age = next?.value === ',' && ((/^\d{1,3}$/.test(tokens[chunk.last + 2]?.value ?? '') && /^[,.]$/.test(tokens[chunk.last + 3]?.value ?? '')) || (/^an?$/.test(tokens[chunk.last + 2]?.value ?? '') && /^\d{1,3}-year-old\b/.test(tokens.slice(chunk.last + 3, chunk.last + 8).map((t) => t.value).join(''))));
  // ("Sens. Mike Lee (R-UT) and Orrin Hatch (R-UT)": a lawmaker's party and state in brackets.)
  // ("Senators Tom Kerrigan and Walda Pennick": a title in the plural holds for each name of its list.)
  const party = partyTagAfter(tokens, chunk.last + 1) || pluralTitleListBefore(tokens, chunk, sentenceFirst);
  // ("said Jordan Richard, of …": a given name that is a place's too opens a name.)
  // ("said Worta McCaskill-Stevens, M.D.": the surname may be double, or "Mc", "Mac" or "O’" and a capital.)
  const plainName = ws.length >= 2 && ws.length <= 3 && ws.every((w, k) => (/^\p{Lu}\p{Ll}+$/u.test(w) || (k === ws.length - 1 && k > 0 && SURNAME_SHAPE.test(w))) && !ORG_WORDS.has(lower(w)) && !ROLE_WORDS.has(lower(w)) && (!isPlaceWord(w) || (k === 0 && isAnyGivenName(w)))) && !isKnownPlace(chunk.text) && !isKnownOrganization(chunk.text) && !chunk.possessive;
  // ("said Christian Porter.": both words given names too, the first a people's word — no
  // English phrase ends a speech tag so.)
  // ("the Minister for Social Services, Christian Porter said.": so does a comma and the verb.)
  const givenPair = ws.length === 2 && isAnyGivenName(ws[0]!) && isAnyGivenName(ws[1]!) && (endsTag || (prev?.value === ',' && /^(?:said|says|added)$/.test(next?.value ?? '') && /^[.,]$/.test(tokens[chunk.last + 2]?.value ?? '')));
  // ("Member for Maribyrnong, Bill Shorten today announced": an office "for" a seat or a field,
  // a comma, then its holder by a given name.)
  const holdsOffice = isAnyGivenName(ws[0]!) && officeForBefore(tokens, chunk, sentenceFirst);
  // ("Andrzej BUŁA (EPP, PL)": the surname in capitals, as the European Parliament writes it.)
  const capitalSurname = ws.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(ws[0]!) && /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u.test(ws[1]!) && partyTagAfter(tokens, chunk.last + 1);
  if (capitalSurname || (plainName && (age || party || givenPair || holdsOffice || (endsTag && !isCommonWord(ws[ws.length - 1]!))))) {
    if (!registry.findPerson(chunk.text)) registry.addPerson(chunk.text, null);
    return [piece(chunk, 0, 'person')];
  }
  // "Sir Ian told a meeting" after "Sir Ian Blair": a knight is called by his given name.
  if (ws.length === 2 && /^(?:Sir|Dame)$/.test(ws[0]!)) {
    const known = registry.findByGivenName(ws[1]!);
    if (known) return [piece(chunk, 1, 'person', known.name)];
  }
  // ("Gary, on the other hand, recognized …" after "Gary Harris": the sentence's subject, an aside after it.)
  // (Not one spoken to: "Steven, I want to congratulate you.", "Betsy, you might say a few words.")
  const asideWord = tokens[chunk.last + 2]?.value ?? '';
  const subjectAside = chunk.first === sentenceFirst && next?.value === ',' && isFirstName(ws[0]!) && /^\p{Ll}+$/u.test(asideWord) && !/^(?:you|we|thank|thanks|please|welcome|congratulations|let|come|look|listen|here|what|how|why|do|can|will|would)$/.test(asideWord);
  // ("Lynn sheepishly admitted": an adverb in -ly may stand before the verb.)
  const verbAfter = PERSON_VERBS.test(next?.value ?? '') || (/^\p{Ll}{3,}ly$/u.test(next?.value ?? '') && PERSON_VERBS.test(tokens[chunk.last + 2]?.value ?? ''));
  // ("Joey wrote, “…”": writing or announcing, said of a given name alone.)
  const writes = /^(?:wrote|writes|announced|announces|yelled|shouted|exclaimed)$/.test(next?.value ?? '');
  if (ws.length === 1 && (verbAfter || endsTag || subjectAside || (writes && isFirstName(chunk.text))) && !registry.findPerson(chunk.text)) {
    const known = registry.findByGivenName(chunk.text);
    if (known) return [piece(chunk, 0, 'person', known.name)];
    // ("Josh came home and announced", "… Brent said to the reporter": a given name the lexicon
    // knows, no place or body, that speaks is a person the story calls by that name.)
    // (Not after a preposition of place: "Mark Kitsmore, 54, of Tyler said", "near Tyler said".)
    if ((verbAfter || endsTag || writes) && isFirstName(chunk.text) && !/^(?:of|in|at|from|near|to|outside|around)$/i.test(prev?.value ?? '') && !isKnownPlace(chunk.text) && !isKnownOrganization(chunk.text) && !registry.isOther(chunk.text) && !chunk.possessive) {
      registry.addPerson(chunk.text, null);
      return [piece(chunk, 0, 'person')];
    }
  }
  // ("One day Josh came home …", "Josh’s platoon", "spoke highly of Josh." after "Josh Moore":
  // the given name of the one person the article named in full with it, as a verb's subject, an
  // owner or an object closing its clause — not one spoken to ("Steven, I want …"), a show's
  // name ("Richard and Judy"), a word that opens a sentence as a common one ("Mark the date"),
  // a place ("in Tyler") or a body.)
  // ("Eric was raised in Lexington": an auxiliary verb too.)
  const givenNameUse = chunk.possessive || (/^(?:VERB|AUX)$/.test(next?.pos ?? '') && /^\p{Ll}/u.test(next!.value)) || (/^(?:of|to|with|for|about|by)$/.test(prev?.value ?? '') && /^[.,;:!?]$/.test(next?.value ?? ''));
  if (ws.length === 1 && givenNameUse && !registry.findPerson(chunk.text) && !(chunk.first === sentenceFirst && isCommonWord(lower(chunk.text))) && !isKnownPlace(chunk.text) && !isKnownOrganization(chunk.text) && !registry.isOther(chunk.text)) {
    const known = registry.findByGivenName(chunk.text);
    if (known) return [piece(chunk, 0, 'person', known.name)];
  }
  // "the graphic novel Angel Catbird", "the documentary Mary Lee": a work named after what it
  // is — no person, whatever its name looks like.
  if (prev && /^(?:novel|book|memoir|film|movie|documentary|album|song|sitcom|musical|opera|podcast|poem|painting|sculpture)$/.test(prev.value) && !hasRole) return [piece(chunk, 0, 'term')];
  // ("published their results today in Science Robotics": where a study is published is a
  // journal, whatever its words.)
  // ("was published in the Journal of Climate": after "in the" too.)
  const inAt = prev?.value === 'in' ? chunk.first - 1 : /^the$/i.test(prev?.value ?? '') && tokens[chunk.first - 2]?.value === 'in' ? chunk.first - 2 : -1;
  if (inAt >= 0 && tokens.slice(Math.max(sentenceFirst, inAt - 6), inAt).some((t) => /^(?:published|publishes|publish)$/.test(t.value)) && !hasRole && !isKnownPlace(chunk.text) && !(ws.length === 1 && isCommonWord(ws[0]!)) && !/^(?:and|&)$/.test(next?.value ?? '')) return [piece(chunk, 0, 'term')];
  // "fund manager Matrix Asset Advisors": a role in common words before common words is no title.
  const commonRoleBefore = !!prev && /^\p{Ll}+$/u.test(prev.value) && ROLE_WORDS.has(prev.value);
  // "the Italian Le Repubblica newspaper", "the Atlas company": what follows says it is an organisation.
  // "its Japanese rival Nissan": a people's name before the cue is an adjective.
  if (next && isOrgCue(next.value) && (ws.every((w) => isDemonym(w)) || isKnownPlace(chunk.text))) return [];
  // "French carmaker PSA Peugeot Citroen": a company named after what it is.
  // ("comedian and broadcaster Cyril Fletcher", "game developer Ana Ruiz", "married publisher
  // Kimberly Quinn": a person may be any of these; a given name says which.)
  const personShaped = ws.length <= 3 && /^(?:broadcaster|developer|publisher)$/.test(prev?.value ?? '') && isFirstName(ws[0]!) && !hasOrganizationWord(ws) && !isKnownOrganization(chunk.text);
  // (Not "Australia's Cleo magazine Sharri Markson": a cue right after another name is that
  // name's; the one after it is a name of its own.)
  // (A people's word before the cue is its adjective: "German magazine Der Kurier", "Italian
  // carmaker Vela Moreno".)
  const wordBeforeCue = tokens[chunk.first - 2]?.value ?? '';
  const cueOfNameBefore = /^\p{Lu}/u.test(wordBeforeCue) && !isDemonym(wordBeforeCue) && !isCommonWord(wordBeforeCue);
  if (ws.length > 1 && prev && /^\p{Ll}/u.test(prev.value) && isOrgCue(prev.value) && !hasRole && !registry.findPerson(chunk.text) && !personShaped && !cueOfNameBefore) {
    const org = piece(chunk, 0, 'organization');
    registry.addOrganization(org.text);
    return [org];
  }
  // (Not "his World War II service", "Desert Storm service": service in a war, not a body.)
  const warService = lower(next?.value ?? '') === 'service' && ws.some((w) => /^(?:War|Wars|Storm|Shield|Freedom)$/.test(w));
  if (next && ORG_CUES.has(lower(next.value)) && !CUES_BEFORE_ONLY.has(lower(next.value)) && !hasRole && !warService && !(ws.length === 1 && isCommonWord(chunk.text))) {
    // "the Italian ‖ Corriere Nuovo newspaper": the people it is from is not its name.
    let from = 0;
    while (from < ws.length - 1 && isDemonym(ws[from]!)) from += 1;
    if (PRODUCT_CUES.has(lower(next.value)) && !isKnownOrganization(chunk.text)) return [piece(chunk, from, 'term')];
    const org = piece(chunk, from, 'organization');
    registry.addOrganization(org.text);
    return [org];
  }
  // "the Daniel Patrick Moynihan Lecture", "the Robert F. Kennedy Human Rights Award": a thing
  // named after a person is not that person.
  if (ws.length > 1 && !hasRole && NAMED_AFTER_HEADS.has(lower(ws[ws.length - 1]!))) return [piece(chunk, 0, 'term')];
  // ("the National Medal of Technology and Innovation": an award's head word before "of" names
  // the award, whatever body's word ends the field it is of.)
  const awardOf = ws.indexOf('of');
  if (awardOf > 0 && !hasRole && NAMED_AFTER_HEADS.has(lower(ws[awardOf - 1]!))) return [piece(chunk, 0, 'term')];
  // "The Lib Dems said", "the Young Democrats": "the" and a plural are a party or a group, no one person.
  // (Not "the Reverend Adrian Rodgers": a title or a given name says a person.)
  // ("the Houthis": one word too, a people's or a movement's plural.)
  if (ws.length >= 1 && ws.length <= 3 && /^the$/i.test(prev?.value ?? '') && ((ws.length > 1 && /(?:ats|ans|ists|ies|ems|als|ites)$/.test(ws[ws.length - 1]!)) || (ws.length === 1 && /\p{Ll}is$/u.test(ws[0]!))) && !ws.some((w) => isFirstName(w) || ROLE_WORDS.has(lower(w))) && !isKnownPlace(chunk.text) && !isKnownOrganization(chunk.text) && !registry.findPerson(chunk.text)) return [piece(chunk, 0, 'term')];
  // "Prime Minister of Norway ‖ Jonas Gahr Støre", "Chair of the Federal Reserve ‖ Jerome Powell":
  // after a role, the name is the first run of words from which a person's name follows.
  // ("Member of Parliament for North Southwark", "MP for Bristol West": a member "for" somewhere
  // sits for a constituency — a place, no one's name.)
  const seat = ws.findIndex((w, k) => w === 'for' && k > 0 && /^(?:Parliament|MP|MSP|MLA|Member)$/.test(ws[k - 1]!));
  // ("an MSP for the Lothian area": the article before the place is no part of it.)
  const seatFrom = /^the$/i.test(ws[seat + 1] ?? '') ? seat + 2 : seat + 1;
  if (seat > 0 && seatFrom < ws.length && !ws.slice(seat + 1).some((w) => isFirstName(w) || ROLE_WORDS.has(lower(w)))) return [piece(chunk, seatFrom, 'place')];
  let personFrom = givenAfterTitle(nameFrom) ? nameFrom : -1;
  // "President of ‖ Yad Ezra", "Director of ‖ Acquavella Galleries": what an office is "of"
  // is a body unless a given name says a person follows.
  const officeOf = nameFrom > 0 && /^(?:of|for)$/.test(ws[nameFrom]!) && !ws.slice(nameFrom).some((w) => isFirstName(w));
  // No name starts in the middle of a place: "Puerto ‖ Rico Education Office".
  const insidePlace = (k: number): boolean => k > 0 && isKnownPlace(`${ws[k - 1]} ${ws[k]}`);
  // "Director of ‖ Intergovernmental Affairs ‖ Julie Rodriguez": after a title, words that are
  // no one's name and then a known given name — the person starts at the given name.
  if (hasRole) {
    for (let k = nameFrom + 1; k <= ws.length - 2 && personFrom < 0; k += 1) {
      // (A given name that is an English word too, "Robin", only after the words of an office:
      // "Secretary of State ‖ Robin Dunnigan", not "Bank Oyens & ‖ Van Eeghen".)
      const given = isFirstName(ws[k]!) || (isAnyGivenName(ws[k]!) && ws.slice(nameFrom, k).every(isOfficeWord));
      // ("Hernan ‖ Dario Gomez, Panama coach,": with no title before it, an unknown first word is
      // the name's own.)
      if (given && !insidePlace(k) && looksLikeName(ws.slice(k)) && ws.slice(nameFrom, k).every((w) => !isPersonNameWord(w) && !isInitial(w) && !NAME_PARTICLES.has(w)) && (titled || ws.slice(nameFrom, k).every(isOfficeWord)) && !unknownOpener(ws.slice(nameFrom, k))) personFrom = k;
    }
    // "Chief of Staff ‖ Tarak Shah", "Secretary of Energy ‖ Oyelaran Adeyemi": the words of an office,
    // then two or three words that are no English word, place or body — a name, though no list
    // knows its given name.
    // ("Secretary of State ‖ Condoleezza Rice": the surname may be an English word, after one that is none.)
    for (let k = nameFrom + 2; k <= ws.length - 2 && personFrom < 0 && ws.length - k <= 3; k += 1) {
      const unknownWord = (w: string): boolean => !isCommonWord(w) && !isKnownPlace(w) && !ORG_WORDS.has(lower(w)) && !ROLE_WORDS.has(lower(w)) && !isAcronym(w);
      const last = ws[ws.length - 1]!;
      const commonSurname = /^\p{Lu}\p{Ll}+$/u.test(last) && !isKnownPlace(last) && !ORG_WORDS.has(lower(last)) && !ROLE_WORDS.has(lower(last)) && !LEXICON_ROLES.has(lower(last)) && !LAW_HEADS.has(lower(last)) && !TERM_HEADS.has(lower(last));
      // ("Mayor of London ‖ Sadiq Khan": the office may be "of" a place the gazetteer knows.)
      const office = ws.slice(nameFrom, k);
      const ofPlace = office.length >= 2 && office[0] === 'of' && isKnownPlace(office.slice(1).join(' '));
      if (ws.slice(k, -1).every(unknownWord) && (unknownWord(last) || commonSurname) && looksLikeName(ws.slice(k)) && (office.every(isOfficeWord) || ofPlace) && office.includes('of')) personFrom = k;
    }
  }
  // ("Executive Director ‖ OJ Semans": two capitals right after a role word, then a surname that
  // is no English word, place or body, ending the chunk — initials run together, then the name.)
  const initials = ws.length - 2;
  if (hasRole && personFrom < 0 && initials >= 1 && /^[A-Z]{2}$/.test(ws[initials]!) && ROLE_WORDS.has(lower(ws[initials - 1]!)) && /^\p{Lu}\p{Ll}+$/u.test(ws[initials + 1]!) && !isCommonWord(ws[initials + 1]!) && !isKnownPlace(ws[initials + 1]!) && !ORG_WORDS.has(lower(ws[initials + 1]!))) personFrom = initials;
  // ("Herb Mason, the … historian,": given names that are English words too, said to be someone
  // by what follows — a person, though every word is common.)
  if (personFrom < 0 && hasRole && !titled && nameFrom === 0 && plainWords && ws.length >= 2 && ws.length <= 3 && isAnyGivenName(ws[0]!) && !isCommonWord(lower(chunk.text)) && !namedThingHead(ws[ws.length - 1]!)) personFrom = 0;
  // "in the United States who have…": a known place stays a place whatever follows it.
  if (personFrom < 0 && !officeOf && (!afterFunctionWord || hasRole || nameFrom > 0) && !isKnownPlace(chunk.text)) {
    const last = lastRole >= 0 ? ws.length - 2 : nameFrom;
    // "Envoy for Climate ‖ John Kerry": a name does not start with a common word unless it is a given name.
    let fallback = -1;
    for (let k = nameFrom; k <= last && personFrom < 0; k += 1) {
      if (insidePlace(k)) continue;
      // ("Chief Judge Virginia M. Kendall": after a title, a given name that names a place too,
      // an initial and a surname are the person.)
      if (k > 0 && ROLE_WORDS.has(lower(ws[k - 1]!)) && isAnyGivenName(ws[k]!) && isInitial(ws[k + 1] ?? '') && k + 2 === ws.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(ws[k + 2]!)) {
        personFrom = k;
        continue;
      }
      // "The Mail on Sunday’s Financial Mail said": a verb alone does not make common words a name.
      if (!isPersonLike(ws.slice(k), hasRole, registry, (k > 0 && !ROLE_WORDS.has(lower(ws[k - 1]!))) || !titled || commonRoleBefore, k > 0 ? ws[k - 1] : prev?.value)) continue;
      // ("Deputy Attorney General Rod J. Rosenstein": a given name that is an English word too,
      // before an initial, opens the name.)
      const givenBeforeInitial = isAnyGivenName(ws[k]!) && isInitial(ws[k + 1] ?? '');
      // (Right after a courtesy title the name starts, an English word or not: "Dr. Tan Heok Hui".)
      const courtesy = /^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/.test(k > 0 ? ws[k - 1]! : (prev?.value ?? ''));
      if (isCommonWord(ws[k]!) && !isFirstName(ws[k]!) && !isInitial(ws[k]!) && !givenBeforeInitial && !courtesy && k < last) fallback = fallback < 0 ? k : fallback;
      else personFrom = k;
    }
    if (personFrom < 0) personFrom = fallback;
  }
  // "Nonproliferation ‖ Eliot Kang", "Eurasian Affairs ‖ Robin Dunnigan": the tail of a long title
  // (cut from its head at "and") runs into a name that opens with a known given name.
  if (personFrom < 0 && ws.length >= 3 && !isFirstName(ws[0]!)) {
    for (let k = 1; k <= ws.length - 2 && personFrom < 0; k += 1) {
      const head = ws.slice(0, k);
      // (A given name that is an English word too, "Robin", only before a surname that is none.)
      const given = isFirstName(ws[k]!) || (isAnyGivenName(ws[k]!) && isOfficeWord(ws[k - 1]!) && !isCommonWord(ws[k + 1]!) && !occupation(k));
      // (A word of no office, place, party or body before it is the name's own first word:
      // "Ladarius Lamar Knight", "Lockheed Martin Space" — not "Lamar Knight", "Martin Space".)
      // (Wider than isOfficeWord: any common word of a title's tail, "Nonproliferation", "Affairs";
      // and "EUMETSAT Director-General ‖ Alain Ratier": a body's letters, a compound office.)
      const tailWord = (w: string): boolean => isCommonWord(w) || ORG_WORDS.has(lower(w)) || ROLE_WORDS.has(lower(w));
      const titleTail = head.every((w) => tailWord(w) || isPlaceWord(w) || /^[A-Z][A-Z0-9&]+$/.test(w) || (w.includes('-') && w.split('-').every(tailWord)) || isKnownOrganization(w) || PARTY_SHORT.test(w));
      // ("Minister of Social Affairs, Veterans and ‖ Youth Rehabilitation ‖ Vong Sauth": after an
      // office "of" a list of bodies, two or three words that are no English word, place or body
      // end the chunk — a name, though no list knows its given name.)
      // ("… for Science and ‖ Engineering ‖ Mihail C. Roco": an initial may stand inside it.)
      const unknownTail = ws.length - k <= 3 && ws.slice(k).every((w, i, tail) => (i > 0 && i < tail.length - 1 && isInitial(w)) || (/^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w) && !isKnownPlace(w) && !ORG_WORDS.has(lower(w)))) && officeListBefore(tokens, chunk, sentenceFirst);
      if ((given || unknownTail) && titleTail && !insidePlace(k) && !isKnownPlace(ws.slice(k).join(' ')) && looksLikeName(ws.slice(k)) && head.every((w) => !isPersonNameWord(w) && !isInitial(w))) {
        personFrom = k;
      }
    }
  }
  // "U.S. Attorney ‖ Hurwit", "Mr. ‖ Reyna": a title and a surname — the title also outside the
  // chunk when it opens the sentence ("President ‖ Obama said").
  // (Not "General Electric has posted …": a company named with a title's word.)
  const titleOutside = ws.length === 1 && !!prev && chunk.first - 1 === sentenceFirst && ROLE_WORDS.has(lower(prev.value)) && !isKnownOrganization(`${prev.value} ${chunk.text}`);
  const surname = hasRole && ((nameFrom > 0 && nameFrom === ws.length - 1) || titleOutside) ? ws[nameFrom]! : null;
  // ("Dr. O’Keefe": an Irish surname's O and apostrophe before its capital.)
  // ("health minister Trinidad Jimenez", "Mayor London Breed": right after the title, a place's
  // name and a surname that is no English word are one person — the place is a given name.)
  if (personFrom < 0 && surname && nameFrom === 1 && ws.length === 2 && !!prev && (ROLE_WORDS.has(lower(prev.value)) || LEXICON_ROLES.has(lower(prev.value))) && isPlaceWord(ws[0]!) && /^\p{Lu}\p{Ll}+$/u.test(ws[0]!) && !isCommonWord(surname) && !isKnownPlace(surname) && !ORG_WORDS.has(lower(surname))) {
    if (!registry.findPerson(chunk.text)) registry.addPerson(chunk.text, null);
    return [piece(chunk, 0, 'person')];
  }
  // ("General Atlantic": a rank before a place's name that is no given name names a firm, no one.)
  const placeAfterRank = !!surname && isKnownPlace(surname) && !isAnyGivenName(surname) && !registry.findPerson(surname);
  if (placeAfterRank && nameFrom === 1 && ws.length === 2) return [piece(chunk, 0, 'term')];
  if (personFrom < 0 && surname && /^(?:\p{Lu}\p{Ll}|O['’]\p{Lu}\p{Ll})/u.test(surname)) {
    const title = nameFrom > 0 ? ws[nameFrom - 1]! : prev!.value;
    const known = registry.findPerson(surname);
    // ("Mr. Corby" after "Ms. Corby": a courtesy title of the other sex names someone else of the
    // name — her father — known only so.)
    const said = honorificGender(title);
    if (known && said && known.gender && known.gender !== said && !known.guessed) return [piece(chunk, nameFrom, 'person', `${title} ${surname}`)];
    if (known) {
      known.weak = false;
      setGender(known, honorificGender(title));
    }
    // "President Bush", "Senator Warren": a word right after a title a person holds is a name,
    // common or not, unless it names a body, an office, a place or a law ("Mr. Speaker").
    const office = (w: string): boolean => /^(?:speaker|chair)$/i.test(w) || ORG_WORDS.has(lower(w)) || ROLE_WORDS.has(lower(w)) || LEXICON_ROLES.has(lower(w)) || isKnownPlace(w) || LAW_HEADS.has(lower(w)) || TERM_HEADS.has(lower(w));
    // (Not "the Bureau of Justice Assistance", "… of Justice Statistics": a body "of" a title's
    // word, then an English word, names a field — no one.)
    const ofField = nameFrom >= 2 && ws[nameFrom - 2] === 'of' && isCommonWord(surname) && !isPersonNameWord(surname);
    // (Nor a body's own word: "INTERPOL's General Secretariat".)
    // ("up to four Deputy Comptrollers of the Currency": an office in the plural.)
    const singular = lower(surname).replace(/s$/, '');
    const pluralOffice = singular !== lower(surname) && (ROLE_WORDS.has(singular) || LEXICON_ROLES.has(singular));
    const nameLike = (!isCommonWord(surname) || (PERSONAL_TITLE.test(title) && !office(surname))) && !ofField && !ORG_WORDS.has(lower(surname)) && !pluralOffice;
    if (!known && titleOutside && nameLike) registry.addPerson(surname, null, false).gender = honorificGender(title);
    if (known || nameLike) return [piece(chunk, nameFrom, 'person', known?.name ?? surname)];
  }
  // ("Finance ‖ Aun Pornmoniroth", the tail of "Minister of Economy and Finance" cut at "and":
  // a common word that is no given name opens no one's name of three words or more.)
  while (personFrom >= 0 && personFrom < ws.length - 2 && isCommonWord(ws[personFrom]!) && !isAnyGivenName(ws[personFrom]!) && !isInitial(ws[personFrom]!) && !NAME_OPENER.test(ws[personFrom]!)) personFrom += 1;
  // ("Head ‖ Health Challenge III": no one's name ends in a thing's head word — unless a
  // personal title right before says it is a surname, "Dr. Ann Lake".)
  const titleBefore = personFrom > 0 ? ws[personFrom - 1]! : (prev?.value ?? '');
  // ("Sultan Said ‖ bin Taimur", "King Hamad bin ‖ Isa Al Khalifa": a particle opens no name, nor
  // follows its start, after a title and a capitalised word that is no title's — that word,
  // "Said", "Hamad", is the given name.)
  const particle = (w: string | undefined): boolean => /^(?:bin|ibn|bint|al|el|van|von|de|da|di|du|del|der)$/.test(w ?? '');
  const givenAfterTitleWord = (k: number): boolean => k >= 1 && /^\p{Lu}\p{Ll}+$/u.test(ws[k]!) && !ROLE_WORDS.has(lower(ws[k]!)) && !isPlaceWord(ws[k]!) && (ROLE_WORDS.has(lower(ws[k - 1]!)) || TITLE_ABBREVIATION.test(ws[k - 1]!.replace(/\.$/, '')));
  if (personFrom >= 2 && particle(ws[personFrom]) && givenAfterTitleWord(personFrom - 1)) personFrom -= 1;
  else if (personFrom >= 3 && particle(ws[personFrom - 1]) && givenAfterTitleWord(personFrom - 2)) personFrom -= 2;
  // ("Mayor Victoria Lake", "Austin Bridge, a biologist": a given name and one word more, that
  // a title or a description says is someone, is a person still.)
  // (Not "Chairman of the Brady Campaign": a campaign's, a programme's or a coalition's word is
  // no surname.)
  const givenAndSurname = personFrom >= 0 && ws.length - personFrom === 2 && isAnyGivenName(ws[personFrom]!) && hasRole && !/^(?:Campaign|Program|Programme|Project|Initiative|Coalition|Alliance|Network|Partnership)$/.test(ws[ws.length - 1]!);
  if (personFrom >= 0 && !givenAndSurname && namedThingHead(ws.filter((w) => !/^[IVX]+$/.test(w)).pop() ?? '') && !PERSONAL_TITLE.test(titleBefore) && !TITLE_ABBREVIATION.test(titleBefore.replace(/\.$/, ''))) personFrom = -1;
  // ("the Venetia Burney Student ‖ Dust Counter": after a role's word, two English words or more,
  // none a given name or a surname the lists know, name a thing — no one.)
  // (Not "Alix McKenna of the General ‖ Crimes Section": a person, then where they work.)
  const tailWords = personFrom > 0 && !ws.slice(0, personFrom).includes('of') ? ws.slice(personFrom) : [];
  // (Not "Prime Minister Hun Sen": short words may be a name's syllables; nor after a personal title.)
  if (tailWords.length >= 2 && tailWords.every((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && isCommonWord(lower(w)) && !isAnyGivenName(w) && !isLastName(w)) && !PERSONAL_TITLE.test(titleBefore) && !TITLE_ABBREVIATION.test(titleBefore.replace(/\.$/, ''))) personFrom = -1;
  // ("Contingency Operating ‖ Base Basra": no one's name starts with a site's or a body's word.)
  // ("Ho Chi ‖ Minh City": nor ends in "City".)
  // ("Fort Leonard Wood", "Camp David", "Mount Rainier": a site's word before a person's name
  // makes the whole a place named after them.)
  if (personFrom > 0 && /^(?:Fort|Ft\.?|Camp|Port|Mount|Mt\.?|Lake|Cape)$/.test(ws[personFrom - 1]!) && ws.slice(0, personFrom - 1).every((w) => !ROLE_WORDS.has(lower(w)))) return [piece(chunk, 0, 'place')];
  // ("Fauna and ‖ Flora International Asia-Pacific": no one's name has "International" in it.)
  if (personFrom >= 0 && ws.slice(personFrom).some((w) => /^(?:International|Global|Worldwide|Incorporated)$/.test(w))) personFrom = -1;
  if (personFrom >= 0 && (/^(?:Base|Camp|Fort|Station|Airfield|Outpost|Port)$/.test(ws[personFrom]!) || ORG_WORDS.has(lower(ws[personFrom]!)) || (ws[ws.length - 1] === 'City' && ws.length - personFrom >= 2))) personFrom = -1;
  // ("the Boston Red Sox swept the Colorado Rockies": "the", a place, then words shaped like a
  // name with no title — a team or a thing named for the place, not a person there.)
  // (Not "Ambassador to the United States Hamdullah Mohib", "Minister for Asia and the Middle East
  // Amanda Milling": a title's place, then the person — after a preposition, or a given name the
  // lists know as no English word.)
  if (personFrom > 0 && !titled && /^the$/i.test(prev?.value ?? '') && !/^(?:to|for|of|and|in|at|from|on|with)$/i.test(tokens[chunk.first - 2]?.value ?? '') && !isFirstName(ws[personFrom]!) && isKnownPlace(ws.slice(0, personFrom).join(' ')) && !ws.some((w) => ROLE_WORDS.has(lower(w)))) return [piece(chunk, 0, 'term')];
  // ("the HOPE VI Grant": a Roman numeral opens no one's name — it numbers what comes before.)
  if (personFrom >= 0 && /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/.test(ws[personFrom]!)) personFrom = -1;
  // ("the Permanent Assembly for Human Rights La Plata said": a body's name, then words with no
  // given name and no title between — the place the body is in, no one who speaks.)
  if (personFrom > 0 && ws.slice(0, personFrom).some((w) => ORG_WORDS.has(lower(w))) && !ws.slice(0, personFrom).some((w) => ROLE_WORDS.has(lower(w)) || TITLE_ABBREVIATION.test(w.replace(/\.$/, ''))) && !isFirstName(ws[personFrom]!)) return [piece(chunk, 0, 'organization')];
  // ("Malacologist McGregor said", after "Monte McGregor": an occupation opening the sentence,
  // then the surname of someone the article named whole.)
  if (personFrom === 0 && ws.length === 2 && chunk.initial && isOccupationLike(ws[0]!) && !isFirstName(ws[0]!) && !ROLE_WORDS.has(lower(ws[0]!))) {
    const known = registry.findPerson(ws[1]!);
    if (known && known.name.includes(' ') && !known.weak) return [piece(chunk, 1, 'person', known.name)];
  }
  // ("The Red Cross said", "Operations for the Red Cross": a body the lexicon knows by this
  // whole name, though its first word is a given name too.)
  if (personFrom >= 0 && (!titled || /^(?:of|for|the|at)$/i.test(personFrom > 0 ? ws[personFrom - 1]! : (prev?.value ?? ''))) && isKnownOrganization(ws.slice(personFrom).join(' ')) && !registry.findPerson(ws.slice(personFrom).join(' '))) return [piece(chunk, personFrom, 'organization')];
  // ("U.S. Attorney for the Eastern District of North Carolina": a place the lists know by all its
  // words, after a title's "of", is no one's name.)
  if (personFrom > 0 && ws[personFrom - 1] === 'of' && isKnownPlace(ws.slice(personFrom).join(' ')) && !registry.findPerson(ws.slice(personFrom).join(' '))) return [piece(chunk, personFrom, 'place')];
  if (personFrom >= 0) {
    const name = withoutNickname(ws.slice(personFrom).join(' '));
    const tail = ws.slice(personFrom);
    const given = tail.find((w) => !isInitial(w))!;
    const met = registry.findPerson(name);
    // ("Van Pelt" after "R. Scott Van Pelt": a surname with its particle calls the person named
    // in full before.)
    if (met && personFrom === 0 && /^(?:Van|Von|De|Da|Del|Al|El|La|Le|Di|Du)\s\p{Lu}/u.test(name) && met.name.toLowerCase().endsWith(` ${name.toLowerCase()}`)) {
      confirmPerson(met, tokens, chunk, sentenceFirst);
      return [piece(chunk, 0, 'person', met.name)];
    }
    // Met before: as doubtful as then, unless a role now says more.
    const weak = !hasRole && (met ? met.weak === true : personFrom === 0 && !(isFirstName(given) || isFirstName(given.split('-')[0]!)));
    // The words after this first mention may already say it is a person ("X, the mission’s
    // principal investigator").
    const person = registry.addPerson(name, null, weak);
    // ("Russell “Lynn” Clanin" … "Lynn admitted": the nickname calls the person too.)
    const nickname = /\s(?:[“"]|'')(\p{Lu}\p{Ll}+)(?:[”"]|'')\s/u.exec(` ${tail.join(' ')} `)?.[1];
    if (nickname) registry.addNickname(nickname, person);
    if (personFrom > 0) setGender(person, honorificGender(ws[personFrom - 1]!));
    confirmPerson(person, tokens, { ...chunk, first: chunk.first + personFrom }, sentenceFirst);
    const out: TypedName[] = [];
    const head = ws.slice(0, personFrom);
    if (head.length === 1 && isAcronym(head[0]!)) out.push({ ...piece(chunk, 0, 'organization'), text: head[0]!, canonical: head[0]!, end: chunk.start + head[0]!.length, possessive: false });
    // ("the Bureau of Conflict and Stabilization Operations ‖ Rob Faucher": a government body's
    // whole name before the person is asked too.)
    else if (head.length >= 3 && /^(?:Bureau|Office|Department|Ministry|Agency|Administration)$/.test(head[0]!) && head[1] === 'of' && head.every((w) => !ROLE_WORDS.has(lower(w)))) {
      const body = subChunk(tokens, chunk, chunk.first, chunk.first + personFrom - 1);
      registry.addOrganization(body.text);
      out.push(piece(body, 0, 'organization'));
    }
    out.push(piece(chunk, personFrom, 'person', name));
    return out;
  }

  const text = chunk.text;
  // "a State Party to the convention", "a border State", "a Southern Magnolia": capitals on
  // common words after "a" make no name.
  const article = prev && /^(a|an)$/.test(prev.value) ? prev : prev && /^\p{Ll}+$/u.test(prev.value) && ws.length === 1 && /^(a|an)$/.test(tokens[chunk.first - 2]?.value ?? '') ? tokens[chunk.first - 2] : undefined;
  // (Not "a United Nations resolution", where the "a" is the noun's after it, nor a named
  // document: "a Presidential Memorandum".)
  const documentHead = /^(?:memorandum|order|proclamation|resolution|directive)$/.test(lower(ws[ws.length - 1]!)) || LAW_HEADS.has(lower(ws[ws.length - 1]!)) || TERM_HEADS.has(lower(ws[ws.length - 1]!));
  const nounAfter = !!next && /^\p{Ll}/u.test(next.value) && next.pos === 'NOUN';
  // (Not "a humbled Baker took the floor" after "Herb Baker": the surname of someone named whole.)
  const namedWhole = ws.length === 1 && !!registry.findPerson(text)?.name.includes(' ');
  if (article && !documentHead && !nounAfter && !namedWhole && !isKnownOrganization(text) && !isKnownPlace(text) && ws.every((w) => isCommonWord(w) || ORG_WORDS.has(lower(w)))) return [];
  // ("an Astrophysics mission": one common word with a capital, describing the noun after it —
  // not "a Senate committee", a body's word.)
  if (article && nounAfter && !documentHead && ws.length === 1 && isCommonWord(ws[0]!) && !ORG_WORDS.has(lower(ws[0]!)) && !isKnownOrganization(text) && !isKnownPlace(text)) return [];
  // "the Federal Government", "U.S. Government agencies": the government itself, no name to learn.
  if (ws.length > 1 && lower(ws[ws.length - 1]!) === 'government' && ws.slice(0, -1).every((w) => /^(?:federal|national|central|local|state|U\.S\.|US|American)$/i.test(w) || isDemonym(w))) return [];
  // "TBI ED visits": abbreviations used as an adjective; "Figure 3", "Table 2": the report's furniture.
  if (ws.length > 1 && ws.every((w) => /^[A-Z]{2,6}s?$/.test(w)) && !registry.expandAcronym(text)) {
    return next && /^\p{Ll}/u.test(next.value) && next.pos === 'NOUN' ? [] : [piece(chunk, 0, 'term')];
  }
  if (/^(?:Figure|Fig\.|Table|Appendix|Chart|Exhibit)$/.test(text) && /^\d/.test(next?.value ?? '')) return [];
  // "Sen. Lindsey Graham, R-S.C.": a party and a state after a lawmaker's name.
  if (insideEpTag(tokens, chunk)) return [];
  // ("the Authorization for the Use of Military Force", "the Convention on … Diversity": a law's or
  // a pact's word opens the name — a law, whatever body's word ends it.)
  if (ws.length > 2 && LAW_OPENER.test(ws[0]!) && /^(?:for|on|of|to|between)$/.test(ws[1]!)) return [piece(chunk, 0, 'term')];
  // (Not "I-Min Lee": a given name, then more of the name.)
  if (/^[RDI]-\p{Lu}\S*$/u.test(text)) return [];
  // "11:19 A.M. CEST": a time of day and its zone.
  if (ws.every((w) => /^(?:[AP]\.?M\.?|[A-Z]{1,2}[SD]T|CEST|CET|GMT|UTC|BST)$/.test(w))) return [];
  // "NEW PARADIGM FOR OUR SPECIAL RELATIONSHIP": a heading in capitals, not a name.
  if (ws.filter((w) => /^[A-Z]{2,}$/.test(w) && !isAcronym(w)).length >= 2 || (ws.length >= 3 && ws.every((w) => /^[A-Z]+$/.test(w)))) return [];
  // "Khmer Rouge-facilitated", "U.S.-based", "anti-Trump": a name inside a compound word asks for an adjective.
  if ((next?.value === '-' && next.start === chunk.end) || (prev?.value === '-' && prev.end === chunk.start)) return [];
  // "Airmen", "Marines", "Guardsmen": members of a service, capitalised by its style, are no one's name.
  if (ws.length === 1 && /^(?:Airmen|Soldiers|Sailors|Marines|Guardsmen|Guardians|Seabees|Rangers|Coastguardsmen|Servicemembers)$/.test(text)) return [];
  // "the Board", "the Department": an organisation word alone stands for a name said elsewhere —
  // unless the word is the name ("Congress", "the Taliban", "the Kremlin").
  if (ws.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(text) && ORG_WORDS.has(lower(text))) {
    if (!ONE_WORD_INSTITUTIONS.has(lower(text))) return [];
    registry.addOrganization(text);
    return [piece(chunk, 0, 'organization')];
  }
  // "Cambodians", "Chicagoan": a people, not a place or a name to ask — unless it is the
  // surname of someone named before ("Mark Welsh … Welsh said").
  if (ws.length === 1 && isDemonym(text) && !registry.findPerson(text)) return [];
  // "Voyager 1", "Android 15", "Chang’e 6": the number is part of the name, asked whole.
  // "LHS 1140 b" (a letter after the number) is a catalogue code: no card.
  // (Not "COVID-19 7-day incidence": a number with its unit after a dash describes what follows.)
  // ("would pay BHARDWAJ 50% of the profits", "gave NASA 40 percent": a figure with its unit after
  // a name is what someone was given, no number of the name.)
  const figureAfter = /^(?:%|percent|per|times|million|billion|thousand|hundred)$/i.test(tokens[chunk.last + 2]?.value ?? '');
  // ("defeated Ajax AFC 0–2", "lost to Chelsea 1-3": a score after a team, a dash to its other half, no number of the name.)
  if (next && /^\d/.test(next.value) && next.start === chunk.end + 1 && !figureAfter && !(/^[-–]$/.test(tokens[chunk.last + 2]?.value ?? '') && tokens[chunk.last + 2]!.start === next.end)) {
    const after = tokens[chunk.last + 2];
    // ("Executive Order 14078": an order's number, however long, is its name.)
    if (/^(?:Executive Order|E\.O\.)$/.test(text) && /^\d{4,5}$/.test(next.value)) return [{ ...piece(chunk, 0, 'term'), end: next.end, text: `${text} ${next.value}`, canonical: `${text} ${next.value}`, possessive: false }];
    const code = !!after && /^[a-z]$/.test(after.value) && after.start === next.end + 1;
    if (code || !/^\d{1,3}$/.test(next.value) || isKnownPlace(text) || (after && after.start === next.end + 1 && /^\p{Ll}/u.test(after.value) && after.pos === 'NOUN')) return [];
    // ("Launch Pad 39A": a capital letter run into the number is the number's too.)
    // (Not "the Metal 3D Printer", "Memorial 5K Run": a name going on after the code.)
    const letter = !!after && /^[A-Z]$/.test(after.value) && after.start === next.end && !/^\p{Lu}/u.test(tokens[chunk.last + 3]?.value ?? '');
    const numberText = letter ? `${next.value}${after!.value}` : next.value;
    return [{ ...piece(chunk, 0, 'term'), end: letter ? after!.end : next.end, text: `${text} ${numberText}`, canonical: `${text} ${numberText}`, possessive: false }];
  }
  // ("USPS Office of the Inspector General": a body's office "of" a title is the body's.)
  const officeOfTitle = ws.some((w, i) => ORG_WORDS.has(lower(w)) && ws[i + 1] === 'of');
  // ("Howard Dean", "Mark Bishop": a given name, then a surname that is a title's word.)
  const givenThenSurname = givenNamesBefore(ws);
  if (ws.length > 1 && ROLE_WORDS.has(lower(ws[ws.length - 1]!)) && !officeOfTitle && !givenThenSurname) return [];
  // A sentence-initial common noun tagged as a name ("Lawyers for X", "Officials of the World
  // Bank"): people of a body or a place, then the name — typed on its own.
  if (chunk.initial && ws.length > 2 && /^\p{Ll}/u.test(ws[1]!)) {
    const rest = restAfterPeopleOf(tokens, chunk, ws);
    return rest ? typeChunk(tokens, rest, sentenceFirst, registry) : [];
  }
  // "John J. Geer, III": a generation after a name's comma is the name's, no name itself.
  if (ws.length === 1 && GENERATION.test(text) && prev?.value === ',') return [];
  // "357 MT", "300 MW": an abbreviation after a number is its unit.
  if (ws.length === 1 && /^[A-Z]{1,4}s?$/.test(text) && prev && /^\d[\d.,]*$/.test(prev.value)) return [];
  // "a digital ID", "personal IDs", "a QR code": an abbreviation used as a common noun.
  if (ws.length === 1 && /^[A-Z]{2,5}s?$/.test(text) && prev && /^\p{Ll}/u.test(prev.value) && (prev.pos === 'ADJ' || prev.pos === 'NOUN') && !ORG_CUES.has(lower(prev.value)) && !ORG_WORDS.has(lower(text)) && !isKnownOrganization(text) && !registry.expandAcronym(text.replace(/s$/, ''))) return [];
  // "risks of SRR activities": an abbreviation nobody spelt out, used as an adjective.
  if (isAcronym(text) && next && /^\p{Ll}+s$/u.test(next.value) && next.pos === 'NOUN' && !isKnownOrganization(text) && !registry.expandAcronym(text) && !ORG_WORDS.has(lower(text))) return [];
  if (isAcronym(text) && !ORG_WORDS.has(lower(text))) {
    // An acronym is an organisation only when it expands to one ("HRW"), or speaks ("KCNA
    // said", "said KCNA.", "according to KCNA"); "AI" is a term.
    const expanded = registry.expandAcronym(text);
    // ("The CDC writes that …", "FDA advises": any verb of what a body says.)
    const speaks = /^(?:said|says|told|tells|added|adds|announced|announces|reported|reports|stated|states|warned|warns|claimed|claims|wrote|writes|noted|notes|confirmed|confirms|estimated|estimates|advised|advises|recommended|recommends|explained|explains|acknowledged|acknowledges)$/.test(next?.value ?? '') || (/^(?:said|says|added|reported)$/.test(prev?.value ?? '') && next?.value === '.') || (lower(prev?.value ?? '') === 'to' && lower(tokens[chunk.first - 2]?.value ?? '') === 'according');
    // (Not "The MEP said": an office; nor "$5 billion USD announced": a currency.)
    const body = speaks && !ROLE_WORDS.has(lower(text)) && !LEXICON_ROLES.has(lower(text)) && !/^(?:\d[\d.,]*|thousand|million|billion|trillion)$/i.test(prev?.value ?? '');
    if (body && !expanded) registry.addOrganization(text);
    return [piece(chunk, 0, expanded || body || registry.isOrganization(text) ? 'organization' : 'term', expanded ?? text)];
  }
  // "Agency officials said…": a common noun capitalised only because it opens the sentence.
  if (chunk.initial && ws.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(text) && ORG_WORDS.has(lower(text))) return [];
  // "CloudSat Project", "Artemis Mission", "Planetary Science Journal": a programme or a
  // publication as often as a body — a name of no sure kind.
  // "Serious Organised Crime and Police Bill", "Department of Defense Appropriations Act": a
  // law named after a body is still a law; so is an "Executive Order on …".
  if (ws.length > 1 && (LAW_HEADS.has(lower(ws[ws.length - 1]!)) || /^Executive Order\b/.test(text))) return [piece(chunk, 0, 'term')];
  // "Presidential Initiative for Democracy Renewal", "Adopt-A-City Program": a programme is run by
  // a body, it is none ("name", not "organisation").
  // (The head is the word before "for" or "of", when there is one.)
  const linked = ws.findIndex((w) => /^(?:for|of|on)$/.test(w));
  const head = ws[linked > 0 ? linked - 1 : ws.length - 1]!;
  if (ws.length > 1 && /^(?:program|programme|initiative)$/.test(lower(head)) && !isKnownOrganization(text)) return [piece(chunk, 0, 'term')];
  // ("the Foundation Act of the South American Union": a law of a body is a law.)
  if (ws.length > 2 && linked > 0 && /^(?:act|treaty|charter|declaration|convention|accord|agreement|protocol|statute)$/.test(lower(head)) && !isKnownOrganization(text)) return [piece(chunk, 0, 'term')];
  // "the State of the Union Address": a speech; "the Federally Qualified Health Center program":
  // a name that only says which programme — neither is the organisation.
  if (ws.length > 1 && /^(?:Address|Speech|Lecture)$/.test(ws[ws.length - 1]!)) return [piece(chunk, 0, 'term')];
  if (ws.length > 1 && next && /^\p{Ll}/u.test(next.value) && TERM_CUES.has(next.value) && ws.some((w) => ORG_WORDS.has(lower(w))) && !isKnownOrganization(text)) return [piece(chunk, 0, 'term')];
  // "Labour MP for West Ham", "Minister for Trade": an office, not anyone's name.
  // "Director of the U.S. Trade and Development Agency": the body after the office is a name.
  // ("Co-Chair of the Congressional Native American Caucus": a shared or stand-in office too.)
  // ("Special Agent-in-Charge of the New York Field Office": "-in-Charge" keeps the role.)
  const office = ws.findIndex((w, i) => i < ws.length - 1 && (ROLE_WORDS.has(lower(w)) || ROLE_WORDS.has(lower(w).replace(/^(?:co|vice|deputy|acting|joint)-/, '').replace(/-in-charge$/, ''))) && /^(?:for|of|on)$/.test(ws[i + 1]!));
  if (office >= 0) {
    let from = office + 2;
    if (lower(ws[from] ?? '') === 'the') from += 1;
    // ("Director of Advocacy of the Hunger Task Force": a field in common words, then "of" or
    // "for" again — the field is the office's, the body comes after.)
    // ("Chief of Police for the Hazleton City Police Department": a body's word too, before "for"
    // and a body's name.)
    while (from + 2 < ws.length && /^(?:of|for)$/.test(ws[from + 1]!) && isCommonWord(ws[from]!) && (!ORG_WORDS.has(lower(ws[from]!)) || (ws[from + 1] === 'for' && ws.slice(from + 2).some((w) => ORG_WORDS.has(lower(w)))))) {
      from += 2;
      if (lower(ws[from] ?? '') === 'the') from += 1;
    }
    const body = ws.slice(from);
    if (body.length === 0 || body.some((w) => ROLE_WORDS.has(lower(w)))) return [];
    // ("President of NAFOA": a body by its letters is what the office is of. Not "First Lady of
    // Indiana": a place in an office's name is the office's, no fact alone.)
    if (!body.some((w) => ORG_WORDS.has(lower(w))) && (body.length !== 1 || !isAcronym(body[0]!))) return [];
    const org = piece(chunk, from, 'organization');
    registry.addOrganization(org.text);
    return [org];
  }
  // ("the Optical Telescope Assembly", "the Imaging Optics Assembly": a machine's part; only a
  // general, national or state assembly is a body.)
  if (ws.length > 1 && ws[ws.length - 1] === 'Assembly' && !/^(?:General|National|State|Legislative|Constituent|Provincial|Parliamentary|Regional|Federal|Consultative|Local|World|Health|Popular|People['’]s|Youth|Student|Assembly)$/.test(ws[ws.length - 2]!) && !isDemonym(ws[ws.length - 2]!) && !isKnownPlace(ws.slice(0, -1).join(' ')) && !isKnownOrganization(text)) return [piece(chunk, 0, 'term')];
  // ("National Institutes of Health", "Centers for Disease Control and Prevention": a body's word
  // in the plural.)
  const isOrgWord = (w: string): boolean => (ORG_WORDS.has(lower(w)) && !isCapitalsOnlyOrgWord(w)) || (ws.length > 1 && PLURAL_ORG_HEADS.test(w));
  const orgWords = ws.filter(isOrgWord);
  // "the West Bank": a place the gazetteer knows whole, whatever body's word is in it.
  if (orgWords.length > 0 && ws.length > 1 && isKnownPlace(text) && !isKnownOrganization(text)) return isAttributive(tokens, chunk) ? [] : [piece(chunk, 0, 'place')];
  if (orgWords.length > 0 && orgWords.every((w) => UNSURE_ORG_HEADS.has(lower(w))) && UNSURE_ORG_HEADS.has(lower(ws[ws.length - 1]!)) && !isKnownOrganization(text)) {
    return [piece(chunk, 0, 'term')];
  }
  // "National Park Service Greenhouse", "5th Fleet Area of Operations": a body's word that is
  // not the name's head (its last word, or the one before its first "of") names a thing the
  // body has — the neutral hint.
  // ("Committee to Protect Journalists", "Ohio State University System": a body still.)
  const ofAt = ws.findIndex((w, i) => i > 0 && /^(?:of|for|on|to)$/.test(w));
  const heads = [ws[ws.length - 1]!, ...(ofAt > 0 ? [ws[ofAt - 1]!] : [])];
  if (orgWords.length > 0 && ws.length > 1 && !heads.some((w) => isOrgWord(w) || w === 'System') && !isKnownOrganization(text) && !isAcronym(ws[0]!)) {
    return [piece(chunk, 0, 'term')];
  }
  // ("an IT Specialist from the USDA", "the NASA Administrator": letters and a role are a title.)
  if (orgWords.length === 0 && ws.length === 2 && isAcronym(ws[0]!) && (ROLE_WORDS.has(lower(ws[1]!)) || LEXICON_ROLES.has(lower(ws[1]!))) && !isKnownOrganization(text)) return [];
  // ("a NASA T-38 trainer", "USAF C-17": a body's letters before a craft's designation name the craft.)
  if (ws.length === 2 && isAcronym(ws[0]!) && /^[A-Z]{1,3}-?\d+[A-Z]?$/.test(ws[1]!)) return [piece(chunk, 0, 'term')];
  // ("the COVID-19 EIDL program": letters before "program" name the programme, no body.)
  if (orgWords.length === 0 && ws.length > 1 && isAcronym(ws[0]!) && next && /^(?:program|programme|initiative|project|loan|loans|grant|grants|mission)$/.test(next.value)) return [piece(chunk, 0, 'term')];
  // ("the KBO Arrokoth": letters no body is known by, before a name, say what kind of thing it
  // is — a Kuiper Belt object — the neutral hint.)
  if (orgWords.length === 0 && ws.length > 1 && isAcronym(ws[0]!) && !isKnownOrganization(ws[0]!) && !registry.expandAcronym(ws[0]!) && !registry.isOrganization(ws[0]!)) return [piece(chunk, 0, 'term')];
  // ("the Advanced Transportation Technology and Innovation (ATTAIN) program", "Intelligent
  // Transportation Systems (ITS) technologies": a body's words before what a programme or a
  // field is — no body, unless one is known by them.)
  const after = tokens[chunk.last + 1]?.value === '(' && tokens[chunk.last + 3]?.value === ')' ? tokens[chunk.last + 4] : next;
  // (Not "the U.S. Department of Agriculture (USDA) program": a department's, a bureau's …)
  const bodyHead = heads.some((w) => /^(?:Department|Agency|Administration|Service|Bureau|Office|Institute|Institutes|Commission|Council|Ministry|University|Corps|Authority|Board|Foundation|Center|Centre|Association|Society)$/.test(w));
  if (orgWords.length > 0 && ws.length > 1 && !bodyHead && after && /^(?:program|programs|programme|initiative|project|grants?|technolog(?:y|ies))$/.test(after.value) && !isKnownOrganization(text) && !registry.isOrganization(text)) return [piece(chunk, 0, 'term')];
  // ("FDA Scientific Computing Day", "NASA Space Apps Challenge": a body's letters before an
  // event's or a document's name say whose it is — the thing is no body.)
  if (orgWords.length === 0 && ws.length > 2 && isAcronym(ws[0]!) && (TERM_HEADS.has(lower(ws[ws.length - 1]!)) || LAW_HEADS.has(lower(ws[ws.length - 1]!)) || /^(?:Day|Challenge|Hackathon|Workshop|Symposium)$/.test(ws[ws.length - 1]!))) return [piece(chunk, 0, 'term')];
  if (orgWords.length > 0 || (ws.length > 1 && isAcronym(ws[0]!))) {
    const canonical = registry.expandAcronym(text) ?? text;
    registry.addOrganization(canonical);
    return [piece(chunk, 0, 'organization', canonical)];
  }
  // "throughout Maury Vander’s career" (two unknown words, no sign of a person there), then
  // "Vander said": the surname speaks, so the whole name was a person's.
  // ("“…,” Law said." after "Becca Law": a surname that is an English word too, in the tag right
  // after a quote, when the name it ends opens with a given name the lists know.)
  const afterQuote = /^[”"]$/.test(tokens[chunk.first - 1]?.value ?? '') && /^[,!?]$/.test(tokens[chunk.first - 2]?.value ?? '');
  const commonSurname = isCommonWord(text) && afterQuote && isFirstName(registry.otherEndingIn(text)?.split(' ')[0] ?? '');
  const wholeBefore = ws.length === 1 && !chunk.possessive && PERSON_VERBS.test(next?.value ?? '') && next?.value !== 'who' && next?.value !== 'whose' && !registry.findPerson(text) && (!isCommonWord(text) || commonSurname) && !isKnownPlace(text) ? registry.otherEndingIn(text) : null;
  // (Not "Allied Brackwell said": a common word opens a firm's name as often as a person's —
  // unless what the surname says then speaks of "his" or "her": "Chhay said the loss of his job
  // …" after "Son Chhay".)
  const ownPronoun = tokens.slice(chunk.last + 2, chunk.last + 12).some((t) => /^(?:his|her|he|she|him|himself|herself)$/i.test(t.value));
  if (wholeBefore && wholeBefore.split(' ').every((w, k) => /^\p{Lu}\p{Ll}+$/u.test(w) && (!isCommonWord(w) || (k === 0 && ownPronoun) || (k === 1 && commonSurname)) && !ORG_WORDS.has(lower(w)) && !isPlaceWord(w)) && !isKnownOrganization(wholeBefore) && !isKnownPlace(wholeBefore)) {
    registry.addPerson(wholeBefore, null, false);
    registry.confirmedLater.add(wholeBefore);
    return [piece(chunk, 0, 'person', wholeBefore)];
  }
  // "Santiago said" after "Charles Santiago": the person this article named, not the city.
  const namedBefore = ws.length === 1 ? registry.findPerson(text) : null;
  if (namedBefore && namedBefore.name.includes(' ')) {
    confirmPerson(namedBefore, tokens, chunk, sentenceFirst);
    return [piece(chunk, 0, 'person', namedBefore.name)];
  }
  if (isKnownPlace(text) || (ws.length > 1 && PLACE_HEADS.has(lower(ws[ws.length - 1]!)))) {
    // ("the Panama City field office", "a Las Vegas woman": a town of two words or more before a
    // noun says where — its own fact, unlike "a Florida man".)
    return isAttributive(tokens, chunk) && !LEXICON_TOWNS.has(lower(text)) ? [] : [piece(chunk, 0, 'place')];
  }
  // ("their son Cody, living in Bloomingdale, near Steubenville": where someone lives is a place,
  // whatever a store of the same name is.)
  if (tokens[chunk.first - 1]?.value === 'in' && /^(?:living|lives|live|lived|residing|resides|resided|born|raised)$/.test(tokens[chunk.first - 2]?.value ?? '') && !hasOrganizationWord(ws) && !chunk.possessive) return [piece(chunk, 0, 'place')];
  if (isKnownOrganization(text)) {
    registry.addOrganization(text);
    return [piece(chunk, 0, 'organization')];
  }
  if (ws.every((w) => isPlaceWord(w) || ROLE_WORDS.has(lower(w)))) return [];
  // ("the G7", "the G8": a letter and a figure after "the" name a group — not "the P5+1".)
  if (ws.length === 1 && text.length <= 2 && !isAcronym(text) && !(/^[A-Z]\d$/.test(text) && /^the$/i.test(prev?.value ?? '') && !/^\+/.test(next?.value ?? ''))) return [];
  // ("led by Drs. Douglas Lowy and John Schiller": the plural of a courtesy title names no one.)
  if (ws.length === 1 && /^(?:Drs|Profs|Messrs|Mmes|Gens|Adms|Cols|Sgts|Capts|Govs|Sens|Reps)\.?$/.test(text)) return [];
  if (ws.length > 1 && ROLE_WORDS.has(lower(ws[ws.length - 1]!)) && !givenThenSurname) return [];

  const known = registry.findPerson(text);
  // ("her uncle Oscar", then "ten Oscar statuettes": a person known by one word alone is no
  // person where the word qualifies a noun.)
  if (known && known.name === text && ws.length === 1 && next && /^\p{Ll}/u.test(next.value) && next.pos === 'NOUN') return [piece(chunk, 0, 'term')];
  if (known) {
    confirmPerson(known, tokens, chunk, sentenceFirst);
    return [piece(chunk, 0, 'person', known.name)];
  }
  if (ws.length === 1) {
    // "the Tories who …", "the Democrats, who": a party's members, not a person.
    const group = /(?:ies|ists|ans|ats)$/.test(text) && !isFirstName(text) && !isLastName(text);
    // ("in Ashland, a teacher named …": after "in" or "at" the name is where, and the words
    // after the comma open the clause.)
    const where = /^(?:in|at|near|outside)$/i.test(prev?.value ?? '');
    // ("Say Lork, a party official": a capitalised first word the tagger read as a verb may be
    // the name's first half; half a name is no person to ask for.)
    const halfName = !!prev && chunk.first - 1 === sentenceFirst && /^\p{Lu}\p{Ll}+$/u.test(prev.value) && /^(?:VERB|NOUN|ADJ|PROPN)$/.test(prev.pos);
    // ("Volunteers who meet the criteria …": a plural common noun opening the sentence is
    // capitalised for that alone; a who-clause after it makes no one — "Sarin who asked" may.)
    // ("Rivers who lives nearby": a verb for one person after "who" keeps the surname.)
    const afterWho = tokens[chunk.last + (tokens[chunk.last + 1]?.value === ',' ? 3 : 2)]?.value ?? '';
    // (Opening a quote too: "noted, “Patients who are deemed …”".)
    // ("Patients whose tumors grew": after "whose" comes what they have, no verb.)
    const openingWord = (chunk.first === sentenceFirst || chunk.initial) && /\p{Ll}s$/u.test(text) && (isCommonWord(text.replace(/(?:e?s)$/, '')) || isCommonWord(text.replace(/s$/, ''))) && (isCommonWord(text) || /(?:ments|tions|ers|ists)$/.test(text)) && (next?.value === 'whose' || !/^(?:is|was|has|does|\p{Ll}+[^s]s)$/u.test(afterWho));
    // "John Boy's wife Darlene", "his wife, Laci,": a kinsman's given name alone is a person.
    // ("Shawn's sister Autumn noted": a given name that is an English word too, when a verb follows.)
    const kinsman = /^\p{Lu}\p{Ll}[\p{Ll}'’-]+$/u.test(text) && (isFirstName(text) || (!isKnownPlace(text) && (!isCommonWord(lower(text)) || /^(?:VERB|AUX)$/.test(next?.pos ?? '')))) && kinNounBefore(tokens, chunk, sentenceFirst);
    // ("Thirteen-year-old Qusai was about to enter …", "the 45-year-old Sorensen": someone of an age.)
    // (Not "a 27-year-old Maldon man": a word before "man", "woman", "resident" says where they
    // are from.)
    // ("a 20-year-old Bremerton, Washington, man": the town's state between them too.)
    let k = chunk.last + 2;
    while (k < chunk.last + 5 && /^\p{Lu}/u.test(tokens[k]?.value ?? '')) k += 1;
    const stateBetween = next?.value === ',' && k > chunk.last + 2 && isKnownPlace(tokens.slice(chunk.last + 2, k).map((t) => t.value).join(' ')) && tokens[k]?.value === ',' && HOMETOWN_NOUN.test(tokens[k + 1]?.value ?? '');
    const hometown = HOMETOWN_NOUN.test(next?.value ?? '') || stateBetween;
    const aged = /^\p{Lu}\p{Ll}[\p{Ll}'’-]+$/u.test(text) && !hometown && chunk.first - 4 >= sentenceFirst && tokens.slice(chunk.first - 4, chunk.first).map((t) => t.value.toLowerCase()).join('') === '-year-old';
    if ((kinsman || aged) && !group && !isKnownOrganization(text) && !isPersonRoleOrPlace(text)) {
      registry.addPerson(text, null);
      return [piece(chunk, 0, 'person')];
    }
    // (Not "the director of Strategy, Concepts, and Assessments, deputy chief …": a common noun in
    // the plural, the last of an office's fields.)
    const pluralNoun = /[^s]s$/.test(text) && isCommonWord(text) && isCommonWord(text.slice(0, -1)) && /^(?:and|&|,|of)$/.test(prev?.value ?? '');
    if (/^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]+$/u.test(text) && personAppositive(tokens, chunk) && !group && !where && !halfName && !openingWord && !pluralNoun && !isKnownOrganization(text) && !isPersonRoleOrPlace(text)) {
      registry.addPerson(text, null);
      return [piece(chunk, 0, 'person')];
    }
    // "Yukos has said …", "Macrovision said …": a word opening the sentence that the article
    // used before, mid-sentence, as a name of its own.
    // (Not "Ned, go ahead", "Jalina, there are reports …": someone spoken to; nor "Tory plans":
    // a name qualifying a noun.)
    const ownName = chunk.initial && !isAnyGivenName(text) && next?.value !== ',' && !(next && /^\p{Ll}/u.test(next.value) && next.pos === 'NOUN');
    if (ownName && registry.isOrganization(text)) return [piece(chunk, 0, 'organization')];
    if (ownName && registry.isOther(text)) return [piece(chunk, 0, 'term')];
    // "Mastcam-Z is a pair of cameras", "Landsat-8 imagery": a word with a digit or a capital
    // inside it is a name wherever it stands, first in the sentence too.
    if (chunk.initial && /^\p{Lu}\p{Ll}+(?:-?\d+|-\p{Lu}|\p{Lu}\p{Ll}+)$/u.test(text)) return [piece(chunk, 0, 'term')];
    if (ws[0]!.length < 2 || chunk.initial) return [];
    if (organisationCue(tokens, chunk)) {
      registry.addOrganization(text);
      return [piece(chunk, 0, 'organization')];
    }
    if (next && TERM_CUES.has(lower(next.value))) return [piece(chunk, 0, 'term')];
    // "Fletcher's daughter Jill", "his mother Heather": a given name after a relative's word is
    // that relative — here, not wherever the word stands ("her uncle Oscar", "Oscar statuettes").
    if (prev && KIN.test(prev.value) && (isFirstName(text) || isAnyGivenName(text))) return [piece(chunk, 0, 'person')];
    // "Summit", "Administration", "Senators": a common noun written with a capital.
    if (isCommonWord(text)) return [{ ...piece(chunk, 0, 'term'), common: true }];
    // ("Democrats, Republicans, and ‖ Independents": a plural the vocabulary holds only in the
    // singular, listed with common words, is one more common word.)
    if (/^\p{Lu}\p{Ll}{3,}[^s]s$/u.test(text) && isCommonWord(text.slice(0, -1)) && !isPersonNameWord(text) && listedWithCommonWords(tokens, chunk)) {
      return [{ ...piece(chunk, 0, 'term'), common: true }];
    }
    // ("agencies involved in MapGive, and …", "invest in Acme.": taking part in something, no place.)
    // (Not "seized $438,000 in Bitcoin": an amount held in something is held in a currency or a form.)
    // (Nor "based in WordPress": a capital inside the word makes a product's or a firm's name.)
    // (Nor "the active ingredient in Credelio": what a product is made of.)
    if (prev && prev.value === 'in' && next && /^[,.]$/.test(next.value) && !/\p{Ll}\p{Lu}/u.test(text) && !moneyBefore(tokens, chunk.first - 1) && !/^(?:involved|interested|participated|participating|participate|engaged|invested|investing|invest|included|enrolled|featured|published|specialized|specializes|active|partners?|ingredients?|components?|compounds?)$/i.test(tokens[chunk.first - 2]?.value ?? '')) return [piece(chunk, 0, 'place')];
    return [piece(chunk, 0, 'term')];
  }
  // "New York City", "Kansas City", "Panama City": a state's or a country's name and "City" are
  // a city; another "… City" (a club, a hall) is a name of no sure kind — never common words.
  if (ws.length > 1 && ws[ws.length - 1] === 'City') {
    const stem = ws.slice(0, -1).join(' ');
    // (Not "the Panama City field office": a town before a noun says whose the thing is.)
    const city = (US_STATES.has(lower(stem)) || COUNTRIES.has(lower(stem)) || stem === 'New York') && !isAttributive(tokens, chunk);
    return [piece(chunk, 0, city ? 'place' : 'term')];
  }
  // "Joint Statement", "Canyon County Man Sentenced": capitals on common words name nothing,
  // unless the phrase ends in what names a programme or a law ("Inflation Reduction Act").
  // "Famous Japanese directors", "an Austrian Green member": a people's name among them too.
  if (ws.every((w) => NAME_CONNECTORS.has(lower(w)) || isCommonWord(w) || isDemonym(w)) && !TERM_HEADS.has(lower(ws[ws.length - 1]!))) {
    return [{ ...piece(chunk, 0, 'term'), common: true }];
  }
  // "the Cambodian ‖ Beng tree": the people a thing is from is not part of its name.
  // (Not "the Islamic State of Iraq and Levant", "the Islamic Republic of Iran": a state's name;
  // nor "the Japanese Grand Prix", "the Italian Open": an event's.)
  let from = 0;
  while (from < ws.length - 1 && isDemonym(ws[from]!) && !/^(?:State|Republic|Emirate|Kingdom|Union|Federation|Grand|Open)$/.test(ws[from + 1]!)) from += 1;
  return [piece(chunk, from, 'term')];
}

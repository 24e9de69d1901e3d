import { clozeOrds, parseCloze, renderCard, type ClozeSegment } from '../src/deck/cloze.js';
import type { FactKind, NoteKind } from '../src/deck/types.js';
import type { GeneratedNote } from '../src/generate/generate-notes.js';
import { answerLimit } from '../src/generate/rank-notes.js';
import type { Gold } from './corpus.js';

/** What is wrong with a card, if anything. A card with no defect is acceptable. */
export type Defect =
  | 'malformed' // unparsable, or its answer still visible on the card
  | 'cut' // the deletion cuts a name or number, or runs past it
  | 'wrong-hint' // the hint names another kind than the gold's (a neutral hint is never wrong)
  | 'not-a-name' // a name deletion that is no name of the article (a capitalised common noun)
  | 'acronym-beside-expansion' // "the Global Ocean Fund ([…])"
  | 'wrong-speaker'
  | 'unlisted-quote'; // a who-said card on no quote of 4+ words of the gold (a fragment, a title)

export interface JudgedCard {
  noteIndex: number;
  ord: number;
  kind: NoteKind;
  hint: string | null;
  answer: string;
  shown: string;
  defects: Defect[];
  /** The gold key fact the card answers (fact cards), or the gold quote (who-said cards). */
  keyFact: string | null;
  quote: string | null;
  /**
   * A fact card from inside a gold quote that shows the quote's right speaker ("what did X
   * say?"): the gold quote it asks about.
   */
  saidQuote: string | null;
  /** The kind the gold gives the fact card's answer, when the gold lists it. */
  goldKind: FactKind | null;
  /** A fact card asking for the speaker of a who-said card of the same sentence. */
  twin: boolean;
}

const NUMERIC: FactKind[] = ['money', 'percent', 'number', 'quantity', 'date'];
const NAME_KINDS: NoteKind[] = ['person', 'organization', 'place', 'term'];
/** Hints that claim no kind: never wrong. */
const NEUTRAL_HINTS = new Set(['name', '…']);

export const fold = (s: string): string =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|a|an) /, '')
    .replace(/'s?$/, '');

interface GoldItem {
  text: string;
  kind: FactKind;
  key: boolean;
}

export function goldItems(gold: Gold): GoldItem[] {
  return [
    ...gold.keyFacts.map((f) => ({ text: f.answer, kind: f.kind, key: true })),
    ...gold.entities.map((e) => ({ text: e.text, kind: e.kind, key: false })),
  ];
}

/**
 * The names other articles' golds list, for a name this article's gold left out ("Iraq",
 * "Air Force", "Treasury Department" in a story whose gold lists other names): a name listed in
 * two other articles at least — three for one word, which may be a given name or a surname
 * there — is a name, of the kinds they give it. It is no key fact.
 */
export type NamesElsewhere = (answer: string) => FactKind[] | null;

export function namesElsewhere(golds: readonly Gold[]): (exceptId: string) => NamesElsewhere {
  const byName = new Map<string, Map<string, FactKind>>();
  for (const g of golds) {
    for (const i of goldItems(g)) {
      if (!NAME_KINDS.includes(i.kind as NoteKind)) continue;
      const k = fold(i.text);
      const seen = byName.get(k) ?? new Map<string, FactKind>();
      seen.set(g.id, i.kind);
      byName.set(k, seen);
    }
  }
  return (exceptId) => (answer) => {
    const k = fold(answer);
    const kinds = [...(byName.get(k) ?? [])].filter(([id]) => id !== exceptId).map(([, kind]) => kind);
    return kinds.length >= (k.includes(' ') ? 2 : 3) ? [...new Set(kinds)] : null;
  };
}

/** Kinds a reader would not call wrong for each other. */
export function compatible(card: NoteKind, hint: string | null, gold: FactKind): boolean {
  if (hint === null || NEUTRAL_HINTS.has(hint)) return true;
  if (card === gold) return true;
  // "over [5 years]", "the next [24 hours]" that the gold calls a date: a length of time, and
  // "how long" asks for it rightly.
  if (hint === 'how long' && gold === 'date') return true;
  return (card === 'number' || card === 'quantity') && (gold === 'number' || gold === 'quantity');
}

/** "5,000" for gold "5,000 troops" (the unit stays on the card), or the other way round. */
function unitOnly(shorter: string, longer: string): boolean {
  return longer.startsWith(`${shorter} `) && /^[\p{Ll} -]+$/u.test(longer.slice(shorter.length + 1));
}

/** "U.S. Department of Justice" for "Department of Justice": more of the same proper name. */
function widerName(answer: string, inner: string): boolean {
  const at = answer.indexOf(inner);
  if (at < 0) return false;
  // (An acronym with its expansion in brackets, "SSAXI (Swift Solar Activity X-ray Imager)", is more of the same name.)
  const extra = `${answer.slice(0, at)} ${answer.slice(at + inner.length)}`.split(/[\s,()]+/).filter(Boolean);
  return extra.every((w) => /^(\p{Lu}|of$|the$|for$|and$|&$|with$|an?$)/u.test(w));
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATE_WORD = new RegExp(`^(?:${MONTH}|\\d{1,4}(?:st|nd|rd|th)?|of|to|and|through|–|-|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$`, 'i');

/** "April 2, 2025" for "April 2", "2016 to 2017" for "2017": the whole date the gold's is part of. */
function widerDate(answer: string, inner: string): boolean {
  const at = answer.indexOf(inner);
  if (at < 0 || !/\d/.test(inner)) return false;
  const extra = `${answer.slice(0, at)} ${answer.slice(at + inner.length)}`.split(/[\s,]+/).filter(Boolean);
  return extra.every((w) => DATE_WORD.test(w));
}

// A title before a name: "President [Biden]" asks for the name the gold lists as "President Biden".
const TITLE = /^(?:(?:vice |deputy |acting |former )?(?:president|senator|sen\.|rep\.|representative|congressman|congresswoman|governor|gov\.|mayor|secretary|judge|justice|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.|professor|general|gen\.|admiral|ambassador|prime minister|chancellor|king|queen|prince|princess|pope|speaker|leader|minister|commissioner|director|administrator|chair|chairman|chairwoman|chairperson|attorney general|sheriff|captain|colonel|sergeant|reverend|rev\.|pastor|bishop|rabbi|imam|ayatollah|crown prince|doctor))$/i;

// A military rank before a name: "Rear Adm. [Doug Verissimo]", "Senior Master Sgt. [Jorge Rivera]",
// "Sgt. 1st Class [Maria Lopez]", "U.S. Army Specialist [Ann Cole]", and the services' own
// capitalised abbreviations, "SSG [Thomas W. Clemons]", "GEN [George Stannard]".
const RANK = /^(?:(?:u\.s\.\s+)?(?:army|navy|air force|marine corps|marine|coast guard|space force|(?:air )?national guard)\s+)?(?:(?:rear|vice|lt\.?|lieutenant|brig\.?|brigadier|maj\.?|major|senior|master|staff|tech\.?|technical|first|chief|command|petty|sgt\.?|lance|warrant|sergeant)\s+)*(?:adm\.|admiral|col\.|colonel|gen\.|general|capt\.|captain|sgt\.|sergeant|maj\.|major|lt\.|lieutenant|cmdr\.|commander|officer|cpl\.|corporal|pvt\.|private|spc\.|specialist|ens\.|ensign|airman|seaman|ssg|sfc|msg|sgm|csm|1sg|pfc|spc|cpl|pvt|2lt|1lt|cpt|ltc|col|bg|mg|ltg|gen|cw[2-5]|cwo|wo1|maj|sp|sgt|cdr|lcdr|tsgt|ssgt|msgt|smsgt|cmsgt|a1c|sra|lcpl|gysgt|po[1-3]|cpo)(?:\s+(?:1st|2nd|3rd|first|second|third)\s+class)?$/i;
// ("Foreign Minister [Lavrov]", "Defense Secretary [Austin]": words that say which office, then the title.)
const isTitle = (words: string): boolean => {
  const w = words.trim().split(/\s+/);
  // ("Chief Master Sgt. of the Air Force", "Secretary of the Air Force": a title of a body.)
  const ofBody = /^(.+?)\s+of\s+(?:the\s+)?(?:[\p{L}.&'’-]+\s*){1,4}$/iu.exec(words.trim());
  if (ofBody && ofBody[1] !== words.trim() && isTitle(ofBody[1]!)) return true;
  return TITLE.test(words) || RANK.test(words) || (w.length <= 4 && (TITLE.test(w[w.length - 1]!) || TITLE.test(w.slice(-2).join(' '))));
};

// A name's short form or designation in brackets after it: "(CFAP)", "(CVN 71)".
const SHORT_FORM = /^\([\p{Lu}\d][\p{Lu}\p{Ll}\d&./-]*(?: \d+)?\)$/u;

/**
 * The gold's name with only a title before it, or only common nouns after it ("Kork Thlork
 * Krom commune"), or only its short form in brackets ("Coronavirus Food Assistance Program
 * (CFAP)"): the deletion is the whole name, and what is left on the card is no part of it.
 */
function wholeNameOf(gold: string, answer: string, isGoldName: (text: string) => boolean = () => false): boolean {
  const at = gold.indexOf(answer);
  if (at < 0 || answer === gold) return false;
  const before = gold.slice(0, at).trim();
  const after = gold.slice(at + answer.length).trim();
  // "NASA's [Goddard Space Flight Center]", "[Justice Department]'s Criminal Division": the
  // possessive parts two names the gold lists one by one; either is whole (not "[Tracy]'s Kids").
  if (before !== '' && after === '' && /\S['’]s$/.test(before) && isGoldName(before.replace(/['’]s$/, ''))) return true;
  if (before === '' && /^['’]s\s+\S/.test(gold.slice(at + answer.length)) && isGoldName(gold.slice(at + answer.length).replace(/^['’]s\s+/, ''))) return true;
  // ("Air Force Chief of Staff Gen. [Mark A. Welsh III]": a title in capitals that ends in a rank
  // or a title is one too.)
  const capitalTitle = (t: string): boolean => {
    const w = t.split(/\s+/);
    return w.length <= 8 && w.every((x, i) => /^\p{Lu}/u.test(x) || (i > 0 && /^(?:of|the|for|and)$/.test(x))) && (RANK.test(w[w.length - 1]!) || TITLE.test(w[w.length - 1]!.toLowerCase()));
  };
  if (before !== '' && after === '') return isTitle(before) || capitalTitle(before);
  if (before === '' && after !== '') return /^(?:\p{Ll}+\s*)+$/u.test(after) || SHORT_FORM.test(after);
  return false;
}

// Words before a figure that leave it the same figure. A weekday before a date ("Tuesday,
// April 8") names the same day; "fiscal year 1998" is the year 1998.
const QUALIFIER_WORD = String.raw`early|late|mid|mid-|the|start of|end of|beginning of|about|approximately|roughly|nearly|almost|more than|less than|fewer than|over|under|just|some|around|close to|up to|at least|at most|only|all|aged|next|last|past|first|between|from|below|above|(?:fiscal|calendar) year|(?:mon|tues|wednes|thurs|fri|satur|sun)day,|[≥≤<>~]`;
const QUALIFIER_HEAD = new RegExp(`^(?:${QUALIFIER_WORD})(?: the| an?)?(?![\\p{L}])\\s*-?\\s*`, 'iu');

/** Nothing but qualifiers: "about", "just over", "aged ≥". */
function qualifiersOnly(words: string): boolean {
  let rest = words.trim();
  if (rest === '') return false;
  for (let m = QUALIFIER_HEAD.exec(rest); m && m[0] !== ''; m = QUALIFIER_HEAD.exec(rest)) rest = rest.slice(m[0].length);
  return rest === '';
}

/** "late March", "early 2021", "about 5,000": a qualifier kept inside a number's deletion. */
function qualified(answer: string, inner: string): boolean {
  const at = answer.indexOf(inner);
  if (at < 0 || at + inner.length !== answer.length) return false;
  return qualifiersOnly(answer.slice(0, at));
}

const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|half|dozen)\b/i;

/**
 * "up to five experimental test flights" and "five", "over a billion parts" and "a billion",
 * "16-year-long" and "16-year": one figure, with a qualifier before it and the words it counts
 * after it on one side only. Deleting the figure alone cuts nothing.
 */
function sameFigure(longer: string, shorter: string): boolean {
  const at = longer.indexOf(shorter);
  if (at < 0 || !FIGURE.test(shorter) || (at > 0 && !/[\s\-≥≤<>~]/.test(longer[at - 1]!))) return false;
  const before = longer.slice(0, at).trim();
  const after = longer.slice(at + shorter.length);
  return (before === '' || qualifiersOnly(before)) && /^(?:[\s-]+\p{Ll}[\p{Ll}-]*)*$/u.test(after);
}

const FIGURE_TOKEN = new RegExp(String.raw`\d+|\b(?:${MONTH.replace(/\\\.\?$/, '')}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|dozen)\b`, 'gi');

/** The same digits, number words and months, in order: "Before 1994" and "1994", not "July 3, 2020" and "July 3". */
function sameFigureTokens(gold: string, answer: string): boolean {
  const tokens = (text: string): string => (text.match(FIGURE_TOKEN) ?? []).join(' ').toLowerCase();
  const g = tokens(gold);
  return g !== '' && g === tokens(answer);
}

/** Separate figures in a text: "132 out of 180" has two. */
const figuresIn = (text: string): number => (text.match(/\d[\d,.]*/g) ?? []).length;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every offset of `needle` in `hay` as whole words ("EU" is not in "Europe"), case-insensitive. */
function offsets(hay: string, needle: string): number[] {
  const h = hay.toLowerCase();
  const n = needle.toLowerCase();
  const found: number[] = [];
  if (!n) return found;
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + 1)) {
    if (!isWordChar(hay[at - 1]) && !isWordChar(hay[at + n.length])) found.push(at);
  }
  return found;
}

/** A deletion that starts or ends inside a word: "{{c1::two-and}}-a-half", "Lee Hye{{…}}-jin". */
export function cutsAWord(full: string, start: number, end: number): boolean {
  const before = full[start - 1];
  const after = full[end];
  if (isWordChar(before) || isWordChar(after)) return true;
  // (Any hyphen: "5‑1/2 percent" may be written with the non-breaking one.)
  if (/^[-‐‑]$/.test(after ?? '') && isWordChar(full[end + 1])) return true;
  if (/^[-‐‑]$/.test(before ?? '') && isWordChar(full[start - 2])) return true;
  return false;
}

/**
 * Whether `inner.slice(from, to)` is a whole name of its own inside the gold's span of `kind`:
 * either side of a possessive between two names, the owner a body of two words or more or an
 * abbreviation and the owned two words or more ("Justice Department’s Criminal Division",
 * "IBM’s Thomas J. Watson Research Center" — not "Tracy’s Kids", a name made of a name), or
 * one member of a list of three places or more ("Egypt, Lebanon, Israel, and Syria"; a body's
 * name with commas, "Health, Education, Labor and Pensions Committee", is one name).
 */
const SITE_HEAD = /\b(?:Center|Centre|Facility|Laboratory|Base|Hospital|Station|Range|Complex|Headquarters|Arsenal|Museum)$/;

/**
 * "Iraq and Afghanistan" with the deletion (from..to) one of its two names, which `isName`
 * knows as a name of its own; the other side is capitalised too.
 */
function oneOfTwoNames(inner: string, from: number, to: number, isName: (name: string) => boolean): boolean {
  const m = /^(\p{Lu}[^,;]*?)\s+and\s+(\p{Lu}[^,;]*)$/u.exec(inner);
  if (!m || / and /.test(m[2]!) || / and /.test(m[1]!)) return false;
  const second = inner.length - m[2]!.length;
  const deleted = (from === 0 && to === m[1]!.length) || (from === second && to === inner.length);
  return deleted && isName(inner.slice(from, to));
}

/** Words that may join one name's parts: after them the name may go on ("Air Forces in Europe"). */
const NAME_LINK = /^(?:of|the|and|in|for|at|on|de|du|del|la|le|von|van|der|y|et|to|&)$/;
/** A small word inside a name or a title ("War is Making You Poor Act", "Agreement with Assurances"). */
const smallWord = (w: string): boolean => NAME_LINK.test(w) || /^\p{Ll}{1,4}$/u.test(w);
const lowerWord = (w: string): boolean => /^\p{Ll}[\p{L}-]*[,.;:]?$/u.test(w);
const figureWord = (w: string): boolean => /^\$?\d[\d,.]*%?[,.;:]?$/u.test(w);
const MONTH_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d/;

/**
 * Whether a name deleted inside a longer gold phrase ends where the deletion does, judged by
 * the phrase's words beside it: 'described' when the words next to it are in small letters or
 * figures ("wide receiver [Bryce Treggs]", "24 [F-16s]"); 'placed' when a small word of its own
 * stands between the name and such words ("the conflict in [Southeast Asia]"); null when the
 * name may go on into them ("[U.S. Air Forces] in Europe", "[Mack] Trucks", "[Harbour Strike
 * Group] (HSG) 9", "[Russia] and China").
 */
function nameEndsBeside(before: string, after: string): 'described' | 'placed' | null {
  let placed = false;
  // ("The [Department of Veterans Affairs] (VA)": an article opening the gold's phrase is no word of it.)
  if (/^(?:the|a|an)\s+$/i.test(before)) before = '';
  if (before !== '') {
    if (!/\s$/.test(before)) return null;
    const left = before.trim().split(/\s+/);
    let i = left.length - 1;
    while (i >= 0 && smallWord(left[i]!)) i -= 1;
    if (i < 0) return null;
    if (i < left.length - 1) {
      if (!lowerWord(left[i]!)) return null;
      placed = true;
    } else if (!lowerWord(left[i]!) && !figureWord(left[i]!)) return null;
    // (A figure after a capital may be a name's own: "Title 18, [U.S.C. Section 2339A]".)
    else if (figureWord(left[i]!) && i > 0 && /^\p{Lu}/u.test(left[i - 1]!)) return null;
  }
  if (after !== '') {
    // (A bracket after the name — after its possessive too: "[CDC]’s (CDC)" — what follows the
    // bracket decides.)
    const rest = after.replace(/^(?:[’']s)?\s*\([^()]*\)/, '');
    if (rest === '') return placed ? 'placed' : 'described';
    const m = /^(?:[’']s)?\s+(.+)$/su.exec(rest);
    if (!m) return null;
    if (MONTH_DAY.test(m[1]!)) return placed ? 'placed' : 'described';
    const words = m[1]!.split(/\s+/);
    let i = 0;
    while (i < words.length && smallWord(words[i]!)) i += 1;
    if (i >= words.length) return null;
    if (i > 0 && !lowerWord(words[i]!)) return null;
    if (i === 0 && !lowerWord(words[0]!) && !figureWord(words[0]!)) return null;
    if (rest !== after && i === 0 && figureWord(words[0]!)) return null;
  }
  return placed ? 'placed' : 'described';
}

function ownNameInside(inner: string, from: number, to: number, kind: FactKind): boolean {
  const parts = (separator: RegExp): [number, number][] => {
    const spans: [number, number][] = [];
    let at = 0;
    for (const m of inner.matchAll(separator)) {
      spans.push([at, m.index]);
      at = m.index + m[0].length;
    }
    spans.push([at, inner.length]);
    return spans;
  };
  const text = ([a, b]: [number, number]): string => inner.slice(a, b);
  const capitalised = (span: [number, number]): boolean => /^\p{Lu}/u.test(text(span));
  const words = (span: [number, number]): number => text(span).split(/\s+/).length;
  const possessive = parts(/[’']s\s+/gu);
  if (possessive.length === 2) {
    const [owner, owned] = possessive as [[number, number], [number, number]];
    const whole = capitalised(owner) && capitalised(owned) && (words(owner) >= 2 || /^\p{Lu}{2,}$/u.test(text(owner))) && words(owned) >= 2;
    return whole && possessive.some(([a, b]) => a === from && b === to);
  }
  // "[Johnson Space Center] in Houston", "[Minot Air Force Base], North Dakota": a place and
  // where it is, which the gold joined — each is whole. (Not a body's name: "U.S. Air Forces
  // in Europe"; not "Profiles in Courage award".)
  // (Only a place's gold says where with "in": "Webster Prize in Poetry" is one name.)
  // ("[Steven F. Udvar-Hazy Center] in [Chantilly, Virginia]": a place "in" a town and its state
  // splits at "in" only.)
  const located = (kind === 'place' || kind === 'organization') && /\s+in\s+/u.test(inner) ? parts(/\s+in\s+/gu) : parts(kind === 'place' ? /\s+in\s+|,\s+/gu : /,\s+/gu);
  const nameWords = ([a, b]: [number, number], linked: boolean): boolean =>
    inner.slice(a, b).split(/\s+/).every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && linked && /^(?:of|the|and|de|for)$/.test(w)));
  // ("NASA’s [Kennedy Space Center] in Florida": a body's site "in" where it is, joined by the
  // gold, splits there too — not "U.S. Air Forces in Europe", one body's name.)
  const site = kind === 'organization' && located.length === 2 && SITE_HEAD.test(inner.slice(located[0]![0], located[0]![1]));
  if (kind === 'place' || kind === 'term' || site) {
    const placeWords = ([a, b]: [number, number]): boolean => inner.slice(a, b).split(/,?\s+/).every((w) => /^\p{Lu}/u.test(w));
    if (located.length === 2 && nameWords(located[0]!, true) && (nameWords(located[1]!, false) || placeWords(located[1]!)) && located.some(([a, b]) => a === from && b === to)) return true;
  }
  if (kind !== 'place') return false;
  const members = parts(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/gu);
  return members.length >= 3 && members.every(capitalised) && members.some(([a, b]) => a === from && b === to);
}

interface Match {
  item: GoldItem | null;
  cut: boolean;
}

/** The gold item a deletion stands for, and whether its span is cut against the gold's. */
export function matchDeletion(answer: string, kind: NoteKind, full: string, start: number, items: GoldItem[], elsewhere: NamesElsewhere = () => null): Match {
  const a = fold(answer);
  // ("2001 to 2018" for the gold's "2001–2018": one range of years, with a dash or in words.)
  const yearRange = (s: string): string => s.replace(/\b(\d{4})\s*(?:[–—-]|to|through)\s*(\d{2,4})\b/g, '$1–$2');
  const exact = items.filter((i) => fold(i.text) === a || (kind === 'date' && yearRange(fold(i.text)) === yearRange(a)));
  if (exact.length > 0) return { item: exact.find((i) => i.key) ?? exact[0]!, cut: false };
  // ("Donald Valentine III" for the gold's "Corporal Donald E. Valentine III", "Herbert Carlisle"
  // for "Gen. Herbert J. “Hawk” Carlisle": the same person without title, middle initial,
  // nickname or generation.)
  const core = personCore(a);
  if (core.includes(' ')) {
    const same = items.filter((i) => i.kind === 'person' && personCore(fold(i.text)) === core);
    if (same.length > 0) return { item: same.find((i) => i.key) ?? same[0]!, cut: false };
  }
  // "Judge Winmill" later in the article: the person's surname is the person.
  const end0 = start + answer.length;
  const fullNameHere = (i: GoldItem): boolean => offsets(full, i.text).some((at) => at < end0 && at + i.text.length > start);
  // "Wilbur and Orville had built …": a story that calls people by their first names.
  // ("Welsh" for "Gen. Mark A. Welsh III": the generation after a name is not its last word.)
  const byOneName = (i: GoldItem): boolean => {
    const words = fold(i.text).replace(/,?\s+(?:jr\.?|sr\.?|ii|iii|iv)$/, '').split(/\s+/);
    return words.length > 1 && (words[words.length - 1] === a || words[0] === a);
  };
  const bySurname = /^\S+$/.test(answer) ? items.filter((i) => i.kind === 'person' && byOneName(i) && !fullNameHere(i)) : [];
  if (bySurname.length > 0) return { item: bySurname.find((i) => i.key) ?? bySurname[0]!, cut: false };
  const numeric = NUMERIC.includes(kind as FactKind);
  const isGoldName = (text: string): boolean => items.some((i) => fold(i.text) === fold(text));
  const forms = items.filter((item) => {
    const g = fold(item.text);
    // (Not a name's words after a figure: "2014" is no form of "2014 Harbor Flood Review".)
    if (numeric) return !NAME_KINDS.includes(item.kind as NoteKind) && (unitOnly(a, g) || unitOnly(g, a) || qualified(a, g) || qualified(g, a) || sameFigure(a, g) || sameFigure(g, a));
    return NAME_KINDS.includes(item.kind as NoteKind) && wholeNameOf(item.text, answer, isGoldName);
  });
  // ("GAO is making [three] recommendations", with "three recommendations" and "three tax
  // industry groups" both listed: the item written where the card deletes, else the first.)
  const standsHere = (i: GoldItem): boolean => offsets(full, i.text).some((at) => at <= start && at + i.text.length >= start + answer.length);
  if (forms.length > 0) return { item: forms.find(standsHere) ?? forms[0]!, cut: false };
  // A gold span in the sentence that overlaps the deletion without being it: a cut.
  const end = start + answer.length;
  let wider: GoldItem | null = null;
  for (const item of items) {
    for (const at of offsets(full, item.text)) {
      const itemEnd = at + item.text.length;
      if (itemEnd <= start || at >= end) continue;
      const inner = full.slice(at, itemEnd);
      if (at >= start && itemEnd <= end && (numeric ? widerDate(answer, inner) : widerName(answer, inner))) {
        wider ??= item;
        continue;
      }
      // "the [2014] Ebola Outbreak in West Africa page", "a [10-year] strategic plan": a figure
      // inside a name the gold lists whole is a fact of its own — neither that name nor a cut of it.
      if (numeric && NAME_KINDS.includes(item.kind as NoteKind) && at <= start && itemEnd >= end && !cutsAWord(full, start, end)) continue;
      // "132 out of 180 countries", "10 cents and 5 cents": a gold item of two figures; a
      // deletion of one whole figure of it cuts nothing.
      if (numeric && at <= start && itemEnd >= end && figuresIn(inner) >= 2 && !cutsAWord(full, start, end)) return { item, cut: false };
      // "Before [1994]", "more than [500] U.S. companies", "since last [July]" for the gold's
      // "Before 1994", …: every figure and month of the gold's span is deleted whole; what the
      // gold has around it is words, not part of the figure.
      if (numeric && at <= start && itemEnd >= end && !cutsAWord(full, start, end) && sameFigureTokens(inner, answer)) return { item, cut: false };
      // "the [Justice Department]’s Criminal Division", "Reserve Banks of Philadelphia,
      // [Atlanta], and Minneapolis" for the gold's one span: a name of its own inside it — the
      // owner or the owned of a possessive, one member of a list of places — cuts nothing. It
      // is a name of the same kind, but not the gold's key fact (but see below).
      if (!numeric && at <= start && itemEnd >= end && ownNameInside(inner, start - at, end - at, item.kind)) {
        // ("[Minot Air Force Base], North Dakota", "[Taji], Iraq": the place the gold names, with
        // where it is left on the card, asks the gold's key fact — not the first of a list.)
        const locatedHead = (item.kind === 'place' || (item.kind === 'organization' && SITE_HEAD.test(answer))) && at === start && /^(?:,\s+|\s+in\s+)\p{Lu}/u.test(full.slice(end, itemEnd)) && !/\s(?:and|or)\s/.test(full.slice(end, itemEnd));
        // (Where the body's site is, "in [Bethesda, Maryland]", is a place.)
        const siteWhere = item.kind === 'organization' && at < start && /\s+in\s+$/.test(full.slice(at, start));
        return { item: locatedHead ? item : { text: answer, kind: siteWhere ? 'place' : item.kind, key: false }, cut: false };
      }
      // "[Iraq] and Afghanistan", "Robert and [Doug]" that the gold lists as one: either name
      // whole, when the golds list it as a name of its own, cuts nothing — but is not the pair.
      // (Not "[Air Command] and Staff College": no gold lists its first part alone.)
      if (!numeric && !cutsAWord(full, start, end) && oneOfTwoNames(full.slice(at, itemEnd), start - at, end - at, (name) => isGoldName(name) || elsewhere(name) !== null)) {
        return { item: null, cut: false };
      }
      // "wide receiver [Bryce Treggs]", "24 [F-16s]", "[Armed Forces Bowl] Dec. 29", "a consul
      // in [Los Angeles]": the gold's phrase goes on past a name with words of its own — a
      // description in small letters, a figure, a bracket — so the name ends where the deletion
      // does. (Not "U.S. Air Forces [in Europe]", "[Mack] Trucks", "[Russia] and China": where
      // the words go on in capitals, or after "in", "of", "and", the name may go on too.)
      if (!numeric && at <= start && itemEnd >= end && !cutsAWord(full, start, end)) {
        const around = nameEndsBeside(full.slice(at, start), full.slice(end, itemEnd));
        if (around !== null) {
          // (Described only — "starting safety [Weston Steelhammer]" — it is the gold's fact; a
          // name placed somewhere in a longer phrase is a name, but not the phrase's fact.)
          const same = around === 'described' && item.kind === kind;
          return { item: same ? item : null, cut: false };
        }
      }
      return { item, cut: true };
    }
  }
  return { item: wider, cut: false };
}

/**
 * The gold quote a who-said card shows: the one it starts with, or — for the part of a quote
 * after its tag (“A,” she said. “B.”), which the gold lists as one quote — the last gold
 * quote that starts before it in the same paragraph.
 */
function quoteOf(shown: string, gold: Gold, articleText: string): Gold['quotes'][number] | 'no-speaker' | null {
  const card = fold(shown);
  // The quote the card opens with: a later one inside it ("…. They told us …”) may repeat
  // words the gold lists elsewhere.
  let first: { at: number; q: Gold['quotes'][number] | 'no-speaker' } | null = null;
  for (const q of [...gold.quotes, ...gold.noSpeaker]) {
    // (The gold's opening words may end in the comma before the tag, which the card leaves off
    // — of a few words at least: "This," is no quote's opening.)
    const opens = fold(typeof q === 'string' ? q : q.starts);
    const at = card.indexOf(opens.split(' ').length >= 3 ? opens.replace(/[\s,.;:!?]+$/, '') : opens);
    // (A scare-quoted word the gold lists as no one's speech, inside a longer quote — “… a
    // ‘marscopter,’ we can …” — does not make the quote no one's: only one the card opens with.)
    if (typeof q === 'string' && at > 2) continue;
    if (at >= 0 && (!first || at < first.at)) first = { at, q: typeof q === 'string' ? 'no-speaker' : q };
  }
  if (first) return first.q;
  const opening = shown.replace(/^[“"]/, '').split(/\s+/).slice(0, 6).join(' ');
  const at = articleText.indexOf(opening);
  if (at < 0) return null;
  const paragraphStart = articleText.lastIndexOf('\n\n', at) + 1;
  let best: { q: Gold['quotes'][number]; at: number } | null = null;
  for (const q of gold.quotes) {
    const qAt = articleText.lastIndexOf(q.starts, at);
    if (qAt >= paragraphStart && (!best || qAt > best.at)) best = { q, at: qAt };
  }
  return best?.q ?? null;
}

/** The speaker's names, and each without a title before it ("Bush" for "President Bush"). */
// ("Robert D. McMurry, Jr." and "Robert D. McMurry", "Norman E. “Ned” Sharpless" and "Norman E.
// Sharpless": one person without the generation after the name or the nickname inside it.)
// ("Erin M. Collins" and "Erin Collins": one person without the middle initial, when the name
// has no generation or nickname to drop.)
const plainName = (f: string): string => {
  const plain = f.replace(/,?\s+(?:jr|sr|ii|iii|iv)\.?$/, '').replace(/\s+(?:"[^"]{1,20}"|\([^()]{1,20}\))(?=\s)/, '');
  return plain !== f ? plain : f.replace(/(?<=\S)\s+\p{L}\.(?=\s+\S)/gu, '');
};
// (Every reading of where the title ends: "Chief Master Sgt. of the Air Force James M. Cody" is
// "cody" if "of the Air Force James M." were a body, and "james m. cody" as it is.)
const speakerForms = (q: Gold['quotes'][number]): string[] =>
  [q.speaker, ...(q.aliases ?? [])].map(fold).flatMap((f) => {
    const words = f.split(' ');
    const forms = [f];
    for (let k = words.length - 1; k >= 1; k -= 1) if (isTitle(words.slice(0, k).join(' '))) forms.push(words.slice(k).join(' '));
    return forms;
  });

/** The speaker's forms at every quote the gold gives them ("David" at one, "Eric's uncle David" at another). */
const formsOfSpeaker = (q: Gold['quotes'][number], gold: Gold): string[] =>
  speakerForms({ ...q, aliases: gold.quotes.filter((o) => fold(o.speaker) === fold(q.speaker)).flatMap((o) => o.aliases ?? []) });

/** "Joey Dunigan" for "Joe L. Dunigan, Jr." whose alias is "Joey": a given name the gold gives them, and their surname. */
function aliasAndSurname(q: Gold['quotes'][number], gold: Gold, answer: string): boolean {
  const words = fold(answer).split(' ');
  if (words.length !== 2) return false;
  const surname = personCore(fold(q.speaker)).split(' ').pop();
  const given = formsOfSpeaker(q, gold).filter((f) => !f.includes(' '));
  return words[1] === surname && given.includes(words[0]!);
}

/** "Federal Emergency Management Agency" for the gold's "FEMA" (or the other way round): a body and the letters of its name. */
function byLetters(q: Gold['quotes'][number], answer: string): boolean {
  const letters = (name: string): string =>
    name.split(/\s+/).filter((w) => !/^(?:of|for|and|the|on|in|&)$/i.test(w)).map((w) => w[0] ?? '').join('').toUpperCase();
  const spells = (name: string, acronym: string): boolean => /^[A-Z]{2,6}$/.test(acronym) && name.includes(' ') && letters(name) === acronym;
  return [q.speaker, ...(q.aliases ?? [])].some((form) => spells(answer, form) || spells(form, answer));
}

/** "US Centers for Disease Control and Prevention" is the gold's "Centers for Disease Control and Prevention". */
const withoutCountry = (f: string): string => f.replace(/^(?:the )?(?:u\.s\.|us|united states|american) (?=\S+ \S)/, '');

/** A person's name without the title before it ("dr. mark lewis" → "mark lewis"). */
function untitled(name: string): string {
  const words = name.split(' ');
  for (let k = words.length - 1; k >= 1; k -= 1) if (isTitle(words.slice(0, k).join(' '))) return words.slice(k).join(' ');
  return name;
}

/** A person's name without title, middle initials, nickname or generation ("corporal donald e. valentine iii" → "donald valentine"). */
function personCore(name: string): string {
  return untitled(name)
    .replace(/,?\s+(?:jr|sr|ii|iii|iv)\.?$/, '')
    .replace(/\s+(?:["“”][^"“”]{1,20}["“”]|\([^()]{1,20}\))(?=\s)/gu, '')
    .replace(/(?<=\S)\s+\p{L}\.(?=\s+\S)/gu, '')
    .trim();
}

/** The speaker without the generation or nickname, when no one else in the gold is so called. */
function byPlainName(q: Gold['quotes'][number], answer: string, gold: Gold, items: GoldItem[]): boolean {
  const plain = plainName(fold(q.speaker));
  if (plain === fold(q.speaker) || plain !== fold(answer)) return false;
  // (Not "David Wilkey" for a father and son both called so.)
  // (Their titles off: "U.S. Army Specialist David Wilkey, Jr." is a David Wilkey too.)
  // (Not the speaker again with a title: "Maj. Gen. Robert D. McMurry, Jr.")
  const others = [...gold.quotes.map((o) => o.speaker), ...items.filter((i) => i.kind === 'person').map((i) => i.text)].map(fold).map(untitled).filter((o) => o !== fold(q.speaker));
  return !others.some((o) => o === plain || plainName(o) === plain);
}

/**
 * "Cecere" for a quote of Al Cecere: a person's surname names them, unless another speaker of
 * the article has it too ("Cantrell" for one of a family).
 */
function bySurname(q: Gold['quotes'][number], answer: string, gold: Gold, items: GoldItem[]): boolean {
  const surname = fold(answer);
  const words = fold(q.speaker).split(' ');
  if (surname.includes(' ') || words.length < 2 || words[words.length - 1] !== surname) return false;
  if (!items.some((i) => i.kind === 'person' && fold(i.text) === fold(q.speaker))) return false;
  return !gold.quotes.some((o) => fold(o.speaker) !== fold(q.speaker) && fold(o.speaker).split(' ').pop() === surname);
}

/**
 * The gold quote a fact card's sentence stands in, when the card shows that quote's speaker
 * (by any of their names, or their surname): a card asking what they said.
 */
function saidQuoteOf(note: GeneratedNote, shown: string, gold: Gold, articleText: string): Gold['quotes'][number] | null {
  const at = articleText.indexOf(note.extra.split('\n').pop()!);
  if (at < 0) return null;
  const paragraphStart = articleText.lastIndexOf('\n\n', at) + 1;
  let best: { q: Gold['quotes'][number]; at: number } | null = null;
  for (const q of gold.quotes) {
    const qAt = articleText.lastIndexOf(q.starts, at + note.extra.length);
    if (qAt >= paragraphStart && (!best || qAt > best.at)) best = { q, at: qAt };
  }
  if (!best) return null;
  // The quote must still be open where the card's sentence starts — or open again after its
  // tag: “…,” James said. “We will not stop …” is one gold quote, the tag inside it.
  const between = articleText.slice(best.at, at);
  const reopened = /^[^“”"]*[”"][^“”"]{1,120}[.,:;]\s*(?:[“"][^“”"]*)?$/.exec(between);
  if (best.at < at && /[”"]/.test(between) && !reopened) return null;
  const card = fold(shown);
  const names = speakerForms(best.q).flatMap((f) => [f, f.split(' ').pop()!]).filter((f) => f.length > 2);
  return names.some((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(card)) ? best.q : null;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function answerVisible(shown: string, answer: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(answer)}(?![\\p{L}\\p{N}])`, 'iu').test(shown);
}

/** Every card of the notes, judged against the gold. */
export function judgeCards(notes: GeneratedNote[], gold: Gold, articleText: string, elsewhere: NamesElsewhere = () => null): JudgedCard[] {
  const items = goldItems(gold);
  const cards: JudgedCard[] = [];
  notes.forEach((note, noteIndex) => {
    let segments: ClozeSegment[];
    try {
      segments = parseCloze(note.text);
    } catch {
      cards.push({ noteIndex, ord: 1, kind: note.kind, hint: null, answer: '', shown: note.text, defects: ['malformed'], keyFact: null, quote: null, saidQuote: null, goldKind: null, twin: false });
      return;
    }
    // The sentence with every deletion filled in, and where each deletion stands in it.
    let full = '';
    const at: { ord: number; start: number; answer: string; hint: string | null }[] = [];
    for (const s of segments) {
      if (s.type === 'deletion') at.push({ ord: s.ord, start: full.length, answer: s.answer, hint: s.hint });
      full += s.type === 'text' ? s.text : s.answer;
    }
    clozeOrds(segments).forEach((ord, i) => {
      const kind = note.cardKinds[i] ?? note.kind;
      const dels = at.filter((d) => d.ord === ord);
      const first = dels[0]!;
      const shown = renderCard(segments, ord, false);
      const card: JudgedCard = { noteIndex, ord, kind, hint: first.hint, answer: first.answer, shown, defects: [], keyFact: null, quote: null, saidQuote: null, goldKind: null, twin: false };
      if (dels.some((d) => answerVisible(shown, d.answer))) card.defects.push('malformed');
      if (kind === 'quote') {
        const q = quoteOf(shown, gold, articleText);
        if (q === 'no-speaker') card.defects.push('wrong-speaker');
        else if (q === null) card.defects.push('unlisted-quote');
        else if (!formsOfSpeaker(q, gold).map(withoutCountry).includes(withoutCountry(fold(first.answer))) && !bySurname(q, first.answer, gold, items) && !byPlainName(q, first.answer, gold, items) && !aliasAndSurname(q, gold, first.answer) && !byLetters(q, first.answer)) card.defects.push('wrong-speaker');
        else {
          card.quote = q.starts;
          // The card asks for the speaker: a key fact naming them is asked too.
          // ("Dr. Mark Lewis", "Special Agent Robert Davis", "Maj. (Dr.) Ben Stermole" for the
          // speaker "Mark Lewis": the key fact may name them with their title, whatever it is.)
          const speaker = gold.keyFacts.find((f) => speakerForms(q).includes(fold(f.answer)) || (f.kind === 'person' && speakerForms(q).some((form) => form.includes(' ') && fold(f.answer).endsWith(` ${form}`))));
          if (speaker) card.keyFact = speaker.answer;
        }
      } else {
        let matched: GoldItem | null = null;
        for (const d of dels) {
          if (cutsAWord(full, d.start, d.start + d.answer.length)) card.defects.push('cut');
          const m = matchDeletion(d.answer, kind, full, d.start, items, elsewhere);
          if (m.cut) card.defects.push('cut');
          matched ??= m.item;
        }
        const said = saidQuoteOf(note, shown, gold, articleText);
        card.saidQuote = said?.starts ?? null;
        if (matched && !compatible(kind, first.hint, matched.kind)) card.defects.push('wrong-hint');
        // In a what-was-said card a term deletion is the speaker's words, not a name.
        const phrase = said !== null && kind === 'term' && first.hint === 'term';
        const listedElsewhere = !matched && NAME_KINDS.includes(kind) && !card.defects.includes('cut') ? elsewhere(first.answer) : null;
        if (listedElsewhere && !listedElsewhere.some((k) => compatible(kind, first.hint, k))) card.defects.push('wrong-hint');
        if (!matched && !listedElsewhere && NAME_KINDS.includes(kind) && !card.defects.includes('cut') && !phrase) card.defects.push('not-a-name');
        if (/^[A-Z]{2,}$/.test(first.answer) && /\(\s*$/.test(full.slice(0, first.start))) card.defects.push('acronym-beside-expansion');
        if (matched?.key) card.keyFact = matched.text;
        card.goldKind = matched?.kind ?? null;
      }
      card.defects = [...new Set(card.defects)];
      cards.push(card);
    });
  });
  markTwins(cards, notes);
  return cards;
}

/** A fact card deleting the speaker of a who-said card whose source holds the fact's sentence. */
function markTwins(cards: JudgedCard[], notes: GeneratedNote[]): void {
  const quoteCards = cards.filter((c) => c.kind === 'quote');
  for (const c of cards) {
    if (c.kind === 'quote') continue;
    const source = notes[c.noteIndex]!.extra;
    c.twin = quoteCards.some((q) => {
      const speaker = fold(q.answer);
      const quoteSource = notes[q.noteIndex]!.extra;
      return fold(c.answer) === speaker && (quoteSource.includes(source) || source.includes(quoteSource.split('\n').pop()!));
    });
  }
}

/** One article's figures: counts, so totals are sums and ratios are taken at the end. */
export interface ArticleScore {
  cards: number;
  acceptable: number;
  worth: number;
  keyFacts: number;
  keyFactsCovered: number;
  /** The same for the kinds the issue names (figures, dates, people, organisations, places): not terms. */
  namedKeyFacts: number;
  namedKeyFactsCovered: number;
  cards20: number;
  worth20: number;
  defective20: number;
  topFacts: number;
  topCovered20: number;
  keyCovered20: number;
  quotes: number;
  quotesRight: number;
  /** Gold quotes a deck of this size can ask as who-said cards: per speaker, at most the cap on one answer. */
  quotesWithinCap: number;
  /** Quotes asked with their right speaker: a who-said card, or a what-said card naming them. */
  quotesAsked: number;
  wrongSpeakers: number;
  hintsJudged: number;
  hintsRight: number;
  cuts: number;
  twins: number;
  /**
   * Cards on an answer an earlier card of the deck asked already ("Blinken" on a third card,
   * "$228 million" again in a quote) — the repeats outside raters call twins. Who-said cards are
   * left out: a speaker's quotes have their own cap.
   */
  repeats: number;
  /** The answer asked most often, and on how many cards. */
  topAnswer: string;
  topAnswerCards: number;
  defects: Record<Defect, number>;
}

const acceptable = (c: JudgedCard): boolean => c.defects.length === 0;
/** Worth learning: an acceptable card on a key fact, or a quote with its right speaker (who said it, or what they said). */
const worth = (c: JudgedCard): boolean => acceptable(c) && !c.twin && (c.keyFact !== null || c.quote !== null || (c.saidQuote !== null && c.hint === 'term'));

function covered(cards: JudgedCard[], facts: string[]): number {
  const got = new Set(cards.filter(acceptable).flatMap((c) => (c.keyFact ? [fold(c.keyFact)] : [])));
  return facts.filter((f) => got.has(fold(f))).length;
}

export function scoreArticle(cards: JudgedCard[], cards20: JudgedCard[], gold: Gold): ArticleScore {
  const keyFacts = [...new Set(gold.keyFacts.map((f) => f.answer))];
  const namedKeyFacts = [...new Set(gold.keyFacts.filter((f) => f.kind !== 'term').map((f) => f.answer))];
  const top = [...new Set(gold.keyFacts.filter((f) => f.top).map((f) => f.answer))];
  const byAnswer = new Map<string, number>();
  for (const c of cards) byAnswer.set(fold(c.answer), (byAnswer.get(fold(c.answer)) ?? 0) + 1);
  const [topAnswer, topAnswerCards] = [...byAnswer].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const defects = Object.fromEntries(
    (['malformed', 'cut', 'wrong-hint', 'not-a-name', 'acronym-beside-expansion', 'wrong-speaker', 'unlisted-quote'] as Defect[]).map((d) => [
      d,
      cards.filter((c) => c.defects.includes(d)).length,
    ]),
  ) as Record<Defect, number>;
  const quotesRight = new Set(cards.filter((c) => c.quote !== null).map((c) => c.quote)).size;
  const quotesAsked = new Set(cards.filter((c) => acceptable(c) || c.quote !== null).flatMap((c) => [c.quote, c.saidQuote]).filter((q) => q !== null)).size;
  const judged = cards.filter((c) => c.goldKind !== null);
  const perSpeaker = new Map<string, number>();
  for (const q of gold.quotes) perSpeaker.set(fold(q.speaker), (perSpeaker.get(fold(q.speaker)) ?? 0) + 1);
  const cap = answerLimit(cards.length);
  const seen = new Set<string>();
  let repeats = 0;
  for (const c of cards) {
    if (c.kind === 'quote') continue;
    const key = fold(c.keyFact ?? c.answer);
    if (seen.has(key)) repeats += 1;
    else seen.add(key);
  }
  const quotesWithinCap = [...perSpeaker.values()].reduce((n, k) => n + Math.min(k, cap), 0);
  return {
    cards: cards.length,
    acceptable: cards.filter(acceptable).length,
    worth: cards.filter(worth).length,
    keyFacts: keyFacts.length,
    keyFactsCovered: covered(cards, keyFacts),
    namedKeyFacts: namedKeyFacts.length,
    namedKeyFactsCovered: covered(cards, namedKeyFacts),
    cards20: cards20.length,
    worth20: cards20.filter(worth).length,
    defective20: cards20.filter((c) => !acceptable(c)).length,
    topFacts: top.length,
    topCovered20: covered(cards20, top),
    keyCovered20: covered(cards20, keyFacts),
    quotes: gold.quotes.length,
    quotesRight,
    quotesWithinCap,
    quotesAsked,
    wrongSpeakers: defects['wrong-speaker'],
    hintsJudged: judged.length,
    hintsRight: judged.filter((c) => !c.defects.includes('wrong-hint')).length,
    cuts: defects.cut,
    twins: cards.filter((c) => c.twin).length,
    repeats,
    topAnswer: topAnswer as string,
    topAnswerCards: topAnswerCards as number,
    defects,
  };
}

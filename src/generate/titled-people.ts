import { ROLE_WORDS } from './gazetteer.js';
import { isFirstName, LEXICON_ROLES } from './name-lexicon.js';

// The capitalised words right before a name: "Vice President ‖ Kamala Harris".
const TITLE_BEFORE = /((?:\p{Lu}[\p{L}.’'-]*\s+){1,5})$/u;
// "the Vice President" not followed by a name: a reference by title alone.
const TITLE_REFERENCE = /^[Tt]he\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}.-]*)(['’]s\b)?(?!\s+\p{Lu})/u;

// "the prime minister", "the vice president's": up to four small words after "the".
const LOWER_TITLE_REFERENCE = /^[Tt]he\s+(\p{Ll}+(?:\s+\p{Ll}+){0,3})/u;

const isRole = (word: string): boolean => ROLE_WORDS.has(word.toLowerCase());
// ("CPT Ana Ruiz" is a captain too, as the Army writes it: "the captain" may be her.)
const RANK_WRITTEN_OUT: Record<string, string> = {
  'Gen.': 'General', 'Col.': 'Colonel', 'Sgt.': 'Sergeant', 'Adm.': 'Admiral', 'Capt.': 'Captain', 'Maj.': 'Major', 'Cmdr.': 'Commander', 'Gov.': 'Governor', 'Sen.': 'Senator',
  CPT: 'Captain', MAJ: 'Major', COL: 'Colonel', LTC: 'Colonel', GEN: 'General', MG: 'General', BG: 'General', LTG: 'General', SGT: 'Sergeant', SSG: 'Sergeant', SFC: 'Sergeant', MSG: 'Sergeant', SGM: 'Sergeant', CPL: 'Corporal', CDR: 'Commander', LCDR: 'Commander', PVT: 'Private', PFC: 'Private',
};
const RANKS = /^(?:Vice|Deputy|Assistant|Under|Associate|Lieutenant|Acting|Former)$/;
// A run of capitalised words: "Vice President Kamala Harris".
const CAPITAL_RUN = /\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)+/gu;
// "the spokeswoman", "the minister's" not followed by a name: a reference by a role in common words.
// (Not "the president of the national bank": an office of another body.)
const ROLE_REFERENCE = /^the\s+(\p{Ll}+)(['’]s\b)?(?![\p{L}-]|\s+\p{Lu}|\s+(?:of|for|at)\s)/u;
const isRoleNoun = (word: string): boolean => ROLE_WORDS.has(word) || (LEXICON_ROLES.has(word) && !word.endsWith('s'));

/** A person referred to by their title alone. */
export interface TitleReference {
  /** Offsets of the title (without "the") in the paragraph. */
  start: number;
  end: number;
  name: string;
  possessive: boolean;
  /** Known only by a description ("Fenwa spokeswoman"). */
  anonymous?: boolean;
}

/**
 * The titles an article puts before names ("Vice President Kamala Harris", "Secretary Blinken"),
 * so that "the Vice President" later can be the one person it was given to. A title given to
 * two people ("President Biden", "President Macron") refers to nobody.
 */
export class TitledPeople {
  private readonly holders = new Map<string, Set<string>>();

  /** Titles the article gives later, found by a first look at its text: "the Vice President" may come first. */
  private readonly ahead = new Map<string, Set<string>>();

  /**
   * "… said the Vice President … MUNICH – Today, Vice President Kamala Harris …": a title written
   * before a given name and a surname anywhere in `text`. Used only for a title that nobody
   * held yet when it is met, and only when it belongs to one person in the whole article.
   */
  lookAhead(text: string): void {
    for (const m of text.matchAll(CAPITAL_RUN)) {
      // ("former Vice President Mike Pence" held the title once: "the Vice President" is someone else.)
      if (/\b(?:former|then|ex|late)[\s-]*$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      const words = m[0].split(/\s+/);
      const given = words.findIndex((w, k) => k > 0 && k < words.length - 1 && isRole(words[k - 1]!) && isFirstName(w));
      if (given < 0) continue;
      // "Joseph R. Biden": an initial between the given name and the surname.
      const last = /^\p{Lu}\.$/u.test(words[given + 1]!) ? given + 2 : given + 1;
      if (last >= words.length) continue;
      const name = words.slice(given, last + 1).join(' ');
      // The whole title only: "Energy Secretary Jennifer Granholm" is no answer to "the Secretary"
      // said earlier, which may be another secretary.
      const title = words.slice(0, given).join(' ');
      this.ahead.set(title, (this.ahead.get(title) ?? new Set<string>()).add(name));
    }
  }

  /** A person named at `start` of `text`: the title words before the name, and their shorter tails, are theirs. */
  record(text: string, start: number, name: string): void {
    const before = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
    if (!before) return;
    const words = before[1]!.trim().split(/\s+/);
    if (!isRole(words[words.length - 1]!)) return;
    for (let k = 0; k < words.length; k += 1) {
      // "Vice President ‖ President": without its rank the title is another office, someone else's.
      if (words.slice(0, k).some((w) => RANKS.test(w))) break;
      const title = words.slice(k).join(' ');
      const holders = this.holders.get(title) ?? new Set<string>();
      holders.add(name);
      this.holders.set(title, holders);
    }
    // ("Lt. Gen. Darryl Roberson", then "the general said": a rank's abbreviation written out.)
    const rank = RANK_WRITTEN_OUT[words[words.length - 1]!];
    if (rank) this.holders.set(rank, (this.holders.get(rank) ?? new Set<string>()).add(name));
  }

  private readonly roleHolders = new Map<string, Map<string, boolean>>();

  /**
   * A person with a role in common words: named ("Ana Ruiz, a spokeswoman for the fund") or
   * only described ("a Fenwa spokeswoman"). Each role noun of the role is theirs.
   */
  recordRole(name: string, role: string, anonymous: boolean): void {
    for (const word of role.toLowerCase().split(/[^\p{L}]+/u)) {
      if (!isRoleNoun(word)) continue;
      const holders = this.roleHolders.get(word) ?? new Map<string, boolean>();
      holders.set(name, anonymous);
      this.roleHolders.set(word, holders);
    }
  }

  /** "the spokeswoman" at `at` of `text`, when one person so far had that role. */
  roleReferenceAt(text: string, at: number): TitleReference | null {
    const m = ROLE_REFERENCE.exec(text.slice(at, at + 60));
    if (!m) return null;
    const holders = this.roleHolders.get(m[1]!);
    if (!holders || holders.size !== 1) return null;
    const [name, anonymous] = [...holders][0]!;
    const start = at + m[0].indexOf(m[1]!);
    return { start, end: start + m[1]!.length, name, possessive: !!m[2], anonymous };
  }

  /** "the Vice President" at `at` of `text`, when that title belongs to one person named earlier. */
  referenceAt(text: string, at: number): TitleReference | null {
    // (",” said the Secretary. The meeting …": the title ends with its sentence.)
    const window = text.slice(at, at + 80);
    const stop = /\p{Ll}{2}[.!?](?=\s)/u.exec(window);
    const m = TITLE_REFERENCE.exec(stop ? window.slice(0, stop.index + stop[0].length - 1) : window);
    if (!m) return this.lowerCaseReferenceAt(text, at);
    const title = m[1]!;
    if (!isRole(title.split(/\s+/).pop()!)) return null;
    const holders = this.holders.get(title) ?? this.ahead.get(title);
    if (!holders || holders.size !== 1) return null;
    const start = at + m[0].indexOf(title);
    return { start, end: start + title.length, name: [...holders][0]!, possessive: !!m[2] };
  }

  /**
   * "the prime minister said", after "Prime Minister Tep Vannara": the title in small letters,
   * when the article gave it to one person (the longest title that fits: "the prime minister",
   * not "the minister"). Not "the president of the bank": a title with its "of" is another office.
   */
  private lowerCaseReferenceAt(text: string, at: number): TitleReference | null {
    const m = LOWER_TITLE_REFERENCE.exec(text.slice(at, at + 60));
    if (!m) return null;
    const words = m[1]!.split(/\s+/);
    for (let k = words.length; k >= 1; k -= 1) {
      const rest = text.slice(at + m[0].indexOf(m[1]!) + words.slice(0, k).join(' ').length);
      if (!isRole(words[k - 1]!) || /^(?:['’]s)?\s+(?:of|for|at)\b|^\s+\p{Lu}/u.test(rest)) continue;
      const title = words.slice(0, k).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
      const holders = this.holders.get(title) ?? this.ahead.get(title);
      if (!holders || holders.size !== 1) return null;
      const start = at + m[0].indexOf(m[1]!);
      const end = start + words.slice(0, k).join(' ').length;
      return { start, end, name: [...holders][0]!, possessive: /^['’]s\b/.test(text.slice(end, end + 3)) };
    }
    return null;
  }
}

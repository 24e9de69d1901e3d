import { COUNTRIES, isPlaceName } from './gazetteer.js';
import { preferRole, type SpeakerRole } from './speaker-role.js';
import { genderOfFirstName, isFirstName } from './name-lexicon.js';

// The word a firm's full name ends in: "Company", "Inc.", "LLC".
const CORPORATE_SUFFIX = /^(?:Company|Co\.?|Inc\.?|Corp\.?|Corporation|LLC|L\.L\.C\.|Ltd\.?|Limited|Holdings|PLC|plc|AG|GmbH)$/;

/** People and organisations met so far, so later short mentions resolve to full names. */
export interface Person {
  name: string;
  /** Role as the article gives it ("U.S. Ambassador to Kazakhstan"), or null. */
  role: SpeakerRole | null;
  /** 'he' | 'she' once a pronoun or title tells; null while unknown. */
  gender: 'he' | 'she' | null;
  /**
   * The gender is only the lexicon's guess from the given name ("Alma", "Jean", "Kim" are given
   * to men and women both, whatever the lists say): a pronoun the article uses may overrule it.
   */
  guessed?: boolean;
  /**
   * Typed a person only because its words are no English words ("Phnom Proek" could as well
   * be a commune): such a name is no antecedent for he/she and ends neutral unless the article
   * says more (a role, a given name, "said").
   */
  weak?: boolean;
}

// "Mark Welsh III", "Robert Smith Jr.": the surname is the word before the generation.
const lastWord = (name: string): string => {
  const words = name.split(/\s+/);
  if (words.length > 2 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(words[words.length - 1]!)) words.pop();
  return words.pop()!.toLowerCase().replace(/’/g, "'");
};
const sortedLetters = (w: string): string => [...w].sort().join('');

/**
 * A misspelt surname ("Calatan" for "Catalan") is the same person when it has the same
 * letters, the same first letter and the same length: a typo, not another name.
 */
function isTypoOf(a: string, b: string): boolean {
  if (a.length < 5 || a.length !== b.length || a[0] !== b[0] || sortedLetters(a) !== sortedLetters(b)) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) differences += 1;
  return differences <= 2;
}

/** What lookups compare, computed once per person rather than on every lookup. */
interface PersonKeys {
  person: Person;
  lower: string;
  surname: string;
  letters: string;
}

/** "U.S. Federal Aviation Administration" → "FAA": a place in front is not in the acronym. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !isPlaceName(w))
    .map((w) => w[0])
    .join('');
}

/**
 * "spokeswoman Tucker Hale": a woman's office says "she", whatever the given name suggests; a
 * man's ("spokesman") says "he" only where nothing else did — "chairman" is said of women too.
 */
function roleGender(role: SpeakerRole | null, gender: Person['gender']): Person['gender'] {
  if (!role) return gender;
  if (/\b(?:spokes|chair|congress|council|assembly|business|police|sales|news|anchor|committee|alder|fire)?wom[ae]n\b|\b(?:wife|widow|mother|daughter|sister|actress)\b/i.test(role.text) && !/\bwomen['’]s\b/i.test(role.text)) return 'she';
  // (Not "human resources specialist": an office of a man's, by its ending.)
  if (gender === null && /\b(?:spokes|chair|congress|council|assembly|business|police|sales|news|anchor|committee|alder|fire)m[ae]n\b/i.test(role.text)) return 'he';
  return gender;
}

/** What a title, an office or a kin word tells of someone's gender: it overrules the lexicon's guess. */
export function setGender(person: Person, gender: Person['gender']): void {
  if (!gender) return;
  person.gender = gender;
  delete person.guessed;
}

export class NameRegistry {
  readonly people: Person[] = [];
  readonly organizations: string[] = [];
  private readonly keys: PersonKeys[] = [];
  /** The keys of names of three words, by their middle word ("huanca" for "Javier Huanca Maldonado"). */
  private readonly middleWords = new Map<string, PersonKeys[]>();
  private readonly byLowerName = new Map<string, Person>();
  /** initials[i] belongs to organizations[i]: acronyms are matched against them. */
  private readonly initials: string[] = [];

  addPerson(name: string, role: SpeakerRole | null, weak = false): Person {
    const existing = this.people.find((p) => p.name === name);
    if (existing) {
      existing.role = preferRole(existing.role, role);
      const gender = roleGender(role, existing.gender);
      if (gender !== existing.gender) setGender(existing, gender);
      if (!weak) existing.weak = false;
      return existing;
    }
    // "Karen Wallace": a given name the lexicon knows as a woman's or a man's says which pronoun fits.
    const given = name.split(/\s+/);
    const guess = given.length >= 2 ? genderOfFirstName(given[0]!) : null;
    const gender = roleGender(role, guess);
    const person: Person = { name, role, gender, weak, ...(gender && gender !== roleGender(role, null) ? { guessed: true } : {}) };
    this.people.push(person);
    // ("O'Connell" and "O’Connell": one name, whichever apostrophe the article types.)
    const lower = name.toLowerCase().replace(/’/g, "'");
    const surname = lastWord(name);
    const keys = { person, lower, surname, letters: sortedLetters(surname) };
    this.keys.push(keys);
    // (A name of three words, by its middle one: a Spanish name's first surname.)
    const words = lower.split(' ');
    if (words.length === 3) this.middleWords.set(words[1]!, [...(this.middleWords.get(words[1]!) ?? []), keys]);
    if (!this.byLowerName.has(lower)) this.byLowerName.set(lower, person);
    return person;
  }

  /** A name first taken for a person's that its own words then showed to be a body's: no one's now. */
  forgetPerson(name: string): void {
    const i = this.keys.findIndex((k) => k.person.name === name);
    if (i < 0) return;
    const { person, lower, surname } = this.keys[i]!;
    this.keys.splice(i, 1);
    this.people.splice(this.people.indexOf(person), 1);
    if (this.byLowerName.get(lower) === person) this.byLowerName.delete(lower);
    if (this.surnameHolders.get(surname) === person) this.surnameHolders.delete(surname);
  }

  /** Names the article has already used for something other than a person ("newspapers including El Watan"). */
  private readonly others = new Map<string, string>();

  noteOther(name: string): void {
    this.others.set(name.toLowerCase().replace(/’/g, "'"), name);
  }

  /** Named before as a place or a thing: a later "X said" is a newspaper or a body speaking, not a person. */
  isOther(name: string): boolean {
    return this.others.has(name.toLowerCase().replace(/’/g, "'"));
  }

  /** Names first kept as no person's, then shown to be one by their surname ("Vander said"). */
  readonly confirmedLater = new Set<string>();

  /** The one name of two words, noted as no person's, that ends in this word ("Maury Vander" for "Vander"). */
  otherEndingIn(word: string): string | null {
    const key = ` ${word.toLowerCase()}`;
    const found = [...this.others].filter(([lower]) => lower.endsWith(key) && lower.split(' ').length === 2);
    return found.length === 1 ? found[0]![1] : null;
  }

  /** Ships named with their prefix ("USS Theodore Roosevelt"), kept by the name after it. */
  private readonly ships = new Set<string>();

  noteShip(name: string): void {
    this.ships.add(name.toLowerCase());
  }

  /** A ship named before: "Theodore Roosevelt departed" is the ship again, not the president. */
  isShip(name: string): boolean {
    return this.ships.has(name.toLowerCase());
  }

  addOrganization(name: string): void {
    if (this.organizations.includes(name)) return;
    this.organizations.push(name);
    this.initials.push(initialsOf(name));
    const suffix = /\s(\S+)$/.exec(name);
    if (suffix && CORPORATE_SUFFIX.test(suffix[1]!)) this.firmsWithoutSuffix.add(name.slice(0, suffix.index));
  }

  private readonly firmsWithoutSuffix = new Set<string>();

  /** Named before as an organisation ("Yukos", "the Pew Research Center"). */
  isOrganization(name: string): boolean {
    return this.organizations.includes(name);
  }

  /** "Long Blockchain" after "Long Blockchain Company", "Zaron" after "Zaron Inc.": a firm named again without its corporate word. */
  isFirmWithoutSuffix(name: string): boolean {
    return this.firmsWithoutSuffix.has(name);
  }

  /** Surname → the one person it named alone while no one else bore it. */
  private readonly surnameHolders = new Map<string, Person>();

  /** A full name, a surname, or a misspelt surname of exactly one known person. */
  findPerson(surface: string): Person | null {
    const key = surface.toLowerCase().replace(/’/g, "'");
    const exact = this.byLowerName.get(key);
    if (exact) return exact;
    // ("said Martin Jr., Hartsdale's president" beside Edward Martin Jr. and Edward Martin III: a
    // surname with its generation names the one who bears both.)
    const generation = /^(\p{Lu}[\p{L}'’-]+)\s+(Jr|Sr|II|III|IV)\.?$/u.exec(surface.trim());
    if (generation) {
      const bearers = this.keys.filter((k) => k.lower.replace(/\./g, '').endsWith(` ${generation[1]!.toLowerCase()} ${generation[2]!.toLowerCase()}`));
      return bearers.length === 1 ? bearers[0]!.person : null;
    }
    if (/\s/.test(surface.trim()) && !/^(de|da|van|von|al) /i.test(surface)) return null;
    // ("Pakistan" after "Gallup Pakistan" was taken for someone: a country's name alone is the
    // country — unless it is a given name too, "Jordan", "Chad", or the surname of someone whose
    // given name the lexicon knows, "Ilene France".)
    const country = COUNTRIES.has(key) && !isFirstName(surface);
    const bySurname = this.keys.filter((k) => (k.lower.endsWith(` ${key}`) || k.surname === key) && !(country && !isFirstName(k.person.name.split(' ')[0]!)));
    if (country && bySurname.length === 0) return null;
    if (bySurname.length === 1) {
      if (!this.surnameHolders.has(key)) this.surnameHolders.set(key, bySurname[0]!.person);
      return bySurname[0]!.person;
    }
    // ("Wilmot Harris … Harris told VOA … his wife, Maddie Harris, … Harris said": the surname
    // alone stays with the one it named before another person bearing it came in.)
    // (Not a father and a son of one name, "Edward Martin Jr." and "Edward Martin III": there the
    // writer tells them apart as "the elder Martin", "the younger Martin".)
    if (bySurname.length > 1) return bySurname.some((k) => /\s(?:Jr\.?|Sr\.?|II|III|IV)$/.test(k.person.name)) ? null : (this.surnameHolders.get(key) ?? null);
    // "Xi" after "Xi Jinping", "Sok" after "Sok Eysan": a family name written first, then used
    // alone — when it is no given name ("Kim", "Lee" may be either) and one person bears it.
    if (/^\p{Lu}\p{Ll}+$/u.test(surface) && !isFirstName(surface) && !isPlaceName(surface)) {
      const byFamily = this.keys.filter((k) => k.lower.startsWith(`${key} `) && k.lower.split(' ').length <= 3 && !k.person.weak);
      if (byFamily.length === 1 && !isFirstName(byFamily[0]!.person.name.split(' ')[0]!)) return byFamily[0]!.person;
    }
    // ("Huanca" after "Javier Huanca Maldonado": a Spanish name's first surname, between the given
    // name and the mother's surname, is the one used alone.)
    if (/^\p{Lu}\p{Ll}+$/u.test(surface) && !isFirstName(surface) && !isPlaceName(surface)) {
      const byMiddle = (this.middleWords.get(key) ?? []).filter((k) => !k.person.weak && this.keys.includes(k));
      if (byMiddle.length === 1 && isFirstName(byMiddle[0]!.person.name.split(' ')[0]!)) return byMiddle[0]!.person;
    }
    const letters = sortedLetters(key);
    const byTypo = this.keys.filter((k) => k.letters === letters && isTypoOf(key, k.surname));
    return byTypo.length === 1 ? byTypo[0]!.person : null;
  }

  /** "Ozzy" after "Ozzy Osbourne": the one known person with that given name. */
  findByGivenName(word: string): Person | null {
    const key = word.toLowerCase();
    // ("Brent" after "Gary Brent Coleman": someone called by the middle of three names, when no
    // one else has it first.)
    const first = this.keys.filter((k) => k.lower.startsWith(`${key} `) && !k.person.weak).map((k) => k.person);
    const middle = first.length > 0 ? [] : this.keys.filter((k) => !k.person.weak && k.lower.split(' ').length === 3 && k.lower.split(' ')[1] === key).map((k) => k.person);
    const found = new Set([...first, ...middle, ...(this.nicknames.get(key) ?? [])]);
    return key.length > 2 && found.size === 1 ? [...found][0]! : null;
  }

  /** Nickname → the people the article gave it to, between their given name and surname. */
  private readonly nicknames = new Map<string, Set<Person>>();

  addNickname(nickname: string, person: Person): void {
    const key = nickname.toLowerCase();
    this.nicknames.set(key, (this.nicknames.get(key) ?? new Set<Person>()).add(person));
  }

  /** "HRW" → "Human Rights Watch": an acronym whose letters are a known name's initials. */
  expandAcronym(acronym: string): string | null {
    if (!/^[A-Z]{2,6}$/.test(acronym)) return null;
    let found: string | null = null;
    for (let i = 0; i < this.initials.length; i += 1) {
      if (this.initials[i] !== acronym) continue;
      if (found !== null) return null;
      found = this.organizations[i]!;
    }
    return found;
  }
}

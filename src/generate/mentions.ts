import { setGender, type NameRegistry, type Person } from './name-registry.js';
import type { Token } from './nlp.js';

/** A person or organisation named (or a he/she resolved to one) at a place in the text. */
export interface Mention {
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
  kind: 'person' | 'organization';
  /** Full name: "Daniel Rosenblum", "Human Rights Watch". */
  name: string;
  possessive: boolean;
  pronoun: boolean;
  /** The name opens its sentence: its subject, most likely. */
  opening?: boolean;
  /** A person described, not named ("White House spokesperson"): known to no registry. */
  anonymous?: boolean;
  /** Named inside the description of the sentence's subject ("X, a cousin of Y, said"). */
  inDescription?: boolean;
  /** Named after a preposition ("dished out to him by Gavin Henson"): no subject of its sentence. */
  object?: boolean;
  /** Whom someone speaks of ("“…,” Chhay says of Deng."): the talk's topic, no "he" of the quotes after. */
  spokenOf?: boolean;
  /** A role someone acts ("the character of Anya Jenkins"): no one who speaks. */
  role?: boolean;
  /** A name used to qualify a noun ("the Peter Hain attack"): nobody a he/she refers to. */
  modifier?: boolean;
  /** Named after a relative's word ("his wife Ana"): he or she, though no registry knows them. */
  kin?: 'he' | 'she';
  /** A possessive that opens its sentence ("Maria Lopez’s day job is …"): its topic, whom a he/she may mean. */
  topic?: boolean;
}

/**
 * The mention stream in article order, with he/she resolved to a person only when the
 * reading is safe: the latest named person whose known gender does not contradict the
 * pronoun. Mentions inside quotes are the speaker's words, not the narrative, and are left out.
 */
export class MentionStream {
  readonly mentions: Mention[] = [];
  private readonly byParagraph = new Map<number, Mention[]>();
  private readonly described = new Map<string, Person>();
  constructor(private readonly registry: NameRegistry) {}

  /** "he" or "she" for a person mentioned, when the article or the lexicon tells. */
  genderOf(m: Mention): 'he' | 'she' | null {
    return m.kind === 'person' ? (this.personOf(m)?.gender ?? null) : null;
  }

  private personOf(m: Mention): Person | null {
    const known = m.anonymous ? null : this.registry.findPerson(m.name);
    if (known || (!m.anonymous && !m.kin)) return known;
    let person = this.described.get(m.name);
    if (!person) this.described.set(m.name, (person = { name: m.name, role: null, gender: m.kin ?? null }));
    return person;
  }

  /**
   * Sentences that may be about someone the registry does not know ("Joey graduated …", "one
   * dealer, who asked not to be named, told …"): a he/she after one is no one (resolvePronoun).
   */
  private readonly doubts: { paragraph: number; sentence: number; subject: boolean; gender: 'he' | 'she' | null; overObjects: boolean }[] = [];

  /**
   * A sentence whose subject may be a person the registry does not know. `subject`: the doubt
   * is that sentence's subject, so a person named later in the same sentence is no "he" either.
   * `gender`: the unknown person is known to be a "he" or a "she" ("the Frenchman"); a pronoun
   * of the other kind is not in doubt. `overObjects`: the subject doubt weighs only against a
   * person named after a preposition ("Tait himself … by Gavin Henson"), not one named as a
   * subject too ("Reyes spoke first, then Ms Lund").
   */
  addDoubt(paragraph: number, sentence: number, subject = false, gender: 'he' | 'she' | null = null, overObjects = false): void {
    this.doubts.push({ paragraph, sentence, subject, gender, overObjects });
  }

  add(mention: Mention): void {
    this.mentions.push(mention);
    const list = this.byParagraph.get(mention.paragraph);
    if (list) list.push(mention);
    else this.byParagraph.set(mention.paragraph, [mention]);
  }

  /** Resolve he/she at a place; records the resolution as a mention. */
  resolvePronoun(token: Token, paragraph: number, sentence: number): Mention | null {
    const gender = /^he$/i.test(token.value) ? 'he' : /^she$/i.test(token.value) ? 'she' : null;
    if (!gender) return null;
    // The nearest person the pronoun can mean, and any other person it could as well mean
    // from that sentence on: one is safe, two are a guess unless only the nearest is known
    // to be a "he" (or a "she").
    let candidate: Person | null = null;
    // The latest sentence naming the candidate (not by pronoun).
    let namedAt = -1;
    let namedParagraph = -1;
    let doubtfulAt = -1;
    let anonymous = false;
    let from = -1;
    // The candidate's nearest mention opens its sentence (or is the title someone was given there).
    let subject = false;
    let object = false;
    // Everyone named in reach; and the nearest mention of someone the pronoun does not fit only
    // by the lexicon's guess at their given name.
    const seenPeople = new Set<Person>();
    let misfit: Mention | null = null;
    // Where the candidate's nearest mention stands.
    let foundParagraph = -1;
    // Someone named in a possessive nearer than any candidate, whom the pronoun fits.
    let possessed: Person | null = null;
    for (let i = this.mentions.length - 1, seen = 0; i >= 0 && seen < 50; i -= 1, seen += 1) {
      const m = this.mentions[i]!;
      // ("… from Billy Snyder’s bungalow, he paused. “…,” he reflected.": someone named in a
      // possessive nearer than any candidate, who could be the "he" as well — a guess.)
      // (Not when its sentence names someone else who fits: "Ear Sophal … said Hun Sen’s claim was
      // dispelled. “…,” he said.", "In Rosenblum’s view, … President Mirziyoyev’s commitment …" —
      // the reading goes on as before.)
      if (!candidate && m.kind === 'person' && m.possessive && !m.pronoun && !m.topic && !m.inDescription && !m.modifier && m.sentence >= sentence - 1) {
        const fits = (o: Mention): boolean => {
          const person = this.personOf(o);
          return !!person && !person.weak && (!person.gender || person.gender === gender);
        };
        // (The mentions of one sentence stand together in the stream: only they are read.)
        let other = false;
        for (let j = i - 1; j >= 0 && this.mentions[j]!.sentence === m.sentence && !other; j -= 1) other = this.otherWhoFits(this.mentions[j]!, m, fits);
        for (let j = i + 1; j < this.mentions.length && this.mentions[j]!.sentence === m.sentence && !other; j += 1) other = this.otherWhoFits(this.mentions[j]!, m, fits);
        if (fits(m) && !other) possessed ??= this.personOf(m);
      }
      if (m.kind !== 'person' || (m.possessive && !m.pronoun && !m.topic) || m.inDescription || m.modifier) continue;
      // ("But standing next to Mr Blair he added …": one named after a preposition in the
      // pronoun's own sentence is not its subject.)
      if (m.object && !m.pronoun && m.sentence === sentence) continue;
      // ("“…,” Chhay says of Deng. ¶ “…,” he added.": the one spoken of does not speak next.)
      if ((m.spokenOf || m.role) && !m.pronoun) continue;
      // Too far back to be a safe antecedent: several paragraphs without the person.
      if (paragraph - m.paragraph > 2 || (candidate && m.sentence < from - 1)) break;
      const person = this.personOf(m);
      if (!person) break;
      seenPeople.add(person);
      // Maybe a person, maybe a place ("Phnom Proek"): no antecedent itself, and a person
      // before it is safe only in the same sentence ("Chan Tha stressed that Phnom Proek …").
      if (person.weak) {
        if (candidate) continue;
        doubtfulAt = Math.max(doubtfulAt, m.sentence);
        continue;
      }
      if (person.gender && person.gender !== gender) {
        // (A gender only guessed from the given name: kept, in case no one else is named.)
        if (!candidate && person.guessed && !misfit) misfit = m;
        continue;
      }
      if (!candidate && doubtfulAt >= 0 && m.sentence !== doubtfulAt) return null;
      if (!candidate) {
        candidate = person;
        foundParagraph = m.paragraph;
        anonymous = m.anonymous === true;
        from = m.sentence;
        subject = m.opening === true || anonymous;
        object = m.object === true;
        if (!m.pronoun) [namedAt, namedParagraph] = [m.sentence, m.paragraph];
      } else if (person === candidate) {
        if (namedAt < 0 && !m.pronoun) [namedAt, namedParagraph] = [m.sentence, m.paragraph];
      } else if (m.object && !m.pronoun && m.sentence === from && !object && namedAt === from) {
        // ("In an interview with American filmmaker Robert Lieberman, the prime minister said …
        // ¶ “…,” he said.": one named after a preposition in the sentence that names the
        // candidate is no subject of it; the candidate goes on as "he".)
        continue;
      } else if (!subject && (object || !candidate.gender) && m.opening && !m.object && !m.pronoun && m.sentence === from && namedAt === from && person.gender === gender) {
        // ("In March 1962, NASA Administrator James Webb addressed a memo to Director Hiden T. Cox.
        // In it, he wrote, “…”": the nearest one, after a preposition or of no known sex, is not
        // the sentence's subject; the subject, known to be a "he", is the "he" that goes on.)
        candidate = person;
        anonymous = m.anonymous === true;
        subject = true;
        object = false;
        [namedAt, namedParagraph] = [m.sentence, m.paragraph];
      } else if (!subject && m.opening && m.sentence === from && !person.gender) {
        // "Prof Etzioni criticises the US …, suggesting … hunting Osama Bin Laden. “…,” he said.":
        // the sentence's subject, of no known sex, may be the "he" as well as a man named after
        // it — a guess.
        return null;
      } else if (!subject && m.sentence === from && person.gender === gender && this.opensAndRecurs(person, from)) {
        // "Carter said he is committed to give President Obama candid advice. “…,” he said.":
        // of two men named in one sentence, the "he" that follows continues the one the
        // sentence is about — its subject, named again there as "he" — not the one it acts on.
        // (Not a subject who only watches the other: "Bradley would notice that Kowalczyk would
        // look …. When asked why, he would reply, “…”" is Kowalczyk.)
        candidate = person;
        anonymous = m.anonymous === true;
        subject = true;
        object = m.object === true;
        [namedAt, namedParagraph] = [m.sentence, m.paragraph];
      } else if (candidate.gender !== gender || person.gender === gender) {
        // Another person the pronoun fits as well (known to be a "he" too, or not known to be
        // one while the nearest is not known either): a guess.
        // "X said … . Y, director of Z, said he had visited … . “…,” he said.": the one person
        // named in this sentence or the one before continues as "he"; someone named only
        // earlier does not compete.
        const near = namedAt >= sentence - 1 || namedParagraph >= paragraph - 1;
        if (namedAt >= 0 && near && m.sentence < namedAt && m.paragraph <= namedParagraph) break;
        return null;
      }
    }
    // "Alma Skousen … . “…,” he said.": the lexicon's guess at a given name gives way to the
    // writer's pronoun when no one else was named in reach.
    // (Only someone who is the subject of their sentence, in this paragraph or the one before:
    // "Dolli Lane" typed as no person leaves a "she" with only the man named before.)
    if (!candidate && misfit?.opening && !misfit.pronoun && paragraph - misfit.paragraph <= 1 && seenPeople.size === 1 && doubtfulAt < 0) {
      candidate = this.personOf(misfit)!;
      anonymous = misfit.anonymous === true;
      from = misfit.sentence;
      subject = misfit.opening === true || anonymous;
      object = misfit.object === true;
      // (The writer's "he" now tells what the given name only suggested: the next "he" after
      // this one means the same person.)
      setGender(candidate, gender);
    }
    // ("Chorn Nath … “…,” she said. ¶ Sami Gray, head of the team, said … ¶ “…,” she said.": the
    // subject named nearer fits only by the lexicon's guess at a given name; that the writer
    // means someone further back is a guess too.)
    if (candidate && misfit?.opening && !misfit.pronoun && this.personOf(misfit) !== candidate && misfit.paragraph > foundParagraph) return null;
    // ("Ruth Davidson said … . Scottish Labour leader Johann Lamont spoke of … . She called his
    // death …": the one named in the sentence just before, no object there, fits only by that
    // guess — the writer may mean them; abstain.)
    if (candidate && misfit && !misfit.pronoun && !misfit.object && this.personOf(misfit) !== candidate && misfit.sentence > from && misfit.sentence >= sentence - 1) return null;
    if (!candidate || (possessed && possessed !== candidate)) return null;
    // "Joe Cantrell … . Joey graduated in 2002. One day he came …": since the candidate, a
    // sentence was about someone we could not name; "he" may well be that one.
    // (In the same sentence too, when the candidate is named there only after its subject:
    // "The President was asked …, and he said if Putin moves …".)
    const last = this.doubts.filter((d) => !d.gender || d.gender === gender).pop();
    if (last && (last.sentence > from || (last.subject && last.sentence === from && !subject && (!last.overObjects || object))) && last.sentence <= sentence) return null;
    candidate.gender ??= gender;
    const mention: Mention = {
      paragraph,
      sentence,
      start: token.start,
      end: token.end,
      kind: 'person',
      name: candidate.name,
      possessive: false,
      pronoun: true,
      anonymous,
    };
    this.add(mention);
    return mention;
  }

  /** `person` opens `sentence` by name and is named there again as "he" or "she". */
  private opensAndRecurs(person: Person, sentence: number): boolean {
    const there = this.mentions.filter((o) => o.sentence === sentence && o.name === person.name);
    return there.some((o) => o.opening && !o.pronoun) && there.some((o) => o.pronoun);
  }

  /** Someone other than `m`'s owner, named (not by pronoun) and not in an aside, whom the pronoun fits. */
  private otherWhoFits(o: Mention, m: Mention, fits: (o: Mention) => boolean): boolean {
    return o.kind === 'person' && o.name !== m.name && !o.pronoun && !o.inDescription && !o.modifier && fits(o);
  }

  /** The mention starting exactly at `start` in `paragraph`, if any. */
  at(paragraph: number, start: number): Mention | undefined {
    return this.byParagraph.get(paragraph)?.find((m) => m.start === start);
  }

  inRange(paragraph: number, from: number, to: number): Mention[] {
    return (this.byParagraph.get(paragraph) ?? []).filter((m) => m.start >= from && m.end <= to);
  }
}

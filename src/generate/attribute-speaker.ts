import type { QuoteSpan } from './find-quotes.js';
import { DEGREE, ORG_WORDS, PEOPLE_NOUNS, ROLE_WORDS, TITLE_ABBREVIATION } from './gazetteer.js';
import { NON_FINAL_ABBREVIATIONS } from './merge-wrong-splits.js';
import { containsWholeWord } from './find-whole-word.js';
import { isCommonWord, isKnownOrganization, isKnownPlace } from './known-names.js';
import { isAnyGivenName, isFirstName, LEXICON_DEMONYMS, LEXICON_ROLES } from './name-lexicon.js';
import type { Mention, MentionStream } from './mentions.js';
import type { ParagraphView, SentenceUnit } from './sentences.js';

export interface Speaker {
  name: string;
  kind: 'person' | 'organization';
}

/** What is known when a quote is attributed: the quote before it and who said that. */
export interface AttributionContext {
  paragraphs: ParagraphView[];
  /** Sentences of the whole article, in order. */
  sentences: SentenceUnit[];
  stream: MentionStream;
  previous: { quote: QuoteSpan; sentence: number; speaker: Speaker | null } | null;
}

export const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|advised|advises|revealed|reveals|noted|notes|stated|states|reaffirmed|reaffirms|affirmed|underscored|described|describes|explained|explains|argued|argues|stressed|wrote|writes|asked|asks|predicted|warned|insisted|estimated|spoke|agreed|declared|announced|recalled|observed|concluded|continued|remarked|commented|acknowledged|admitted|claimed|suggested|replied|urged|emphasized|emphasised|saying|adding|noting|telling|explaining|warning|writing|stating|joked|quipped|conceded|cautioned|complained|countered|maintained|tweeted|posted|testified|recounted|boasted|vowed|pledged|lamented|contended|asserted|reiterated|responded|answered|insists|remarks|warns|recalls|admits|suggests|claims|put it|puts it|made clear|made it clear|makes clear|makes it clear|pointed out|points out|shouted|exclaimed|wondered|mused|summarized|summarised|reflected|reflects|promised|proclaimed|interrupted|interjected|retorted|snapped|shot back|chimed in|summed up|replies|responds|answers|hailed|hails|remembers|remembered|reminded|reminding|reminds|yelled|yells|screamed|whispered|whispers|muttered|shares|shared|enthused|enthuses|gushed|marveled|marvelled|elaborated|clarified|confided|laughed|chuckled|sighed|continues|pleaded|pleads|asserting|declaring|comments|asserts|observes|concludes|stresses|emphasizes|emphasises|acknowledges|jokes|quips|concedes|cautions|predicts|declares|announces|muses|confides|laughs|recounts|agrees|contends|maintains|counters|elaborates|marvels|sighs|boasts|complains|urges|vows|exclaims|reiterates';
// `,” Beth said recently.`, `,” Mortorana summarized,`: one capitalised word and any verb of speech closing the tag.
// (`,” Zhao told Reuters.`: or "told" and the outlet, in a word or three in capitals.)
const ONE_WORD_TAG = new RegExp(`^[\\s,”"']*(\\p{Lu}\\p{Ll}+)\\s+(?:(?:${SPEECH_VERBS})(?:\\s+\\p{Ll}+)?|told\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}\\p{Lu}[\\p{L}.’'-]*)\\s*[.,]`, 'u');
// "X said", "X also said", "X later told": an adverb or auxiliary may stand between.
// ("Berg, 45, said": the speaker's age may stand between.)
// ("Lynn sheepishly admitted": any adverb in -ly.)
const VERB_AFTER = new RegExp(`^(?:,\\s*\\d{1,3},)?\\s+(?:(?:also|later|then|further|previously|recently|earlier|once|famously|reportedly|publicly|repeatedly|privately|often|frequently|simply|quickly|has|had|have|[a-z]{3,}ly)\\s+){0,2}(?:${SPEECH_VERBS}|(?:was|is|has been|had been)\\s+quoted\\s+as\\s+saying)\\b`);
// (“…,” told VOA: the one told is no speaker — "told" never comes before its subject.)
// "Chastain noted that …": a speech verb right after the subject, then "that".
// ("Lage denied reports that Castro has cancer and said that …": what the subject denied or
// confirmed is a report's — its "that" clause is theirs to answer for too.)
// ("Benjamin Netanyahu in a tweet congratulated Netta after her victory and said, “…”": the
// subject's own verb in the past, whatever it acts on, then "and" and the verb of speech — no
// clause of anyone else's between.)
const ACTS_THEN_SAYS = /^\s+(?:(?:in|on|at|during|via)\s+(?:a|an|the|his|her|their)\s+(?:\p{Ll}+\s+){0,2})?(?:also\s+|later\s+|then\s+)?\p{Ll}{3,}ed\s(?![^,;:“”"]*\b(?:that|who|whom|whose|which|where|when|while|because|if|but|or|as|until)\b)[^,;:“”"]*\sand\s+(?:also\s+|then\s+|later\s+)?$/u;
const REPORTS_THAT = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?(?:(?:${SPEECH_VERBS})|(?:denied|dismissed|rejected|confirmed|disputed)\\s+(?:the\\s+)?(?:reports?|claims?|rumou?rs?|suggestions?|allegations?|speculation))\\s+that\\s`, 'u');
// (Not ",” adding to CNN": the one spoken to, no speaker.)
// (",” said, NOAA biologist Ben Higgins.": a stray comma after the verb changes nothing.)
const VERB_FIRST = new RegExp(`^(?!(?:told|tells|telling)\\b|(?:${SPEECH_VERBS})\\s+to\\s)(?:${SPEECH_VERBS}),?\\s+(?:(?:the|an?|one)\\s+)?`);
const VERB_ANYWHERE = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'g');
const VERB_ANYWHERE_ONE = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);
// A sentence that is nothing but a speech tag: "said Vice President Harris.", "Mr Lane added."
// ("said Lt. Col. Jason Knight, the director of …": one sentence, so its inner stops are abbreviations.)
const BARE_TAG = new RegExp(`^(?:(?:${SPEECH_VERBS})\\s[^“”"]{1,140}|[^.“”"]{1,60}\\s(?:${SPEECH_VERBS}))\\.$`, 'i');
// "told BBC News", "told the prime minister": what follows is the one told.
// ("…, adding to CNN: “…”": the one a speaker adds or says something to, likewise.)
const TOLD_WORDS = '(?:told|tells|telling|(?:adding|saying|explaining|writing|stating|noting)\\s+to)';
// ("told Ms Sturgeon", "told Sir Edward Heath": a courtesy title may stand before the one told.)
const COURTESY_TITLE = '(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\\.?\\s+)?';
// ("told the mayor, Anna Price": what the one told is may come first, in commas.)
const LISTENER_DESCRIBED = "(?:(?:the|his|her|their|its|a|an)\\s+[a-z'’ -]{1,40},\\s+)?";
const TOLD_BEFORE = new RegExp(`\\b${TOLD_WORDS}\\s+(?:the\\s+)?${LISTENER_DESCRIBED}${COURTESY_TITLE}$`);
// "told Sky News' Sunday with Adam Boulton": a programme and its host, both the listeners.
const TOLD_HOST = new RegExp(`\\b(${TOLD_WORDS}\\s+)[^:;.“”"]{1,60}\\s(?:with|on)\\s+(?:the\\s+)?$`);
// (An aside may stand between the teller and the verb: "Michael Mates, who sat on the inquiry, told the BBC".)
const TOLD_AFTER_TELLER = new RegExp(`^(?:,[^:;“”"]{1,160},|,)?\\s+${TOLD_WORDS}\\s+(?:the\\s+)?${LISTENER_DESCRIBED}${COURTESY_TITLE}$`);
// "Jack Hill asked Anna Price: “…”", "Lisa Owens responded to Carr: “…”": the subject put the
// words to the one named, who only listens.
const SPOKE_TO_AFTER_TELLER = /^(?:,[^:;“”"]{1,160},)?\s+(?:(?:also|then|later)\s+)?(?:asked|asks|(?:responded|replied|answered|wrote|said|spoke|explained|complained|shouted|wrote back)\s+to)\s+(?:(?:the|his|her|their|its|a|an)\s+[\p{Ll}'’ -]{1,40},\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
// ", Hobbs said." and ", said Hobbs." closing a sentence.
const VERB_CLOSING = new RegExp(`^\\s+(?:${SPEECH_VERBS})\\s*[.]$`);
const VERB_CLOSING_AFTER_TITLE = new RegExp(`^(?:\\s+(?:from|of|at|with)\\s+[^,.;:“”"]{2,50}|,\\s+[^.;:“”"]{2,200},)\\s+(?:${SPEECH_VERBS})\\s*[.]$`);
const VERB_BEFORE_NAME = new RegExp(`,\\s+(?:${SPEECH_VERBS})\\s+$`);
const VERB_BEFORE_TITLE = new RegExp(`,\\s+(?:${SPEECH_VERBS})\\s+((?:[^\\s,.;:“”"]+\\s+){1,5})$`);
const PRONOUN_BEFORE_VERB = new RegExp(`\\b(?:he|she|He|She|they|They|it|It)\\s+(?:${SPEECH_VERBS})\\b`);

// "was asked", "had been told": the auxiliary of a passive speech verb.
const PASSIVE_AUXILIARY = /\b(?:(?:has|had|have)\s+)?(?:was|were|is|are|been|being|be)\s+$/i;
// "… when the host opened the envelope and declared": a clause of its own, someone unnamed its subject.
const CLAUSE_WITH_UNNAMED_SUBJECT = /\b(?:when|as|after|before|while|until|because|whereupon)\s+(?:the|a|an|his|her|their|its|one)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?!of\b|for\b|in\b|at\b|who\b|that\b)\p{Ll}+(?:ed|s)\b/u;

// `,” said Canyon County Sheriff …`, `,” a spokeswoman for X told reporters`: a speech tag
// within a few words after the quote, before its sentence ends.
const UNREAD_TAG = new RegExp(`^(?:[^.!?“”"]{0,60}\\s)?(?:${SPEECH_VERBS})\\b`);

// ", residents ", ", many local officials ", ", one resident ": after a comma, people described in
// common words — several of them, or one of many — right before the verb.
const UNNAMED_SUBJECT_BEFORE_VERB = /,\s+(?:(?:(?:some|many|several|other|local|the)\s+)?(?:\p{Ll}+\s+)?\p{Ll}{3,}[^s\W]s|(?:one|another|some)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,})\s+$/u;

// ", and the governor ", "colleagues, who ", ", whose father once ": right before the verb, a
// clause whose subject is someone unnamed.
const UNNAMED_AFTER_NAME = /(?:(?:,\s+|\s)(?:and|but|while|then|so)\s+(?:the|a|an|his|her|their|its)\s+(?:\p{Ll}+\s+){1,2}|\p{Ll},\s+who\s+(?:\p{Ll}+\s+)?|,\s+whose\s+(?:\p{Ll}+\s+){1,3})$/u;

// "recalled her father saying", "said her doctor told her": after the verb, someone else speaking.
const SOMEONE_ELSE_SAID = /^\s*\p{Ll}+\s+(?:(?:his|her|their|my|our|a|an|the)\s+(?:\p{Ll}+\s+){1,2})(?:saying|say|says|said|told|tells|telling|wrote|writes|asked|asking)\b/u;

// ", his mentor used to say", ", her father would say", ", their coach told them": right after a
// quote, a speaker known only as someone's.
const OWN_UNNAMED_TAG = /^[\s,”"']*(?:his|her|their|my|our)\s+(?:\p{Ll}+\s+){0,2}(?:used\s+to\s+say|would\s+say|(?:always\s+|often\s+)?(?:said|says|told|tells|wrote|writes|added|adds|recalled|explained))\b/u;

type Found = { speaker: Speaker | null } | null;
const asSpeaker = (m: Mention | undefined): Speaker | null => (m ? { name: m.name, kind: m.kind } : null);

// A title in front of the speaker's name: "Transport Minister", "U.S. Ambassador to Kazakhstan".
// ("Special Agent in Charge": "in" only before "Charge".)
// ("Harbor Trust’s 2016 Eradication Project Manager": a year may date the office.)
// ("Sgt. 1st Class": a rank's ordinal; "18F Developer": a body's name of a number and letters.)
// (A word closed by a full stop is an abbreviation, "Sgt.", "U.S." — not "the Pentagon." ending a sentence.)
// ("President, CEO and Commissioner Hope Knight": offices listed with commas.)
const TITLE_WORDS = /^(?:(?:\p{Lu}(?:[\p{L}’'-]*(?:\.\p{L}[\p{L}.]*)?|\p{L}{0,4}\.)|(?:President|Chair|Chairman|Chairwoman|CEO|COO|CFO|Founder|Director|Commissioner|Secretary|Treasurer|Publisher|Editor|Partner),|of|on|to|for|the|and|&|in(?=\s+Charge\b)|(?:acting|interim|former)(?=\s+\p{Lu})|(?:19|20)\d\d(?=\s+\p{Lu})|\d+(?:st|nd|rd|th)(?=\s+Class\b)|\d{1,3}\p{Lu}{1,3}(?=\s+\p{Lu}))\s+){1,12}$/u;

// A title with common words in it: "analyst", "Nissan chief executive", "retail analyst".
// ("co-author", "vice-chair": a hyphenated common word too.)
// ("the network's spokesman": a possessive among them.)
const DESCRIBED_TITLE = /^(?:(?:\p{Lu}[\p{L}.’'-]*|\d+(?:st|nd|rd|th)|of|on|to|for|the|and|&|\p{Ll}+(?:-\p{Ll}+)*(?:['’]s)?)\s+){1,8}$/u;

/** The last common word of a title is what a person is: "chief executive", "analyst". */
function endsInRole(title: string): boolean {
  const words = title.trim().split(/\s+/);
  // "acting NASA Administrator": a title that ends in a known role, whatever its case.
  if (ROLE_WORDS.has(words[words.length - 1]!.toLowerCase())) return true;
  const common = words.filter((w) => /^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w) && !/^(?:of|on|to|for|the|and)$/.test(w));
  const last = common[common.length - 1]?.split('-').pop();
  if (!last) return false;
  // "director of telecoms research": a known role anywhere in it says it too.
  return ROLE_WORDS.has(last) || LEXICON_ROLES.has(last) || /^(?:executive|economist|strategist)$/.test(last) || PEOPLE_NOUNS.has(last) || /\p{Ll}{3}(?:er|or|ist|ian|ant|man|woman|person)$/u.test(last) || common.some((w) => ROLE_WORDS.has(w));
}

/**
 * `,” Transport Minister Amina Otieno said`, `,” said analyst Alex Potter`, `,” Nissan chief
 * executive Carlos Ghosn said`: the person named after a title.
 */
/**
 * A full stop (or ? or !) that ends a sentence inside the words: after a word that is no
 * abbreviation ("Sgt.", "Mr.", "U.S.", an initial), before a capital.
 */
function crossesSentence(words: string): boolean {
  for (const m of words.matchAll(/(\S+?)[.!?]["”’)]*(?:\s+(?=\p{Lu})|\s*$)/gu)) {
    const w = m[1]!;
    // ("Tech. Sgt.": the Air Force's rank, its first word cut short too.)
    if (/^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu}?|Tech|Inc|Co|Corp|Ltd|Dir|Asst|Sec|Dept)$/u.test(w) || TITLE_ABBREVIATION.test(w) || NON_FINAL_ABBREVIATIONS.has(w.toLowerCase())) continue;
    return true;
  }
  return false;
}

function afterTitle(p: ParagraphView, stream: MentionStream, at: number): Mention | undefined {
  const mentions = stream.inRange(p.index, at, at + 160);
  // "Nissan chief executive Carlos Ghosn": the company is part of the title.
  // ("observer and Liberal Party member Tom Wood": so is one named inside it, before a role in
  // common words.)
  const firstPerson = mentions.find((m) => m.kind === 'person');
  const bodyInTitle = !!mentions[0] && mentions[0].kind !== 'person' && !!firstPerson && /^\s+(?:\p{Ll}+\s+){1,2}$/u.test(p.text.slice(mentions[0].end, firstPerson.start));
  const next = mentions[0] && mentions[0].kind !== 'person' && (mentions[0].start === at || bodyInTitle) ? firstPerson : mentions[0];
  if (!next) return undefined;
  // ("ESA (European Space Agency) Director of …": a spelled-out name in brackets is part of it.)
  const titleTo = (m: Mention): string => p.text.slice(at, m.start).replace(/\([^()]{1,60}\)\s+/g, '');
  const title = titleTo(next);
  // (Not `,” commented Zzyx. Dana Ortiz is …`: a title ends with its sentence.)
  if (crossesSentence(title)) return undefined;
  // ("said Secretary of the Air Force Deborah Lee James", "Chief Master Sgt. of the Air Force
  // James A. Cody": the body closes the title, the person right after it speaks.)
  // ("said FDA Deputy Commissioner for Human Foods, Kyle Diamantas": an office "for" a field too.)
  const officeOf = next.kind === 'organization' && /\b(?:of|for)\s+(?:the\s+)?$/.test(title);
  const heldBy = officeOf ? mentions.find((m) => m.start >= next.end) : undefined;
  // ("said former President of the British Veterinary Association, Bob McCracken": after a comma too.)
  if (heldBy && heldBy.kind === 'person' && !heldBy.pronoun && /^,?\s+$/.test(p.text.slice(next.end, heldBy.start)) && TITLE_WORDS.test(titleTo(heldBy).replace(/,(\s+)$/, '$1'))) return heldBy;
  // (",” said Secretary of the Air Force.": the body an office is of is not who holds it; the
  // holder goes unnamed.)
  if (officeOf && TITLE_WORDS.test(title) && /\p{Lu}/u.test(title)) return undefined;
  // ("said a friend of Dana Ortiz", "the lawyer for Senator Ortiz said": the one named is whom the
  // speaker is related to.)
  const related = /(?:^|\s)\p{Ll}+\s+(?:of|for|to)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.]*\s+){0,2})$/u.exec(title);
  if (related && next.kind === 'person' && related[1]!.trim().split(/\s+/).filter(Boolean).every((w) => ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || TITLE_ABBREVIATION.test(w.replace(/\.$/, '')))) return undefined;
  // (",” said Kim to Gomi in 2012.": the one spoken to, after "to", is no title's holder.)
  if (next.kind === 'person' && /(?:^|\s)to\s+$/.test(title)) return undefined;
  if (TITLE_WORDS.test(title)) return next.kind === 'person' || next.kind === 'organization' ? next : undefined;
  const person = next.kind === 'person' ? undefined : mentions.find((m) => m.kind === 'person' && !m.pronoun);
  if (person && TITLE_WORDS.test(titleTo(person)) && titleTo(person).trim().split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()))) return person;
  // "said the spokesman for Foreign Minister Anna Berg", "an aide to Senator X": the one who
  // speaks for the person named is the speaker, and unnamed.
  // ("said a spokesman for Ellen Hart", "a spokesman for the governor": the one spoken for
  // right after "for".)
  const speaksFor = /(?:^|\s)\p{Ll}+\s+(?:for|to)\s+(?:the\s+)?(?:\p{Lu}|$)/u.test(title);
  // ("the bank's vice president Farhat ‖ Omar …": a capitalised word between the role and the
  // person we typed may be the first half of the name.)
  const lastWord = title.trim().split(/\s+/).pop() ?? '';
  const roleLast = /^\p{Ll}/u.test(lastWord) || ROLE_WORDS.has(lastWord.toLowerCase());
  // (Not "said the USAFE commander echoing Grant’s call": one whose words or call are meant is no speaker.)
  return next.kind === 'person' && !next.pronoun && !next.possessive && !speaksFor && DESCRIBED_TITLE.test(title) && roleLast && endsInRole(title) ? next : undefined;
}

// `“…,” Kirsten Ode, from the Electronics Association, told`: where the speaker is from, then the
// verb; an aside that opens with a capital may name someone else and is no description.
// `“…,” Dr Mike Watts head of exploration said`: a role in common words after the name, no commas.
// `“…,” Carrie Worth, NASA DC-8 pilot, said`: a body's name may open the role.
// (`“…,” Tom Neil, Britain’s highest-scoring living ace, said`: a place's possessive may open
// the aside.)
const LOWER_ROLES = [...ROLE_WORDS].filter((w) => /^[a-z]+$/.test(w)).join('|');
// ("Shelly Lynch, California Desert District Manager said": a title in capitals ending in a role;
// "Jeffrey Levy, Director of Web Communications at the Environmental Protection Agency, said":
// and what it is of, in commas.)
const CAPITAL_ROLES = [...ROLE_WORDS].filter((w) => /^[a-z]+$/.test(w)).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
const FROM_BEFORE_VERB = new RegExp(`^(?:,?\\s+(?:from|of|at|with)\\s+[^,.!?“”"]{2,60}|,\\s+(?:\\p{Lu}[\\p{L}.&-]*(?:\\s+\\p{Lu}[\\p{L}.&-]*){0,2}[’']s\\s+)?\\p{Ll}[^,.!?“”"]{1,79}|,\\s+(?:\\p{Lu}[\\p{L}\\d.-]*\\s+){1,3}(?:\\p{Ll}+\\s+){0,2}(?:${LOWER_ROLES}),|,\\s+(?:\\p{Lu}[\\p{L}\\d.&’'-]*\\s+){0,5}(?:${CAPITAL_ROLES})(?:\\s+(?:of|for|at|in)\\s+[^,.!?“”"]{2,100},)?|\\s+(?:${LOWER_ROLES})(?:\\s+\\p{Ll}+){0,4}),?(?=\\s+(?:${SPEECH_VERBS})\\b)`, 'u');

// "called Specialist Hayes ", "described the plan as ": a verb of judging, its object, the quote next.
const CALLED_OBJECT = /(?:^|\s)(?:called|calls|described|describes|dubbed|labeled|labelled|hailed|praised)\s+(?:him|her|them|it|(?:the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+(?:as\s+)?(?:(?:a|an|the)\s+)?$/u;

// "NIH SBIR/STTR program coordinator ": letters of bodies and programmes, then an office in small letters.
/** ", San Diego's chancellor, Pradeep Khosla." after a body: a place of it owns an office, and its holder may close the tag. */
const CAMPUS_OFFICE = /^,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*['’]s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*)(?:,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s*[.;]|[\s,.;])/u;
/** "… on Twitter:", "… in a post on X:", "… on social media:" right before a quote: where it was posted. */
const POSTED_ON = /\s(?:(?:in\s+a\s+(?:tweet|post|message)\s+)?(?:on|via)\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|TikTok|LinkedIn|Weibo|Telegram|Mastodon|Truth\s+Social|social\s+media)|in\s+a\s+(?:tweet|post))\s*:\s*$/u;
/** Before "states", a union's letters or a word of where they are: "EU states", "member states", "Gulf states". */
const STATES_OF = /(?:^|\s)(?:[A-Z]{2,6}|U\.S\.|member|Member|Gulf|Arab|Baltic|Balkan|Nordic|African|European|Caribbean|Pacific|island|nation|coastal|border|frontline|neighbou?ring|sovereign|nuclear|(?:\p{Ll}+ern))\s+$/u;
/** Between two quotes of one sentence: the first one's speaker goes on ("…”, adding, “…", "…” and further said: “…"). */
const GOES_ON = /^[\s”"’']*[,;]?\s*(?:(?:and|but)\s+)?(?:(?:also|further|then|later)\s+)?(?:adding|saying|noting|continuing|explaining|remarking|stating|concluding|observing|added|said|noted|continued|explained|remarked|stated|concluded|observed)\s*[,:]?\s*$/;
/** A tag in commas inside the sentence, before its quote: "The tariffs, Wyden said, amount to …". */
const ASIDE_TAG = /^[^“”"]{3,120}?,\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+(?:said|says|added|argued|argues|noted|notes|warned|insisted|contended|explained|wrote|writes|told\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}),\s+[^“”",;:]{1,80}$/u;
/** Words for the accused: "these conspirators", "the defendant", "the suspects". */
const ABOUT_THE_ACCUSED = /\b(?:the|these|those|both|all)\s+(?:\p{Ll}+\s+)?(?:defendants?|conspirators|co-conspirators|accused|suspects?|perpetrators|offenders|fugitives?)\b/iu;
/** "described by the Washington Post as partly “": a passive of calling, its agent named. */
const DESCRIBED_BY = /\b(?:described|called|dubbed|labell?ed|termed|praised|hailed|critici[sz]ed|branded|characteri[sz]ed)\s+by\s+(?:the\s+)?([^,;:“”"]{2,60}?)\s+as\s+(?:(?:partly|both|simply|only|an?|the)\s+)?$/u;
/** After a quote, a court paper as the tag's subject: "the charges allege", "the indictment says". */
const PAPER_TAG = /^[\s,”"']*(?:the|a|an)\s+(?:\p{Ll}+\s+)?(?:charges|indictment|complaint|affidavit|information|plea\s+agreement|court\s+documents?|court\s+filings?|filings?|lawsuit|suit|petition|motion|ruling|order|opinion|verdict)\s+(?:also\s+)?(?:alleges?|alleged|says?|said|states?|stated|claims?|claimed|reads?|notes?|noted|contends?|charges?|argues?|argued)\s*[.,;]/u;
const LETTERS_THEN_OFFICE = /^(?:[A-Z][A-Z0-9]+(?:[/&-][A-Z0-9]+)*\s+){1,3}((?:\p{Ll}[\p{Ll}-]+\s+){1,3})$/u;

// "junior safety ", "longtime resident ": one to three common words, none that relates the
// name after them to someone else ("the wife of", "hello to") or says it is not the speaker.
const DESCRIBED_BY_COMMON_WORDS = /^(?:(?:the|a|an)\s+)?(?!(?:of|to|for|with|and|or|but|in|at|on|by|from|about|that|this|these|those|who|which|it|he|she|they|we|you|i|his|her|their|its|our|my|your|hello|goodbye|thanks|also|then|later|not|no)\s)\p{Ll}[\p{Ll}-]+\s+(?:(?!(?:of|to|for|with|and|or|but|in|at|on|by|from|about|that|his|her|their|its)\s)\p{Ll}[\p{Ll}-]+\s+){0,2}$/u;

/** Not a day ("said Thursday."), a month, a place or an organisation the article could mean. */
function isSurnameLike(word: string): boolean {
  if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(word)) return false;
  // (Not "Gen" of "said Gen. Herbert Carlisle": a title's abbreviation.)
  return !isKnownPlace(word) && !isKnownOrganization(word) && !ROLE_WORDS.has(word.toLowerCase()) && !ROLE_WORDS.has(`${word.toLowerCase()}.`);
}

/**
 * `,” said Ingenuity’s project manager, Teddy Tzanetos`: the person named after a
 * description and a comma, when nobody else is named in between.
 */
function afterDescription(p: ParagraphView, stream: MentionStream, at: number): Mention | undefined {
  const next = stream.inRange(p.index, at, at + 100).find((m) => m.kind === 'person' && !m.pronoun);
  // ",” said Ana Ruiz’s spokesman, Tom Hale.": whose aide opens the description; the one
  // named after it speaks. (So does "Orlando’s friend and pastor, the Reverend Paul Juchniewich,".)
  if (next?.possessive && next.start === at) {
    const named = stream.inRange(p.index, next.end, next.end + 80).find((m) => m.kind === 'person' && !m.pronoun);
    const role = named ? p.text.slice(next.end, named.start) : '';
    if (named && !named.possessive && /^(?:['’]s?)?\s+\p{Ll}[\p{Ll} -]{1,40},\s*(?:the\s+(?=\p{Lu}))?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(role) && /^\s*(?:[.,;]|$)/.test(p.text.slice(named.end, named.end + 2))) return named;
  }
  // (Not "a deputy of the party, Senator Tom Hale’s aide": the one named owns the speaker.)
  if (!next || next.possessive) return undefined;
  const between = p.text.slice(at, next.start);
  // (A title may stand after the comma: "said its chairman, Sir Anthony Greener", "the chair of
  // the committee, Labour MP Barry Sheerman".)
  // ("Orlando’s friend and pastor, the Reverend Paul Juchniewich, said": "the" before the title.)
  return /^[^.!?“”"]{3,80},\s*(?:the\s+(?=\p{Lu}))?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(between) && !stream.inRange(p.index, at, next.start).some((m) => m.kind === 'person') ? next : undefined;
}

// `’s statement said`, `’s letter reads` after a possessive.
const WRITING_SAID = /^(?:['’]s?)?\s+(?:(?:recent|latest|new|official|own|written|joint)\s+)?(?:statement|letter|report|press release|release|announcement|e-?mail|message|post)\s+(?:also\s+)?(?:said|says|read|reads|stated|states|added|noted)\b/i;
// `,” his father, Joe, says.`: a kinsman or an aide of someone, then a name of one or two words, then the verb.
const KIN_THEN_NAME = /^[\s,”"]*(?:his|her|their)\s+(?:father|mother|wife|husband|son|daughter|brother|sister|grandfather|grandmother|uncle|aunt|cousin|friend|coach|teacher|lawyer|attorney|spokesman|spokeswoman|spokesperson),\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),\s+(?:says|said|recalls|recalled|added|adds|explained|explains)\b/u;

// "the company", "the ministry": a body called by what it is.
const BODY_NOUNS = 'company|firm|department|ministry|agency|bank|council|committee|commission|university|institute|foundation|association|court|party|union';
const BODY_ANAPHOR_AFTER = new RegExp(`^[\\s,”"]*(?:the\\s+(${BODY_NOUNS})\\s+(?:also\\s+)?(?:said|says|added|stated|noted|wrote)|(?:said|says|added|stated|noted|wrote)\\s+the\\s+(${BODY_NOUNS}))\\s*[.,;]`);

/**
 * The body "the company" or "the ministry" means: the one organisation of that kind named in
 * this paragraph before the quote or in the paragraph before (a company: an organisation that is
 * no public body), or null when none or more than one is.
 */
const BODY_ANAPHOR_BEFORE = new RegExp(`(?:^|[,;]\\s+)the\\s+(${BODY_NOUNS})\\s+(?:also\\s+|then\\s+|later\\s+)?(?:said|says|added|stated|wrote|noted)\\s*[:,]?\\s*$`);

function bodyNamedBefore(noun: string, p: ParagraphView, before: number, stream: MentionStream): Speaker | null {
  const mentions = [...stream.inRange(p.index - 1, 0, Number.MAX_SAFE_INTEGER), ...stream.inRange(p.index, 0, before)];
  const publicBody = /\b(?:Department|Ministry|Agency|Administration|Office|Service|Bureau|Commission|Council|Committee|Court|Government|Senate|Congress|Parliament|Party|University|Institute|Foundation|Association|Union)\b/;
  const fits = (name: string): boolean => (noun === 'company' || noun === 'firm' ? !publicBody.test(name) : new RegExp(`\\b${noun}\\b`, 'i').test(name));
  const names = new Set(mentions.filter((m) => m.kind === 'organization' && !m.pronoun && fits(m.name)).map((m) => m.name));
  return names.size === 1 ? { name: [...names][0]!, kind: 'organization' } : null;
}

/** `,” Rosenblum said`, `,” said Rosenblum`, `,” he said`, `,” the University of X said`. */
function tagAfter(q: QuoteSpan, p: ParagraphView, stream: MentionStream): Found {
  // (`,” his mentor used to say, Hale recalled.`: someone of the person's own, unnamed, said it
  // — not the one who tells of it after.)
  if (OWN_UNNAMED_TAG.test(p.text.slice(q.end, q.end + 60))) return { speaker: null };
  // (`,” the charges allege.`, `,” the indictment says.`: a court paper's words, no one's we name.)
  if (PAPER_TAG.test(p.text.slice(q.end, q.end + 60))) return { speaker: null };
  // “…” -- U.S. Senator Roy Blunt (Mo.): a dash, then who said it (a testimonial's signature).
  const dash = /^[\s”"]*(?:--|—|–)\s*/.exec(p.text.slice(q.end, q.end + 12));
  if (dash) {
    const signed = afterTitle(p, stream, q.end + dash[0].length) ?? stream.at(p.index, q.end + dash[0].length);
    if (signed && signed.kind === 'person' && !signed.pronoun) return { speaker: asSpeaker(signed) };
  }
  // ("“Savita Matters, Women Matter” was one of the slogans used by …": a slogan, a motto or a
  // title is nobody's speech here.)
  if (/^[\s,”"]*(?:was|is|were|are|became|has become|remains)\s+(?:one of\s+)?(?:the|a|an|their|his|her|its)?\s*(?:[\p{Ll}-]+\s+){0,2}(?:slogans?|mottos?|mottoes|chants?|titles?|catchphrases?|hashtags?|banners?|headlines?)\b/u.test(p.text.slice(q.end, q.end + 60))) return { speaker: null };
  // ("Governor Holcomb said “…” and Governor Whitmer explained “…”": after "and" a new clause
  // begins; whoever speaks there speaks next, not here.)
  if (/^[\s”"]*and\s/.test(p.text.slice(q.end, q.end + 8))) return null;
  // `,” according to Maria Lopez, the district manager.`: the one the words are credited to.
  // (Not "… feces.” According to the World Health Organization, …": after a quote that closed its
  // sentence, a new sentence credits what it says next.)
  const according = /^[\s,”"]*according to\s+/i.exec(p.text.slice(q.end, q.end + 30));
  // (The quote may close on a quote inside it: "… 'Don't take showers.'")
  if (according && !(/[.!?][’'"”]*$/.test(q.text) && /According/.test(according[0]))) {
    // ("according to National Disaster Management Agency spokesman Sutopo Nugoroho": the body is
    // part of the title; the person after it is the one credited.)
    const titled = afterTitle(p, stream, q.end + according[0].length);
    const credited = (titled?.kind === 'person' && !titled.pronoun ? titled : undefined) ?? stream.at(p.index, q.end + according[0].length) ?? titled;
    return { speaker: credited && !credited.pronoun && !credited.possessive ? asSpeaker(credited) : null };
  }
  // (`,” says a letter written by Joey's family and sent to me by his mother, Dena.`: a letter,
  // a statement or a sign says it — no one we name, whoever sent it.)
  const written = /^[\s,”"'’]*(?:says|said|reads|read|states|stated)\s+(?:a|an|the|one|their|his|her)\s+(?:\p{Ll}+\s+)?(?:letter|statement|note|message|card|report|release|post|e-?mail|sign|plaque|banner|poster|inscription)\b/u.exec(p.text.slice(q.end, q.end + 60));
  if (written) {
    // (`,” said a statement on the United States Department of Agriculture's website.`, `,” said a
    // statement from the ministry`: a body that issued it, named right after, is the one speaking.)
    const from = q.end + written[0].length;
    const issuer = stream.inRange(p.index, from, from + 60).find((m) => !m.pronoun && /^\s+(?:issued\s+)?(?:from|by|of|on)\s+(?:the\s+)?$/.test(p.text.slice(from, m.start)));
    return { speaker: issuer?.kind === 'organization' && /statement|release|post/.test(written[0]) ? asSpeaker(issuer) : null };
  }
  // (`,” reads Judge Miller's statement, “…`: the owner of the statement that reads it.)
  const reads = /^[\s,”"']*(?:reads|read|says|said|states|stated)\s+(?=\p{Lu})/u.exec(p.text.slice(q.end, q.end + 30));
  if (reads) {
    const owner = stream.at(p.index, q.end + reads[0].length) ?? afterTitle(p, stream, q.end + reads[0].length);
    if (owner && owner.possessive && !owner.pronoun && (owner.kind === 'person' || owner.kind === 'organization') && /^(?:['’]s?)?\s+(?:\p{Ll}+\s+)?(?:statement|letter|ruling|opinion|order|decision|report|release)\b/u.test(p.text.slice(owner.end, owner.end + 40))) return { speaker: asSpeaker(owner) };
  }
  // `,” the company said.`, `,” said the ministry.`: the one body of that kind named just before.
  const anaphor = BODY_ANAPHOR_AFTER.exec(p.text.slice(q.end, q.end + 60));
  if (anaphor) return { speaker: bodyNamedBefore(anaphor[1] ?? anaphor[2]!, p, q.start, stream) };
  // (`,” a grinning Brent said`: a word of how they looked may stand before the name.)
  const lead = /^[\s,]*(?:(?:the|an?|one)\s+(?:\p{Ll}{3,}(?:ing|ed)\s+(?=\p{Lu}))?)?/u.exec(p.text.slice(q.end, q.end + 30))![0];
  const at = q.end + lead.length;
  const rest = p.text.slice(at, at + 120);
  // "Nissan chief executive Carlos Ghosn said": a company that does not speak itself opens
  // the title of the person who does.
  const opening = stream.at(p.index, at);
  const openingSpeaks = !!opening && (opening.kind === 'person' || VERB_AFTER.test(p.text.slice(opening.end, opening.end + 40)));
  const named = openingSpeaks ? opening : (afterTitle(p, stream, at) ?? opening);
  // After a quote that closed its sentence, "X said that …" or "X said: “…”" starts another
  // sentence and introduces what comes next, not this quote.
  const closed = /[.!?]$/.test(q.text);
  const introducesNext = (verbAt: number): boolean => {
    const verb = VERB_AFTER.exec(p.text.slice(verbAt, verbAt + 40));
    return !!verb && closed && /^\s*(?:that\b|:|,?\s*[“"])/.test(p.text.slice(verbAt + verb[0].length));
  };
  // After a quote that closed its sentence, "Labour's Paul Flynn said the pair had had a
  // scorching" is a sentence of its own: only a short clause ("Mr Davis told the BBC.") is a tag.
  // ("Jill said her father would be sorely missed." is short, but reports words of its own: a
  // clause with its own verb after the speech verb is no tag.)
  const shortClause = (verbAt: number): boolean => {
    const clause = /^[^.;!?]*/.exec(p.text.slice(verbAt, verbAt + 200))![0];
    const verb = VERB_AFTER.exec(clause);
    const reported = !!verb && /\b(?:would|will|was|were|is|are|had|has|have|could|should|might|may|must|can)\b/.test(clause.slice(verb[0].length));
    // ("…on me.” His son, Bruce McCandless III, said his father “appears to be glowing.”": a
    // clause that opens a quote of its own introduces that one.)
    return clause.trim().split(/\s+/).length <= 8 && !reported && !/[“"]/.test(clause);
  };
  // (A "he" or "she" there goes on with the one just quoted, short clause or not.)
  // ("…,” Dana Ortiz recalled her father saying.", "…,” she said her doctor told her.": the one
  // named tells what someone else said.)
  const retold = (verbAt: number): boolean => SOMEONE_ELSE_SAID.test(p.text.slice(verbAt, verbAt + 60));
  const tags = (verbAt: number, pronoun = false): boolean => VERB_AFTER.test(p.text.slice(verbAt, verbAt + 40)) && !introducesNext(verbAt) && (!closed || pronoun || shortClause(verbAt)) && !retold(verbAt);
  // ("…, said Stone. “…,” he said.": a tag naming one person closes the sentence right before
  // the quote — the "he" or "she" after it is that one, if the sex fits, whoever else the
  // pronoun could mean.)
  const tagged = /^(?:he|she)\s/i.test(rest) ? TAG_BEFORE_QUOTE.exec(p.text.slice(Math.max(0, q.start - 200), q.start)) : null;
  if (tagged && VERB_AFTER.test(rest.replace(/^\S+/, ''))) {
    const people = stream.inRange(p.index, q.start - tagged[0].length, q.start).filter((m) => m.kind === 'person' && !m.pronoun && !m.possessive);
    const gender = people.length === 1 ? stream.genderOf(people[0]!) : null;
    if (people.length === 1 && (gender === null || gender === rest.slice(0, 3).trim().toLowerCase()) && !introducesNext(at + rest.indexOf(' '))) return { speaker: asSpeaker(people[0]!) };
  }
  // No tag after this quote: what comes before it says who spoke.
  if (named && introducesNext(named.end)) return null;
  if (named && tags(named.end, named.pronoun)) return { speaker: asSpeaker(named) };
  // `,” NEC’s statement said.`: the words of a body's or a person's own statement.
  if (named && named.possessive && !named.pronoun && WRITING_SAID.test(p.text.slice(named.end, named.end + 60))) return { speaker: asSpeaker(named) };
  // `,” the park service’s Toomey said.`: where the person works, owned, before the name.
  if (!named) {
    const owned = /^(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+['’]s\s+$/u;
    const person = stream.inRange(p.index, q.end, q.end + 60).find((m) => m.kind === 'person');
    if (person && !person.pronoun && !person.possessive && owned.test(p.text.slice(at, person.start)) && tags(person.end)) return { speaker: asSpeaker(person) };
  }
  // `,” his father, Joe, says.`: a kinsman or an aide, then the name, then the verb — the one named.
  const kinNamed = KIN_THEN_NAME.exec(p.text.slice(q.end, q.end + 80));
  if (kinNamed) return { speaker: { name: kinNamed[1]!, kind: 'person' } };
  // `,” William Hill spokesman Rupert Adams said`: a name and a role before the one who speaks.
  if (named) {
    for (const m of stream.inRange(p.index, named.end, at + 120)) {
      const title = p.text.slice(at, m.start);
      // (Not "singer A and drummer B said": two speakers are no one answer.)
      if (m.kind === 'person' && !m.pronoun && !/\band\b/.test(title) && DESCRIBED_TITLE.test(title) && endsInRole(title) && tags(m.end)) return { speaker: asSpeaker(m) };
    }
  }
  // `,” the play’s organiser in Uganda, Sarah Mukasa, told`: a description, the name, the verb.
  const described = afterDescription(p, stream, at);
  // ("the governor's spokeswoman, Dana Whitcomb, said": the one whose aide speaks opens it.)
  if ((!named || (named.possessive && described !== named)) && described && tags(described.end + (p.text[described.end] === ',' ? 1 : 0))) {
    return { speaker: asSpeaker(described) };
  }
  // (Only after a quote the tag continues, not one that closed its own sentence.)
  if (named && named.kind === 'person' && !closed) {
    const from = FROM_BEFORE_VERB.exec(p.text.slice(named.end, named.end + 100));
    if (from && tags(named.end + from[0].length) && !stream.inRange(p.index, named.end, named.end + from[0].length).some((m) => m.kind === 'person')) return { speaker: asSpeaker(named) };
  }
  const verb = VERB_FIRST.exec(rest);
  if (verb) {
    // ,” said Rosenblum / ,” said Nampa Police Chief Joe Huff
    // (",” said GE’s chief executive Jeff Immelt": a possessive opens the title, not the speaker.)
    const direct = stream.at(p.index, at + verb[0].length);
    // (",” said BA director of commercial planning, Robert Boyle": a body that opens a title in
    // common words is where the speaker works; the person named after it speaks.)
    // (",” said U.S. Fish and Wildlife Service (Service) biologist Mark Cantrell": its short form
    // in brackets may stand between.)
    const opensTitle = !!direct && direct.kind !== 'person' && /^(?:\s+\([^()]{1,20}\))?\s+\p{Ll}/u.test(p.text.slice(direct.end, direct.end + 26));
    // (",” said U.S. Office of Personnel Management (OPM) Director Kiran Ahuja": a body, its short
    // form, then an office in capitals and the person who holds it.)
    const holder = direct && direct.kind === 'organization' && !direct.possessive ? stream.inRange(p.index, direct.end, direct.end + 80).find((m) => m.kind === 'person') : undefined;
    // ("said World Health Organization (WHO) China representative Hans Troedsson": a place and
    // an office in small letters too.)
    // ("remarked FBI Assistant Special Agent in Charge Maher Dimachkie": an office of up to six words.)
    const office = holder ? /^(?:\s+\([^()]{1,20}\))?\s+((?:[\p{Lu}\p{Ll}][\p{L}’'-]*\.?\s+){1,6})$/u.exec(p.text.slice(direct!.end, holder.start)) : null;
    if (holder && !holder.pronoun && office && !/\b(?:and|or|its|his|her|their|the|with)\b/.test(office[1]!) && office[1]!.trim().split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) || TITLE_ABBREVIATION.test(w.replace(/\.$/, '')))) return { speaker: asSpeaker(holder) };
    // (",” said University of California, San Diego's chancellor, Pradeep Khosla.": the body
    // and its campus own the office; the one who holds it, named after it, speaks — or no one.)
    const campusOffice = direct && direct.kind === 'organization' && !direct.possessive ? CAMPUS_OFFICE.exec(p.text.slice(direct.end, direct.end + 160)) : null;
    if (campusOffice) {
      const holderName = campusOffice[2];
      const holds = !!holderName && endsInRole(campusOffice[1]!) && holderName.split(/\s+/).every((w) => !isCommonWord(w.toLowerCase()));
      return { speaker: holds ? { name: holderName, kind: 'person' } : null };
    }
    const named = direct && !direct.possessive ? direct : undefined;
    const titled = (): Mention | undefined => afterTitle(p, stream, at + verb[0].length) ?? afterDescription(p, stream, at + verb[0].length);
    // ("said the WHO spokesman, Hartl, adding …": the title's holder, by a surname no list knows,
    // in commas after it — not the body.)
    const holderAfter = opensTitle ? /^\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*[,.]/u.exec(p.text.slice(direct!.end, direct!.end + 60)) : null;
    if (!titled() && holderAfter && !isCommonWord(holderAfter[1]!.toLowerCase()) && isSurnameLike(holderAfter[1]!)) return { speaker: { name: holderAfter[1]!, kind: 'person' } };
    const after = opensTitle ? titled() ?? named : named ?? titled();
    // (",” said Hugh Carr and Rep. Lisa Owens.": two speakers are no one answer.)
    // (",” wrote Sanders, Leahy and Welch.": nor are three, listed with commas.)
    if (after && stream.inRange(p.index, after.end, after.end + 60).some((m) => m.kind === 'person' && (JOINED.test(p.text.slice(after.end, m.start)) || (/^\s*,\s*$/.test(p.text.slice(after.end, m.start)) && /^\s*,?\s*(?:and|&)\s+\p{Lu}/u.test(p.text.slice(m.end, m.end + 12)))))) return { speaker: null };
    // (",” said Senior Advisor to President Biden and White House Coordinator for the American
    // Rescue Plan Gene Sperling.": a person inside the title, after "to", "for" or "of", is whom
    // the office serves; the person who closes the tag speaks.)
    if (after && after.kind === 'person' && /\b(?:to|for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}$/u.test(p.text.slice(at + verb[0].length, after.start))) {
      const closing = stream.inRange(p.index, after.end, after.end + 160).filter((m) => m.kind === 'person' && !m.pronoun && !m.possessive && /^\s*(?:[.;]|,\s+(?:who|the|a|an)\b|$)/u.test(p.text.slice(m.end, m.end + 8))).pop();
      if (closing && /^(?:\s+(?:\p{Lu}[\p{L}.’'-]*|of|for|to|the|and|on|&))+\s+$/u.test(p.text.slice(after.end, closing.start))) return { speaker: asSpeaker(closing) };
      // (",” said the wife of President Lincoln.": someone of theirs, unnamed, speaks.)
      if (/^(?:(?:the|a|an|his|her|their)\s+)?(?:\p{Ll}+\s+){1,2}(?:of|to|for)\s/u.test(p.text.slice(at + verb[0].length, after.start))) return { speaker: null };
    }
    if (after) return { speaker: asSpeaker(after) };
    // (",” said junior safety Brodie Hicks.": what the speaker is, in a few common words no list
    // knows as a role, and the name closing the tag.)
    const closer = stream.inRange(p.index, at + verb[0].length, at + verb[0].length + 60).find((m) => m.kind === 'person');
    if (closer && !closer.pronoun && !closer.possessive && DESCRIBED_BY_COMMON_WORDS.test(p.text.slice(at + verb[0].length, closer.start)) && /^\s*(?:[.;]|$)/.test(p.text.slice(closer.end, closer.end + 2))) return { speaker: asSpeaker(closer) };
    // (",” said NIH SBIR/STTR program coordinator Matthew Portnoy.": a body's letters, then the
    // office in small letters, then the name closing the tag.)
    const lettered = closer ? LETTERS_THEN_OFFICE.exec(p.text.slice(at + verb[0].length, closer.start)) : null;
    if (closer && lettered && !closer.pronoun && !closer.possessive && endsInRole(lettered[1]!) && /^\s*(?:[.;]|$)/.test(p.text.slice(closer.end, closer.end + 2))) return { speaker: asSpeaker(closer) };
    // ,” said U.S. Chamber of Commerce Executive Vice President, Chief Policy Officer, and Head of
    // Strategic Advocacy, Neil L. Bradley.: a long title in commas, the name closing the tag.
    const from = at + verb[0].length;
    const people = stream.inRange(p.index, from, from + 220).filter((m) => m.kind === 'person');
    const closing = people[0];
    if (people.length === 1 && !closing!.pronoun && !closing!.possessive && /,\s+$/.test(p.text.slice(from, closing!.start)) && /^\s*(?:[.;]|$)/.test(p.text.slice(closing!.end, closing!.end + 2)) && !/[“”"!?;]/.test(p.text.slice(from, closing!.start))) {
      return { speaker: asSpeaker(closing!) };
    }
    // ,” said Leshin.: one capitalised word closing the tag is the speaker's surname, even
    // when the article gave the full name only in a contact list.
    // (",” said Sharks of her drive for excellence.": what the words were about may follow.)
    // (",” said Clifford in a statement.": where or how it was said may follow.)
    // (",” said Kim to Gomi in 2012.": whom they said it to may follow.)
    const surname = /^(\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?)(?:\s*[.,;]|\s+of\s+(?:her|his|their)\s|\s+(?:in|during|at|on|to)\s+(?:a|an|the|his|her|their)\s|\s+to\s+(?=\p{Lu}))/u.exec(p.text.slice(at + verb[0].length, at + verb[0].length + 40));
    if (surname && !/^(?:the|a|an)\s/i.test(verb[0].slice(verb[0].indexOf(' ') + 1)) && isSurnameLike(surname[1]!)) return { speaker: { name: surname[1]!, kind: 'person' } };
  }
  // (`", State Secretary for the Equal Opportunities and Christen-Democratisch en Vlaams politician
  // Bianca Debaets said.`: a title too long for the rules above, the one person named in it, and
  // the verb closing the sentence.)
  // (The comma may close the quote inside its marks: `"…issue," attendee …`.)
  const comma = (q.text.endsWith(',') ? /^[\s”"]*\s/ : /^[\s”"]*,\s+/).exec(p.text.slice(q.end, q.end + 6));
  // (`," attendee Amy Schumer posted online, "…`: the tag may split the quote, a word or two after
  // its verb.)
  const clause = comma ? /^[^.!?;“”"]{1,240}?\s(?:said|says|added|adds|stated|states|explained|noted|wrote|posted|tweeted)(?:\s*[.!?]|(?:\s+\p{Ll}+){0,2},(?=\s*[“"]))/u.exec(p.text.slice(q.end + comma[0].length)) : null;
  // (With the comma inside the marks, only a tag that splits the quote: `"…issue," attendee Ana
  // Ruiz posted online, "…`.)
  if (!closed && comma && clause && (!q.text.endsWith(',') || clause[0].endsWith(','))) {
    const from = q.end + comma[0].length;
    const people = stream.inRange(p.index, from, from + clause[0].length).filter((m) => m.kind === 'person' || m.kind === 'organization');
    const one = people[people.length - 1];
    if (people.length === 1 && one!.kind === 'person' && !one!.pronoun && !one!.possessive && /^\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}\s*[.!?,]$/u.test(p.text.slice(one!.end, from + clause[0].length))) return { speaker: asSpeaker(one!) };
  }
  // `,” challenged Kaushal Jhalla of the World Bank`, `,” shared Candi Harrison`: a verb in
  // -ed right after the quote, then a person — the tag turned round, whatever the verb.
  const inverted = /^[\s,”"']*(\p{Ll}{3,}ed)\s+/u.exec(p.text.slice(q.end, q.end + 30));
  if (inverted && !q.text.endsWith('.')) {
    const who = stream.at(p.index, q.end + inverted[0].length) ?? afterTitle(p, stream, q.end + inverted[0].length);
    if (who && who.kind === 'person' && !who.pronoun && !who.possessive) return { speaker: asSpeaker(who) };
    // (Someone we could not type stands there: no one — and not the one quoted before.)
    if (/^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(p.text.slice(q.end + inverted[0].length, q.end + inverted[0].length + 40))) return { speaker: null };
    // (",” beamed Lisa.": a given name alone closing the tag — someone the article calls so.)
    const alone = /^(\p{Lu}\p{Ll}+)\s*[.,]/u.exec(p.text.slice(q.end + inverted[0].length, q.end + inverted[0].length + 30));
    if (alone && isFirstName(alone[1]!) && !isCommonWord(alone[1]!.toLowerCase()) && isSurnameLike(alone[1]!)) return { speaker: { name: alone[1]!, kind: 'person' } };
  }
  // `,” Beth said recently.`: a given name the lexicon knows, alone before the verb, closing
  // the tag — someone the article calls by that name (a family member, often), not yet typed.
  const given = ONE_WORD_TAG.exec(p.text.slice(q.end, q.end + 50));
  // ("“…,” Hartl said.": a word of no list, no English word, place or body, likewise — a surname.)
  if (given && !isCommonWord(given[1]!.toLowerCase()) && isSurnameLike(given[1]!) && !LEXICON_DEMONYMS.has(given[1]!.toLowerCase()) && !stream.at(p.index, q.end + given[0].indexOf(given[1]!))) return { speaker: { name: given[1]!, kind: 'person' } };
  // A tag whose subject we could not name ("they said", an unresolved "he", a title we could
  // not read): no guess, and above all not the previous quote's speaker.
  // (After a quote that closed its sentence, "He said he only used his family ties once …"
  // reports something else in a sentence of its own: no tag, and no bar to what stands before.
  // "He added: “…”" still bars: who "he" is we could not tell.)
  const pronounVerb = /^(?:he|she|they|it)\s/i.test(rest) ? VERB_AFTER.exec(rest.replace(/^\S+/, '')) : null;
  const reportsOwnClause = !!pronounVerb && closed && !shortClause(at + rest.indexOf(' ')) && !/^\s*(?::|,?\s*[“"])/.test(rest.slice(rest.indexOf(' ') + pronounVerb[0].length));
  if (pronounVerb && !reportsOwnClause) return { speaker: null };
  // ("“Have they helped?” a reporter asked.": someone unnamed, called by what they are.)
  if (!opening && /^[\s,”"]*(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:said|says|asked|asks|added|adds|replied|wrote|shouted|called)\b/u.test(p.text.slice(q.end, q.end + 60))) return { speaker: null };
  // `“Oh no Bill, don't,” came the response.`: an answer to the one quoted before, by someone unnamed.
  if (/^[\s,]*came\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+)?(?:response|reply|answer|retort|rejoinder)\b/i.test(p.text.slice(q.end, q.end + 50))) return { speaker: null };
  // "“We’ve done well” with the mussel, said McGregor.": words of the writer's between a quote
  // cut short and a tag that closes the sentence — the one named there, the only one, speaks.
  if (!closed) {
    // (“…” in the areas where she hikes, Nasser said.": a pronoun inside the writer's words is no tag.)
    const people = stream.inRange(p.index, q.end, q.end + 120).filter((m) => m.kind === 'person' && !m.pronoun);
    const m = people[0];
    const between = m ? p.text.slice(q.end, m.start) : '';
    const after = m ? p.text.slice(m.end, m.end + 130) : '';
    // (", said Jono Bacon, director of community at GitHub.": what they are may close the sentence.)
    const late = !!m && !m.pronoun && !m.possessive && ((LATE_VERB_THEN_NAME.test(between) && /^(?:,[^“”";:.]{2,120})?\s*\./.test(after)) || (LATE_NAME_THEN_VERB.test(between) && /^\s+(?:said|says|added|adds)\s*\./.test(after)));
    if (late) return { speaker: asSpeaker(m) };
  }
  // ("X said her party had backed the idea “for months”, and said it was …": a verb joined by
  // "and" goes on with the sentence's subject — what stands before the quote tells.)
  // ("Reynolds stated “…” and also stated that …": any speech verb so joined.)
  if (!/[.!?]$/.test(q.text) && UNREAD_TAG.test(rest) && !AND_VERB_AFTER.test(p.text.slice(q.end, q.end + 30))) return { speaker: null };
  return null;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Sir|Lady|Lord|Dame)$/;
/** After a person's possessive, right before the speech verb: a text of their own. */
const BODY_WRITING = /^['’]s?\s+(?:(?:recent|latest|new|annual|own|official|written|joint|final)\s+)?(?:statement|report|analysis|study|survey|review|assessment|press release|announcement|website|web site)(?:\s+(?:of|on|into)\s+[^,;.“”"]{1,60}?)?\s+(?:(?:also|then|later|further)\s+)?$/i;
const OWN_WRITING = /^(?:['’]s?)?\s+(?:(?:written|joint|official|own|prepared|latest|earlier)\s+)?(?:statement|letter|e-?mail|message|post|tweet|note|testimony|remarks|speech|op-ed|column|blog post|essay)\s+(?:(?:also|then|later|further)\s+)?$/i;

// A name's preposition, before it: "critical of ‖ Hood" (not "according to", "in the words of").
const ENDS_IN_PREPOSITION = /\s(?<!according\s)(?<!words\s)(?:of|to|with|about|at|for|against|on|toward|towards|from|over|upon|into|by)\s+(?:the\s+)?$/i;
// ("Hale's response was blunt:": what it was like may follow.)
const OWN_WORDS_BEFORE_COLON = /^(?:['’]s?)?\s+(?:(?:short|brief|terse|simple|whole|own|written|official|final)\s+)?(?:reply|response|answer|message|words|verdict|statement|letter|note|order|orders|advice|motto)(?:\s+(?:was|is)\s+(?:(?:short|brief|simple|blunt|clear|direct|terse|plain|firm|swift|quick|sharp|curt)(?:\s+and\s+\p{Ll}+)?))?\s*$/u;
// (Not "quoted the campaigner Nell Ashdown, with Ashdown stating:": a clause of her own follows.)
// (Not "Tom Hale is quoted by the Times as saying": his own words, passed on.)
const WHAT_X_CALLS = /\b(?:what|which)\s+(?:the\s+)?[^“”".;:!?]{1,60}?\s(?:calls|called|describes\s+as|described\s+as|terms|termed|dubs|dubbed|labels|labelled|labeled)\s+(?:(?:an?|the)\s+)?$/iu;
const UNNAMED_SPEAKER_BEFORE = new RegExp(`\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:spokes(?:person|man|woman)|official|representative|source|aide|insider)\\s+(?:(?:for|of|from|at|with)\\s+[^“”"‘’.;:!?,]{1,40}?\\s+)?(?:${SPEECH_VERBS})\\s*[:,]?\\s*$`, 'u');
const OTHERS_WORDS_BEFORE = /(?:\b(?:(?<!\b(?:was|is|were|are|been|be)\s)quoted(?!\s+(?:by\b|as\s+saying))|quoting|cited|citing|echoed|echoing|paraphrased|paraphrasing)\s+(?![^“”".;:!?,]*\band\s+(?:also\s+|then\s+)?(?:said|says|added|adds|told|tells)\b)[^“”".;:!?,]{1,60}|\b(?:his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+['’]s?\s+(?:favou?rite\s+)?(?:words|advice|motto|saying|message|reply|answer|mantra))\s*[:,]?\s*$/u;
// ", said " (a title may stand before the name) or ", " and then the name and "said", closing the sentence.
// (The writer's words are a phrase that opens with a preposition — not a clause of their own:
// "“Too little, too late” is how locals see it, said Ruiz" reports others' words.)
// ("“People feel a sense of purpose” when they are part of a community, said Jono Bacon": or a
// clause of "when", "if", "because" that goes on the speaker's own sentence.)
const LATE_PHRASE = '\\s+(?:with|for|at|in|on|about|to|of|from|over|after|before|during|since|by|among|across|inside|outside|near|around|when|if|because|as|while|until|unless)\\s[^“”".;:!?]{1,70}';
const LATE_VERB_THEN_NAME = new RegExp(`^${LATE_PHRASE},\\s+(?:said|says|added|adds)\\s+(?:(?:\\p{Lu}[\\p{L}.]*|of|the)\\s+){0,4}$`, 'u');
const LATE_NAME_THEN_VERB = new RegExp(`^${LATE_PHRASE},\\s+$`, 'u');
// "to Governor ", "asked the ": after these, the one named is the one spoken or written to.
const LISTENER_BEFORE = /\b(?:to|asked)\s+(?:(?:the|his|her|their|its|a|an)\s+[\p{Ll}'’ -]{1,40},\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;
// "put it, ", "said: ": a speech verb and nothing else up to the quote.
const VERB_INTRODUCES = new RegExp(`^(?:${SPEECH_VERBS})\\s*[,:]?\\s*$`);

// An aside after a name, up to the verb: a comma, then what the person is or a who/whose-clause
// in common words first ("press secretary for Senator Sessions", "whose husband Tom Hale died").
// (Not ", and Welch wrote": the last of a list of names, who speak together.)
const APPOSITIVE_TO_VERB = /^,\s+(?!(?:and|or)\s)(?:\d{1,3},\s+)?(?:(?:the|a|an|former|then|now)\s+)?\p{Ll}[^“”".;:!?]*?,?\s*$/u;

/** "Hugh Carr and Lisa Owens", "Carr, Owens and Hale": the person is one of several joined by "and". */
function jointWithBefore(person: Mention, mentions: Mention[], text: string): boolean {
  return mentions.some((m) => m !== person && m.kind === 'person' && m.end <= person.start && JOINED.test(text.slice(m.end, person.start)));
}
// ("Tom Hale and his wife, Ana, said": the one after "and" may be named after what they are to the first.)
const JOINED = /^\s*(?:,[^,;:“”"]{1,60},|,)?\s*(?:and|&)\s+(?:(?:his|her|their)\s+(?:\p{Ll}+\s+)?\p{Ll}+,?\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

// ("said “…,” noting that …": a participle goes on with the subject too.)
const AND_VERB_AFTER = new RegExp(`^[\\s”"’']*,?\\s*(?:and\\s+(?:also\\s+|then\\s+|later\\s+)?(?:${SPEECH_VERBS})|(?:(?:further|also|then|later)\\s+)?(?:saying|adding|noting|explaining|warning|stating|arguing|stressing|insisting|pointing out))\\b`);
const OFFERS_WORDS = /^\s+(?:(?:also|then|later)\s+)?(?:has|had|have|offered|offers|gave|gives|shared|shares)\s+(?:(?:this|these|the following|some|a few|one|a|an|his|her|their)\s+)(?:(?:simple|short|brief|blunt|clear|final|practical|last|further|more|key|bit\s+of|piece\s+of)\s+)*(?:advice|message|warning|words?|thoughts?|tips?|suggestions?|explanation|answer|reply|response|comments?|reminder|prediction|assessment|view|take|to\s+say)(?:\s+(?:for|to)\s+[^:;“”"]{2,40})?\s*$/u;
// "The following is a statement from …:", "Below is the full statement by …:": who it is from follows.
const STATEMENT_FROM = /^(?:The\s+following\s+is|Below\s+is|Here\s+is|What\s+follows\s+is)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|message|remarks|letter)\s+(?:from|by|of)\s+/iu;
const STATEMENT_MADE = /^,?\s+(?:also\s+|later\s+)?(?:made|issued|released|read)\s+(?:the|a|this)\s+(?:following\s+|brief\s+|short\s+|written\s+)?statement(?:\s+(?:on|in|at|to|from)\s+[^:;,“”"]{1,40})?\s*$/;
const MANNER_BEFORE_QUOTE = /(?:^|\s)(?:shared|laughed|smiled|sighed|chuckled|beamed|grinned|offered)\s*[,:]\s*$/u;

const UNNAMED_WITH_CLAUSE = /(?:^|[,;]\s+|\s)(?:a|an|one|another)\s+\p{Ll}[^,;:.“”"]{1,80},\s+(?:who|whose)\s[^;:.“”"]{2,160},\s*$/u;

/** `Rosenblum said: “`, `X told VOA, “`, `He estimated that … “`: the last speech verb before. */
function tagBefore(from: number, to: number, p: ParagraphView, stream: MentionStream): Found {
  const stretch = p.text.slice(from, to);
  // "Said Vincent Miller, M.D., Chief Medical Officer of Foundation Medicine, “…”": the verb
  // first, then the one who speaks and what they are.
  const verbFirst = /^(?:Said|Says|Added|Adds)\s+/.exec(stretch);
  if (verbFirst) {
    const m = stream.inRange(p.index, from, to).find((o) => !o.pronoun);
    if (m && m.kind === 'person' && !m.possessive && m.start === from + verbFirst[0].length && /^(?:,[^“”"]*)?[,:]\s*$/.test(p.text.slice(m.end, to))) return { speaker: asSpeaker(m) };
  }
  // ("In an official statement, the commission said, “…”": the one body of that kind named before.)
  const bodyBefore = BODY_ANAPHOR_BEFORE.exec(stretch);
  if (bodyBefore) return { speaker: bodyNamedBefore(bodyBefore[1]!, p, from, stream) };
  // "According to Maria Lopez, “…”", "according to Lopez, the district manager, “…”".
  const according = /\baccording to\s+((?:the\s+)?[^,;:.“”"]{2,60})(?:,[^,;:.“”"]{2,80})?,\s*$/i.exec(stretch);
  if (according) {
    // The one credited is named right after "according to (the)", and no other person is.
    // ("According to his wife, Melinda Hale, “…”": a kinsman or an aide, then the name.)
    const namedAt = from + according.index + /^according to\s+(?:the\s+|(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+)?/iu.exec(according[0])![0].length;
    const credited = stream.inRange(p.index, from + according.index, to).filter((m) => !m.pronoun);
    // ("According to Rutgers University political scholar Kelly Dittmar, “…”": a title may stand
    // before the name, as after a quote.)
    const titled = credited[0] && (credited[0].start !== namedAt || credited[0].kind !== 'person') ? afterTitle(p, stream, namedAt) : undefined;
    const m = titled?.kind === 'person' && !titled.pronoun ? titled : credited[0];
    return { speaker: m && !m.possessive && (m.start === namedAt || m === titled) && credited.every((o) => o.name === m.name || o.kind !== 'person') ? asSpeaker(m) : null };
  }
  // "According to Derrec Becker, an officer of the agency, injuries ranged “from cuts …”": the one
  // the sentence's facts are credited to, when no one else is named and nothing else is said.
  const creditedClause = /\baccording to\s+(?:[^,;:.“”"]{2,60})(?:,[^,;:.“”"]{2,80})?,\s+([^;:“”"]{3,80})$/i.exec(stretch);
  if (creditedClause && !VERB_ANYWHERE_ONE.test(creditedClause[1]!)) {
    const at = from + creditedClause.index + /^according to\s+/i.exec(creditedClause[0])![0].length;
    const named = stream.inRange(p.index, from + creditedClause.index, to).filter((m) => !m.pronoun);
    // ("according to the university's astronomy professor Scott Gaudi, it is “…”": a title may
    // stand before the name here too.)
    const titled = named[0] && named[0].start !== at ? afterTitle(p, stream, at + (/^the\s+/i.exec(p.text.slice(at, at + 4))?.[0].length ?? 0)) : undefined;
    const m = titled?.kind === 'person' && !titled.pronoun ? titled : named[0];
    if (m && (m.start === at || m === titled) && !m.possessive && (m.kind === 'person' || m.kind === 'organization') && named.every((o) => o.name === m.name || o.kind !== 'person')) return { speaker: asSpeaker(m) };
  }
  // "CPT Todd Lindner, commander of the company, called Specialist Hayes “…”", "Marsh described
  // the plan as “…”": what the subject called someone or something is the subject's words.
  const calledObject = CALLED_OBJECT.exec(stretch);
  if (calledObject) {
    const verbAt = from + calledObject.index + calledObject[0].search(/\p{L}/u);
    const subject = stream.inRange(p.index, from, verbAt).filter((m) => m.kind === 'person' && !m.possessive).pop();
    // ("agreed with Dana Ortiz, who called the plan “…”": the who-clause's own subject too.)
    // ("Cameron also called McLetchie “…”": an adverb of time or addition may stand before the verb.)
    // ("… Partnership, David Clay, called it “…”": the comma closing an appositive before the name.)
    const appositive = !!subject && /,\s+$/.test(p.text.slice(Math.max(from, subject.start - 2), subject.start)) && /^,\s+$/.test(p.text.slice(subject.end, verbAt));
    if (subject && !subject.pronoun && (appositive || /^(?:\s*,[^“”";:.]{2,100},|,\s+who)?(?:\s+(?:also|later|then|once|earlier|previously|repeatedly))?\s+$/.test(p.text.slice(subject.end, verbAt)))) return { speaker: asSpeaker(subject) };
  }
  // "Says Lamb, “…”", "For example, says Dr. Ana Ruiz, “…”": the verb first, then the speaker
  // named alone between it and the quote.
  const inverted = /(?:^|[,;]\s+)(?:[Ss]ays|[Ss]aid|[Aa]dds|[Aa]dded|[Ee]xplains|[Ee]xplained|[Nn]otes|[Nn]oted|[Rr]ecalls|[Rr]ecalled)\s+([^,;:.“”"]{2,60}),\s*$/.exec(stretch);
  if (inverted) {
    const at = from + inverted.index + inverted[0].lastIndexOf(inverted[1]!);
    const named = stream.inRange(p.index, at, to).filter((m) => m.kind === 'person' || m.kind === 'organization');
    const m = named[0];
    if (m && named.length === 1 && m.kind === 'person' && !m.pronoun && !m.possessive && m.end === at + inverted[1]!.length && /^(?:(?:\p{Lu}[\p{L}.’'-]*|\p{Ll}+)\s+){0,4}$/u.test(p.text.slice(at, m.start))) return { speaker: asSpeaker(m) };
  }
  // "Tom Hale quoted his late father: “…”", "recalled his father’s words: “…”": someone else's
  // words, repeated — not the subject's, and the one who first said them is unnamed.
  if (OTHERS_WORDS_BEFORE.test(stretch)) return { speaker: null };
  // ("… confirmed that he died, with a spokesperson for them saying: “…”": someone the article
  // does not name speaks right before the quote — not the person named earlier in the sentence.)
  if (UNNAMED_SPEAKER_BEFORE.test(stretch)) return { speaker: null };
  // "President Trump: “…”": a name and a colon right before the quote.
  const colon = /:\s*$/.exec(stretch);
  if (colon) {
    // "The Governor's reply: “…”", "Lopez’s statement: “…”": the owner's own words.
    const owner = stream.inRange(p.index, from, from + colon.index).filter((m) => m.possessive && !m.pronoun && (m.kind === 'person' || m.kind === 'organization')).pop();
    if (owner && OWN_WORDS_BEFORE_COLON.test(p.text.slice(owner.end, from + colon.index))) return { speaker: asSpeaker(owner) };
    const before = stream.inRange(p.index, from, from + colon.index).filter((m) => !m.possessive);
    // ("Former CIA deputy director Michael Morell praised Mendez on Twitter: “…”": what the
    // sentence's subject posted, whomever it was about.)
    const posting = POSTED_ON.exec(stretch);
    const poster = before.find((m) => m.kind === 'person');
    if (posting && poster && (poster.opening || /^(?:[^,;“”"]{1,60},\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|\p{Ll}+)\s+){0,6}$/u.test(p.text.slice(from, poster.start)) || (poster.pronoun && poster.start === from)) && !/[,;“”"]/.test(p.text.slice(poster.end, from + posting.index))) return { speaker: asSpeaker(poster) };
    // ("The mayor wrote on Facebook: “…”", "Trump spoke to the public, as is his custom, via
    // Twitter: “…”": the site is where the words were posted, never who posted them — the
    // sentence's subject did, or someone unnamed.)
    const site = before[before.length - 1];
    if (posting && site && site.start >= from + posting.index) return { speaker: poster && poster.opening && !poster.pronoun ? asSpeaker(poster) : null };
    // ("Jason Walsh, Executive Director, BlueGreen Alliance: “…”", "John Ruple, Fellow, S.J.
    // Quinney College of Law, University of Utah: “…”": a label — the person who opens it, then
    // offices and bodies in capitals — names the speaker first.)
    const labelled = before[0];
    const labelTail = labelled ? p.text.slice(labelled.end, from + colon.index) : '';
    if (labelled && labelled.kind === 'person' && !labelled.pronoun && /^(?:(?:Statement|Remarks|Quote)\s+(?:of|from|by)\s+)?$/.test(p.text.slice(from, labelled.start)) && /^,\s+\S/.test(labelTail) && labelTail.replace(/^,/, '').replace(/[()]/g, '').split(/[\s,]+/).filter(Boolean).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|for|and|at|on|in|&)$/.test(w))) return { speaker: asSpeaker(labelled) };
    let named = before.pop();
    // "Seth Harris, Economist, Northeastern University: “…”", "Jason Furman, Former Chairman of
    // the Council of Economic Advisers: “…”": where the person works closes the label; the
    // person named first speaks.
    if (named?.kind === 'organization') {
      const person = [...before].reverse().find((m) => m.kind === 'person' && !m.pronoun);
      if (person && /^,[^:;.“”"]*(?:,|\s(?:of|at|for|with))\s*(?:the\s+)?$/.test(p.text.slice(person.end, named.start))) named = person;
    }
    // "Mr Prescott told BBC News: “…”", "He told the prime minister: “…”": the one told is
    // the listener; the speaker is who told them, or nobody we can name.
    // ("He told Sky News' Sunday with Adam Boulton: “…”": the programme's host is no speaker either.)
    const host = named ? TOLD_HOST.exec(p.text.slice(from, named.start)) : null;
    // ("President Lincoln sent a message to Governor Erastus Fairbanks: “…”": the one written to
    // is the listener too.)
    const listener = named ? LISTENER_BEFORE.test(p.text.slice(from, named.start)) && /^\s*$/.test(p.text.slice(named.end, from + colon.index)) : false;
    if (named && (TOLD_BEFORE.test(p.text.slice(from, named.start)) || host || listener)) {
      const toldEnd = host ? from + host.index + host[1]!.length : named.start;
      const teller = before.filter((m) => (m.kind === 'person' || m.kind === 'organization') && m.end <= toldEnd).pop();
      // ("Fredys Cerrato, Trade Minister of Honduras, called on the FDA to act, and told CNN en
      // Español: “…”": the sentence's own subject, with no one else named before "and told".)
      const andTold = !!teller && teller.kind === 'person' && !teller.pronoun && !teller.possessive && teller.start === from && /^,[^:;“”"]{1,200}\s+and\s+(?:also\s+|later\s+|then\s+)?told\s+(?:the\s+)?$/u.test(p.text.slice(teller.end, toldEnd));
      const subjectOfTold = teller && (andTold || TOLD_AFTER_TELLER.test(p.text.slice(teller.end, toldEnd)) || (listener && teller.kind === 'person' && !teller.pronoun && SPOKE_TO_AFTER_TELLER.test(p.text.slice(teller.end, toldEnd))));
      return { speaker: subjectOfTold ? asSpeaker(teller) : null };
    }
    // ("Dan Cole interrupted Ana Ruiz: “…”": the one named is the object of a verb whose subject
    // is named before it — that subject speaks if the verb is one of speech, else no one we know.)
    const subject = named ? before.filter((m) => m.end <= named.start).pop() : undefined;
    const verbBetween = subject && subject.kind === 'person' && !subject.pronoun ? /^\s+(\p{Ll}+)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}$/u.exec(p.text.slice(subject.end, named!.start)) : null;
    if (named && verbBetween && /^\s*$/.test(p.text.slice(named.end, from + colon.index))) return { speaker: SPEECH_VERB.test(verbBetween[1]!) ? asSpeaker(subject) : null };
    // ("He was more critical of Hood: “…”": one named after a preposition, with a subject before
    // them, is spoken of — not "According to Hood:", "in the words of Hood:".)
    if (named && subject && subject.kind === 'person' && ENDS_IN_PREPOSITION.test(p.text.slice(subject.end, named.start)) && /^\s*$/.test(p.text.slice(named.end, from + colon.index))) return { speaker: null };
    // "He added: “…”": a he/she the stream resolved safely is that person.
    if (named && /^\s*$/.test(p.text.slice(named.end, from + colon.index))) return { speaker: asSpeaker(named) };
    // ("For English learners, Koh has this advice:", "Ruiz had a warning for parents:": the
    // subject's own words are offered.)
    if (named && named.kind === 'person' && OFFERS_WORDS.test(p.text.slice(named.end, from + colon.index))) return { speaker: asSpeaker(named) };
    // ("Spokesman for the government, Lambert Mende, made the statement on Thursday: “…”": the
    // statement the one named made.)
    if (named && named.kind === 'person' && !named.pronoun && STATEMENT_MADE.test(p.text.slice(named.end, from + colon.index))) return { speaker: asSpeaker(named) };
  }
  // "The Home Office letter reads “…”": a body's (or a person's) letter or statement, named
  // right before it, says it.
  const letter = /(?:^|\s)(?:letter|statement|memo|memorandum|notice|release|e-?mail)\s+(?:reads|read|says|said|states|stated)\s*[:,]?\s*$/.exec(stretch);
  if (letter) {
    const author = stream.inRange(p.index, from, from + letter.index).filter((m) => m.kind === 'person' || m.kind === 'organization').pop();
    if (author && !author.pronoun && /^\s*$/.test(p.text.slice(author.end, from + letter.index))) return { speaker: asSpeaker(author) };
  }
  // "A media release on the Sizzler website states: “…”": a release on (or from) a body's own
  // website or office is the body's.
  const posted = /(?:^|\s)(?:statement|release|notice|post)\s+(?:on|from)\s+(?:the\s+)?([^:;,“”"]{2,80}?)(?:['’]s)?(?:\s+(?:website|web site|site|office))?\s+(?:reads|read|says|states|stated|said)\s*[:,]?\s*$/u.exec(stretch);
  if (posted) {
    const at = from + posted.index + posted[0].indexOf(posted[1]!, posted[0].search(/\s(?:on|from)\s/u));
    const owner = stream.inRange(p.index, at, to).find((m) => m.start === at);
    if (owner && owner.kind === 'organization' && !owner.pronoun && owner.end === at + posted[1]!.length) return { speaker: asSpeaker(owner) };
  }
  // "Harbor Trust issued the following statement: “…”", "The Park Service provided the following
  // …, “…”": what its subject put out, right before the quote, is the subject's.
  // ("Jacqui Smith released a statement on the case: “…”": a statement of the subject's, right before.)
  const following = /(?:^|\s)(?:issued|released|provided|gave|shared|sent|posted|published|made)\s+(?:the\s+following\b[^“”"]{0,80}|(?:a|an)\s+(?:written\s+|brief\s+|short\s+)?(?:statement|message)(?:\s+(?:on|about|regarding)\s+[^:,;“”"]{1,60})?\s*:\s*|(?:a|an)\s+(?:written\s+|brief\s+|short\s+)?statement\s+(?:which|that)\s+(?:read|reads|said|says|stated)(?:,\s*in\s+part,)?\s*[:,]?\s*)$/.exec(stretch);
  if (following) {
    const subject = stream.inRange(p.index, from, from + following.index).filter((m) => !m.possessive && (m.kind === 'person' || m.kind === 'organization')).pop();
    if (subject && /^\s*$/.test(p.text.slice(subject.end, from + following.index))) return { speaker: asSpeaker(subject) };
  }
  // "he was asked, “What more can you do?”", "X is described as a “…”": words put to the
  // subject or said of them, not by them — the last verb in the subject's own voice speaks, if
  // any ("Hughes said … students who were told … “have been given the opposite”").
  // (Not "He is saying that …": a verb in -ing goes on in the subject's voice.)
  // (A person's or a pronoun's passive — "Kevin Dorran was asked", "he had been told" — the
  // one right before the auxiliary, who could have been the speaker.)
  const personBefore = (auxAt: number): boolean => {
    const zone = Math.max(from, auxAt - 40);
    return stream.inRange(p.index, zone, auxAt).some((m) => m.kind === 'person' && /^\s*(?:\p{Ll}+\s+)?$/u.test(p.text.slice(m.end, auxAt))) || /\b(?:he|she|they|I|we)\s+(?:\p{Ll}+\s+)?$/iu.test(p.text.slice(zone, auxAt));
  };
  let verbAt = -1;
  // Where the agent of a passive speech verb starts ("was told by ‖ her surgeon, “…”").
  let agentAt = -1;
  // ("Bercow commented — which the BBC noted as unusual — “…”": an aside in dashes that opens with
  // "which" or "who" has verbs and names of its own, none the quote's.)
  const asides = [...stretch.matchAll(/[—–]\s*(?:which|who|whom|whose)\b[^—–“”"]*[—–]/gu)].map((a) => [from + a.index, from + a.index + a[0].length] as const);
  const inAside = (at: number): boolean => asides.some(([a, b]) => at >= a && at < b);
  for (const m of stretch.matchAll(VERB_ANYWHERE)) {
    const at = from + m.index;
    if (inAside(at)) continue;
    // ("asked EU states “to find …”", "the Gulf states": states that a union has, no verb.)
    if (m[0] === 'states' && STATES_OF.test(p.text.slice(Math.max(from, at - 12), at))) continue;
    const aux = /^\p{L}+ing\b/u.test(p.text.slice(at, at + 20)) ? null : PASSIVE_AUXILIARY.exec(p.text.slice(Math.max(from, at - 20), at));
    if (!aux) verbAt = at;
    else if (personBefore(at - aux[0].length)) verbAt = -2;
    // ("Janet Evans of Marion, Ohio was told by her surgeon, “…”": a passive with its agent right
    // before the quote — the agent speaks, whoever was told.)
    else {
      const by = /^\p{L}+\s+by\s+(?=[^.;:“”"]{2,60},?\s*$)/u.exec(p.text.slice(at, to));
      if (by) [verbAt, agentAt] = [-3, at + by[0].length];
    }
  }
  if (verbAt === -3) {
    const agent = stream.inRange(p.index, agentAt, to).find((m) => !m.pronoun && (m.kind === 'person' || m.kind === 'organization'));
    return { speaker: agent && !agent.possessive && /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(p.text.slice(agentAt, agent.start)) && /^,?\s*$/.test(p.text.slice(agent.end, to)) ? asSpeaker(agent) : null };
  }
  if (verbAt === -2) return { speaker: null };
  // "crew member Alaine Quinn shared, “…”", "Annie laughed, “…”": a verb that is no speech
  // verb elsewhere, right before the quote and its comma or colon, introduces it.
  // (It, not a speech verb earlier in the sentence: "When asked …, Alaine Quinn shared, “…”".)
  const manner = MANNER_BEFORE_QUOTE.exec(stretch);
  if (manner) verbAt = from + manner.index + manner[0].search(/\p{L}/u);
  if (verbAt < 0) return null;
  // ("… pointed out that while Manning had gone through a trial and acknowledged wrongdoing,
  // “Mr. Snowden fled …”": the verb is inside a clause of "while" or "because", with its own
  // object before the comma — it tags nothing, and who speaks is unsure.)
  if (/\b(?:while|although|though|whereas|because|since|if|when|after|before|unless)\s+[^,;:“”"]+$/.test(p.text.slice(from, verbAt)) && /^\p{L}+\s+(?!(?:that|to|me|him|her|us|them|reporters|journalists)\b)\p{Ll}[^,;:“”"]*,\s*$/u.test(p.text.slice(verbAt, to))) return { speaker: null };
  // ("Coates said that after the theft, Hood told her “he didn't want to look for it. …”": a verb
  // inside what someone else said, before words that go on the sentence in small letters — the
  // one telling it all may be quoted as well; who said the words is unsure.)
  if (/\b(?:said|says|testified|stated|claimed|alleged|recalled|told\s+\p{L}+)\s+that\b/u.test(p.text.slice(from, verbAt)) && /^[“"‘']{1,2}\s?\p{Ll}/u.test(p.text.slice(to, to + 4))) return { speaker: null };
  // ("a staff member at the resort, who saw Chan taken away, stated, “…”": someone unnamed, and
  // a clause about them naming others — no one named before it opens the sentence.)
  const unnamed = UNNAMED_WITH_CLAUSE.exec(p.text.slice(from, verbAt));
  if (unnamed && !stream.inRange(p.index, from, from + unnamed.index + 1).some((m) => m.kind === 'person' || m.kind === 'organization')) return { speaker: null };
  // "When she asks something, I just say, “Yes.”": the one telling the story speaks — whom the
  // article does not name.
  if (/(?:^|[\s,—–-])(?:I|we|We)\s+(?:\p{Ll}+\s+)?$/u.test(p.text.slice(Math.max(from, verbAt - 20), verbAt))) return { speaker: null };
  // "Arvel's statement added, “…”": the words of a person's own statement or letter are theirs
  // (not their spokesman's: a person speaking for them is someone else).
  // ("PC World’s recent analysis of its traffic concluded, “…”": a body's own report speaks for it.)
  const possessor = stream.inRange(p.index, from, verbAt).filter((m) => m.possessive && (m.kind === 'person' || m.kind === 'organization') && !m.pronoun).pop();
  if (possessor && (possessor.kind === 'person' ? OWN_WRITING : BODY_WRITING).test(p.text.slice(possessor.end, verbAt))) return { speaker: asSpeaker(possessor) };
  const before = stream.inRange(p.index, from, verbAt).filter((m) => !m.possessive && !inAside(m.start));
  // ("Hugo Chavez criticized Bush, saying he was “…”": a participle after the comma speaks for
  // the sentence's subject, not for the one its verb acts on.)
  const participle = /,\s*$/.test(p.text.slice(from, verbAt)) && /^(?:saying|adding|telling|noting|arguing|explaining|claiming|insisting|warning|stating|writing)\b/.test(p.text.slice(verbAt));
  // ("Chavez referred to Bush’s speech, when Bush addressed the peoples of Iran, telling the
  // assembly “…”": after a clause of "when" or "while" with a subject of its own, whose
  // participle it is, and so whose words, is unsure.)
  if (participle && /,\s+(?:when|while|as|after|before|because|since|although|whereas)\s+[^“”"]+$/.test(p.text.slice(from, verbAt))) return { speaker: null };
  const subject = before[0];
  if (subject && subject.kind === 'person' && before.length >= 2 && participle && /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(p.text.slice(from, subject.start)) && /^\s+(?:\p{Ll}+\s+){1,2}$/u.test(p.text.slice(subject.end, before[1]!.start))) return { speaker: asSpeaker(subject) };
  // "Lieutenant Chastain noted that Ford wanted to drive and said of Joey, “…”": a verb joined by
  // "and" to the subject's first one — whoever the first verb's clause names did not speak.
  const first = before[0];
  if (first && first.kind === 'person' && !first.pronoun && /(?:^|\s)and\s+(?:also\s+|then\s+|later\s+)?$/.test(p.text.slice(Math.max(from, verbAt - 16), verbAt)) && /^(?:[^“”".;!?]*[,:])?\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(p.text.slice(from, first.start)) && (REPORTS_THAT.test(p.text.slice(first.end, first.end + 40)) || ACTS_THEN_SAYS.test(p.text.slice(first.end, verbAt)))) {
    return { speaker: asSpeaker(first) };
  }
  // "Sarah Haley, press secretary for Senator Sessions, said, “…”", "Brian Kemp, former staff
  // director for the Judiciary Committee said": the person who opens the sentence, then what
  // they are in common words after a comma — whoever that aside names works with the speaker.
  // ("Speaking to reporters, Ana Ruiz, whose husband Tom Hale died in May, said": after an
  // opening phrase too; the first person so followed by an aside is the one.)
  // (Not "The president, Susilo Bambang Yudhoyono, has sent ministers, while Bambang Widaryatmo,
  // head of police, promised": a clause of "while", "whereas" or "but" has a subject of its own.)
  const opener = before.find((m) => m.kind === 'person' && !m.pronoun && APPOSITIVE_TO_VERB.test(p.text.slice(m.end, verbAt)) && !/(?:^|[\s,])(?:while|whereas|but)\s/.test(p.text.slice(m.end, verbAt)));
  // ("Leadership panelist Col. Al Burse, the senior materiel leader of the … Directorate
  // explained": a title in a few words before the name, and nobody named before it.)
  const titleWords = opener ? p.text.slice(from, opener.start).trim().split(/\s+/) : [];
  const titleFirst = !!opener && before[0] === opener && titleWords.length >= 1 && titleWords.length <= 4 && titleWords.every((w) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w) || ROLE_WORDS.has(w) || LEXICON_ROLES.has(w) || /^\p{Ll}{3,}(?:ist|er|or|ian|ant)$/u.test(w)) && !VERB_ANYWHERE_ONE.test(p.text.slice(from, opener.start));
  if (opener && jointWithBefore(opener, before, p.text)) return { speaker: null };
  if (opener && UNNAMED_AFTER_NAME.test(p.text.slice(opener.end, verbAt))) return { speaker: null };
  // ("As my good friend, MG Peter Cooke, the commanding officer of …, said": an opening phrase,
  // then a rank or title in capitals before the name.)
  const titledAfterComma = !!opener && (/^[^“”".;:!?]*,\s*((?:\p{Lu}[\p{L}.’'-]*\s+){1,3})$/u.exec(p.text.slice(from, opener.start))?.[1] ?? '').trim().split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()));
  if (opener && (/^\s*$/.test(p.text.slice(from, opener.start)) || /^[^“”".;:!?]*,\s*$/u.test(p.text.slice(from, opener.start)) || titleFirst || titledAfterComma)) {
    return { speaker: asSpeaker(opener) };
  }
  // ("Elisabeth Chun, Executive Director of Good Beginnings Alliance said", "Patricia Hamamoto,
  // Superintendent, Hawaii Department of Education stated:": the person who opens the sentence,
  // then a title in capitals and the body they lead — the person speaks, not the body.)
  const leader = before[0];
  const aside = leader ? /^,\s+(?:(?:the|a|an|former)\s+)?(\p{Lu}[\p{L}’'-]*)[^“”".;:!?]*$/u.exec(p.text.slice(leader.end, verbAt)) : null;
  if (leader && aside && leader.kind === 'person' && !leader.pronoun && !leader.possessive && /^\s*$/.test(p.text.slice(from, leader.start)) && (ROLE_WORDS.has(aside[1]!.toLowerCase()) || LEXICON_ROLES.has(aside[1]!.toLowerCase())) && before.slice(1).every((m) => m.kind === 'organization') && !/\s(?:and|&)\s/.test(p.text.slice(leader.end, verbAt).replace(/\b(?:of|for)\s+[^,]*$/, ''))) {
    return { speaker: asSpeaker(leader) };
  }
  // (Not one named inside the subject's description: "Mr Johnson, who … hostage Ken Bigley, said".)
  // (Nor one named after a preposition: "offered to meet with Vladimir Putin …, and says …".)
  const person = [...before].reverse().find((m) => m.kind === 'person' && !m.inDescription && !m.object);
  // ("The Obama administration has long argued …": the one named before "administration" is not
  // the verb's subject — the administration is, and no one we can name.)
  if (person && PERSON_AS_QUALIFIER.test(p.text.slice(person.end, person.end + 30))) return { speaker: null };
  // ("a Jackson lawyer had told her …": a name that only says whose lawyer speaks.)
  if (person && !person.anonymous && /\b(?:an?|one)\s+$/i.test(p.text.slice(Math.max(from, person.start - 5), person.start)) && /^\s+\p{Ll}{3,}/u.test(p.text.slice(person.end, person.end + 20))) return { speaker: null };
  const nearest = before[before.length - 1];
  // "the University of X said" — but "Professor Y of the University of X wrote": Y.
  // ("Professor David Parkes at Harvard’s Data Science Initiative says": its owner's name may
  // stand before the body.)
  const ofPerson = person && nearest && /^\s*(?:,\s*)?(?:of|at|from)\s+(?:the\s+|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+)?$/u.test(p.text.slice(person.end, nearest.start));
  // ("A leaked letter seen by Sky News says …": the one a thing was seen, sent or reported by
  // is not its subject — the letter speaks, and no one we can name.)
  const agent = !!nearest && /\bby\s+(?:the\s+)?$/.test(p.text.slice(Math.max(0, nearest.start - 8), nearest.start));
  if (nearest && nearest.kind === 'organization' && agent && /^\s*$/.test(p.text.slice(nearest.end, verbAt))) return { speaker: null };
  // ("… the American Society of Consulting Arborists, which concluded the tree has “…”": a body,
  // then "which" and the verb — the body's words.)
  // (Not "Netanyahu also appeared on CNN saying …": a body named after "on", "to" or "with",
  // someone before it — the body is where they spoke.)
  const bodySpokenOn = !!nearest && !!person && bodyAfterPreposition(p.text, nearest);
  // ("Facebook further claimed, “…”": an adverb of addition may stand between.)
  if (nearest && nearest.kind === 'organization' && !ofPerson && !bodySpokenOn && /^(?:\s*|\s+(?:also|further|then|later|again)\s+|\s*,\s*which\s+(?:also\s+)?)$/.test(p.text.slice(nearest.end, verbAt))) return { speaker: asSpeaker(nearest) };
  // ("Dartmouth College, in New Hampshire, said students … “…”": a body opening the sentence,
  // where it is or what it does between commas, then the verb.)
  const body = before[0];
  if (!person && body && body.kind === 'organization' && /^(?:\s*|[^“”".;:!?]*,\s*)$/u.test(p.text.slice(from, body.start)) && /^\s*,[^“”";:.]{2,80},\s*$/.test(p.text.slice(body.end, verbAt)) && before.every((m) => m === body)) return { speaker: asSpeaker(body) };
  // ("Of the cut now due to Lee, 82, who created Spider-Man, his lawyer said:": someone of
  // theirs, unnamed, is the verb's subject.)
  // (Not "he went to his wife and said": the possessive's noun must be the verb's subject.)
  if (person && /(?:^|[\s,])(?:his|her|their)\s+(?:(?!(?:and|or|then|but|so|to)\s)[\p{Ll}-]+\s+){1,2}$/u.test(p.text.slice(Math.max(from, verbAt - 30), verbAt)) && !/\b(?:to|with|for|and)\s+(?:his|her|their)\s/.test(p.text.slice(Math.max(from, verbAt - 30), verbAt))) return { speaker: null };
  if (person) {
    // "Sen. Hugh Carr and Rep. Lisa Owens said in a joint statement": two speakers are no one answer.
    // ("Hugh Carr and his wife said": so is one and others unnamed.)
    if (jointWithBefore(person, before, p.text) || /^\s*,?\s*(?:and|&)\s/.test(p.text.slice(person.end, verbAt))) return { speaker: null };
    // ("His parents, David and Judy Donica said, “…”": a given name and "and" before the
    // name — two people who share it.)
    const pair = /(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+$/u.exec(p.text.slice(Math.max(from, person.start - 30), person.start));
    if (pair && isAnyGivenName(pair[1]!)) return { speaker: null };
    // ("Michele tells us that an older man walked up to him and asked": someone unnamed is the
    // subject of the clause the verb is in.)
    if (/\bthat\s+(?:an?|another|one|some)\s+\p{Ll}/u.test(p.text.slice(person.end, verbAt))) return { speaker: null };
    // ("when she said she could take no more the ex-policeman responded “…”": someone unnamed,
    // called by what they are, is the verb's subject right before it — not one named earlier.)
    const unnamedRight = /(?:^|\s)(?:the|a|an)\s+(?:(?:ex|former)[-\s])?(\p{Ll}{3,})\s+$/u.exec(p.text.slice(person.end, verbAt));
    if (unnamedRight && (ROLE_WORDS.has(unnamedRight[1]!) || LEXICON_ROLES.has(unnamedRight[1]!) || PEOPLE_NOUNS.has(unnamedRight[1]!))) return { speaker: null };
    // "X said … he said": an unresolved pronoun nearer the verb than X makes it uncertain.
    const between = p.text.slice(person.end, verbAt + 12);
    if (PRONOUN_BEFORE_VERB.test(between) && !stream.inRange(p.index, person.end, verbAt).some((m) => m.pronoun)) return { speaker: null };
    // "… beating Natasha Bedingfield to the prize, Joss Stone said: “…”": a name we could not
    // read as a person stands right before the verb; the one named earlier did not speak.
    // (Not "Lena Ortiz of the University of Leeds wrote": where the person works.)
    const rest = p.text.slice(person.end, verbAt);
    // "Sondra remembers when an excited Joey called her to say “…”": someone we could not
    // type is nearer the verb; the one named first may only be telling what they said.
    const named = stream.inRange(p.index, person.end, verbAt);
    // (Not "Emmett O'Brien replied to Boylan saying “…”": the one spoken to, named as the object.)
    const lastNamed = named[named.length - 1];
    const spokenTo = !!lastNamed && /^\s*$/.test(p.text.slice(lastNamed.end, verbAt)) && (lastNamed.object === true || bodyAfterPreposition(p.text, lastNamed));
    if (/\p{Lu}[\p{L}’'.-]*\s+$/u.test(rest) && !/^\s*(?:,|(?:of|at|from|with|for)\s)/.test(rest) && !spokenTo) return { speaker: null };
    // (A possessor is no subject: "rejected Mr Howard's comment, telling …".)
    const untyped = [...rest.matchAll(/(?<=\s)\p{Lu}\p{Ll}+(?![\p{L}’'-])/gu)].some((m) => {
      const at = person.end + m.index;
      if (named.some((n) => n.start <= at && at < n.end) || HONORIFIC.test(m[0])) return false;
      return !isCommonWord(m[0].toLowerCase()) && !isKnownPlace(m[0]) && !isKnownOrganization(m[0]);
    });
    if (untyped && !/^\s*(?:,|(?:of|at|from|with|for)\s)/.test(rest)) return { speaker: null };
    if (CLAUSE_WITH_UNNAMED_SUBJECT.test(rest)) return { speaker: null };
    // ("Dana Ortiz met the governor, and the governor said", "praised by colleagues, who said",
    // "Dana Ortiz, whose father once said": someone unnamed is the verb's subject.)
    if (UNNAMED_AFTER_NAME.test(rest)) return { speaker: null };
    // ("Officials at the hospital where Dana Ortiz died said": a name in a clause about a place
    // or a thing, with a verb of its own, is not the verb's subject — not "to which Thomas replied".)
    if (/\b(?:where|whom|which)\s+$/.test(p.text.slice(Math.max(from, person.start - 8), person.start)) && /\p{Ll}{2,}/u.test(rest)) return { speaker: null };
    // "In a letter to Mayor Dan Fox, residents wrote:", "After meeting X, one resident said:":
    // people we cannot name open the verb's clause.
    if (UNNAMED_SUBJECT_BEFORE_VERB.test(rest)) return { speaker: null };
    return { speaker: asSpeaker(person) };
  }
  // "Or as his brother Dakota put it, “…”": the verb right before the quote introduces it, and
  // its subject is no one we could name — not the one quoted before.
  if (VERB_INTRODUCES.test(p.text.slice(verbAt, to))) return { speaker: null };
  return PRONOUN_BEFORE_VERB.test(p.text.slice(from, verbAt + 12)) ? { speaker: null } : null;
}

/** "appeared on CNN", "told Fox": a body named right after a preposition — where or to whom one spoke. */
function bodyAfterPreposition(text: string, m: Mention): boolean {
  return m.kind === 'organization' && /\b(?:on|to|with|in|at|via)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/** The sentence holding offset `at` of `paragraph`: a binary search over article order. */
function sentenceOf(ctx: AttributionContext, paragraph: number, at: number): SentenceUnit | undefined {
  const list = ctx.sentences;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (s.paragraph < paragraph || (s.paragraph === paragraph && s.start <= at + 1)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = found >= 0 ? list[found] : undefined;
  return s && s.paragraph === paragraph ? s : undefined;
}

const INTRO_PHRASE = /^(?:(?:During|After|Before|On|In|At|Later|Earlier|Speaking|Asked|Since|Following|Addressing|Last|This|Meanwhile|However|Still|Yet|Now|Then|Today|Yesterday|Separately|Elsewhere|Instead|Overall|Again)\b[^,;:“”"]{0,70}),\s+$/;

/** The person a sentence opens with, as its subject ("Calatan, who …, agrees somewhat."). */
function openingPerson(ctx: AttributionContext, s: SentenceUnit | undefined): Mention | undefined {
  if (!s) return undefined;
  const mentions = ctx.stream.inRange(s.paragraph, s.start, s.start + 80);
  const m = mentions[0];
  // "During questions on Wednesday, Sunak defended …", "However, Sunak said …": a phrase of
  // when or how, in commas, then the subject.
  if (m && INTRO_PHRASE.test(ctx.paragraphs[s.paragraph]!.text.slice(s.start, m.start))) return m.kind === 'person' && !m.possessive && !m.pronoun && !m.modifier ? m : undefined;
  // "The Vice President also recounted …": a person named by title opens with "The".
  // "Mr Howard, however, was dismissive.": an honorific or a title before the name.
  const before = m ? ctx.paragraphs[s.paragraph]!.text.slice(s.start, m.start) : '';
  // ("U.S. Senator John Cornyn, …, issued a statement": a country's short form before the title.)
  const titleWord = (w: string): boolean => ROLE_WORDS.has(w.toLowerCase()) || /^(?:U\.S\.|US|UK|U\.K\.|EU|UN)$/.test(w);
  // ("Meanwhile, United States President George W. Bush confirmed …": after an opening word, a
  // title in capitals that ends in a role.)
  const afterOpening = before.replace(/^(?:Meanwhile|However|Separately|Earlier|Later|Still|Also|Yet|Now|Then|Today|Yesterday),\s+/, '');
  const capitalTitle = afterOpening !== before && /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}$/u.test(afterOpening) && ROLE_WORDS.has(afterOpening.trim().split(/\s+/).pop()!.toLowerCase());
  // ("Opposition leader Tony Abbott criticised …": a capitalised word and a role in small letters.)
  const lowerTitle = /^(?:\p{Lu}\p{Ll}+\s+){1,2}\p{Ll}+\s+$/u.test(before) && endsInRole(before);
  // ("In a press conference, the state governor, Henry McMaster, said …": what the subject is, in
  // commas before the name.)
  const describedFirst = /^(?:(?:In|At|During|On|After)\b[^,;:“”"]{0,60},\s+)?(?:the|a|an)\s+[\p{Ll}'’ -]{2,40},\s+$/iu.test(before) && !!m && /^,/.test(ctx.paragraphs[s.paragraph]!.text.slice(m.end, m.end + 1));
  // ("18F Developer and Product Manager Shashank Khandelwal was heartened …": a title in
  // capitals, offices joined by "and", ending in a role.)
  // ("18F Front End Developer Christine Cheung agreed.": a role the lexicon knows ends it too.)
  const lastTitleWord = before.trim().split(/\s+/).pop()!.toLowerCase();
  const longTitle = /^(?:(?:[\p{Lu}\d][\p{L}\d.’'\/&-]*|and|&|of|for)\s+){2,7}$/u.test(before) && (ROLE_WORDS.has(lastTitleWord) || LEXICON_ROLES.has(lastTitleWord));
  // ("The Minister for Immigration and Border Protection Peter Dutton said …": an office "for" or
  // "of" a field in capitals, then its holder.)
  const office = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.’'-]*\s+){1,3})(?:of|for)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|and|&)\s+){1,6}$/u.exec(before);
  const officeOfField = !!office && ROLE_WORDS.has(office[1]!.trim().split(/\s+/).pop()!.toLowerCase());
  const opens = m && (m.start === s.start || /^the\s+$/i.test(before) || lowerTitle || describedFirst || capitalTitle || longTitle || officeOfField || (/^(?:\S+\s+){1,3}$/.test(before) && before.trim().split(/\s+/).every(titleWord) && before.trim().split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()))));
  // ("The Obama administration has seen …": a name before what is named after it is no subject.)
  const qualifies = !!m && PERSON_AS_QUALIFIER.test(ctx.paragraphs[s.paragraph]!.text.slice(m.end, m.end + 30));
  // ("African Export-Import Bank president Okey Oramah said …": a body opens the title of the
  // person who is the subject.)
  if (m && m.kind === 'organization' && !m.possessive && /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}$/u.test(before)) {
    const held = afterTitle(ctx.paragraphs[s.paragraph]!, ctx.stream, m.start);
    if (held && held.kind === 'person' && !held.possessive && !held.pronoun && !held.modifier) return held;
  }
  return m && opens && !qualifies && m.kind === 'person' && !m.possessive && !m.pronoun && !m.modifier ? m : undefined;
}

const PERSON_AS_QUALIFIER = /^\s+(?:administration|government|campaign|camp|family|team|era|years|presidency|cabinet|foundation|doctrine|plan|policy|policies|regime|White\s+House)\b/;

/**
 * "She called the find “particularly exciting”, saying …": a he or she opening the sentence,
 * when the mention stream could tell safely whom it means (it leaves the others out).
 */
function openingPronoun(ctx: AttributionContext, s: SentenceUnit | undefined): Mention | undefined {
  if (!s) return undefined;
  const text = ctx.paragraphs[s.paragraph]!.text;
  // ("And he has called on colleagues to “…”", "Citing a maxim, he called it “…”": after a
  // conjunction or an opening phrase of no quote, the he or she is still the subject.)
  const m = ctx.stream.inRange(s.paragraph, s.start, Math.min(s.end, s.start + 90)).find((k) => k.pronoun);
  return m && OPENS_BEFORE_PRONOUN.test(text.slice(s.start, m.start)) && m.kind === 'person' && /^(?:he|she)$/i.test(text.slice(m.start, m.end)) ? m : undefined;
}
/**
 * "Halliburton issued a statement stating it had found “…”", "WHO describes the symptoms as
 * being “…”": a body that opens the sentence and speaks — a verb of speech, or a statement it
 * issued — with no one else named before the words it is quoted in.
 */
function openingBodySpeaks(ctx: AttributionContext, s: SentenceUnit, quoteStart: number): Mention | undefined {
  const text = ctx.paragraphs[s.paragraph]!.text;
  const mentions = ctx.stream.inRange(s.paragraph, s.start, quoteStart);
  const m = mentions[0];
  if (!m || m.kind !== 'organization' || m.possessive || m.pronoun || m.modifier) return undefined;
  if (!/^(?:the\s+)?$/i.test(text.slice(s.start, m.start))) return undefined;
  if (mentions.some((k) => k !== m && !k.pronoun && k.name !== m.name)) return undefined;
  const between = text.slice(m.end, quoteStart);
  if (/[“”"]/.test(between) || /,\s+(?:who|which|where|whose)\b/.test(between)) return undefined;
  const statement = /^\s+(?:\p{Ll}+ly\s+|also\s+)?(?:issued|released|put out|published)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:statement|release|report|notice|advisory)\b[^.;]*?\b(?:saying|stating|that|which said|which stated)\b/u.exec(between);
  const verb = /^\s+(?:\p{Ll}+ly\s+|also\s+)?(\p{Ll}+)\b/u.exec(between);
  const speaks = !!verb && SPEECH_VERB.test(verb[1]!) && !/^(?:asked|asks|told|tells|described|describes)$/.test(verb[1]!);
  // (Not "Reuters reported that the minister called it “…”": a second verb of speech or naming
  // after the body's own may be someone else's.)
  const rest = between.slice((statement ?? verb)?.[0].length ?? 0).split(/[\s,]+/);
  if (rest.some((w) => SPEECH_VERB.test(w) || /^(?:called|calling|calls|dubbed|termed|named)$/.test(w))) return undefined;
  return statement || speaks ? m : undefined;
}

const OPENS_BEFORE_PRONOUN = /^(?:(?:And|But|Yet|So|Then|Still|Now)\s+|[^“”"‘’,;]{3,80},\s+)?$/u;

const IT_TAG = /^[\s,”"]*it\s+(?:also\s+|then\s+)?(?:said|says|added|adds|stated|states|wrote|writes|continued|noted|warned)\b/;

/**
 * Who said the quote, or null when unsure. Order: a tag after the quote, a tag before it
 * in its sentence (or a colon-ended sentence before), the sentence's opening subject for a
 * partial quote, the previous quote's speaker for a continuation, the previous sentence's
 * subject for an untagged quote that follows it.
 */
// "his documentary “Angkor Awakens”", "an exercise dubbed “Golden Dragon”", "a fundraiser called,
// “And the Winner is…”": the quote is a title — what a thing is called, no one's words.
const WORK_BEFORE = /\b(?:titled|entitled|headlined|called|named|dubbed|known as|authored|co-authored|novel|book|memoir|song|album|film|movie|documentary|play|poem|musical|opera|podcast|essay|post|blog post|article|paper|column|op-ed|editorial|exercise|operation|campaign|fundraiser|(?:author|writer) of)\s*,?\s*$/i;
// ("the “Jackson Magnolia”", "his best ram “The Old Duke”": a quote in title case after an
// article and up to two common words — none of them a speech verb.)
const ARTICLE_BEFORE = /\b(?:the|a|an|its|his|her|their|our)\s+((?:\p{Ll}+\s+){0,2})$/iu;
const SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERBS})$`);

function namesAWork(q: QuoteSpan, text: string): boolean {
  if (!/^[\p{Lu}\d]/u.test(q.text)) return false;
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  if (WORK_BEFORE.test(before)) return true;
  const words = q.text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const titleCase = words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length && !/[.!?;]/.test(q.text.slice(0, -1));
  const article = ARTICLE_BEFORE.exec(before);
  return titleCase && !!article && !article[1]!.split(/\s+/).some((w) => SPEECH_VERB.test(w));
}

export function attributeQuote(q: QuoteSpan, ctx: AttributionContext): { speaker: Speaker | null; sentence: number; endSentence: number; title: boolean } {
  const endSentence = sentenceOf(ctx, q.paragraph, q.end - 2)?.index ?? -1;
  const title = namesAWork(q, ctx.paragraphs[q.paragraph]!.text);
  const found = title ? { speaker: null, sentence: sentenceOf(ctx, q.paragraph, q.start)?.index ?? -1 } : attributeAt(q, ctx);
  // A name we could not read as a person or a body ("Organizational Development Ann-Marie Regan
  // of the …", one run of words) is no one to ask for.
  let speaker = found.speaker && (found.speaker.kind === 'person' || found.speaker.kind === 'organization') ? found.speaker : null;
  // ("To Kevin Dorran, Tom Hale was a hero. “Tom was the center of everything,” he said.": a "he"
  // or "she" read as someone the quote itself names — nobody calls themselves "Tom" — is someone
  // else.)
  const text = ctx.paragraphs[q.paragraph]!.text;
  const byPronoun = PRONOUN_TAG_AFTER.test(text.slice(q.end, q.end + 30)) || PRONOUN_TAG_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start));
  if (speaker && speaker.kind === 'person' && byPronoun && namesInQuote(q.text, speaker.name)) speaker = null;
  return { speaker, sentence: found.sentence, endSentence, title };
}

const PRONOUN_TAG_AFTER = /^[\s,.!?—–-]*(?:he|she)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u;
const PRONOUN_TAG_BEFORE = /(?:^|[\s.,;])(?:[Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|adds|told\s+\p{Ll}+|explained|recalled|continued|noted)\s*[,:]?\s*$/u;

/**
 * One of the person's names of three letters or more stands in the quote as a word of its own,
 * or with the rest of their name ("a guy named Chris Richards" is someone else's "Chris").
 */
function namesInQuote(quote: string, person: string): boolean {
  const names = person.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w) && !/^(?:Jr|Sr|Mr|Mrs|Ms|Dr)\.?$/.test(w));
  for (const w of names) {
    const at = new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of quote.matchAll(at)) {
      const before = /(\p{Lu}[\p{L}.’'-]*)\s+$/u.exec(quote.slice(Math.max(0, m.index - 30), m.index))?.[1];
      const after = /^\s+(\p{Lu}[\p{L}.’'-]*)/u.exec(quote.slice(m.index + w.length, m.index + w.length + 30))?.[1];
      // (A capital word beside it that is not the person's own makes it another name.)
      const foreign = (x: string | undefined): boolean => !!x && !person.split(/\s+/).includes(x) && !/^(?:I|The|A|An|And|But|So|Then|When|If|We|He|She|They|It)$/.test(x);
      if (!foreign(before) && !foreign(after)) return true;
    }
  }
  return false;
}

const QUESTIONS_LIKE = /\bquestions?\s+(?:like|such\s+as)\s*[:,]?\s*$/i;

function attributeAt(q: QuoteSpan, ctx: AttributionContext): { speaker: Speaker | null; sentence: number } {
  const p = ctx.paragraphs[q.paragraph]!;
  const s = sentenceOf(ctx, q.paragraph, q.start);
  const sentence = s?.index ?? -1;
  const after = tagAfter(q, p, ctx.stream);
  // `"…", said KCNA. "…", it added`: "it" is the body quoted just before, when no other body
  // is named between.
  const prev = ctx.previous;
  if (after && !after.speaker && prev?.speaker?.kind === 'organization' && prev.quote.paragraph === q.paragraph && IT_TAG.test(p.text.slice(q.end, q.end + 40))) {
    if (!ctx.stream.inRange(q.paragraph, prev.quote.end, q.start).some((m) => m.kind === 'organization' && m.name !== prev.speaker!.name)) return { speaker: prev.speaker, sentence };
  }
  if (after) return { speaker: after.speaker, sentence };
  // ("he attempts to address key questions like “Why do earthquakes occur where they do …?”": a
  // question given as an example of the kind someone works on, said by no one.)
  if (QUESTIONS_LIKE.test(p.text.slice(Math.max(0, q.start - 40), q.start))) return { speaker: null, sentence };
  // ("Tyson Foods pleaded guilty to a “willful violation of an OSHA standard …”": words after a
  // preposition and an article name a charge or a thing — nobody's speech.)
  // ("The tariffs, Wyden said, amount to a “…”": unless a tag in commas inside the sentence says whose.)
  const asideTag = s ? ASIDE_TAG.exec(p.text.slice(s.start, q.start)) : null;
  if (asideTag) {
    const at = s!.start + asideTag.index + asideTag[0].indexOf(asideTag[1]!);
    const teller = ctx.stream.inRange(q.paragraph, at, at + asideTag[1]!.length).find((m) => m.start === at && m.end === at + asideTag[1]!.length);
    const others = ctx.stream.inRange(q.paragraph, s!.start, q.start).filter((m) => m.kind === 'person' && m !== teller && m.name !== teller?.name);
    if (teller && !teller.pronoun && !teller.possessive && others.length === 0) return { speaker: asSpeaker(teller), sentence };
  }
  if (/\s(?:to|of|for|with|under|in|into|on)\s+(?:a|an|the)\s*$/i.test(p.text.slice(Math.max(0, q.start - 16), q.start))) return { speaker: null, sentence };
  const prevInSentence = ctx.previous && ctx.previous.quote.paragraph === q.paragraph && s && ctx.previous.quote.end > s.start ? ctx.previous.quote.end : null;
  // (`Ebrard said, “…”, adding, “…”`, `… “…,” further saying, “…”`: the one quoted just before,
  // in the same sentence, goes on.)
  if (prevInSentence !== null && ctx.previous?.speaker && GOES_ON.test(p.text.slice(prevInSentence, q.start))) return { speaker: ctx.previous.speaker, sentence };
  // ("… her memoir, described by the Washington Post as partly “a love story …”": the words of
  // the one it was described by, named right there — or of no one we can name.)
  const describedBy = s ? DESCRIBED_BY.exec(p.text.slice(s.start, q.start)) : null;
  if (describedBy && s) {
    const at = s.start + describedBy.index + describedBy[0].indexOf(describedBy[1]!);
    const agent = ctx.stream.inRange(q.paragraph, at, at + describedBy[1]!.length + 1).find((m) => !m.pronoun && (m.kind === 'person' || m.kind === 'organization'));
    return { speaker: agent && !agent.possessive && agent.end >= at + describedBy[1]!.length - 1 ? asSpeaker(agent) : null, sentence };
  }
  // ("… has seen what The New York Times calls an “unprecedented crackdown”": the words are the
  // label of the one who calls it so — or of no one we can name.)
  const calls = s ? WHAT_X_CALLS.exec(p.text.slice(s.start, q.start)) : null;
  if (calls && s) {
    const verbAt = s.start + calls.index + calls[0].search(/\s(?:calls|called|describes|described|terms|termed|dubs|dubbed|labels|labelled|labeled)\s/u);
    const caller = ctx.stream.inRange(q.paragraph, s.start + calls.index, verbAt + 1).filter((m) => (m.kind === 'person' || m.kind === 'organization') && !m.pronoun && !m.possessive).pop();
    return { speaker: caller && /^\s*$/.test(p.text.slice(caller.end, verbAt)) ? asSpeaker(caller) : null, sentence };
  }
  const from = prevInSentence ?? s?.start ?? 0;
  const before = tagBefore(from, q.start, p, ctx.stream);
  if (before) return { speaker: before.speaker, sentence };
  // ("In the words of Coach Tolbert, Mike “reached as far as he could reach”": the one whose
  // words they are, named in the opening phrase.)
  const inWords = s ? /^In\s+the\s+words\s+of\s+/i.exec(p.text.slice(s.start, q.start)) : null;
  if (inWords) {
    const owner = ctx.stream.inRange(q.paragraph, s!.start + inWords[0].length, q.start).find((m) => m.kind === 'person' && !m.pronoun);
    if (owner && !owner.possessive && /^\s*,/.test(p.text.slice(owner.end, owner.end + 2)) && /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(p.text.slice(s!.start + inWords[0].length, owner.start))) return { speaker: asSpeaker(owner), sentence };
  }
  const startsSentence = !s || q.start <= s.start + 1 || prevInSentence !== null;
  if (!startsSentence) {
    const subject = openingPerson(ctx, s) ?? openingPronoun(ctx, s);
    // (Someone named after a preposition — "the rebate, secured by Margaret Thatcher, was “fully
    // justified”" — is no other subject; the sentence's own still speaks.)
    const others = s ? ctx.stream.inRange(q.paragraph, s.start, q.start).filter((m) => m.kind === 'person' && m.name !== subject?.name && !(m.object && !m.possessive)) : [];
    // ("Capra was the butt of a gaffe when the host … declared “come on up, Frank”": a clause
    // with someone unnamed as its subject comes between — the words may be that one's.)
    // ("Thunberg received the award, with which Time credits someone as having done “…”": a
    // clause of "which" with a subject of its own — a body's, a thing's — comes between too.)
    const unnamedBetween = !!subject && (CLAUSE_WITH_UNNAMED_SUBJECT.test(p.text.slice(subject.end, q.start)) || /,\s+(?:(?:with|in|by|for|to|under|through)\s+)?which\s+(?:\p{Lu}\p{L}*|the|a|an|its|their)\s/u.test(p.text.slice(subject.end, q.start)));
    // ("He was then taken to a prison where he was “subjected to repeated torture.”": words right
    // after "was", and no verb of speech before them, say what the subject was — quoted from
    // someone else.)
    const describes = !!s && /\b(?:was|were|is|are|been|being)\s+$/.test(p.text.slice(Math.max(s.start, q.start - 12), q.start)) && !VERB_ANYWHERE_ONE.test(p.text.slice(s.start, q.start));
    // ("Farhad Aliyev “was generally regarded as a fair and good businessman …”": the quote goes
    // on from its subject's name with the sentence's verb — words about them, someone else's.)
    const predicateQuoted = !!subject && !subject.pronoun && /^\s*$/.test(p.text.slice(subject.end, q.start)) && /^(?:was|were|is|are|has|had|have|had been|has been)\s/.test(q.text.trim());
    // ("He was known for mediating in disputes as a “friend to all”": what the subject was known,
    // seen or remembered as — others' words for them.)
    const reputed = !!s && /\b(?:was|were|is|are|been|being|be)\s+(?:(?:widely|often|also|best|long|generally|commonly|affectionately|fondly)\s+)?(?:known|regarded|seen|remembered|described|hailed|billed|touted|branded|nicknamed|viewed|considered|lauded)\b[^“”".;:!?]*\bas\s+(?:(?:a|an|the)\s+)?$/.test(p.text.slice(s.start, q.start));
    // ("pointed to a sign that read “…”", "the report, which said “…”": a thing's words.)
    // ("… until a year later, when the reply “…” was received": words named by what they are, with
    // no owner — someone unnamed's.)
    const thingSays = /\p{Ll},?\s+(?:that|which)\s+(?:also\s+)?\p{Ll}+\s*[:,]?\s*$/u.test(p.text.slice(Math.max(0, q.start - 40), q.start)) || /(?:^|\s)(?:the|a|an)\s+(?:\p{Ll}+\s+)?(?:reply|response|answer|retort|message|comment|note|sign|caption|headline|slogan|motto)\s*[:,]?\s*$/u.test(p.text.slice(Math.max(0, q.start - 40), q.start));
    if (!subject && others.length === 0 && !describes && !thingSays && s) {
      const body = openingBodySpeaks(ctx, s, q.start);
      if (body) return { speaker: asSpeaker(body), sentence };
    }
    return { speaker: subject && others.length === 0 && !unnamedBetween && !describes && !thingSays && !predicateQuoted && !reputed ? asSpeaker(subject) : null, sentence };
  }
  // `X conceded there were “grey areas” but said “…”`: a quote after one we could not give
  // anyone, in the same sentence, is this sentence's subject's or no one's — never the
  // previous sentence's.
  if (prevInSentence !== null && !ctx.previous?.speaker) {
    const subject = openingPerson(ctx, s) ?? openingPronoun(ctx, s);
    const others = s ? ctx.stream.inRange(q.paragraph, s.start, q.start).filter((m) => m.kind === 'person' && m.name !== subject?.name) : [];
    return { speaker: subject && others.length === 0 ? asSpeaker(subject) : null, sentence };
  }
  const previousSentence = s ? ctx.sentences[s.index - 1] : undefined;
  // A label line over the quote, read as its heading ("Riverside Gas President and CEO Maria
  // Lopez", "America First Policy Institute"): the one it names speaks — never the voice of the
  // quote before the label.
  if (s && s.section !== null && s.section !== previousSentence?.section && q.start <= s.start + 1) return { speaker: labelSpeaker(s.section), sentence };
  // (A label too long to be a heading — "U.S. Senator Shelley Moore Capito (R-W.Va.), Chairman of
  // the Senate … Committee" — a paragraph of its own with no end stop and no quote, right over a
  // quote that opens its paragraph: the one it names, if it names one by office or a body.)
  const labelParagraph = previousSentence && previousSentence.paragraph === q.paragraph - 1 && q.start <= 1 ? ctx.paragraphs[previousSentence.paragraph]!.text.trim() : null;
  if (labelParagraph && !/[.!?:;,…"”“]$/.test(labelParagraph) && !/[“”"]/.test(labelParagraph) && labelParagraph.length <= 200) {
    const label = labelSpeaker(labelParagraph);
    if (label) return { speaker: label, sentence };
  }
  // ("The following is a statement from NASA Administrator Ana Ruiz on the passing of Tom
  // Hale, …: ¶ “…”": the one the statement is from, named right after "from", titles aside.)
  const statementFrom = previousSentence && previousSentence.text.endsWith(':') ? STATEMENT_FROM.exec(previousSentence.text) : null;
  if (statementFrom) {
    const at = previousSentence!.start + statementFrom[0].length;
    const author = ctx.stream.inRange(previousSentence!.paragraph, at, previousSentence!.end).find((m) => !m.pronoun && !m.possessive && (m.kind === 'person' || m.kind === 'organization'));
    const between = author ? ctx.paragraphs[previousSentence!.paragraph]!.text.slice(at, author.start) : '';
    if (author && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(between)) return { speaker: asSpeaker(author), sentence };
  }
  if (previousSentence && previousSentence.text.endsWith(':')) {
    const colon = tagBefore(previousSentence.start, previousSentence.end, ctx.paragraphs[previousSentence.paragraph]!, ctx.stream);
    if (colon) return { speaker: colon.speaker, sentence };
  }
  // (`…serve.” said Vice President Harris. “Far too often …`: the tag between, a sentence of its
  // own after a quote closed with a full stop, still goes with the quote before.)
  const tagBetween = !!previousSentence && previousSentence.paragraph === q.paragraph && BARE_TAG.test(previousSentence.text);
  // ("“…,” said Ana Ruiz. ¶ Tom Hale agreed. “…”": a tag of its own naming someone else is theirs —
  // the one who opens it, or no one we can tell.)
  const otherInTag = tagBetween && ctx.previous?.speaker ? ctx.stream.inRange(previousSentence!.paragraph, previousSentence!.start, previousSentence!.end).find((m) => m.kind === 'person' && m.name !== ctx.previous?.speaker?.name) : undefined;
  if (otherInTag) {
    const own = closingTag(ctx, previousSentence, q) ?? openingPerson(ctx, previousSentence);
    return { speaker: own && own.name === otherInTag.name ? asSpeaker(own) : null, sentence };
  }
  // (Not over a paragraph break after a few quoted words: "… described X as a “21st Century
  // Fagin”." then a new paragraph's “Given the outrage …” is someone else's question.)
  // (A tag after those words — “…”, Mr Saakashvili stressed. — still carries over.)
  const prevQuote = ctx.previous?.quote;
  const phraseBefore = !!prevQuote && prevQuote.paragraph !== q.paragraph && prevQuote.text.trim().split(/\s+/).length < 4 && /^[\s”"’.!?]*$/.test(ctx.paragraphs[prevQuote.paragraph]!.text.slice(prevQuote.end));
  // (`“…,” said Sam Ortega. But that’s not all that matters. “You need …”`: one sentence of the
  // paragraph's own between, naming no one else, and the speaker goes on.)
  const prevSpeaker = ctx.previous?.speaker;
  const prevSentence = ctx.previous ? ctx.sentences[ctx.previous.sentence] : undefined;
  const quietBetween = !!prevSentence && !!prevSpeaker && prevSentence.paragraph === q.paragraph && prevQuote?.paragraph === q.paragraph && !ctx.stream.inRange(q.paragraph, prevSentence.end, q.start).some((m) => (m.kind === 'person' || m.kind === 'organization') && m.name !== prevSpeaker.name);
  // ("“…,” saidMandy Cohen, …": a quote that ends in a comma and goes on into words of the
  // writer's has a tag after it that we could not read — no one we can name, not the last voice
  // nor someone the sentence before introduced.)
  const tagFollows = /,$/.test(q.text.trim()) && /^[\s”"’']*\p{L}/u.test(ctx.paragraphs[q.paragraph]!.text.slice(q.end, q.end + 6));
  if (tagFollows) return { speaker: null, sentence };
  if (ctx.previous && prevSpeaker && !phraseBefore && (ctx.previous.sentence >= sentence - 1 || ((tagBetween || quietBetween) && ctx.previous.sentence >= sentence - 2))) return { speaker: prevSpeaker, sentence };
  const closing = closingTag(ctx, previousSentence, q);
  const untagged = closing ? undefined : (openingPerson(ctx, previousSentence) ?? reportingSubject(ctx, previousSentence) ?? introducedPerson(ctx, previousSentence, q));
  // "John Boy enjoyed time with his family. “When he could come home, he'd say, …”": an untagged
  // quote that talks of the sentence's subject as "he" (or "she") is someone else's about them.
  if (untagged && talksAbout(q.text, ctx.stream.genderOf(untagged))) return { speaker: null, sentence };
  // ("… Silnikau … are charged with cybercrime. ¶ “These conspirators are alleged to have …”": an
  // untagged quote that speaks of the accused, or names the subject, is someone else's about them.)
  if (untagged && untagged.kind === 'person' && (ABOUT_THE_ACCUSED.test(/^[^.!?]*/.exec(q.text)![0]) || containsWholeWord(q.text, untagged.name.split(/\s+/).pop()!))) return { speaker: null, sentence };
  if (!closing && !untagged && prevSpeaker?.kind === 'person' && prevQuote && q.start <= 1 && quietSince(ctx, prevQuote, q, prevSpeaker.name) && !talksAbout(q.text, ctx.stream.genderOf({ name: prevSpeaker.name, kind: 'person' } as Mention))) return { speaker: prevSpeaker, sentence };
  return { speaker: asSpeaker(closing ?? untagged), sentence };
}

/**
 * "“…,” Mr. Wilson said. ¶ Two decades in, the NESC is invited to the table. ¶ “When we started
 * …”": a quote that opens its paragraph with no tag, a paragraph or two after the last
 * speaker's quote, with no one else named and no one else speaking in between — the same voice.
 */
function quietSince(ctx: AttributionContext, prev: QuoteSpan, q: QuoteSpan, speaker: string): boolean {
  if (q.paragraph - prev.paragraph < 1 || q.paragraph - prev.paragraph > 2) return false;
  for (let k = prev.paragraph; k <= q.paragraph; k += 1) {
    const from = k === prev.paragraph ? prev.end : 0;
    const to = k === q.paragraph ? q.start : ctx.paragraphs[k]!.text.length;
    if (ctx.stream.inRange(k, from, to).some((m) => m.kind === 'person' && m.name !== speaker)) return false;
    const text = ctx.paragraphs[k]!.text.slice(from, to);
    // (Someone unnamed speaking between — "officials said", "a spokeswoman added" — or words
    // quoted from anyone else: the voice may have changed.)
    if (/[“”"]/.test(text) || /\b(?:they|officials?|spokes(?:man|woman|person)|residents?|experts?|critics?|others?|someone|people)\s+(?:\p{Ll}+\s+)?(?:said|says|told|added|wrote|noted)\b/u.test(text)) return false;
  }
  return true;
}

/** The quote's first words speak of a "he" (or "she") of the given sex, before any "I" or "we". */
function talksAbout(text: string, gender: 'he' | 'she' | null): boolean {
  if (!gender) return false;
  const first = /^[^.!?]*/.exec(text)![0];
  const third = gender === 'he' ? /\b(?:he|him|his)\b/i.exec(first) : /\b(?:she|her)\b/i.exec(first);
  const self = /\b(?:I|me|my|we|us|our)\b/.exec(first);
  return !!third && (!self || third.index < self.index);
}

/**
 * Who a statement's label line names: the person after the last word of their office
 * ("Vermont Gas President and CEO Neale F. Lunderville", "U.S. Senator Kevin Cramer (R-ND)",
 * "Chairman Mary Neumayr, Council on …"), or a body named whole ("America First Policy
 * Institute"). Anything else (a topic, "Reactions") names no one.
 */
function labelSpeaker(label: string): Speaker | null {
  const head = label.replace(/\s*\([^()]*\)/g, '').split(',')[0]!.trim();
  const words = head.split(/\s+/);
  if (words.length > 12) return null;
  let role = -1;
  words.forEach((w, i) => ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) && (role = i));
  const name = words.slice(role + 1);
  const nameLike = name.length >= 2 && name.length <= 4 && name.every((w) => /^\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)$/u.test(w)) && !isCommonWord(name[name.length - 1]!) && !isKnownPlace(name.join(' '));
  if (nameLike && (role >= 0 || isFirstName(name[0]!))) return { name: name.join(' '), kind: 'person' };
  // ("American Wildlife Conservation Partners", "Water and Sewer Distributors of America": a
  // body of members named by what they do, in the plural, its last word or the word before "of".)
  const of = words.indexOf('of');
  const bodyHead = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  const members = /^\p{Lu}\p{Ll}{3,}(?:ers|ors)$/u.test(bodyHead) && words.every((w) => /^(?:\p{Lu}|of$|and$|the$|for$|&$)/u.test(w));
  if (role < 0 && words.length >= 2 && (isKnownOrganization(head) || ORG_WORDS.has(words[words.length - 1]!.toLowerCase()) || members)) return { name: head, kind: 'organization' };
  return null;
}

/**
 * "Sometimes heroics were needed to save the day, Hobbs said. “During the …”": a sentence that
 * ends in its speech tag, and an untagged quote opening the same paragraph's next sentence —
 * the words go on in the same voice. Only a tag of one named person, the last words of the sentence.
 */
function closingTag(ctx: AttributionContext, s: SentenceUnit | undefined, q: QuoteSpan): Mention | undefined {
  if (!s || s.paragraph !== q.paragraph) return undefined;
  const p = ctx.paragraphs[s.paragraph]!;
  const tail = p.text.slice(Math.max(s.start, s.end - 240), s.end);
  // ("Leschziner hired a programmer … so users need push only a few buttons, he says. “I'd be
  // very pleased …”": a "he" or "she" closing the tag, and one person named in the paragraph
  // before it, of that sex or of none we know — that one.)
  const pronoun = PRONOUN_CLOSING.exec(tail);
  if (pronoun && !/[“”"]/.test(p.text.slice(s.start, s.end))) {
    const named = ctx.stream.inRange(s.paragraph, 0, s.end).filter((m) => m.kind === 'person' && !m.pronoun);
    const one = named.length > 0 && named.every((m) => m.name === named[0]!.name) ? named[named.length - 1]! : undefined;
    const gender = one ? ctx.stream.genderOf(one) : null;
    return one && (gender === null || gender === pronoun[1]!.toLowerCase()) ? one : undefined;
  }
  const people = ctx.stream.inRange(s.paragraph, s.end - tail.length, s.end).filter((m) => m.kind === 'person' && !m.pronoun && !m.possessive);
  const last = people[people.length - 1];
  if (!last) return undefined;
  const before = p.text.slice(s.start, last.start);
  const after = p.text.slice(last.end, s.end);
  // ", Hobbs said." or ", said Hobbs."
  // (", Levy from EPA commented.", ", Ellen Langhans, Program Manager, Office of Disease
  // Prevention, said.": where the speaker is from, or their title in commas, may stand between.)
  const nameThenVerb = /,\s*$/.test(before) && (VERB_CLOSING.test(after) || VERB_CLOSING_AFTER_TITLE.test(after));
  // (", said NCI researcher Rahul Roychoudhuri, M.D.": a title of capitals and role words between
  // the verb and the name, a degree after it.)
  const titled = VERB_BEFORE_TITLE.exec(before);
  const titleOnly = !!titled && titled[1]!.trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || ROLE_WORDS.has(w.toLowerCase()));
  const [lead, ...degrees] = after.split(',');
  const verbThenName = (VERB_BEFORE_NAME.test(before) || titleOnly) && /^\s*\.?$/.test(lead!) && degrees.every((d) => DEGREE.test(d.trim()) || /^(?:Jr|Sr)\.?$/.test(d.trim())) && /\.$/.test(after);
  return (nameThenVerb || verbThenName) && !/[“”"]/.test(p.text.slice(s.start, s.end)) ? last : undefined;
}

// ", said Stone. " / ", Stone said. " right before a quote: a tag closing the sentence before it.
const TAG_BEFORE_QUOTE = new RegExp(`,\\s*(?:(?:said|says|added|adds|noted|explained)\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,4}\\p{Lu}[\\p{L}’'-]+|(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]+\\s+(?:said|says|added|adds|noted|explained))\\.\\s*$`, 'u');
const PRONOUN_CLOSING = new RegExp(`,\\s*(he|she|He|She)\\s+(?:${SPEECH_VERBS})\\s*\\.\\s*$`);

/** "He told VOA he has seen good results." before an untagged quote: the one who was just reporting. */
/**
 * "The rescue was led by Anna Berg, a local guide. “We found them at dawn.”": the one person a
 * sentence names and describes, then an untagged quote in the same paragraph — the writer
 * introduced them to let them speak. Only one person named there, with the description after.
 */
function introducedPerson(ctx: AttributionContext, s: SentenceUnit | undefined, q: QuoteSpan): Mention | undefined {
  if (!s || s.paragraph !== q.paragraph) return undefined;
  const p = ctx.paragraphs[s.paragraph]!;
  if (/[“”"]/.test(p.text.slice(s.start, s.end))) return undefined;
  const people = ctx.stream.inRange(s.paragraph, s.start, s.end).filter((m) => m.kind === 'person');
  const m = people[0];
  if (!m || m.pronoun || m.possessive || people.some((o) => o.name !== m.name)) return undefined;
  return /^,\s+(?:(?:a|an|the)\s+)?[^,.;:“”"()]{3,80}(?:,\s+\p{Ll}[^.;:“”"]{0,60})?\.?$/u.test(p.text.slice(m.end, s.end).trim()) ? m : undefined;
}

function reportingSubject(ctx: AttributionContext, s: SentenceUnit | undefined): Mention | undefined {
  if (!s) return undefined;
  const m = ctx.stream.inRange(s.paragraph, s.start, s.start + 40)[0];
  if (!m || m.start !== s.start || m.kind !== 'person' || !m.pronoun) return undefined;
  return VERB_AFTER.test(ctx.paragraphs[s.paragraph]!.text.slice(m.end, m.end + 30)) ? m : undefined;
}

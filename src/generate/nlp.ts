import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { TITLE_ABBREVIATION } from './gazetteer.js';
import { isFirstName } from './name-lexicon.js';

/** One wink token with its place in the analysed text. */
export interface Token {
  value: string;
  start: number;
  end: number;
  pos: string;
}

export interface TokenSpan {
  /** First token index. */
  first: number;
  /** Last token index (inclusive), as wink reports spans. */
  last: number;
}

export interface EntitySpan extends TokenSpan {
  type: string;
}

/** What the generator needs from one wink parse of one paragraph. */
export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: TokenSpan[];
  entities: EntitySpan[];
}

// The model takes ~0.2 s to load: load it once, and only when first needed.
let instance: WinkMethods | null = null;
// wink numbers the words of its vocabulary first; an unknown word gets the next free id.
let vocabularySize = 0;
export function getNlp(): WinkMethods {
  if (!instance) {
    // Sentences, parts of speech and entities are all the generator reads: without the
    // default pipe's negation, sentiment and custom-entity passes each paragraph parses
    // faster, to the same tokens (cards identical on every corpus text).
    instance = winkNLP(model, ['sbd', 'pos', 'ner']);
    vocabularySize = (instance.readDoc('qzxvkwjq').tokens().out(instance.its.uniqueId) as number[])[0]!;
  }
  return instance;
}

const vocabularyAnswers = new Map<string, boolean>();

/**
 * Whether the lower-case form of a word is in wink's English vocabulary: "summit",
 * "administration", "county" are; "deschutes", "villalobos", "rosenblum" are not.
 */
export function isVocabularyWord(word: string): boolean {
  const key = word.toLowerCase();
  let known = vocabularyAnswers.get(key);
  if (known === undefined) {
    const nlp = getNlp();
    const ids = nlp.readDoc(key).tokens().out(nlp.its.uniqueId) as number[];
    known = ids.length === 1 && ids[0]! < vocabularySize;
    // Bounded, so a 5 MB input of unique words cannot grow it without end.
    if (vocabularyAnswers.size < 50_000) vocabularyAnswers.set(key, known);
  }
  return known;
}

// How far past the previous token a token's text is looked for. wink keeps the text of its
// tokens, so only whitespace lies between them and each is found at once; the window keeps
// a token that is somehow not in the text from sending the search to the end.
const ALIGN_WINDOW = 64;

// A figure's scale written on it, then the sentence's stop: "$12M.", "$3.5B.", "$450K.".
// (Only after a currency's sign: "Section 2339B." is a code, its stop the sentence's as it is.)
const SCALE_THEN_STOP = /([$€£¥]\s?\d[\d,.]*(?:M|B|K|bn|mn))\.(?=\s+[\p{Lu}“"‘']|\s*$)/gu;
// A decade written the older way, then the sentence's stop: "during the late 1980’s.". wink
// reads "s." as an abbreviation and runs the sentences together.
const DECADE_THEN_STOP = /(\d0['’]s)\.(?=\s+[\p{Lu}“"‘']|\s*$)/gu;
// A few letters written onto a figure with a point or a comma in it: "M8.5", "KSh17.3 million",
// "KSh700,000". wink cuts the figure at its point (a sentence's end) or its comma; it reads
// them whole with a space before the figure.
const LETTERS_ON_FIGURE = /(?<![\p{L}\p{N}.])(\p{L}{1,4})(?=\d{1,3}(?:[.,]\d)|\d{4,}\.\d)/gu;

// A short surname that wink takes for an abbreviation, then the sentence's stop: "said CMS
// Administrator Dr. Mehmet Oz." wink reads "Oz." as the ounce's and keeps the stop in the name.
// After a given name, a word of two to four letters is the surname and the stop the sentence's —
// unless the word is one that closes a name ("Jr.", "Inc.") or opens one ("Gen.", "Rev.").
const SURNAME_THEN_STOP = /(?<=(?<![\p{L}.])(\p{Lu}\p{Ll}+)\s)(\p{Lu}\p{Ll}{1,3})\.(?=\s+[\p{Lu}“"‘']|\s*$)/gu;
const NAME_ABBREVIATION = /^(?:Jr|Sr|Esq|Inc|Co|Corp|Ltd|Bros|Mr|Mrs|Ms|Mx|Rev|Hon|Fr|Msgr|Messrs|Mme|Mlle|St|Ste|Mt|Ft)$/;
const surnameThenStop = (whole: string, given: string, surname: string): string =>
  isFirstName(given) && !NAME_ABBREVIATION.test(surname) && !TITLE_ABBREVIATION.test(surname) ? `${surname} .` : whole;

// Letters with no decomposition to a Latin-1 base.
const BASE_LETTER: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŀ: 'l', Ŀ: 'L', ŋ: 'n', Ŋ: 'N', ĸ: 'k', ſ: 's' };

/** `text` with every letter beyond Latin-1 (U+0100–U+024F, U+1E00–U+1EFF) as its base letter, one for one. */
function toLatin1Letters(text: string): string {
  if (!/[\u0100-\u024F\u1E00-\u1EFF]/.test(text)) return text;
  return text.replace(/[\u0100-\u024F\u1E00-\u1EFF]/g, (ch) => {
    const base = BASE_LETTER[ch] ?? ch.normalize('NFD')[0]!;
    return base.length === 1 && base.charCodeAt(0) <= 0xff ? base : ch;
  });
}

/** Parse `text` with wink and give every token its character offsets in `text`. */
export function analyse(text: string): Analysis {
  const nlp = getNlp();
  const its = nlp.its;
  // ("It paid $12M. It also owes …": wink reads "M." as an initial and runs the sentences together,
  // and "s." after "the late 1980’" as well, and "Oz." after "Mehmet". It is given a space before
  // that stop; the tokens are still found in `text`, only whitespace lying between them.)
  // ("Călin Popescu-Tăriceanu", "Erdoğan", "Łukasz": wink cuts a word at a letter beyond Latin-1.
  // It reads each such letter as its base letter — one for one, so offsets stay — and the tokens
  // keep the text's own letters.)
  const plain = toLatin1Letters(text);
  const doc = nlp.readDoc(plain.replace(SCALE_THEN_STOP, '$1 .').replace(DECADE_THEN_STOP, '$1 .').replace(LETTERS_ON_FIGURE, '$1 ').replace(SURNAME_THEN_STOP, surnameThenStop));
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array<Token>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const read = values[i]!;
    let at = cursor;
    while (at < plain.length && at - cursor < ALIGN_WINDOW && plain.charCodeAt(at) <= 32) at += 1;
    let start = at;
    if (!plain.startsWith(read, at)) {
      const found = plain.slice(cursor, cursor + read.length + ALIGN_WINDOW).indexOf(read);
      start = found >= 0 ? cursor + found : Math.min(cursor, text.length);
    }
    const end = Math.min(text.length, start + read.length);
    const value = plain === text ? read : text.slice(start, end);
    tokens[i] = { value, start, end, pos: pos[i] ?? 'X' };
    cursor = end;
  }
  const spanPairs = (v: unknown): [number, number][] => v as [number, number][];
  const sentences: TokenSpan[] = [];
  for (const [first, last] of spanPairs(doc.sentences().out(its.span))) {
    // ("visit IdentityTheft.Gov.": a site's domain in capitals is no new sentence after its dot.)
    const prev = sentences[sentences.length - 1];
    const dot = tokens[first - 1];
    if (prev && dot && dot.value === '.' && /^(?:gov|com|org|net|edu|mil|io)\.?$/i.test(tokens[first]!.value) && dot.end === tokens[first]!.start && tokens[first - 2]?.end === dot.start) prev.last = last;
    else sentences.push({ first, last });
  }
  const entityTypes = doc.entities().out(its.type) as string[];
  const entities = spanPairs(doc.entities().out(its.span)).map(([first, last], i) => ({
    first,
    last,
    type: entityTypes[i] ?? 'CARDINAL',
  }));
  return { text, tokens, sentences, entities };
}

import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One wink token with its place in the analysed text. */
export interface Token {
  value: string;
  start: number;
  end: number;
  pos: string;
  /** wink's token type: word, number, punctuation, emoji, … */
  type: string;
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
export function getNlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}

// How far ahead of the expected place a token's text is looked for. wink normalises
// little, so tokens are almost always found at once; the window keeps a pathological
// input linear instead of scanning the whole text for every token.
const ALIGN_WINDOW = 64;

/** Parse `text` with wink and give every token its character offsets in `text`. */
export function analyse(text: string): Analysis {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    const expected = cursor + spaces[i]!.length;
    let start = text.startsWith(value, expected) ? expected : -1;
    if (start < 0) {
      const found = text.slice(cursor, expected + value.length + ALIGN_WINDOW).indexOf(value);
      start = found >= 0 ? cursor + found : Math.min(expected, text.length);
    }
    const end = Math.min(text.length, start + value.length);
    tokens.push({ value, start, end, pos: pos[i] ?? 'X', type: types[i] ?? 'word' });
    cursor = end;
  }
  const spanPairs = (v: unknown): [number, number][] => v as [number, number][];
  const sentences = spanPairs(doc.sentences().out(its.span)).map(([first, last]) => ({ first, last }));
  const entityTypes = doc.entities().out(its.type) as string[];
  const entities = spanPairs(doc.entities().out(its.span)).map(([first, last], i) => ({
    first,
    last,
    type: entityTypes[i] ?? 'CARDINAL',
  }));
  return { text, tokens, sentences, entities };
}

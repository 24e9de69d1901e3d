import type { NoteKind } from '../deck/types.js';
import { matchAnswer } from './match-answer.js';
import { answerWords, isMonth } from './normalize-answer.js';
import { numberVariants } from './number-variants.js';
import { shuffled, type RandomSource } from './seeded-random.js';

/** One answer the decks hold, read as `kind` (a quote's speaker as a person or an organisation). */
export interface PoolAnswer {
  answer: string;
  kind: NoteKind;
  deckId: string;
}

export interface ChoiceInput {
  answer: string;
  kind: NoteKind;
  deckId: string;
  /** Every answer of the decks in play (the question's own answer may be among them). */
  pool: readonly PoolAnswer[];
  random: RandomSource;
  /** Words the question itself shows (the note's other deletions): too easy to rule out, so used last. */
  visible?: readonly string[];
  /** Options to offer, the answer included (default 4). */
  size?: number;
}

const NAME_KINDS: ReadonlySet<NoteKind> = new Set(['person', 'organization', 'place', 'term']);

/**
 * How an answer is written, so a year meets years and an amount amounts: "$3 billion" →
 * "$#w", "2022" → "####", "Jan. 4" → "M#", "Daniel Rosenblum" → "ww".
 */
function shapeOf(answer: string): string {
  return answerWords(answer)
    .map((w) => (/^\d{4}$/.test(w) ? '####' : /^[\d.]+$/.test(w) ? '#' : isMonth(w) ? 'M' : /^[$€£%]$/.test(w) ? w : 'w'))
    .join('');
}

/** Two options a person would take for the same answer ("Rosenblum", "3bn") are one option. */
function sameOption(a: string, b: string, kind: NoteKind): boolean {
  return matchAnswer(a, b, kind).verdict !== 'wrong' || matchAnswer(b, a, kind).verdict !== 'wrong';
}

/**
 * The options of a choice question, the answer among them, in seeded random order.
 * Distractors come, in this order of preference: the same kind from the same deck, written
 * the same way; then from other decks; then (amounts, counts, dates) the answer's number
 * moved; then the same kind written otherwise; for a term, other names of the deck. None is
 * the answer in another form, none repeats another; what the question itself shows comes
 * only as a last resort. Fewer than `size` when the decks hold too little.
 */
export function choiceOptions(input: ChoiceInput): string[] {
  const { answer, kind, deckId, random } = input;
  const size = input.size ?? 4;
  const isName = NAME_KINDS.has(kind);
  // Names are names however many words they have; amounts and dates should look alike.
  const shape = (text: string): string => (isName ? '' : shapeOf(text));
  const ofKind = input.pool.filter((p) => p.kind === kind);
  const alike = (p: PoolAnswer): boolean => shape(p.answer) === shape(answer);
  const tiers: string[][] = [
    ofKind.filter((p) => p.deckId === deckId && alike(p)).map((p) => p.answer),
    ofKind.filter((p) => p.deckId !== deckId && alike(p)).map((p) => p.answer),
    isName ? [] : numberVariants(answer, kind),
    ofKind.filter((p) => !alike(p)).map((p) => p.answer),
    // A term ("New Kazakhstan") is often the only one of its kind: other names stand in.
    kind === 'term' ? input.pool.filter((p) => p.deckId === deckId && NAME_KINDS.has(p.kind)).map((p) => p.answer) : [],
  ];
  const chosen: string[] = [];
  // What the question shows is used only when nothing else is left: four options still beat three.
  for (const avoid of [input.visible ?? [], []]) {
    for (const tier of tiers) {
      if (chosen.length >= size - 1) break;
      for (const candidate of shuffled(tier, random)) {
        if (chosen.length >= size - 1) break;
        if ([answer, ...chosen, ...avoid].some((t) => sameOption(t, candidate, kind))) continue;
        chosen.push(candidate);
      }
    }
  }
  return shuffled([answer, ...chosen], random);
}

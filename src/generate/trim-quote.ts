/** A who-said card shows at most this many words of the quote: enough to recognise it. */
export const MAX_SHOWN_QUOTE_WORDS = 40;
/** A cut at a clause boundary must still leave this much of the quote. */
const MIN_CUT_WORDS = 15;
/** Whole sentences shown must come to at least this many words. */
const MIN_SENTENCE_WORDS = 4;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/**
 * The part of a long quote to show: whole sentences while they fit, else the first
 * sentence cut at its last clause boundary (, ; — –) that fits, else at the word limit.
 * A cut quote ends in "…" so the card does not pretend it is the whole quote.
 */
export function trimQuote(quote: string, maxWords = MAX_SHOWN_QUOTE_WORDS): string {
  if (words(quote).length <= maxWords) return quote;
  // (Not after a courtesy title, a rank or an initial: "that Ms. Scarlett", "(Capt. Ana Ruiz)",
  // "George W. Bush"; nor after letters with stops: "OMB’s U.S. Digital Service".)
  const sentences = quote.split(/(?<=[.!?…])(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Mt|No|Capt|Cmdr|Maj|Adm|Cpl|Pvt|Spc|Brig|Supt|Rev|Hon|Ft)\.)(?<!(?:^|[\s(])\p{Lu}\.)(?<!\p{Lu}\.\p{Lu}\.)\s+(?=[\p{Lu}“"‘'[(])/u);
  let shown = '';
  for (const sentence of sentences) {
    const next = shown ? `${shown} ${sentence}` : sentence;
    if (words(next).length > maxWords) break;
    shown = next;
  }
  // (A first "sentence" of a word or three is a stop the split mistook: cut by words instead.)
  if (shown && words(shown).length >= MIN_SENTENCE_WORDS) return `${shown} …`;
  const head = words(quote).slice(0, maxWords).join(' ');
  const boundaries = [...head.matchAll(/[,;:]\s|\s[—–]\s/g)].map((m) => m.index);
  const cut = boundaries.reverse().find((at) => words(head.slice(0, at)).length >= MIN_CUT_WORDS);
  return `${(cut === undefined ? head : head.slice(0, cut)).replace(/[,;:—–\s]+$/, '')} …`;
}

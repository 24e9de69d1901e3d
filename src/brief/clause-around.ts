/** A clause longer than this is narrowed at a conjunction, then to a window of words. */
const MAX_WORDS = 14;
const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 7;

/**
 * Where clauses meet: punctuation between clauses, quote marks, a sentence end — but not the
 * period of an abbreviation ("U.S. Ambassador", "Jan. 4", "Dr. Smith").
 */
const CLAUSE_BREAKS =
  /,\s+|;\s+|:\s+|\s+[—–]\s+|[()“”"]|(?<!\b[A-Z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|No|vs))\.(?=\s+[A-Z“"]|\s*$)|[?!]/g;
/** Where a long clause splits into shorter ones that still read alone. */
const CONJUNCTIONS = /\s+(?:and|but|plus|while|whereas|although)\s+/g;

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The stretch of `text` around [start, end) between the nearest `breaks` on either side. */
function between(text: string, start: number, end: number, breaks: RegExp): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(breaks)) {
    const after = m.index + m[0].length;
    if (after <= start) from = Math.max(from, after);
    else if (m.index >= end) {
      to = Math.min(to, m.index);
      break;
    }
  }
  return { from, to };
}

function wordWindow(text: string, start: number, end: number): string {
  const before = text.slice(0, start).split(/\s+/).filter(Boolean);
  const after = text.slice(end).split(/\s+/).filter(Boolean);
  const head = before.slice(-WINDOW_BEFORE).join(' ');
  const tail = after.slice(0, WINDOW_AFTER).join(' ');
  const glue = (a: string, b: string): string => (a && !/^[\s,.;:’'s-]/.test(b) ? `${a} ${b}` : a + b);
  const middle = text.slice(start, end);
  return `${before.length > WINDOW_BEFORE ? '…' : ''}${glue(glue(head, middle), tail)}${after.length > WINDOW_AFTER ? '…' : ''}`;
}

function tidy(clause: string): string {
  return clause
    .trim()
    .replace(/^(?:and|but|plus|while|whereas|although)\s+/i, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();
}

/**
 * What a fact in a sentence is about: the clause holding text[start, end), cut at commas,
 * semicolons, dashes, brackets, quote marks and sentence ends; a long clause is narrowed at
 * a conjunction, then to a few words either side.
 */
export function clauseAround(text: string, start: number, end: number): string {
  let { from, to } = between(text, start, end, CLAUSE_BREAKS);
  if (wordCount(text.slice(from, to)) > MAX_WORDS) {
    const inner = between(text.slice(from, to), start - from, end - from, CONJUNCTIONS);
    if (wordCount(text.slice(from + inner.from, from + inner.to)) >= 3) {
      to = from + inner.to;
      from += inner.from;
    }
  }
  const clause = text.slice(from, to);
  if (wordCount(clause) <= MAX_WORDS) return tidy(clause);
  return tidy(wordWindow(clause, start - from, end - from));
}

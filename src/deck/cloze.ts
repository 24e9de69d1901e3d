/**
 * Cloze markup as Anki writes it: `{{c1::answer}}` or `{{c1::answer::hint}}`.
 *
 * Deck text is plain text (not HTML). So that article text can never collide with the
 * markup, `\`, `{` and `}` are backslash-escaped everywhere, and `:` inside a deletion.
 * The Anki exporter turns segments into HTML with its own escaping.
 */
export type ClozeSegment =
  | { type: 'text'; text: string }
  | { type: 'deletion'; ord: number; answer: string; hint: string | null };

export function escapeClozeText(text: string, inDeletion = false): string {
  const pattern = inDeletion ? /[\\{}:]/g : /[\\{}]/g;
  return text.replace(pattern, (c) => `\\${c}`);
}

export function clozeDeletion(ord: number, answer: string, hint: string | null = null): string {
  const body = escapeClozeText(answer, true);
  return hint ? `{{c${ord}::${body}::${escapeClozeText(hint, true)}}}` : `{{c${ord}::${body}}}`;
}

export function buildClozeText(segments: ClozeSegment[]): string {
  return segments
    .map((s) => (s.type === 'text' ? escapeClozeText(s.text) : clozeDeletion(s.ord, s.answer, s.hint)))
    .join('');
}

export class ClozeSyntaxError extends Error {}

/** Parse deck cloze text into segments. Throws ClozeSyntaxError on malformed markup. */
export function parseCloze(text: string): ClozeSegment[] {
  const segments: ClozeSegment[] = [];
  let plain = '';
  let i = 0;
  const flush = (): void => {
    if (plain) segments.push({ type: 'text', text: plain });
    plain = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '{' && text.startsWith('{{c', i)) {
      const m = /^\{\{c(\d+)::/.exec(text.slice(i));
      if (!m) throw new ClozeSyntaxError(`malformed deletion at ${i}`);
      i += m[0].length;
      const parts: string[] = [''];
      let closed = false;
      while (i < text.length) {
        const d = text[i]!;
        if (d === '\\' && i + 1 < text.length) {
          parts[parts.length - 1] += text[i + 1];
          i += 2;
        } else if (d === ':' && text[i + 1] === ':') {
          parts.push('');
          i += 2;
        } else if (d === '}' && text[i + 1] === '}') {
          i += 2;
          closed = true;
          break;
        } else if (d === '{') {
          throw new ClozeSyntaxError(`unescaped "{" inside deletion at ${i}`);
        } else {
          parts[parts.length - 1] += d;
          i += 1;
        }
      }
      if (!closed) throw new ClozeSyntaxError('unclosed deletion');
      if (parts.length > 2) throw new ClozeSyntaxError('too many "::" in deletion');
      const answer = parts[0]!;
      if (!answer.trim()) throw new ClozeSyntaxError('empty deletion');
      flush();
      segments.push({ type: 'deletion', ord: Number(m[1]), answer, hint: parts[1] ?? null });
      continue;
    }
    if (c === '{' || c === '}') throw new ClozeSyntaxError(`unescaped "${c}" at ${i}`);
    plain += c;
    i += 1;
  }
  flush();
  return segments;
}

/** Deletion numbers used by a note, ascending, each once. */
export function clozeOrds(segments: ClozeSegment[]): number[] {
  const ords = new Set<number>();
  for (const s of segments) if (s.type === 'deletion') ords.add(s.ord);
  return [...ords].sort((a, b) => a - b);
}

/** The answers of one card (deletions with number `ord`, in text order). */
export function clozeAnswers(segments: ClozeSegment[], ord: number): string[] {
  return segments.flatMap((s) => (s.type === 'deletion' && s.ord === ord ? [s.answer] : []));
}

/**
 * The text of card `ord`: its deletions hidden as `[___ hint ___]` (or `[_____]`), or shown
 * when revealed; the note's other deletions always shown as plain text. The underscores set a
 * blank apart from an article's own editorial brackets ("[the]", "[…]", "[in 2019]").
 */
export function renderCard(segments: ClozeSegment[], ord: number, revealed: boolean): string {
  return segments
    .map((s) => {
      if (s.type === 'text') return s.text;
      if (s.ord !== ord || revealed) return s.answer;
      return s.hint ? `[___ ${s.hint} ___]` : '[_____]';
    })
    .join('');
}

/** Plain text of the whole note with every deletion filled in. */
export function plainText(segments: ClozeSegment[]): string {
  return segments.map((s) => (s.type === 'text' ? s.text : s.answer)).join('');
}

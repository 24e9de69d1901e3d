/**
 * Text laid out once, drawn twice: the Ink view colours each span by its tone, the plain
 * rendering (no TTY) joins the same spans without colour. So both show the same layout.
 * Every span's text is one terminal cell per character (no wide or combining characters
 * are produced by the layouts).
 */
export type Tone = 'title' | 'dim' | 'bar' | 'overdue' | 'good' | 'warn' | 'bad' | 'heat' | 'answer';

export interface Span {
  text: string;
  tone?: Tone;
}

export type StyledLine = Span[];

export function span(text: string, tone?: Tone): Span {
  return tone ? { text, tone } : { text };
}

export function lineWidth(line: StyledLine): number {
  return line.reduce((sum, s) => sum + [...s.text].length, 0);
}

/** The line padded with spaces (or cut) to exactly `width` cells. */
export function fitLine(line: StyledLine, width: number): StyledLine {
  const out: StyledLine = [];
  let left = width;
  for (const s of line) {
    if (left <= 0) break;
    const chars = [...s.text];
    const text = chars.length <= left ? s.text : chars.slice(0, left).join('');
    out.push({ ...s, text });
    left -= [...text].length;
  }
  if (left > 0) out.push(span(' '.repeat(left)));
  return out;
}

/** The line cut to at most `width` cells (never padded). */
export function clipLine(line: StyledLine, width: number): StyledLine {
  return lineWidth(line) <= width ? line : fitLine(line, width);
}

/** Two blocks side by side: the left one padded to `leftWidth`, then `gap` spaces. */
export function besideEachOther(left: StyledLine[], right: StyledLine[], leftWidth: number, gap = 3): StyledLine[] {
  const rows = Math.max(left.length, right.length);
  return Array.from({ length: rows }, (_, i) => {
    const r = right[i] ?? [];
    return r.length ? [...fitLine(left[i] ?? [], leftWidth), span(' '.repeat(gap)), ...r] : (left[i] ?? []);
  });
}

/** Text cut to `width` cells with an ellipsis when it does not fit. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return width <= 1 ? chars.slice(0, width).join('') : `${chars.slice(0, width - 1).join('')}…`;
}

/** The plain rendering: spans joined, trailing spaces dropped. */
export function linesToText(lines: readonly StyledLine[]): string {
  return lines.map((line) => line.map((s) => s.text).join('').trimEnd()).join('\n');
}

import wrapAnsi from 'wrap-ansi';

/** A run of text with one style, e.g. the hidden deletion among plain text. */
export interface StyledRun<S> {
  text: string;
  style: S;
}

/**
 * Word-wrap styled runs to `width` terminal columns with Ink's own wrapper (wrap-ansi, which
 * measures with string-width, so CJK and emoji count two columns): breaks fall on spaces, a
 * word wider than the line is cut, the space at a break is dropped, and a line break in the
 * text starts a new line. wrap-ansi wraps one string, so the runs are joined and each wrapped
 * character is given back the style of the character it came from.
 */
export function wrapStyledRuns<S>(runs: readonly StyledRun<S>[], width: number): StyledRun<S>[][] {
  const source: { char: string; style: S }[] = runs.flatMap((run) => [...run.text].map((char) => ({ char, style: run.style })));
  const wrapped = [...wrapAnsi(source.map((c) => c.char).join(''), Math.max(1, width), { hard: true, trim: true })];
  const lines: StyledRun<S>[][] = [[]];
  let from = 0;
  for (const char of wrapped) {
    // Characters wrap-ansi dropped (spaces at a break) are skipped over in the source.
    while (from < source.length && source[from]!.char !== char && /\s/.test(source[from]!.char)) from += 1;
    const at = source[from];
    if (char === '\n') {
      lines.push([]);
      if (at?.char === '\n') from += 1; // a break of the text's own, not one wrap-ansi made
      continue;
    }
    if (!at) break;
    from += 1;
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && last.style === at.style) last.text += char;
    else line.push({ text: char, style: at.style });
  }
  return lines;
}

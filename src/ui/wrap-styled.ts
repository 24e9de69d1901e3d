/** A run of text with one style, e.g. the hidden deletion among plain text. */
export interface StyledRun<S> {
  text: string;
  style: S;
}

/**
 * Word-wrap styled runs to `width` columns, breaking at spaces and dropping the space at
 * each break (Ink's own wrapping keeps it, so wrapped lines would start with a space).
 * A word longer than the width is cut hard. Widths count code points, as the cards are text.
 */
export function wrapStyledRuns<S>(runs: readonly StyledRun<S>[], width: number): StyledRun<S>[][] {
  const max = Math.max(1, width);
  const lines: StyledRun<S>[][] = [[]];
  let used = 0;
  const push = (text: string, style: S): void => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && last.style === style) last.text += text;
    else line.push({ text, style });
    used += [...text].length;
  };
  const newLine = (): void => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last) {
      last.text = last.text.replace(/ +$/, '');
      if (!last.text) line.pop();
    }
    lines.push([]);
    used = 0;
  };
  for (const run of runs) {
    // Words and the spaces between them, kept apart so breaks can fall on spaces.
    for (const token of run.text.split(/( +)/)) {
      if (!token) continue;
      const length = [...token].length;
      if (token.startsWith(' ')) {
        if (used + length <= max) push(token, run.style);
        else if (used > 0) newLine();
        continue;
      }
      if (used + length > max && used > 0) newLine();
      let rest = [...token];
      while (rest.length > max) {
        push(rest.slice(0, max).join(''), run.style);
        newLine();
        rest = rest.slice(max);
      }
      push(rest.join(''), run.style);
    }
  }
  return lines.filter((line, i) => line.length > 0 || i === 0);
}

import { ansiCodesToString, diffAnsiCodes, type AnsiCode, type StyledChar } from '@alcalzone/ansi-tokenize';

export * from '@alcalzone/ansi-tokenize';

/** The same codes in the same order: going from one to the other needs no escape code. */
function sameCodes(a: readonly AnsiCode[], b: readonly AnsiCode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i]!.code !== b[i]!.code || a[i]!.endCode !== b[i]!.endCode) return false;
  }
  return true;
}

/**
 * ansi-tokenize's styledCharsToString, the same string, without diffing the styles of two
 * neighbouring characters that have the same ones (most of a screen: plain text, or a run of
 * one colour). Ink turns every line of every frame into a string through it, and its diff
 * makes three Sets and several arrays per character: 10–17 ms of a review's first frame in
 * a CPU profile. The build points Ink's import of the package here.
 */
export function styledCharsToString(chars: StyledChar[]): string {
  let text = '';
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i]!;
    if (i === 0) text += ansiCodesToString(char.styles);
    else if (!sameCodes(chars[i - 1]!.styles, char.styles)) text += ansiCodesToString(diffAnsiCodes(chars[i - 1]!.styles, char.styles));
    text += char.value;
    if (i === chars.length - 1 && char.styles.length > 0) text += ansiCodesToString(diffAnsiCodes(char.styles, []));
  }
  return text;
}

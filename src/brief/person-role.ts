import { DEMONYMS, isPlaceName, NAME_CONNECTORS, ROLE_WORDS } from '../generate/gazetteer.js';

/** Courtesy titles say nothing about what a person does. */
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'sir', 'dame']);
const MAX_ROLE_WORDS = 12;
const ABBREVIATION = /^(?:[A-Z]\.)+$|^(?:Sen|Rep|Gov|Gen|Prof|Dr|St)\.$/;

/** Small words inside a title ("Ambassador to Kazakhstan", "Minister of Finance"). */
const TITLE_CONNECTORS = new Set([...NAME_CONNECTORS, 'to', 'at', 'in']);

const bare = (word: string): string => word.replace(/[’']s$/, '').replace(/^[“"(]+|[”")]+$/g, '');
const isRoleWord = (word: string): boolean => ROLE_WORDS.has(bare(word).toLowerCase()) && !HONORIFICS.has(bare(word).toLowerCase());

/** A word that may open a title before a name: a role, a place, a nationality, "U.S.", a possessive. */
function opensTitle(word: string): boolean {
  return isRoleWord(word) || isPlaceName(bare(word)) || DEMONYMS.has(bare(word).toLowerCase()) || ABBREVIATION.test(word) || /[’']s$/.test(word);
}

/** "U.S. Ambassador to Kazakhstan Daniel Rosenblum": the capitalised run just before the name. */
function titleBefore(text: string, start: number): string | null {
  const words = text.slice(0, start).split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const ends = /[,;:!?]$/.test(word) || (/\.$/.test(word) && !ABBREVIATION.test(word));
    const fits = /^[A-Z]/.test(word) || TITLE_CONNECTORS.has(word.toLowerCase()) || isRoleWord(word);
    if (ends || !fits) break;
    run.unshift(word);
  }
  // Drop sentence-opening words ("Yesterday"), but keep a role's own modifier ("Health Minister").
  while (run.length && !opensTitle(run[0]!) && !(run[1] !== undefined && isRoleWord(run[1]))) run.shift();
  while (run.length && TITLE_CONNECTORS.has(run[run.length - 1]!.toLowerCase())) run.pop();
  return run.some(isRoleWord) ? run.join(' ') : null;
}

/** "Akbota Karibayeva, a Ph.D. candidate at …,": an apposition right after the name. */
function appositionAfter(text: string, end: number): string | null {
  const rest = text.slice(end);
  if (!/^,\s+/.test(rest)) return null;
  const body = rest.replace(/^,\s+/, '');
  const stop = body.search(/,|;|\s[—–]\s|(?<!\b[A-Z]|\bPh\.D|\bD)\.(?=\s|$)/);
  const phrase = (stop < 0 ? body : body.slice(0, stop)).trim();
  const first = phrase.split(/\s+/)[0] ?? '';
  const looksLikeRole = /^(?:a|an|the|former|then|acting|senior|deputy)$/i.test(first) || isRoleWord(first);
  const words = phrase.split(/\s+/).length;
  return looksLikeRole && words >= 2 && words <= MAX_ROLE_WORDS ? phrase : null;
}

/** The role a sentence gives the person named at text[start, end), or null if it gives none. */
export function roleInSentence(text: string, start: number, end: number): string | null {
  return appositionAfter(text, end) ?? titleBefore(text, start);
}

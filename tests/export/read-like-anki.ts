/**
 * A reader that looks at an exported file the way Anki does, written independently of
 * src/export: header lines at the top, then RFC 4180 records, cloze markup found on the
 * raw field text (answer up to the first `::` or `}}`), HTML decoded by htmlparser2.
 */
import { parse } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';

export interface AnkiView {
  headers: string[];
  rows: string[][];
}

export function readLikeAnki(csv: string): AnkiView {
  const lines = csv.split('\n');
  const headers: string[] = [];
  while (lines[0]?.startsWith('#')) headers.push(lines.shift()!.replace(/\r$/, ''));
  const rows = parse(lines.join('\n'), { relax_column_count: false }) as string[][];
  return { headers, rows };
}

/** What a field's HTML shows as text (`<br>` as a newline). */
export function htmlText(html: string): string {
  return DomUtils.textContent(parseDocument(html.replace(/<br>/g, '\n'), { decodeEntities: true }));
}

export interface AnkiDeletion {
  ord: number;
  answerHtml: string;
  hintHtml: string | null;
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export function ankiDeletions(field: string): AnkiDeletion[] {
  return [...field.matchAll(CLOZE)].map((m) => ({ ord: Number(m[1]), answerHtml: m[2]!, hintHtml: m[3] ?? null }));
}

/** The field with every deletion replaced by its answer, as Anki shows the back of a card. */
export function ankiRevealAll(field: string): string {
  return field.replace(CLOZE, (_whole, _ord: string, answer: string) => answer);
}

/** The text outside deletions: it must hold no markup that Anki would read as cloze syntax. */
export function outsideDeletions(field: string): string {
  return field.replace(CLOZE, '');
}

/**
 * What Anki makes of a new deck's name (rslib decks/name.rs, NativeDeckName::from_human_name):
 * each `::` part to NFC, ASCII controls dropped, Unicode whitespace and `:` trimmed, an empty
 * part becoming "blank".
 */
export function normalizeLikeAnki(name: string): string {
  const WHITE_SPACE = '\t\n\u000b\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
  return name
    .split('::')
    .map((part) => {
      let out = [...part.normalize('NFC')].filter((c) => c.charCodeAt(0) >= 0x20 && c !== '\u007f').join('');
      while (out && (WHITE_SPACE.includes(out[0]!) || out[0] === ':')) out = out.slice(1);
      while (out && (WHITE_SPACE.includes(out.at(-1)!) || out.at(-1) === ':')) out = out.slice(0, -1);
      return out || 'blank';
    })
    .join('::');
}

/** The back of card `ord` as Anki renders a cloze field: that card's answers in a span, the rest as text. */
export function ankiCardBack(field: string, ord: number): string {
  return field.replace(CLOZE, (_whole, n: string, answer: string) => (Number(n) === ord ? `<span class="cloze">${answer}</span>` : answer));
}

/**
 * The strings MathJax 3 searches for delimiters in shown HTML (its HTMLDomStrings): text
 * joined across `<br>` (a newline) and comments, a new string at the start of any other
 * element. MathJax also starts one at an element's end; this reading does not, so it finds
 * at least every delimiter MathJax would.
 */
export function mathJaxStrings(html: string): string[] {
  const strings: string[] = [];
  let current = '';
  const walk = (nodes: ReturnType<typeof parseDocument>['children']): void => {
    for (const node of nodes) {
      if (node.type === 'text') current += (node as unknown as { data: string }).data;
      else if (node.type === 'comment') continue;
      else if ('name' in node && node.name === 'br') current += '\n';
      else if ('children' in node) {
        strings.push(current);
        current = '';
        walk(node.children);
      }
    }
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
  strings.push(current);
  return strings.filter(Boolean);
}

/** Tags Anki reads in a field's raw text: sound, and LaTeX in its three forms. */
export const ANKI_MEDIA_TAGS = /\[sound:|\[latex\]|\[\$\]|\[\$\$\]/i;

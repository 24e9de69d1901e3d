/**
 * Deck text (plain, see deck/cloze.ts) ⇄ Anki field HTML.
 *
 * Anki finds cloze markup by scanning the raw field text for `{{cN::`, `::` and `}}`
 * before any HTML is decoded, so those characters are written as numeric entities: the
 * card shows them unchanged, but the cloze parser never sees them. The same goes for
 * sound and LaTeX tags, and for MathJax's delimiters (see MATHJAX_BREAK).
 */
import type { ClozeSegment } from '../deck/cloze.js';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Braces everywhere: `{{c1::` in article text would otherwise open a deletion.
  '{': '&#123;',
  '}': '&#125;',
  // Anki finds `[sound:…]`, `[latex]`, `[$]` and `[$$]` in the raw field text: an entity hides them.
  '[': '&#91;',
};

/**
 * MathJax finds `\(` and `\[` in the text the card shows, after entities are decoded, but never
 * across the start of an element: an empty one after the backslash keeps it plain text. A
 * backslash that ends a piece gets one too, as the next piece (a deletion) may start with `(`.
 */
const MATHJAX_BREAK = '<span></span>';

/** Plain text → field HTML: no article text becomes markup, sound or a formula; newlines become `<br>`. */
export function plainToAnkiHtml(text: string): string {
  // Most article text needs nothing: skip the replacing (the export of 100k notes is hot here).
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/[&<>"{}[]/g, (c) => HTML_ESCAPES[c]!)
    .replace(/\\(?=\(|&#91;|$)/g, `\\${MATHJAX_BREAK}`)
    .replace(/\r?\n/g, '<br>');
}
const NEEDS_ESCAPE = /[&<>"{}[\\\n]/;

/** Inside a deletion `:` is escaped too, so `::` cannot end the answer or the hint. */
function deletionPartToHtml(text: string): string {
  const html = plainToAnkiHtml(text);
  return html.includes(':') ? html.replaceAll(':', '&#58;') : html;
}

/** Cloze segments → the HTML of an Anki Cloze `Text` field. */
export function segmentsToAnkiHtml(segments: ClozeSegment[]): string {
  return segments
    .map((s) => {
      if (s.type === 'text') return plainToAnkiHtml(s.text);
      const hint = s.hint === null ? '' : `::${deletionPartToHtml(s.hint)}`;
      return `{{c${s.ord}::${deletionPartToHtml(s.answer)}${hint}}}`;
    })
    .join('');
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  // Anki's editor writes &nbsp; for ordinary spaces it wants to keep.
  nbsp: ' ',
};

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Field HTML → plain text: `<br>` and blocks (Anki's editor writes `a<div>b</div>`) become newlines, other tags go, entities decode. */
export function ankiHtmlToPlain(html: string): string {
  const withBreaks = html
    .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/^\s*<(div|p)\b[^>]*>/i, '')
    .replace(/<(div|p|li)\b[^>]*>/gi, '\n');
  return decodeEntities(withBreaks.replace(/<[^>]*>/g, ''));
}

/** Text without markup as Anki would take it with `#html:false`: kept literally. */
export type FieldReader = (field: string) => string;
export const readHtmlField: FieldReader = ankiHtmlToPlain;
export const readPlainField: FieldReader = (field) => field.replace(/\r\n/g, '\n');

export class NestedClozeError extends Error {}

/**
 * An Anki `Text` field → cloze segments, reading the markup on the raw field as Anki
 * does (the answer ends at the first `::` or `}}`), then turning each piece to plain text.
 * Deletions whose answer is empty become plain text. Nested deletions are refused.
 */
export function ankiClozeToSegments(field: string, read: FieldReader): ClozeSegment[] {
  const segments: ClozeSegment[] = [];
  const pattern = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;
  let last = 0;
  const pushText = (raw: string): void => {
    const text = read(raw);
    if (!text) return;
    const prev = segments[segments.length - 1];
    if (prev?.type === 'text') prev.text += text;
    else segments.push({ type: 'text', text });
  };
  for (const m of field.matchAll(pattern)) {
    if (/\{\{c\d+::/.test(m[0].slice(2))) throw new NestedClozeError('nested cloze deletion');
    pushText(field.slice(last, m.index));
    last = m.index + m[0].length;
    const answer = read(m[2]!);
    if (!answer.trim()) {
      pushText(m[2]!);
      continue;
    }
    const hint = m[3] === undefined ? null : read(m[3]);
    segments.push({ type: 'deletion', ord: Number(m[1]), answer, hint: hint || null });
  }
  pushText(field.slice(last));
  return segments;
}

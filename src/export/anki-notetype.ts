/**
 * briefdeck's own cloze note type, as a schema-11 `col.models` entry (rslib
 * notetype/schema11.rs). Carrying it in the package means a collection whose stock cloze
 * type has another name ("Lückentext") or other fields still gets cloze notes. Its id and
 * modification time are fixed, so every export names the same note type and a re-import
 * neither duplicates nor rewrites it; change NOTETYPE_MOD when the templates change.
 */
import { SOURCE_CLASS } from './anki-note-row.js';

export const NOTETYPE_ID = 1735689600013;
export const NOTETYPE_NAME = 'briefdeck cloze';
/** Seconds; later than any earlier version, so Anki takes a changed note type as newer. */
export const NOTETYPE_MOD = 1764547200;
export const NOTETYPE_FIELDS = ['Text', 'Back Extra'] as const;

const QUESTION = '{{cloze:Text}}';
const ANSWER = '{{cloze:Text}}\n\n{{#Back Extra}}<hr id="answer">\n<div class="back-extra">{{Back Extra}}</div>{{/Back Extra}}';

const CSS = `.card {
  font-family: arial;
  font-size: 20px;
  line-height: 1.5;
  text-align: left;
  color: black;
  background-color: white;
}
.cloze {
  font-weight: bold;
  color: blue;
}
.nightMode .cloze {
  color: lightblue;
}
.back-extra {
  font-size: 17px;
}
.${SOURCE_CLASS} {
  display: block;
  margin-top: 0.8em;
  font-size: 14px;
  color: #666;
}
`;

function field(name: string, ord: number): Record<string, unknown> {
  return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [], description: '', plainText: false, collapsed: false, excludeFromSearch: false };
}

/** The note type as `col.models` holds it (keyed by its id there). */
export function briefdeckNotetype(): Record<string, unknown> {
  return {
    id: NOTETYPE_ID,
    name: NOTETYPE_NAME,
    type: 1, // cloze
    mod: NOTETYPE_MOD,
    usn: 0,
    sortf: 0,
    did: null,
    tmpls: [{ name: 'Cloze', ord: 0, qfmt: QUESTION, afmt: ANSWER, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 }],
    flds: NOTETYPE_FIELDS.map(field),
    css: CSS,
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
}

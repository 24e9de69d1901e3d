/**
 * How an Anki text file is laid out: its `#key:value` header lines (read as Anki reads
 * them: only at the top, keys case-insensitive, a first `tags:` line allowed), else guessed.
 */

export interface AnkiCsvLayout {
  delimiter: string;
  /** null: no `#html:` line, guess from the fields. */
  html: boolean | null;
  columnLabels: string[];
  deckName: string | null;
  /** 1-based column numbers, 0 when absent. */
  deckColumn: number;
  tagsColumn: number;
  guidColumn: number;
  notetypeColumn: number;
  globalTags: string[];
  /** Whether the file had any header line at all. */
  hasHeaders: boolean;
}

const DELIMITER_NAMES: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':',
};

function delimiterOf(value: string): string | null {
  const named = DELIMITER_NAMES[value.trim().toLowerCase()];
  if (named) return named;
  return value.length === 1 && Object.values(DELIMITER_NAMES).includes(value) ? value : null;
}

/** The separator of the first data line: a tab if any, else the commonest of `,;|` outside quotes. */
export function guessDelimiter(firstLine: string): string {
  if (firstLine.includes('\t')) return '\t';
  // One pass over the characters: a regular expression over a quoted field of megabytes
  // overflowed the stack.
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const best = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

function columnNumber(value: string): number {
  const n = Number(value.trim());
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** Split off the header lines; returns the layout and the text of the data rows. */
export function readAnkiCsvLayout(fileText: string): { layout: AnkiCsvLayout; body: string } {
  const text = fileText.replace(/^\uFEFF/, '');
  const layout: AnkiCsvLayout = {
    delimiter: '',
    html: null,
    columnLabels: [],
    deckName: null,
    deckColumn: 0,
    tagsColumn: 0,
    guidColumn: 0,
    notetypeColumn: 0,
    globalTags: [],
    hasHeaders: false,
  };
  let labels: string | null = null;
  let at = 0;
  for (let first = true; at < text.length; first = false) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end).replace(/\r$/, '');
    if (first && line.startsWith('tags:')) {
      layout.globalTags = line.slice(5).split(/\s+/).filter(Boolean);
    } else if (line.startsWith('#')) {
      const colon = line.indexOf(':');
      if (colon !== -1) applyHeader(layout, line.slice(1, colon).trim().toLowerCase(), line.slice(colon + 1), (v) => (labels = v));
    } else {
      break;
    }
    layout.hasHeaders = true;
    at = end === -1 ? text.length : end + 1;
  }
  const body = text.slice(at);
  if (!layout.delimiter) layout.delimiter = guessDelimiter(body.slice(0, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n')));
  if (labels !== null) layout.columnLabels = (labels as string).split(layout.delimiter).map((l) => l.trim());
  return { layout, body };
}

function applyHeader(layout: AnkiCsvLayout, key: string, value: string, setLabels: (v: string) => void): void {
  switch (key) {
    case 'separator':
      layout.delimiter = delimiterOf(value) ?? layout.delimiter;
      break;
    case 'html':
      if (/^(true|false)$/i.test(value.trim())) layout.html = value.trim().toLowerCase() === 'true';
      break;
    case 'tags':
      layout.globalTags = value.split(/\s+/).filter(Boolean);
      break;
    case 'columns':
      setLabels(value);
      break;
    case 'deck':
      layout.deckName = value.trim() || null;
      break;
    case 'deck column':
      layout.deckColumn = columnNumber(value);
      break;
    case 'tags column':
      layout.tagsColumn = columnNumber(value);
      break;
    case 'guid column':
      layout.guidColumn = columnNumber(value);
      break;
    case 'notetype column':
      layout.notetypeColumn = columnNumber(value);
      break;
    default:
      // Unknown keys are ignored, as Anki does.
      break;
  }
}

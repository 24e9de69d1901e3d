import type { BriefSheet } from './brief-sheet.js';

export const BRIEF_WIDTH = 80;
/** A value column wider than this pushes the context too far right; longer values wrap it. */
const MAX_VALUE_COLUMN = 18;

/** Words filled into lines of at most `width` cells; the first line may start later (`firstUsed`). */
function wrapWords(text: string, width: number, firstUsed = 0): string[] {
  const lines: string[] = [];
  let line = '';
  let room = width - firstUsed;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
      room = width;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** A list joined with " · ", broken between items so that no name is split. */
function wrapItems(items: string[], width: number): string[] {
  const lines: string[] = [];
  for (const item of items) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 3 + item.length <= width) lines[lines.length - 1] = `${last} · ${item}`;
    else lines.push(item);
  }
  return lines;
}

/** `label  text…` with the text wrapped under itself. */
function labelled(label: string, text: string, column: number, width: number): string[] {
  const indent = ' '.repeat(column);
  const head = `  ${label}`.padEnd(column);
  if (head.length > column) {
    return [head.trimEnd(), ...wrapWords(text, width - column).map((l) => indent + l)];
  }
  return wrapWords(text, width - column).map((l, i) => (i === 0 ? head : indent) + l);
}

function section(title: string, body: string[]): string[] {
  return body.length ? ['', title.toUpperCase(), ...body] : [];
}

/** The briefing sheet as plain text for the terminal, `width` columns wide. */
export function renderBriefText(sheet: BriefSheet, width = BRIEF_WIDTH): string {
  const valueColumn = (values: string[]): number => Math.min(MAX_VALUE_COLUMN, Math.max(0, ...values.map((v) => v.length))) + 4;
  const numberColumn = valueColumn(sheet.numbers.map((n) => n.value));
  const dateLabel = (d: BriefSheet['dates'][number]): string => (d.yearUnknown ? `${d.date} (year?)` : d.date);
  const dateColumn = valueColumn(sheet.dates.map(dateLabel));
  const source = sheet.dateline ? `${sheet.title} (${sheet.dateline})` : sheet.title;
  const lines = [
    `BRIEFING — ${sheet.deckName}`,
    ...wrapWords(source, width),
    ...section('Key numbers', sheet.numbers.flatMap((n) => labelled(n.value, n.context, numberColumn, width))),
    ...section('People', sheet.people.flatMap((p) => wrapWords(p.role ? `${p.name} — ${p.role}` : p.name, width - 4).map((l, i) => (i ? '    ' : '  ') + l))),
    ...section('Organisations', wrapItems(sheet.organisations.map((o) => (o.alias ? `${o.name} (${o.alias})` : o.name)), width - 2).map((l) => `  ${l}`)),
    ...section('Places', wrapItems(sheet.places, width - 2).map((l) => `  ${l}`)),
    ...section(
      'Quotes',
      sheet.quotes.flatMap((group) => [`  ${group.speaker}`, ...group.quotes.flatMap((q) => wrapWords(q, width - 6).map((l, i) => (i ? '      ' : '    - ') + l))]),
    ),
    ...section('Dates', sheet.dates.flatMap((d) => labelled(dateLabel(d), d.context, dateColumn, width))),
  ];
  if (lines.length === 2) lines.push('', 'No facts in this deck yet.');
  return `${lines.join('\n')}\n`;
}

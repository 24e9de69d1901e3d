import type { BriefSheet } from './brief-sheet.js';

/** Article text is plain text: characters Markdown would read as markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function section(title: string, body: string[]): string[] {
  return body.length ? [`## ${title}`, '', ...body, ''] : [];
}

const item = (label: string, text: string | null): string => (text ? `- **${escapeMarkdown(label)}** — ${escapeMarkdown(text)}` : `- **${escapeMarkdown(label)}**`);

/** The briefing sheet as Markdown, for `briefdeck brief --format md > sheet.md`. */
export function renderBriefMarkdown(sheet: BriefSheet): string {
  const source = sheet.dateline ? `${sheet.title} — ${sheet.dateline}` : sheet.title;
  const lines = [
    `# Briefing: ${escapeMarkdown(sheet.deckName)}`,
    '',
    `*${escapeMarkdown(source)}*`,
    '',
    ...section('Key numbers', sheet.numbers.map((n) => item(n.value, n.context))),
    ...section('People', sheet.people.map((p) => item(p.name, p.role))),
    ...section('Organisations', sheet.organisations.map((o) => item(o.alias ? `${o.name} (${o.alias})` : o.name, null))),
    ...section('Places', sheet.places.length ? [sheet.places.map(escapeMarkdown).join(' · ')] : []),
    ...section(
      'Quotes',
      sheet.quotes.flatMap((group) => [`### ${escapeMarkdown(group.speaker)}`, '', ...group.quotes.flatMap((q) => [`> ${escapeMarkdown(q)}`, ''])]),
    ),
    ...section('Dates', sheet.dates.map((d) => item(d.yearUnknown ? `${d.date} (year not given)` : d.date, d.context))),
  ];
  if (lines.length === 4) lines.push('No facts in this deck yet.', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

import type { CardCounts, LeechCard, LeechFigures, PassShare, RetentionWindow, StatsReport } from '../stats-report.js';
import { span, truncate, type Span, type StyledLine } from './styled-line.js';

export function formatShareOf(p: PassShare): Span[] {
  if (p.share === null) return [span('—', 'dim')];
  const percent = Math.round(p.share * 100);
  // SM-2 aims at remembering most cards: 85 % and more is healthy, below 70 % a warning sign.
  const tone = p.share >= 0.85 ? 'good' : p.share >= 0.7 ? 'warn' : 'bad';
  return [span(`${percent}%`, tone), span(` of ${p.reviews}`, 'dim')];
}

export function formatSeconds(ms: number | null): string {
  return ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`;
}

function countsText(c: CardCounts): string {
  return `${c.new} new · ${c.learning} learning · ${c.young} young · ${c.mature} mature · ${c.suspended} suspended`;
}

/** The per-deck columns, narrow enough that a row with a 24-character slug fits 80 columns. */
const DECK_COLUMNS: ReadonlyArray<[label: string, figure: (c: CardCounts & { total: number }) => number]> = [
  ['total', (c) => c.total],
  ['new', (c) => c.new],
  ['learning', (c) => c.learning],
  ['young', (c) => c.young],
  ['mature', (c) => c.mature],
  ['suspended', (c) => c.suspended],
];

export function countLines(report: StatsReport, width: number, deckTable = true): StyledLine[] {
  const { counts } = report;
  const decks = counts.byDeck.length === 1 ? '' : ` in ${counts.byDeck.length} decks`;
  const lines: StyledLine[] = [[span('Cards  ', 'title'), span(truncate(`${counts.total}${decks}: ${countsText(counts)}`, width - 7))]];
  if (counts.byDeck.length > 1 && deckTable) {
    // A table, so that every figure keeps its place whatever the width (a sentence per deck
    // was cut at 80 columns: "0 su…").
    const figuresWidth = DECK_COLUMNS.reduce((n, [label]) => n + 2 + Math.max(5, label.length), 0);
    const slugWidth = Math.max(4, Math.min(Math.max(...counts.byDeck.map((d) => d.slug.length)), width - 2 - figuresWidth));
    const row = (first: string, cells: string[]): string =>
      `  ${truncate(first, slugWidth).padEnd(slugWidth)}${cells.map((cell, i) => `  ${cell.padStart(Math.max(5, DECK_COLUMNS[i]![0].length))}`).join('')}`;
    lines.push([span(row('deck', DECK_COLUMNS.map(([label]) => label)), 'dim')]);
    for (const d of counts.byDeck) lines.push([span(row(d.slug, DECK_COLUMNS.map(([, figure]) => String(figure(d)))))]);
  }
  return lines;
}

const RETENTION_LABEL = 16;
/** "100% of 1234" and a space; narrower terminals get narrower columns (and may clip). */
const RETENTION_COLUMN = 13;

function retentionRow(label: string, cells: Span[][], column: number, labelTone?: 'title'): StyledLine {
  const line: StyledLine = [span(label.padEnd(RETENTION_LABEL), labelTone)];
  for (const cell of cells) {
    const used = cell.reduce((n, s) => n + s.text.length, 0);
    line.push(...cell, span(' '.repeat(Math.max(1, column - used))));
  }
  return line;
}

/** Share of reviews passed (graded ≥ 3), young and mature, per window; then the answer time. */
export function retentionLines(windows: readonly RetentionWindow[], width: number): StyledLine[] {
  const column = Math.max(9, Math.min(RETENTION_COLUMN, Math.floor((width - RETENTION_LABEL) / windows.length)));
  return [
    retentionRow('Retention', windows.map((w) => [span(`last ${w.days} d`, 'dim')]), column, 'title'),
    retentionRow('  young cards', windows.map((w) => formatShareOf(w.young)), column),
    retentionRow('  mature cards', windows.map((w) => formatShareOf(w.mature)), column),
    retentionRow('  answer time', windows.map((w) => [span(formatSeconds(w.averageAnswerMs))]), column),
  ];
}

/** The card text cut to `width`, keeping the answer in view and marked. */
export function textAroundAnswer(text: string, answer: string | null, width: number): Span[] {
  const at = answer ? text.indexOf(answer) : -1;
  if (at < 0 || answer === null) return [span(truncate(text, width))];
  let start = 0;
  let end = text.length;
  if (end - start > width) {
    // Show some words before the answer, then as much after it as fits.
    start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width));
    // Start on a word, unless that would hide the beginning of the answer.
    const nextWord = text.indexOf(' ', start) + 1;
    if (start > 0 && nextWord > 0 && nextWord <= at) start = nextWord - 1;
    end = Math.min(text.length, start + width);
  }
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const from = start + head.length;
  const to = end - tail.length;
  const answerEnd = Math.min(to, at + answer.length);
  return [
    span(head + text.slice(from, Math.max(from, at))),
    span(text.slice(Math.max(from, at), answerEnd), 'answer'),
    span(text.slice(answerEnd, to) + tail),
  ].filter((s) => s.text.length > 0);
}

function leechLine(card: LeechCard, width: number, minLapses: number): StyledLine {
  const figures = `${String(card.lapses).padStart(3)} lapses  EF ${card.easiness.toFixed(2)}  `;
  const id = `${card.cardId}${card.suspended ? ' (suspended)' : ''}  `;
  const room = Math.max(10, width - figures.length - id.length);
  const text = card.text === null ? [span('(deck file missing)', 'dim')] : textAroundAnswer(card.text, card.answer, room);
  return [span(figures, card.lapses >= minLapses ? 'bad' : 'warn'), span(id, 'dim'), ...text];
}

/** Leeches, worst first, with their ids for `briefdeck suspend CARD`; at most `max` lines. */
export function troubleLines(leeches: LeechFigures, width: number, max: number): StyledLine[] {
  const rule = `lapses ≥ ${leeches.threshold.minLapses} or EF ≤ ${leeches.threshold.maxEasiness}`;
  if (leeches.cards.length === 0) return [[span('Trouble spots', 'title'), span(` · none (${rule})`, 'dim')]];
  const title: StyledLine = [span('Trouble spots', 'title'), span(truncate(` · ${leeches.cards.length} (${rule}) · briefdeck suspend CARD`, width - 13), 'dim')];
  const shown = leeches.cards.length > max ? Math.max(0, max - 1) : leeches.cards.length;
  const lines = [title, ...leeches.cards.slice(0, shown).map((card) => leechLine(card, width, leeches.threshold.minLapses))];
  const more = leeches.cards.length - shown;
  if (more > 0) lines.push([span(`  … ${more} more: briefdeck stats --json lists them all`, 'dim')]);
  return lines;
}

/** Under FSRS, one line: its predicted recall against the share passed, and the target. */
export function calibrationLines(report: StatsReport): StyledLine[] {
  const scheduler = report.scheduler;
  if (scheduler?.name !== 'fsrs' || !scheduler.calibration) return [];
  const { reviews, predicted, passed } = scheduler.calibration;
  const pct = (share: number | null): string => (share === null ? '–' : `${(share * 100).toFixed(1)} %`);
  const target = `target ${pct(scheduler.desiredRetention)}`;
  if (reviews === 0) return [[span('  FSRS', 'title'), span(` · ${target} · no review to check its predictions yet`, 'dim')]];
  return [
    [
      span('  FSRS', 'title'),
      span(` predicted ${pct(predicted)} · passed ${pct(passed)} · ${reviews} ${reviews === 1 ? 'review' : 'reviews'} · ${target}`),
    ],
  ];
}

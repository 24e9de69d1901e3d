import type { Deck } from '../deck/types.js';
import type { BriefSheet, DateEntry, KeyNumber, OrganisationEntry, PersonEntry, SpeakerQuotes } from './brief-sheet.js';
import { clauseAround } from './clause-around.js';
import { dateSortKey, datelineYear, readDate } from './date-order.js';
import { placedDeletions, type PlacedDeletion } from './deck-deletions.js';
import { roleInSentence } from './person-role.js';

const NUMBER_KINDS = new Set(['money', 'percent', 'number', 'quantity']);
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', '&']);

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

function keyNumbers(deletions: PlacedDeletion[]): KeyNumber[] {
  const seen = new Set<string>();
  const numbers: KeyNumber[] = [];
  for (const d of deletions) {
    if (!NUMBER_KINDS.has(d.kind) || d.noteKind === 'quote') continue;
    const context = clauseAround(d.text, d.start, d.end);
    const id = `${key(d.answer)}|${key(context)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    numbers.push({ value: d.answer, kind: d.kind as KeyNumber['kind'], context });
  }
  return numbers;
}

/** Every place the name is written in the deck's texts: the notes' own and their sources. */
function* mentions(deletions: PlacedDeletion[], name: string): Generator<{ text: string; start: number }> {
  const texts = new Set<string>();
  for (const d of deletions) texts.add(d.text).add(d.extra);
  for (const text of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) yield { text, start: at };
  }
}

/** People by full name (a surname-only mention joins its full name), with the first role found. */
function people(deletions: PlacedDeletion[]): PersonEntry[] {
  const names: string[] = [];
  // A speaker the article describes ("Speaker: …" on the back) is a person even with no fact card of their own.
  const isPerson = (d: PlacedDeletion): boolean => d.kind === 'person' || (d.kind === 'quote' && d.extra.startsWith('Speaker: '));
  for (const d of deletions) if (isPerson(d) && !names.includes(d.answer)) names.push(d.answer);
  const full = names.filter((n) => !names.some((other) => other !== n && other.endsWith(` ${n}`)));
  return full.map((name) => {
    let role: string | null = null;
    for (const m of mentions(deletions, name)) {
      role = roleInSentence(m.text, m.start, m.start + name.length);
      if (role) break;
    }
    return { name, role };
  });
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Organisations once each; an acronym the article also uses is shown beside the full name. */
function organisations(deletions: PlacedDeletion[]): OrganisationEntry[] {
  const names: string[] = [];
  for (const d of deletions) if (d.kind === 'organization' && !names.some((n) => key(n) === key(d.answer))) names.push(d.answer);
  const isAcronym = (n: string): boolean => /^[A-Z]{2,6}$/.test(n);
  const aliasOf = new Map<string, string>();
  for (const short of names.filter(isAcronym)) {
    const long = names.find((n) => !isAcronym(n) && initials(n) === short);
    if (long) aliasOf.set(long, short);
  }
  const aliases = new Set(aliasOf.values());
  return names.filter((n) => !aliases.has(n)).map((name) => ({ name, alias: aliasOf.get(name) ?? null }));
}

/** Who-said notes: `“quote” — {{c1::Speaker}}`, grouped under the speaker in deck order. */
function quotesBySpeaker(deletions: PlacedDeletion[]): SpeakerQuotes[] {
  const groups = new Map<string, string[]>();
  for (const d of deletions) {
    if (d.noteKind !== 'quote' || d.kind !== 'quote') continue;
    const quote = d.text.slice(0, d.start).replace(/\s*[—–-]\s*$/, '').trim();
    if (!quote) continue;
    const list = groups.get(d.answer) ?? [];
    if (!list.includes(quote)) list.push(quote);
    groups.set(d.answer, list);
  }
  return [...groups].map(([speaker, quotes]) => ({ speaker, quotes }));
}

/** Dates in time order; those without a year after the rest (by month), unreadable ones last. */
function datesInOrder(deletions: PlacedDeletion[], assumedYear: number | null): DateEntry[] {
  const entries: DateEntry[] = [];
  const seen = new Set<string>();
  for (const d of deletions) {
    if (d.kind !== 'date' || d.noteKind === 'quote') continue;
    const context = clauseAround(d.text, d.start, d.end);
    const id = `${key(d.answer)}|${key(context)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const parts = readDate(d.answer);
    const sortKey = parts ? dateSortKey(parts, assumedYear) : null;
    const yearUnknown = parts !== null && sortKey === null;
    entries.push({ date: d.answer, context, sortKey: sortKey ?? (yearUnknown ? (parts!.month ?? 0) * 100 + (parts!.day ?? 0) : null), yearUnknown });
  }
  const rank = (e: DateEntry): number => (e.sortKey === null ? 2 : e.yearUnknown ? 1 : 0);
  // A stable sort keeps deck order among equal dates.
  return entries.sort((a, b) => rank(a) - rank(b) || (a.sortKey ?? 0) - (b.sortKey ?? 0));
}

/** The briefing sheet of a deck: its live notes' facts, grouped. */
export function buildBrief(deck: Deck): BriefSheet {
  const deletions = placedDeletions(deck);
  const places: string[] = [];
  for (const d of deletions) if (d.kind === 'place' && !places.some((p) => key(p) === key(d.answer))) places.push(d.answer);
  return {
    deckName: deck.name,
    title: deck.source.title,
    dateline: deck.source.dateline,
    numbers: keyNumbers(deletions),
    people: people(deletions),
    organisations: organisations(deletions),
    places,
    quotes: quotesBySpeaker(deletions),
    dates: datesInOrder(deletions, datelineYear(deck.source.dateline)),
  };
}

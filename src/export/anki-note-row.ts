/**
 * One deck note → the fields of one row of the Anki CSV (Cloze note type).
 * Pure: the CSV writer and its tests share it.
 */
import { type ClozeSegment, ClozeSyntaxError, parseCloze } from '../deck/cloze.js';
import type { Deck, Note } from '../deck/types.js';
import { UserError } from '../errors.js';
import { plainToAnkiHtml, segmentsToAnkiHtml } from './anki-html.js';
import { kindsReadBack } from './card-kinds.js';

export const GUID_PREFIX = 'briefdeck-';
export const DECK_PREFIX = 'briefdeck::';
/** Wraps the source lines in Back Extra so an import can tell them from the note's own extra. */
export const SOURCE_CLASS = 'briefdeck-source';

export function guidOfNote(noteId: string): string {
  return `${GUID_PREFIX}${noteId}`;
}

/** The note id a briefdeck GUID carries, or null for a GUID Anki made. */
export function noteIdOfGuid(guid: string): string | null {
  const id = guid.startsWith(GUID_PREFIX) ? guid.slice(GUID_PREFIX.length) : '';
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

/**
 * `briefdeck::<name>` in the normal form Anki gives a new deck's name (rslib decks/name.rs:
 * each `::` part NFC, without ASCII control characters, without whitespace or `:` at either
 * end). Anki looks decks up by that form, so a name written otherwise misses the lookup on
 * every row and makes one more deck each time. The name's own `::` is softened to `:`, so it
 * stays one sub-deck.
 */
export function ankiDeckName(deck: Pick<Deck, 'name'>): string {
  const own = deck.name
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/:{2,}/g, ':')
    .normalize('NFC')
    .replace(/^[\p{White_Space}:]+|[\p{White_Space}:]+$/gu, '');
  return `${DECK_PREFIX}${own || 'deck'}`;
}

/** A tag holds no whitespace (Anki splits tags on it). */
function tagSafe(tag: string): string {
  return tag.trim().replace(/\s+/g, '_');
}

/**
 * The deck tag, then the note's own tags as they are. `kind::…` tags for the card kinds are
 * added only when the hints and the note's tags would not give the kinds back on import (a
 * generated note carries them already), so an import returns exactly the note's tags.
 */
export function tagsOfNote(deck: Deck, note: Note, segments: ClozeSegment[] = parseCloze(note.text)): string {
  const own = note.tags.map(tagSafe).filter(Boolean);
  const kinds = kindsReadBack(segments, own, note.cardKinds) ? [] : [...new Set(note.cardKinds)].map((k) => `kind::${k}`);
  return [...new Set([`${DECK_PREFIX}${deck.slug}`, ...own, ...kinds])].join(' ');
}

function sourceLink(deck: Deck): string | null {
  const { url, path } = deck.source;
  if (url && /^https?:\/\//i.test(url)) return `<a href="${plainToAnkiHtml(url)}">${plainToAnkiHtml(url)}</a>`;
  const where = url ?? path;
  return where ? plainToAnkiHtml(where) : null;
}

interface DeckLines {
  title: string | null;
  dateline: string | null;
  link: string | null;
}

// The same for every note of a deck: computed once per deck, not once per row.
const deckLinesCache = new WeakMap<Deck, DeckLines>();

function deckLines(deck: Deck): DeckLines {
  let lines = deckLinesCache.get(deck);
  if (!lines) {
    const html = (text: string | null): string | null => (text?.trim() ? plainToAnkiHtml(text) : null);
    lines = { title: html(deck.source.title), dateline: html(deck.source.dateline), link: sourceLink(deck) };
    deckLinesCache.set(deck, lines);
  }
  return lines;
}

/** Back Extra: the note's context, then the article's title, section, dateline and source. */
export function backExtraOfNote(deck: Deck, note: Note): string {
  const { title, dateline, link } = deckLines(deck);
  const section = note.section?.trim() ? plainToAnkiHtml(note.section) : null;
  const lines = [title, section, dateline, link].filter((line): line is string => line !== null);
  const source = lines.length ? `<span class="${SOURCE_CLASS}">${lines.join('<br>')}</span>` : '';
  const extra = plainToAnkiHtml(note.extra);
  return extra && source ? `${extra}<br>${source}` : extra || source;
}

/** Column order of the export; the header lines name these positions. */
export const ANKI_COLUMNS = ['guid', 'Text', 'Back Extra', 'deck', 'tags'] as const;

export function segmentsOf(deck: Deck, note: Note): ClozeSegment[] {
  try {
    return parseCloze(note.text);
  } catch (error) {
    if (!(error instanceof ClozeSyntaxError)) throw error;
    throw new UserError(`briefdeck: note ${note.id} of deck "${deck.slug}" has broken cloze text (${error.message}) — regenerate the deck with "briefdeck generate"`);
  }
}

export function ankiRowOfNote(deck: Deck, note: Note): string[] {
  const segments = segmentsOf(deck, note);
  return [guidOfNote(note.id), segmentsToAnkiHtml(segments), backExtraOfNote(deck, note), ankiDeckName(deck), tagsOfNote(deck, note, segments)];
}

/**
 * Decks (and, optionally, their SM-2 progress and answers) → the rows of an Anki collection
 * in schema 11, the form every Anki since 2.1.50 imports from a package (rslib
 * storage/schema11.sql; import_export/package/apkg/import). Pure: the time comes in.
 *
 * - one `briefdeck cloze` note type (anki-notetype.ts), so the notes stay cloze notes in a
 *   collection of any language;
 * - decks `briefdeck` and `briefdeck::<name>`; notes with GUID `briefdeck-<note id>`, so a
 *   re-import finds them; one card per deletion number (card ord = number − 1);
 * - with a schedule: each card's state and the answers as Anki's revlog.
 *
 * Numeric ids (Anki's creation times) run up to the export's millisecond; revlog ids are the
 * answers' own times.
 */
import { createHash } from 'node:crypto';
import type { Deck, Note } from '../deck/types.js';
import { cardId } from '../deck/types.js';
import { localDay } from '../schedule/calendar.js';
import type { CardProgress, ReviewLogEntry } from '../schedule/types.js';
import { ankiHtmlToPlain } from './anki-html.js';
import { briefdeckNotetype, NOTETYPE_ID } from './anki-notetype.js';
import { ankiDeckName, ankiRowOfNote, DECK_PREFIX } from './anki-note-row.js';
import {
  type AnkiCardSchedule,
  ankiCardSchedule,
  ankiRevlogRow,
  type AnkiRevlogRow,
  type AnkiScheduleDays,
  dayOffsetFor,
  newCardSchedule,
} from './anki-schedule.js';

export interface AnkiScheduleInput {
  /** Each card's progress, by deck id. */
  progress: Map<string, CardProgress[]>;
  /** The answers that count (undone ones left out), oldest first. */
  answers: ReviewLogEntry[];
}

export interface AnkiCollectionOptions {
  now: Date;
  /** IANA zone of the user's calendar days. */
  timeZone: string;
  schedule: AnkiScheduleInput | null;
}

export interface AnkiNoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
}

export interface AnkiCardRow extends AnkiCardSchedule {
  id: number;
  nid: number;
  did: number;
  ord: number;
  mod: number;
}

export interface AnkiRevlogEntryRow extends AnkiRevlogRow {
  cid: number;
}

export interface AnkiColRow {
  crt: number;
  mod: number;
  scm: number;
  conf: string;
  models: string;
  decks: string;
  dconf: string;
}

export interface AnkiCollection {
  col: AnkiColRow;
  notes: AnkiNoteRow[];
  cards: AnkiCardRow[];
  revlog: AnkiRevlogEntryRow[];
}

const DEFAULT_DECK_ID = 1;
const FIELD_SEPARATOR = '\u001f';

/** Anki's checksum of a note's first field: the first 8 hex digits of the SHA-1 of its text. */
function fieldChecksum(text: string): number {
  return Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16);
}

function deckJson(id: number, name: string, mod: number): Record<string, unknown> {
  return {
    id,
    name,
    mod,
    usn: 0,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

/** Anki's stock options, so the package opens like a collection Anki made. */
function defaultDeckConfig(mod: number): Record<string, unknown> {
  return {
    id: 1,
    mod,
    name: 'Default',
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  };
}

/** Minutes west of UTC in `timeZone` at `at` (Anki's creationOffset), e.g. -60 in Paris in winter. */
export function minutesWestOf(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const n = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  const instant = Math.floor(at.getTime() / 60_000) * 60_000;
  return Math.round((instant - wall) / 60_000);
}

interface LiveNote {
  deck: Deck;
  note: Note;
  did: number;
}

interface AnkiDecks {
  /** Deck rows of `col.decks`, by id. */
  table: Record<string, unknown>;
  live: LiveNote[];
}

/**
 * Default, `briefdeck` and one deck per name. Anki compares deck names without case (rslib
 * storage/deck): decks whose names it would take for one share that deck, under the first name.
 */
function ankiDecksOf(decks: Deck[], nowMs: number): AnkiDecks {
  const nowSec = Math.floor(nowMs / 1000);
  const names = decks.map(ankiDeckName);
  const keyOf = (name: string): string => name.toLowerCase();
  const nameOfKey = new Map<string, string>();
  for (const name of names) if (!nameOfKey.has(keyOf(name))) nameOfKey.set(keyOf(name), name);
  const idOfKey = new Map([...nameOfKey.keys()].map((key, i) => [key, nowMs - nameOfKey.size + i] as const));
  const parentId = nowMs - nameOfKey.size - 1;
  const table: Record<string, unknown> = {
    [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, 'Default', nowSec),
    [parentId]: deckJson(parentId, DECK_PREFIX.slice(0, -2), nowSec),
  };
  for (const [key, id] of idOfKey) table[id] = deckJson(id, nameOfKey.get(key)!, nowSec);
  const live = decks.flatMap((deck, i) =>
    deck.notes.filter((note) => !note.retiredAt).map((note) => ({ deck, note, did: idOfKey.get(keyOf(names[i]!))! })),
  );
  return { table, live };
}

interface NotesAndCards {
  notes: AnkiNoteRow[];
  cards: AnkiCardRow[];
  /** Anki's card id of each briefdeck card id. */
  cardIds: Map<string, number>;
}

function notesAndCardsOf(live: LiveNote[], progress: Map<string, CardProgress>, days: AnkiScheduleDays, nowMs: number): NotesAndCards {
  const nowSec = Math.floor(nowMs / 1000);
  const notes: AnkiNoteRow[] = [];
  const cards: AnkiCardRow[] = [];
  const cardIds = new Map<string, number>();
  const totalCards = live.reduce((sum, { note }) => sum + note.cardKinds.length, 0);
  live.forEach(({ deck, note, did }, i) => {
    const [guid, text, extra, , tags] = ankiRowOfNote(deck, note);
    const nid = nowMs - live.length + i;
    const sfld = ankiHtmlToPlain(text!);
    // The note changed when its deck was last generated: a later export updates it, the same one not.
    const mod = Math.min(nowSec, Math.floor(Date.parse(deck.generatedAt) / 1000) || nowSec);
    notes.push({ id: nid, guid: guid!, mid: NOTETYPE_ID, mod, tags: ` ${tags} `, flds: `${text}${FIELD_SEPARATOR}${extra}`, sfld, csum: fieldChecksum(sfld) });
    note.cardKinds.forEach((_, k) => {
      const id = nowMs - totalCards + cards.length;
      const key = cardId(note.id, k + 1);
      cardIds.set(key, id);
      // New cards keep the notes' order.
      const position = cards.length + 1;
      const p = progress.get(key);
      cards.push({ id, nid, did, ord: k, mod: nowSec, ...(p ? ankiCardSchedule(p, position, days) : newCardSchedule(position)) });
    });
  });
  return { notes, cards, cardIds };
}

function revlogOf(answers: ReviewLogEntry[], cardIds: Map<string, number>): AnkiRevlogEntryRow[] {
  const revlog: AnkiRevlogEntryRow[] = [];
  const usedIds = new Set<number>();
  for (const entry of answers) {
    const cid = cardIds.get(entry.cardId);
    if (cid === undefined) continue;
    const row = ankiRevlogRow(entry);
    // Anki's revlog id is the answer's millisecond; two answers in one millisecond step apart.
    while (usedIds.has(row.id)) row.id += 1;
    usedIds.add(row.id);
    revlog.push({ ...row, cid });
  }
  return revlog;
}

function confJson(crt: number, nextPos: number, timeZone: string): string {
  return JSON.stringify({
    activeDecks: [DEFAULT_DECK_ID],
    curDeck: DEFAULT_DECK_ID,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: NOTETYPE_ID,
    nextPos,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
    dayLearnFirst: false,
    schedVer: 2,
    sched2021: true,
    rollover: 4,
    creationOffset: minutesWestOf(new Date(crt * 1000), timeZone),
  });
}

export function buildAnkiCollection(decks: Deck[], options: AnkiCollectionOptions): AnkiCollection {
  const nowMs = options.now.getTime();
  const nowSec = Math.floor(nowMs / 1000);
  const { table, live } = ankiDecksOf(decks, nowMs);
  const progress = new Map<string, CardProgress>();
  for (const list of options.schedule?.progress.values() ?? []) for (const p of list) progress.set(p.cardId, p);
  const today = localDay(options.now, options.timeZone);
  // The collection starts early enough that no due day is negative.
  const dayOffset = dayOffsetFor(today, progress.values());
  const { notes, cards, cardIds } = notesAndCardsOf(live, progress, { today, dayOffset }, nowMs);
  const crt = nowSec - dayOffset * 86_400;
  return {
    col: {
      crt,
      mod: nowMs,
      scm: nowMs,
      conf: confJson(crt, cards.length + 1, options.timeZone),
      models: JSON.stringify({ [NOTETYPE_ID]: briefdeckNotetype() }),
      decks: JSON.stringify(table),
      dconf: JSON.stringify({ 1: defaultDeckConfig(nowSec) }),
    },
    notes,
    cards,
    revlog: revlogOf(options.schedule?.answers ?? [], cardIds),
  };
}

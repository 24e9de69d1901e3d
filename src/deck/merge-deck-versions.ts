// Two machines' versions of one deck, merged by note id against the version they last shared
// (`base`, null when there is none). Pure: both machines compute the same merge. A note changed
// on one side only takes that change; a retirement from either side is kept; a note
// regenerated differently on both takes the newer deck's version, unless one side edited it
// by hand (that edit wins); a note edited by hand differently on both is a conflict: this
// machine's version stays in the deck and both are handed back to be kept aside — never
// silently dropped.
import type { Deck, Note } from './types.js';

export interface NoteConflict {
  noteId: string;
  here: Note;
  there: Note;
}

export interface DeckMerge {
  deck: Deck;
  conflicts: NoteConflict[];
}

type Side = 'here' | 'there';

export function mergeDeckVersions(base: Deck | null, here: Deck, there: Deck): DeckMerge {
  const newer: Side = there.generatedAt > here.generatedAt ? 'there' : 'here';
  const baseNotes = new Map((base?.notes ?? []).map((note) => [note.id, note]));
  const thereNotes = new Map(there.notes.map((note) => [note.id, note]));
  const hereIds = new Set(here.notes.map((note) => note.id));
  const conflicts: NoteConflict[] = [];
  const notes: Note[] = [];
  const first = newer === 'here' ? here.notes : there.notes;
  const second = newer === 'here' ? there.notes : here.notes;
  for (const note of [...first, ...second.filter((n) => !first.some((f) => f.id === n.id))]) {
    const mine = hereIds.has(note.id) ? here.notes.find((n) => n.id === note.id)! : undefined;
    const theirs = thereNotes.get(note.id);
    if (!mine || !theirs) {
      notes.push(note);
      continue;
    }
    const merged = mergeNote(baseNotes.get(note.id), mine, theirs, newer);
    if (merged.conflict) conflicts.push({ noteId: note.id, here: mine, there: theirs });
    notes.push(merged.note);
  }
  const deckFields = newer === 'here' ? here : there;
  const deck: Deck = { ...deckFields, notes: retireTwins(notes, baseNotes, deckFields.generatedAt) };
  return { deck, conflicts };
}

const CONTENT: readonly (keyof Note)[] = ['text', 'extra', 'section', 'tags', 'kind', 'cardKinds', 'fingerprint', 'editedAt'];

function contentOf(note: Note): string {
  return JSON.stringify(CONTENT.map((key) => note[key] ?? null));
}

function mergeNote(base: Note | undefined, here: Note, there: Note, newer: Side): { note: Note; conflict: boolean } {
  let content: Note = here;
  let conflict = false;
  const [h, t, b] = [contentOf(here), contentOf(there), base && contentOf(base)];
  if (h !== t) {
    if (h === b) content = there;
    else if (t === b) content = here;
    else {
      const editedHere = here.editedAt !== undefined && here.editedAt !== base?.editedAt;
      const editedThere = there.editedAt !== undefined && there.editedAt !== base?.editedAt;
      conflict = editedHere && editedThere;
      content = conflict || editedHere ? here : editedThere ? there : newer === 'here' ? here : there;
    }
  }
  const retiredAt = mergeRetirement(base?.retiredAt, here.retiredAt, there.retiredAt);
  const { retiredAt: _dropped, ...rest } = content;
  return { note: retiredAt === undefined ? rest : { ...rest, retiredAt }, conflict };
}

/** Three-way on `retiredAt`; when both sides changed it, a retirement from either is kept. */
function mergeRetirement(base: string | undefined, here: string | undefined, there: string | undefined): string | undefined {
  if (here === there) return here;
  if (here === base) return there;
  if (there === base) return here;
  const retired = [here, there].filter((at): at is string => at !== undefined).sort();
  return retired[0];
}

/**
 * Both machines regenerated the deck from the same new article: each gave the same new note
 * its own id. One note of each fingerprint stays live (the smaller id, on every machine);
 * its twin is retired, its history kept.
 */
function retireTwins(notes: Note[], baseNotes: ReadonlyMap<string, Note>, at: string): Note[] {
  const live = new Map<string, string>();
  for (const note of notes) {
    if (note.retiredAt !== undefined || baseNotes.has(note.id)) continue;
    const other = live.get(note.fingerprint);
    if (other === undefined || note.id < other) live.set(note.fingerprint, note.id);
  }
  return notes.map((note) => {
    const keeper = live.get(note.fingerprint);
    const isTwin = note.retiredAt === undefined && !baseNotes.has(note.id) && keeper !== undefined && keeper !== note.id;
    return isTwin ? { ...note, retiredAt: at } : note;
  });
}

/**
 * Fold an imported deck into the deck of the same name it came from: each imported note
 * takes the place of the old note with its id (from the Anki GUID), else with its content
 * fingerprint, so the old note's progress stays attached. Old notes the file does not
 * mention are kept as they are: an import never deletes anything.
 */
import { parseCloze } from '../deck/cloze.js';
import type { Deck, Note } from '../deck/types.js';
import { importedFingerprint } from './anki-import.js';

export interface MergeImportedResult {
  deck: Deck;
  added: number;
  changed: number;
  unchanged: number;
}

/** Whether `imported` is a copy of `existing` (they share note ids, which are nanoids). */
export function isSameDeck(existing: Deck, imported: Deck): boolean {
  const ids = new Set(existing.notes.map((n) => n.id));
  return imported.notes.some((n) => ids.has(n.id));
}

/** Tags as a set: Anki keeps a note's tags sorted, whatever order they were written in. */
const sameTags = (a: string[], b: string[]): boolean => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

function sameContent(a: Note, b: Note): boolean {
  return a.text === b.text && a.extra === b.extra && sameTags(a.tags, b.tags) && !a.retiredAt;
}

export function mergeImportedDeck(existing: Deck, imported: Deck, now: string): MergeImportedResult {
  const byId = new Map(existing.notes.map((n) => [n.id, n]));
  const byContent = new Map(existing.notes.map((n) => [importedFingerprint(parseCloze(n.text)), n]));
  const claimed = new Set<string>();
  const replaced = new Map<string, Note>();
  const fresh: Note[] = [];
  let changed = 0;
  let unchanged = 0;
  for (const note of imported.notes) {
    let match = byId.get(note.id);
    if (!match || claimed.has(match.id)) match = byContent.get(note.fingerprint);
    if (!match || claimed.has(match.id)) {
      fresh.push(byId.has(note.id) ? { ...note, id: `${note.id}-imported` } : note);
      continue;
    }
    claimed.add(match.id);
    if (sameContent(match, note)) {
      unchanged += 1;
      continue;
    }
    changed += 1;
    // The cloze is unchanged: the old kinds and fingerprint are better than the import's guesses.
    const kept = match.text === note.text ? { kind: match.kind, cardKinds: match.cardKinds, fingerprint: match.fingerprint } : {};
    const { retiredAt: _dropped, ...live } = match;
    replaced.set(match.id, { ...live, ...note, ...kept, id: match.id, section: match.section });
  }
  const notes = [...existing.notes.map((n) => replaced.get(n.id) ?? n), ...fresh];
  return {
    deck: { ...existing, generatedAt: now, notes },
    added: fresh.length,
    changed,
    unchanged,
  };
}

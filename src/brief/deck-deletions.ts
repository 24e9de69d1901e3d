import { parseCloze, plainText } from '../deck/cloze.js';
import type { Deck, NoteKind } from '../deck/types.js';

/** One deletion of a live note, placed in the note's plain text. */
export interface PlacedDeletion {
  noteId: string;
  noteKind: NoteKind;
  kind: NoteKind;
  answer: string;
  /** The note's text with every deletion filled in. */
  text: string;
  start: number;
  end: number;
  /** The note's source sentence(s), for context the note's own text may have trimmed. */
  extra: string;
}

/** Every deletion of the deck's notes, in deck order; retired and unreadable notes left out. */
export function placedDeletions(deck: Deck): PlacedDeletion[] {
  const placed: PlacedDeletion[] = [];
  for (const note of deck.notes) {
    if (note.retiredAt) continue;
    let segments;
    try {
      segments = parseCloze(note.text);
    } catch {
      continue; // a broken note is reported by the commands that show cards
    }
    const text = plainText(segments);
    let offset = 0;
    for (const s of segments) {
      if (s.type === 'text') {
        offset += s.text.length;
        continue;
      }
      placed.push({
        noteId: note.id,
        noteKind: note.kind,
        kind: note.cardKinds[s.ord - 1] ?? note.kind,
        answer: s.answer,
        text,
        start: offset,
        end: offset + s.answer.length,
        extra: note.extra,
      });
      offset += s.answer.length;
    }
  }
  return placed;
}

/**
 * Reading a note's card kinds back from what an Anki note carries: the hints of its deletions
 * and its `kind::…` tags. The exporter asks the same question to decide whether the kinds
 * need tags of their own, so export and import agree by construction.
 */
import { clozeOrds, type ClozeSegment } from '../deck/cloze.js';
import { kindOfHint } from '../deck/hints.js';
import { NOTE_KINDS, type NoteKind } from '../deck/types.js';

/** The hint of each card (the first deletion of c1, c2 … in text order), by deletion number. */
export function hintsOfCards(segments: ClozeSegment[]): (string | null)[] {
  return clozeOrds(segments).map((ord) => {
    const first = segments.find((s) => s.type === 'deletion' && s.ord === ord);
    return first?.type === 'deletion' ? first.hint : null;
  });
}

/** The kinds named by `kind::…` tags, in tag order, each once. */
export function kindsOfTags(tags: string[]): NoteKind[] {
  const kinds: NoteKind[] = [];
  for (const tag of tags) {
    const kind = /^kind::(.+)$/i.exec(tag)?.[1]?.toLowerCase() as NoteKind | undefined;
    if (kind && NOTE_KINDS.includes(kind) && !kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/**
 * A card's kind: its hint's kind when the note's `kind::` tags allow it, else the only tagged
 * kind, else the tagged kinds in card order (how briefdeck writes them), else the hint's, else term.
 */
export function kindsOfCards(hints: (string | null)[], tagKinds: NoteKind[]): NoteKind[] {
  return hints.map((hint, i) => {
    const fromHint = hint ? kindOfHint(hint) : undefined;
    if (fromHint && (tagKinds.length === 0 || tagKinds.includes(fromHint))) return fromHint;
    if (tagKinds.length === 1) return tagKinds[0]!;
    if (tagKinds.length === hints.length) return tagKinds[i]!;
    return fromHint ?? tagKinds[0] ?? 'term';
  });
}

/** Whether `cardKinds` read back from these hints and tags alone. */
export function kindsReadBack(segments: ClozeSegment[], tags: string[], cardKinds: NoteKind[]): boolean {
  const read = kindsOfCards(hintsOfCards(segments), kindsOfTags(tags));
  return read.length === cardKinds.length && read.every((kind, i) => kind === cardKinds[i]);
}

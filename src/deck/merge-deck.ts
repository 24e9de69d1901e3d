import type { GeneratedNote } from '../generate/generate-notes.js';
import { buildClozeText, parseCloze, plainText } from './cloze.js';
import { normaliseForFingerprint } from '../generate/fingerprint.js';
import type { Deck, DeckSource, Note } from './types.js';
import { DECK_SCHEMA } from './types.js';

export interface MergeInput {
  previous: Deck | null;
  generated: GeneratedNote[];
  name: string;
  slug: string;
  source: DeckSource;
  /** Added to the previous deck's tags (a tag is never taken away by regenerating). */
  tags?: readonly string[];
  now: string;
  newId: () => string;
  /**
   * With no previous deck file: the store's record of the same deck (its file was deleted),
   * whose note ids are kept for notes of the same fingerprint — and so their progress.
   */
  known?: { deckId: string; noteIdsByFingerprint: ReadonlyMap<string, string> } | null;
}

export interface MergeResult {
  deck: Deck;
  added: number;
  kept: number;
  retired: number;
}

function answersKey(note: Pick<Note, 'text' | 'cardKinds'>): string {
  const answers = parseCloze(note.text).flatMap((s) => (s.type === 'deletion' ? [`${s.ord}:${s.answer}`] : []));
  return `${note.cardKinds.join(',')}|${answers.join('|')}`;
}

function words(note: Pick<Note, 'text'>): Set<string> {
  return new Set(plainText(parseCloze(note.text)).toLowerCase().split(/\W+/).filter(Boolean));
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** Each card's answer, by ord (the first deletion of each ord). */
function answerOfOrd(note: Pick<Note, 'text'>): Map<number, string> {
  const found = new Map<number, string>();
  for (const s of parseCloze(note.text)) if (s.type === 'deletion' && !found.has(s.ord)) found.set(s.ord, s.answer);
  return found;
}

/**
 * The fresh note numbered so that every card the old note had keeps its number: its progress
 * is stored by note id and number. A card the generator now adds to the same sentence
 * ("When I arrived in {{Tashkent}} [in {{2019}}]") takes the next free number. Null when the
 * sentence changed or an old card has no answer in the fresh note.
 */
function keepingCardNumbers(old: Note, fresh: GeneratedNote): GeneratedNote | null {
  if (normaliseForFingerprint(old.extra) !== normaliseForFingerprint(fresh.extra)) return null;
  const oldAnswers = answerOfOrd(old);
  const freshAnswers = answerOfOrd(fresh);
  const renumber = new Map<number, number>();
  for (const [oldOrd, answer] of oldAnswers) {
    const freshOrd = [...freshAnswers].find(([ord, a]) => a === answer && !renumber.has(ord))?.[0];
    if (freshOrd === undefined) return null;
    renumber.set(freshOrd, oldOrd);
  }
  let next = oldAnswers.size;
  for (const ord of freshAnswers.keys()) if (!renumber.has(ord)) renumber.set(ord, (next += 1));
  const text = buildClozeText(parseCloze(fresh.text).map((seg) => (seg.type === 'deletion' ? { ...seg, ord: renumber.get(seg.ord)! } : seg)));
  const cardKinds = [...fresh.cardKinds];
  fresh.cardKinds.forEach((kind, i) => (cardKinds[renumber.get(i + 1)! - 1] = kind));
  return { ...fresh, text, cardKinds, kind: cardKinds[0]! };
}

/**
 * Fold a fresh generation into the previous deck so that progress survives: a note keeps
 * its id when its fingerprint is unchanged, or — for a lightly edited sentence — when it
 * asks for the same answers in a mostly unchanged sentence. Notes that vanished are kept,
 * marked retired, so their review history still has a note to point to. Notes edited by hand
 * (`editedAt`) are left exactly as they are.
 */
export function mergeDeck(input: MergeInput): MergeResult {
  const previousNotes = input.previous?.notes ?? [];
  const byFingerprint = new Map(previousNotes.map((n) => [n.fingerprint, n]));
  const claimed = new Set<string>();
  let kept = 0;

  const knownIds = input.previous ? null : input.known;
  const notes: Note[] = input.generated.map((fresh) => {
    const knownId = knownIds?.noteIdsByFingerprint.get(fresh.fingerprint);
    if (knownId !== undefined && !claimed.has(knownId)) {
      claimed.add(knownId);
      kept += 1;
      return { id: knownId, ...fresh };
    }
    let match = byFingerprint.get(fresh.fingerprint);
    if (match && claimed.has(match.id)) match = undefined;
    // The same sentence asked for more: its old cards keep their numbers, and their progress.
    let renumbered: GeneratedNote | null = null;
    if (!match) {
      for (const old of previousNotes) {
        if (claimed.has(old.id) || old.editedAt) continue;
        renumbered = keepingCardNumbers(old, fresh);
        if (renumbered) {
          match = old;
          break;
        }
      }
    }
    if (!match) {
      const key = answersKey(fresh);
      const freshWords = words(fresh);
      match = previousNotes.find(
        (old) => !claimed.has(old.id) && answersKey(old) === key && similarity(words(old), freshWords) >= 0.6,
      );
    }
    if (match) {
      claimed.add(match.id);
      kept += 1;
      // A note the user edited by hand stays as they wrote it.
      if (match.editedAt) return match;
      return { id: match.id, ...(renumbered ?? keepingCardNumbers(match, fresh) ?? fresh) };
    }
    return { id: input.newId(), ...fresh };
  });

  let retired = 0;
  for (const old of previousNotes) {
    if (claimed.has(old.id)) continue;
    // A hand-edited note is the user's: it is neither rewritten nor retired by a regeneration.
    if (old.editedAt) {
      notes.push(old);
      continue;
    }
    if (!old.retiredAt) retired += 1;
    notes.push({ ...old, retiredAt: old.retiredAt ?? input.now });
  }

  const tags = [...new Set([...(input.previous?.tags ?? []), ...(input.tags ?? [])])];
  const deck: Deck = {
    schema: DECK_SCHEMA,
    id: input.previous?.id ?? knownIds?.deckId ?? input.newId(),
    name: input.name,
    slug: input.slug,
    source: input.source,
    ...(tags.length > 0 ? { tags } : {}),
    generatedAt: input.now,
    notes,
  };
  return { deck, added: input.generated.length - kept, kept, retired };
}

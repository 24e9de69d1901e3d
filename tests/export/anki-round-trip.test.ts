import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clozeAnswers, clozeOrds, type ClozeSegment, parseCloze, plainText } from '../../src/deck/cloze.js';
import { KIND_OF_HINT } from '../../src/deck/hints.js';
import type { Deck, NoteKind } from '../../src/deck/types.js';
import { importAnkiCsv } from '../../src/export/anki-import.js';
import { exportToString } from './export-to-string.js';
import { ANKI_MEDIA_TAGS, ankiCardBack, ankiDeletions, ankiRevealAll, htmlText, mathJaxStrings, readLikeAnki } from './read-like-anki.js';
import { note, sampleDeck } from './sample-deck.js';

/** Pieces that break naive CSV, HTML or cloze writers. */
const NASTY = ['[sound:a.mp3]', '\\(', '\\[', '\\)', '[latex]', '[$$]', '(', ',', ';', '\t', '"', '""', '\n', '<b>', '</div>', '<br>', '&amp;', '&', '}}', '::', '{{', '{{c1::', '#', ' # 1', '\\', ':', '{', '}', ' ', '😀', '👩🏽‍🚀', 'שלום', 'مرحبا', '\u200f', 'x'];
// CR LF becomes LF in Anki's HTML (both are <br>); NUL is not text. Everything else must survive.
const messy = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 6 })
  .map((parts) => parts.join('').replace(/[\r\0]/g, ''));
const answer = messy.filter((s) => s.trim() !== '');

/** The hints the generator writes, each with its kind (tests/deck/hints.test.ts checks the list against the generator). */
const REAL_HINTS = [...KIND_OF_HINT.entries()];

const noteArb = fc
  .record({
    hinted: fc.array(fc.constantFrom(...REAL_HINTS), { minLength: 1, maxLength: 3 }),
    hasHints: fc.boolean(),
    kindTags: fc.boolean(),
    repeats: fc.array(fc.nat(), { maxLength: 2 }),
    texts: fc.array(messy, { minLength: 6, maxLength: 6 }),
    answers: fc.array(answer, { minLength: 5, maxLength: 5 }),
    extra: messy,
    tags: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/), { maxLength: 3 }),
  })
  .map(({ hinted, hasHints, kindTags, repeats, texts, answers, extra, tags }) => {
    // Without hints, one kind per note, named by its tag (as a note imported from Anki has it).
    const cardKinds: NoteKind[] = hasHints ? hinted.map(([, kind]) => kind) : hinted.map(() => hinted[0]![1]);
    const ords = [...cardKinds.map((_, i) => i + 1), ...repeats.map((r) => (r % cardKinds.length) + 1)];
    const segments: ClozeSegment[] = [];
    ords.forEach((ord, i) => {
      if (texts[i]) segments.push({ type: 'text', text: texts[i]! });
      segments.push({ type: 'deletion', ord, answer: answers[i]!, hint: hasHints ? hinted[ord - 1]![0] : null });
    });
    if (texts[5]) segments.push({ type: 'text', text: texts[5] });
    // The generator tags a note with the kinds of its cards, first.
    const own = kindTags || !hasHints ? [...new Set(cardKinds.map((k) => `kind::${k}`)), ...tags] : tags;
    return { segments, cardKinds, extra, tags: own };
  });

const deckArb = fc.array(noteArb, { minLength: 1, maxLength: 5 }).map((notes): Deck => ({
  ...sampleDeck(),
  notes: notes.map((n, i) => note(`id${i}_x-${i}`, n.segments, n.cardKinds, n.extra, { tags: n.tags })),
}));

let counter = 0;
const newId = (): string => `fresh${++counter}`;

describe('random note texts through the Anki CSV', () => {
  test('every field parses back, and Anki sees the same answers and the same visible text', async () => {
    await fc.assert(
      fc.asyncProperty(deckArb, async (deck) => {
        const { rows } = readLikeAnki(await exportToString([deck]));
        expect(rows).toHaveLength(deck.notes.length);
        rows.forEach((row, i) => {
          expect(row).toHaveLength(5);
          const segments = parseCloze(deck.notes[i]!.text);
          const deletions = ankiDeletions(row[1]!);
          for (const ord of clozeOrds(segments)) {
            const seen = deletions.filter((d) => d.ord === ord).map((d) => htmlText(d.answerHtml));
            expect(seen).toEqual(clozeAnswers(segments, ord));
          }
          expect(deletions).toHaveLength(segments.filter((s) => s.type === 'deletion').length);
          expect(htmlText(ankiRevealAll(row[1]!))).toBe(plainText(segments));
          expect(htmlText(row[2]!).startsWith(deck.notes[i]!.extra)).toBe(true);
          // No sound, LaTeX or MathJax comes out of article text, on any card.
          expect(`${row[1]}${row[2]}`).not.toMatch(ANKI_MEDIA_TAGS);
          for (const ord of clozeOrds(segments)) {
            for (const s of mathJaxStrings(`${ankiCardBack(row[1]!, ord)}<hr>${row[2]}`)) expect(s).not.toMatch(/\\[([]/);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  test('export then import gives the same notes: ids, texts, kinds, context and tags', async () => {
    await fc.assert(
      fc.asyncProperty(deckArb, async (deck) => {
        const csv = await exportToString([deck]);
        const { deck: back, skipped } = importAnkiCsv(csv, { deckName: null, fileName: 'x.csv', newId, now: deck.generatedAt });
        expect(skipped).toBe(0);
        expect(back.name).toBe(deck.name);
        const pick = (d: Deck) => d.notes.map(({ id, text, kind, cardKinds, extra, tags }) => ({ id, text, kind, cardKinds, extra, tags }));
        expect(pick(back)).toEqual(pick(deck));
      }),
      { numRuns: 200 },
    );
  });
});

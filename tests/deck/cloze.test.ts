import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  buildClozeText,
  clozeAnswers,
  clozeOrds,
  ClozeSyntaxError,
  parseCloze,
  plainText,
  renderCard,
  type ClozeSegment,
} from '../../src/deck/cloze.js';

describe('cloze markup', () => {
  test('a deletion with a hint parses into its answer and hint', () => {
    expect(parseCloze('Trade reached {{c1::$3 billion::amount}} in 2022.')).toEqual([
      { type: 'text', text: 'Trade reached ' },
      { type: 'deletion', ord: 1, answer: '$3 billion', hint: 'amount' },
      { type: 'text', text: ' in 2022.' },
    ]);
  });

  test('a card hides only its own deletions, as [___ hint ___] or [_____], unlike an editorial [the]', () => {
    const segments = parseCloze('{{c1::Rosenblum::person}} met {{c2::Tokayev}} in {{c1::Astana}}.');
    expect(renderCard(segments, 1, false)).toBe('[___ person ___] met Tokayev in [_____].');
    expect(renderCard(segments, 2, false)).toBe('Rosenblum met [_____] in Astana.');
    const edited = parseCloze('“We met [the] {{c1::president::person}} [in 2019],” he said.');
    expect(renderCard(edited, 1, false)).toBe('“We met [the] [___ person ___] [in 2019],” he said.');
    expect(renderCard(segments, 2, true)).toBe('Rosenblum met Tokayev in Astana.');
    expect(clozeOrds(segments)).toEqual([1, 2]);
    expect(clozeAnswers(segments, 1)).toEqual(['Rosenblum', 'Astana']);
  });

  test('article text that looks like markup survives a round trip', () => {
    const segments: ClozeSegment[] = [
      { type: 'text', text: 'A {{c9::fake}} and a \\ backslash: ' },
      { type: 'deletion', ord: 1, answer: 'x::y}}z', hint: 'odd}} hint' },
    ];
    const text = buildClozeText(segments);
    expect(parseCloze(text)).toEqual(segments);
    expect(plainText(parseCloze(text))).toBe('A {{c9::fake}} and a \\ backslash: x::y}}z');
  });

  test('malformed markup is refused, not guessed', () => {
    expect(() => parseCloze('{{c1::open')).toThrow(ClozeSyntaxError);
    expect(() => parseCloze('{{c1::}}')).toThrow(ClozeSyntaxError);
    expect(() => parseCloze('{{c1::a::b::c}}')).toThrow(ClozeSyntaxError);
    expect(() => parseCloze('stray } brace')).toThrow(ClozeSyntaxError);
  });

  test('any text and answers round-trip through the markup', () => {
    const segment = fc.oneof(
      fc.record({ type: fc.constant('text' as const), text: fc.string({ minLength: 1 }) }),
      fc.record({
        type: fc.constant('deletion' as const),
        ord: fc.integer({ min: 1, max: 9 }),
        answer: fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0),
        hint: fc.option(fc.string({ minLength: 1 }), { nil: null }),
      }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        // Adjacent text segments merge when parsed; compare the merged form.
        const merged: ClozeSegment[] = [];
        for (const s of segments) {
          const last = merged[merged.length - 1];
          if (s.type === 'text' && last?.type === 'text') merged[merged.length - 1] = { type: 'text', text: last.text + s.text };
          else merged.push(s);
        }
        expect(parseCloze(buildClozeText(segments))).toEqual(merged);
      }),
    );
  });
});

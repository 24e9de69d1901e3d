import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FastGraphemeSegmenter, isOneClusterEach } from '../../src/ui/fast-grapheme-segmenter.js';

const icu = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const fast = new FastGraphemeSegmenter(undefined, { granularity: 'grapheme' });

/** Every segment, and what `containing` says for every index (and just outside the string). */
function segmentsOf(segmenter: Pick<Intl.Segmenter, 'segment'>, text: string): unknown {
  const segments = segmenter.segment(text);
  const listed = [...segments].map(({ segment, index, input }) => ({ segment, index, input }));
  const containing = [-1, ...Array.from({ length: text.length + 1 }, (_, i) => i)].map((i) => {
    const found = segments.containing(i);
    return found && { segment: found.segment, index: found.index };
  });
  return { listed, containing };
}

// Everything the fast path takes, and neighbours that join a cluster with what comes before or
// after them: combining marks, joiners, variation selectors, emoji, regional indicators,
// Hangul jamo, an Indic virama, CJK.
const JOINERS = ['\u0301', '\u200D', '\u200C', '\uFE0F', '🚀', '👨‍👩‍👧', '🇰🇿', '\u1100', '\u1161', '\u0915', '\u094D', '日', '\u00AD', '\r', '\n'];

describe('FastGraphemeSegmenter', () => {
  test('gives ICU’s grapheme segments for every character it takes on its own, alone and beside any neighbour', () => {
    let taken = 0;
    for (let c = 0; c <= 0x2fff; c += 1) {
      const ch = String.fromCodePoint(c);
      if (!isOneClusterEach(ch)) continue;
      taken += 1;
      for (const text of [ch, `${ch}${ch}`, `a${ch}b`, ...JOINERS.flatMap((j) => [`${ch}${j}`, `${j}${ch}`])]) {
        expect(segmentsOf(fast, text), JSON.stringify(text)).toEqual(segmentsOf(icu, text));
      }
    }
    expect(taken).toBeGreaterThan(1000); // ASCII, Latin, news punctuation, box drawing: the fast path is real
  });

  test('agrees with ICU on any mix of those characters and the ones that join', () => {
    const alphabet = fc.constantFrom('a', 'Z', ' ', '“', '”', '—', '…', 'é', 'ł', '│', '▶', '\u001B', '[', '3', 'm', '\r', '\n', ...JOINERS);
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(segmentsOf(fast, text)).toEqual(segmentsOf(icu, text));
      }),
      { numRuns: 2000 },
    );
  });

  test('CR LF stays one cluster; words and sentences are left to ICU', () => {
    expect([...fast.segment('a\r\nb')].map((s) => s.segment)).toEqual(['a', '\r\n', 'b']);
    const words = new FastGraphemeSegmenter('en', { granularity: 'word' });
    expect([...words.segment('Two words.')].map((s) => s.segment)).toEqual(['Two', ' ', 'words', '.']);
    expect(words.resolvedOptions().granularity).toBe('word');
  });
});

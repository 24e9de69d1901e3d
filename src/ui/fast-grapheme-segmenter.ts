// The first Intl.Segmenter a process makes loads ICU's data: 12–35 ms of a review's first frame
// (more on a busy machine), paid when Ink's text libraries (string-width, slice-ansi,
// ansi-tokenize) each make one as they load. For the text a review screen is made of, every
// character is a grapheme cluster of its own, so the segments can be read off the string.

/**
 * Characters that always form a grapheme cluster alone (Unicode's UAX #29): controls (escape
 * codes included), ASCII, Latin-1 (no soft hyphen) and Latin Extended letters, the punctuation
 * of news text, arrows, box-drawing lines, blocks and shapes. None is a combining mark, a
 * joiner, a prepended or spacing mark, a regional indicator or a Hangul jamo — the only
 * characters that join a neighbour — so a string of them splits at every code unit, except
 * CR LF, which is one cluster.
 */
const ONE_CLUSTER_EACH = /^[\u0000-\u00AC\u00AE-\u024F\u2010-\u2027\u2030-\u205E\u2190-\u21FF\u2500-\u25FC]*$/;

const IcuSegmenter = Intl.Segmenter;

export function isOneClusterEach(text: string): boolean {
  return ONE_CLUSTER_EACH.test(text) && !text.includes('\r\n');
}

/** `Intl.Segments` for a string whose every code unit is a cluster. */
function segmentsOfCodeUnits(input: string): Intl.Segments {
  const at = (index: number): Intl.SegmentData => ({ segment: input[index]!, index, input });
  return {
    containing(codeUnitIndex = 0) {
      const index = Math.trunc(Number(codeUnitIndex)) || 0;
      return index >= 0 && index < input.length ? at(index) : undefined;
    },
    [Symbol.iterator]() {
      return (function* () {
        for (let index = 0; index < input.length; index += 1) yield at(index);
      })() as unknown as Intl.SegmentIterator<Intl.SegmentData>;
    },
  };
}

/**
 * Intl.Segmenter as its callers see it, which makes ICU's own segmenter only for text outside
 * those characters (CJK, emoji, combining marks) or for words and sentences.
 */
export class FastGraphemeSegmenter implements Intl.Segmenter {
  readonly #locales: ConstructorParameters<typeof Intl.Segmenter>[0];
  readonly #options: Intl.SegmenterOptions | undefined;
  #icu: Intl.Segmenter | undefined;

  constructor(locales?: ConstructorParameters<typeof Intl.Segmenter>[0], options?: Intl.SegmenterOptions) {
    this.#locales = locales;
    this.#options = options;
  }

  #real(): Intl.Segmenter {
    this.#icu ??= new IcuSegmenter(this.#locales, this.#options);
    return this.#icu;
  }

  segment(input: string): Intl.Segments {
    const text = String(input);
    const graphemes = (this.#options?.granularity ?? 'grapheme') === 'grapheme';
    return graphemes && isOneClusterEach(text) ? segmentsOfCodeUnits(text) : this.#real().segment(text);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.#real().resolvedOptions();
  }
}

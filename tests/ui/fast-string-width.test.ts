import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import fastStringWidth from '../../src/ui/fast-string-width.js';

describe('fastStringWidth', () => {
  test('agrees with string-width on news text and on everything its fast path must leave alone', () => {
    const samples = [
      '',
      'plain ASCII text',
      '“Symbolic gestures,” said Akbota Karibayeva — the region’s ‘hedging’ strategy…',
      'Zürich, São Paulo, Łódź, Ångström, naïve café',
      '1.5 °C, 7,000 Thai baht (£224) • † ‰ ′ ″',
      'soft\u00ADhyphen', // zero width
      'zero\u200Bwidth and joiner\u200D', // zero width
      '日本の外交', // two columns each
      'rocket 🚀 and family 👨‍👩‍👧',
      'e\u0301 combining accent',
      '\u001B[1mbold\u001B[22m escape codes',
      'tab\tinside',
      '\u001B[36m“quoted”\u001B[39m — in colour',
    ];
    for (const s of samples) {
      expect(fastStringWidth(s), s).toBe(stringWidth(s));
      expect(fastStringWidth(s, { countAnsiEscapeCodes: true }), s).toBe(stringWidth(s, { countAnsiEscapeCodes: true }));
    }
  });

  test('agrees with string-width on every character up to U+2FFF, alone and in a line', () => {
    // (Disagreements collected and compared once: 49,000 expect calls took 20 s on a loaded machine.)
    const disagreements: string[] = [];
    for (let c = 0; c <= 0x2fff; c += 1) {
      const ch = String.fromCodePoint(c);
      const cases: [string, { ambiguousIsNarrow?: boolean }][] = [[ch, {}], [`a${ch}b`, {}], [`\u001B[31m${ch}\u001B[39m`, {}], [ch, { ambiguousIsNarrow: false }]];
      for (const [text, options] of cases) {
        const fast = fastStringWidth(text, options);
        const slow = stringWidth(text, options);
        if (fast !== slow) disagreements.push(`U+${c.toString(16)} in ${JSON.stringify(text)} ${JSON.stringify(options)}: ${fast} ≠ ${slow}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});

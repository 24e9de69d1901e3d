import { describe, expect, test } from 'vitest';
import { wrapStyledRuns } from '../../src/ui/wrap-styled.js';

const plain = (lines: { text: string }[][]): string[] => lines.map((line) => line.map((r) => r.text).join(''));

describe('wrapping card text', () => {
  test('breaks at spaces, and no wrapped line starts or ends with the break space', () => {
    const lines = wrapStyledRuns([{ text: 'sharing long borders with Russia and ', style: 'plain' }, { text: '[place]', style: 'own' }, { text: '.', style: 'plain' }], 20);
    expect(plain(lines)).toEqual(['sharing long borders', 'with Russia and', '[place].']);
    for (const line of plain(lines)) expect(line.length).toBeLessThanOrEqual(20);
  });

  test('keeps each run its style across a break', () => {
    const lines = wrapStyledRuns([{ text: 'aaa ', style: 1 }, { text: 'bbb ccc', style: 2 }], 5);
    expect(lines).toEqual([[{ text: 'aaa', style: 1 }], [{ text: 'bbb', style: 2 }], [{ text: 'ccc', style: 2 }]]);
  });

  test('cuts a word longer than the line', () => {
    expect(plain(wrapStyledRuns([{ text: 'abcdefghij', style: 0 }], 4))).toEqual(['abcd', 'efgh', 'ij']);
  });
});

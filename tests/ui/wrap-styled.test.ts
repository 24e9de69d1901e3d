import { describe, expect, test } from 'vitest';
import stringWidth from 'string-width';
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

describe('wrapping what the terminal shows', () => {
  test("a line break in the text starts a new line (a who-said card's speaker, then its sentence)", () => {
    const back = 'Speaker: U.S. Ambassador Daniel Rosenblum\n“And now there are 23,” Rosenblum said.';
    expect(plain(wrapStyledRuns([{ text: back, style: 0 }], 80))).toEqual([
      'Speaker: U.S. Ambassador Daniel Rosenblum',
      '“And now there are 23,” Rosenblum said.',
    ]);
    expect(plain(wrapStyledRuns([{ text: back, style: 0 }], 30))).toEqual([
      'Speaker: U.S. Ambassador',
      'Daniel Rosenblum',
      '“And now there are 23,”',
      'Rosenblum said.',
    ]);
  });

  test('CJK and emoji take two columns each, so no line is wider than the terminal', () => {
    const lines = plain(wrapStyledRuns([{ text: '外交部 表示 合作 🇺🇸🇰🇿 伙伴 关系', style: 0 }], 8));
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(8);
    expect(lines.join(' ')).toBe('外交部 表示 合作 🇺🇸🇰🇿 伙伴 关系');
  });
});

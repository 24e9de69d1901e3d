import { describe, expect, test } from 'vitest';
import { stripControls } from '../../src/article/strip-controls.js';

describe('terminal controls never reach a deck', () => {
  test.each([
    ['an OSC title sequence ended by BEL', 'Trade\u001b]0;pwned\u0007 rose', 'Trade rose'],
    ['an OSC sequence ended by ST', 'a\u001b]8;;http://x\u001b\\b', 'ab'],
    ['a screen clear', 'Aid\u001b[2J rose', 'Aid rose'],
    ['colours', '\u001b[31mred\u001b[0m', 'red'],
    ['a two-character escape, BEL, backspace and a C1 CSI sequence', 'x\u001byz\u0007\u0008w\u009b2Jv', 'xzwv'],
    ['CR line ends', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
  ])('%s', (_what, text, clean) => {
    expect(stripControls(text)).toBe(clean);
  });

  test('tabs, newlines and every script stay', () => {
    const text = 'Tab\there\nnext — “quoted” 日本 Отчёт 🚀';
    expect(stripControls(text)).toBe(text);
  });
});

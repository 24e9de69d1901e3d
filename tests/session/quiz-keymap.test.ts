import { describe, expect, test } from 'vitest';
import { quizInputToEvents, quizKeyToEvent } from '../../src/session/quiz-keymap.js';

const AT = '2026-03-02T09:00:00.000Z';
const key = (input: string, flags = {}, mode: 'flip' | 'typed' | 'choice' = 'typed', phase: 'question' | 'revealed' | 'feedback' | 'finished' = 'question') =>
  quizKeyToEvent(input, flags, { mode, phase }, AT);

describe('quizKeyToEvent', () => {
  test('typed: letters (q too) type, Backspace and Delete erase, Enter answers', () => {
    expect(key('R')).toEqual({ type: 'type', text: 'R' });
    expect(key('q')).toEqual({ type: 'type', text: 'q' });
    expect(key(' ')).toEqual({ type: 'type', text: ' ' });
    expect(key('', { backspace: true })).toEqual({ type: 'erase' });
    expect(key('', { delete: true })).toEqual({ type: 'erase' });
    expect(key('\r', { return: true })).toEqual({ type: 'submit', at: AT });
    expect(key('', {})).toBeNull(); // an arrow key
  });

  test('Esc and Ctrl-C quit in every mode and phase; other Ctrl keys do nothing', () => {
    for (const mode of ['flip', 'typed', 'choice'] as const) {
      for (const phase of ['question', 'revealed', 'feedback', 'finished'] as const) {
        expect(key('', { escape: true }, mode, phase)).toEqual({ type: 'quit', at: AT });
        expect(key('c', { ctrl: true }, mode, phase)).toEqual({ type: 'quit', at: AT });
        expect(key('a', { ctrl: true }, mode, phase)).toBeNull();
      }
    }
  });

  test('flip: space or Enter reveals, then y or n judge; q quits', () => {
    expect(key(' ', {}, 'flip')).toEqual({ type: 'reveal', at: AT });
    expect(key('\r', { return: true }, 'flip')).toEqual({ type: 'reveal', at: AT });
    expect(key('y', {}, 'flip', 'revealed')).toEqual({ type: 'judge', right: true, at: AT });
    expect(key('N', {}, 'flip', 'revealed')).toEqual({ type: 'judge', right: false, at: AT });
    expect(key('x', {}, 'flip', 'revealed')).toBeNull();
    expect(key('q', {}, 'flip')).toEqual({ type: 'quit', at: AT });
  });

  test('choice: digits choose; feedback: space or Enter go on', () => {
    expect(key('3', {}, 'choice')).toEqual({ type: 'choose', option: 3, at: AT });
    expect(key('a', {}, 'choice')).toBeNull();
    expect(key(' ', {}, 'choice', 'feedback')).toEqual({ type: 'next', at: AT });
    expect(key('\r', { return: true }, 'typed', 'feedback')).toEqual({ type: 'next', at: AT });
    expect(key('x', {}, 'typed', 'feedback')).toBeNull();
  });

  test('the end: r quizzes the missed again; q, space or Enter leave', () => {
    expect(key('r', {}, 'typed', 'finished')).toEqual({ type: 'again', at: AT });
    expect(key('q', {}, 'typed', 'finished')).toEqual({ type: 'quit', at: AT });
    expect(key('\r', { return: true }, 'choice', 'finished')).toEqual({ type: 'quit', at: AT });
  });
});

describe('quizInputToEvents', () => {
  const typed = { mode: 'typed', phase: 'question' } as const;
  test('a chunk with a line break types what comes before it, then answers', () => {
    expect(quizInputToEvents('Tokayev\r', {}, typed, AT)).toEqual([{ type: 'type', text: 'Tokayev' }, { type: 'submit', at: AT }]);
    expect(quizInputToEvents('Tokayev', {}, typed, AT)).toEqual([{ type: 'type', text: 'Tokayev' }]);
    expect(quizInputToEvents('\r', { return: true }, typed, AT)).toEqual([{ type: 'submit', at: AT }]);
  });

  test('a held-down Backspace arrives as one chunk: each one erases', () => {
    expect(quizInputToEvents('\u007f\u007f', {}, typed, AT)).toEqual([{ type: 'erase' }, { type: 'erase' }]);
    expect(quizInputToEvents('ab\u007fc', {}, typed, AT)).toEqual([{ type: 'type', text: 'ab' }, { type: 'erase' }, { type: 'type', text: 'c' }]);
  });

  test('outside typing a chunk is one key, as before', () => {
    expect(quizInputToEvents('2', {}, { mode: 'choice', phase: 'question' }, AT)).toEqual([{ type: 'choose', option: 2, at: AT }]);
    expect(quizInputToEvents('x', {}, { mode: 'choice', phase: 'question' }, AT)).toEqual([]);
  });
});

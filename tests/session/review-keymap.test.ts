import { describe, expect, test } from 'vitest';
import { keyToEvent, keyToScroll, timeIntent } from '../../src/session/review-keymap.js';

describe('keyToEvent', () => {
  test('space or Enter shows the answer, only while the question is up', () => {
    expect(keyToEvent(' ', {}, 'question')).toEqual({ type: 'reveal' });
    expect(keyToEvent('\r', { return: true }, 'question')).toEqual({ type: 'reveal' });
    expect(keyToEvent(' ', {}, 'answer')).toBeNull();
    expect(keyToEvent('', { return: true }, 'finished')).toBeNull();
  });

  test('0–5 grade, only once the answer is shown', () => {
    for (const q of [0, 1, 2, 3, 4, 5]) expect(keyToEvent(String(q), {}, 'answer')).toEqual({ type: 'grade', quality: q });
    expect(keyToEvent('4', {}, 'question')).toBeNull();
    expect(keyToEvent('6', {}, 'answer')).toBeNull();
    expect(keyToEvent('45', {}, 'answer')).toBeNull();
  });

  test('u undoes, ? toggles help, q, Escape and Ctrl-C quit, in every phase', () => {
    for (const phase of ['question', 'answer', 'finished'] as const) {
      expect(keyToEvent('u', {}, phase)).toEqual({ type: 'undo' });
      expect(keyToEvent('?', {}, phase)).toEqual({ type: 'toggleHelp' });
      expect(keyToEvent('q', {}, phase)).toEqual({ type: 'quit' });
      expect(keyToEvent('', { escape: true }, phase)).toEqual({ type: 'quit' });
      expect(keyToEvent('c', { ctrl: true }, phase)).toEqual({ type: 'quit' });
    }
  });

  test('other keys, and Ctrl with other keys, mean nothing', () => {
    expect(keyToEvent('x', {}, 'answer')).toBeNull();
    expect(keyToEvent('u', { ctrl: true }, 'answer')).toBeNull();
  });
});

test('timeIntent stamps a grade with its time and leaves other intents alone', () => {
  expect(timeIntent({ type: 'grade', quality: 4 }, '2025-03-09T10:00:00Z', 1500)).toEqual({
    type: 'grade',
    quality: 4,
    at: '2025-03-09T10:00:00Z',
    ms: 1500,
  });
  expect(timeIntent({ type: 'undo' }, '2025-03-09T10:00:00Z', 0)).toEqual({ type: 'undo' });
});

describe('moving through a tall back', () => {
  test('j and ↓ move on a line, k and ↑ move back, anything else stays', () => {
    expect(keyToScroll('j', {})).toBe(1);
    expect(keyToScroll('', { downArrow: true })).toBe(1);
    expect(keyToScroll('k', {})).toBe(-1);
    expect(keyToScroll('', { upArrow: true })).toBe(-1);
    expect(keyToScroll('4', {})).toBe(0);
    expect(keyToScroll(' ', {})).toBe(0);
  });
});

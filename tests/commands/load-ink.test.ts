import { describe, expect, test } from 'vitest';
import { loadInkScreen } from '../../src/commands/load-ink.js';
import { FastGraphemeSegmenter } from '../../src/ui/fast-grapheme-segmenter.js';

describe('loading an Ink screen', () => {
  test('hides fetch only while the module loads, then puts it back as it was', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    let seen: unknown = 'not called';
    const result = await loadInkScreen(async () => {
      seen = typeof globalThis.fetch;
      return 42;
    });
    expect(result).toBe(42);
    expect(seen).toBe('undefined');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before);
  });

  test('puts fetch back when the import fails', async () => {
    const before = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    await expect(loadInkScreen(() => Promise.reject(new Error('no such module')))).rejects.toThrow('no such module');
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(before);
  });

  test('makes Intl.Segmenter the fast one only while the module loads, then puts ICU\'s back, even when the import fails', async () => {
    const icu = Intl.Segmenter;
    let madeWhileLoading: unknown;
    await loadInkScreen(async () => {
      madeWhileLoading = new Intl.Segmenter();
    });
    expect(madeWhileLoading).toBeInstanceOf(FastGraphemeSegmenter);
    expect(Intl.Segmenter).toBe(icu);
    await expect(loadInkScreen(() => Promise.reject(new Error('no such module')))).rejects.toThrow('no such module');
    expect(Intl.Segmenter).toBe(icu);
  });
});

import { describe, expect, test } from 'vitest';
import { loadInkScreen } from '../../src/commands/load-ink.js';

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
});

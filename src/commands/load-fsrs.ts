import { createFsrsEngine, type FsrsEngine } from '../schedule/fsrs-engine.js';

/** The methods ts-fsrs adds to Date.prototype when it loads (scheduler, diff, format, dueFormat). */
const DATE_ADDITIONS = ['scheduler', 'diff', 'format', 'dueFormat'] as const;

/**
 * Load ts-fsrs only when FSRS is used (its import costs SM-2 users nothing), and take back
 * what it adds to Date.prototype: briefdeck calls none of those methods, ts-fsrs's own
 * scheduling does not either, and an enumerable `format` on every Date would otherwise show
 * in any `for…in` over a date and shadow a future standard method.
 */
export async function loadTsFsrs(): Promise<typeof import('ts-fsrs')> {
  const before = new Map(DATE_ADDITIONS.map((name) => [name, Object.getOwnPropertyDescriptor(Date.prototype, name)]));
  const tsFsrs = await import('ts-fsrs');
  for (const [name, descriptor] of before) {
    if (descriptor) Object.defineProperty(Date.prototype, name, descriptor);
    else delete (Date.prototype as unknown as Record<string, unknown>)[name];
  }
  return tsFsrs;
}

/** The engine the user's settings ask for: their desired retention, their fitted parameters if any. */
export async function loadFsrsEngine(desiredRetention?: number, parameters?: readonly number[]): Promise<FsrsEngine> {
  return createFsrsEngine(await loadTsFsrs(), desiredRetention, parameters);
}

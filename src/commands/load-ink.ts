import { FastGraphemeSegmenter } from '../ui/fast-grapheme-segmenter.js';

/**
 * Import an Ink screen module, faster. Two globals are swapped only while the module loads:
 * - `fetch` is hidden: Ink's layout engine (yoga) loads its WebAssembly from an inline base64
 *   string, but first probes `typeof fetch`; on Node that first touch of `fetch` loads the
 *   whole undici HTTP client (~30 ms here) for nothing. Nothing in briefdeck fetches.
 * - `Intl.Segmenter` is FastGraphemeSegmenter, so the segmenters Ink's text libraries make as
 *   they load do not load ICU's data for the Latin text of a review (same segments; other
 *   text still goes to ICU).
 */
export async function loadInkScreen<T>(load: () => Promise<T>): Promise<T> {
  const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  const segmenterProperty = Object.getOwnPropertyDescriptor(Intl, 'Segmenter');
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  Object.defineProperty(Intl, 'Segmenter', { value: FastGraphemeSegmenter, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    if (fetchProperty) Object.defineProperty(globalThis, 'fetch', fetchProperty);
    else delete (globalThis as { fetch?: unknown }).fetch;
    if (segmenterProperty) Object.defineProperty(Intl, 'Segmenter', segmenterProperty);
  }
}

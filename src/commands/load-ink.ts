/**
 * Import an Ink screen module, faster. Ink's layout engine (yoga) loads its WebAssembly from
 * an inline base64 string, but first probes `typeof fetch`; on Node that first touch of
 * `fetch` loads the whole undici HTTP client (~30 ms here) for nothing. Hiding `fetch` for
 * the import makes the loader take its synchronous path. Nothing in briefdeck fetches.
 */
export async function loadInkScreen<T>(load: () => Promise<T>): Promise<T> {
  const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    if (fetchProperty) Object.defineProperty(globalThis, 'fetch', fetchProperty);
    else delete (globalThis as { fetch?: unknown }).fetch;
  }
}

/** sql.js (SQLite in WebAssembly), loaded once, from node_modules at run time (not bundled). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { SqlJsStatic } from 'sql.js';

const requireFromHere = createRequire(import.meta.url);
let sqlJs: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= (async () => {
    const init = requireFromHere('sql.js') as (config: { wasmBinary: ArrayBuffer }) => Promise<SqlJsStatic>;
    const wasm = await readFile(requireFromHere.resolve('sql.js/dist/sql-wasm.wasm'));
    return init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
  })();
  return sqlJs;
}

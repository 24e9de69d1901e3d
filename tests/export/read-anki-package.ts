/**
 * Reads an `.apkg` back without any of src/export: the zip through yauzl, the collection
 * through node-sqlite3-wasm (another SQLite build, opened on a file as Anki opens it).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from 'node-sqlite3-wasm';
import yauzl from 'yauzl';

export type Row = Record<string, number | string | null>;

export interface AnkiPackageView {
  entries: Map<string, Buffer>;
  all(sql: string): Row[];
  /** The JSON text of a `col` column, parsed. */
  colJson<T = Record<string, Record<string, unknown>>>(column: 'conf' | 'models' | 'decks' | 'dconf' | 'tags'): T;
}

function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Open the package, run `look` on it, then remove every file the reading needed. */
export async function withAnkiPackage<T>(file: string, look: (view: AnkiPackageView) => T | Promise<T>): Promise<T> {
  const entries = await unzip(file);
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-apkg-read-'));
  try {
    const dbFile = join(dir, 'collection.anki2');
    writeFileSync(dbFile, entries.get('collection.anki2') ?? Buffer.alloc(0));
    const db = new Database(dbFile, { readOnly: true });
    try {
      const all = (sql: string): Row[] => db.all(sql) as Row[];
      const colJson = <T>(column: string): T => JSON.parse(String(all(`SELECT ${column} AS v FROM col`)[0]!.v)) as T;
      return await look({ entries, all, colJson });
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The columns of each table of a schema-11 collection, in order (rslib storage/schema11.sql). */
export const SCHEMA_11_COLUMNS: Record<string, string[]> = {
  col: ['id', 'crt', 'mod', 'scm', 'ver', 'dty', 'usn', 'ls', 'conf', 'models', 'decks', 'dconf', 'tags'],
  notes: ['id', 'guid', 'mid', 'mod', 'usn', 'tags', 'flds', 'sfld', 'csum', 'flags', 'data'],
  cards: ['id', 'nid', 'did', 'ord', 'mod', 'usn', 'type', 'queue', 'due', 'ivl', 'factor', 'reps', 'lapses', 'left', 'odue', 'odid', 'flags', 'data'],
  revlog: ['id', 'cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type'],
  graves: ['usn', 'oid', 'type'],
};

/**
 * An Anki collection (anki-collection.ts) → the bytes of an `.apkg`: a zip holding
 * `collection.anki2` (SQLite, schema 11) and an empty media list. Anki reads a package without
 * a `meta` entry as this legacy form (rslib import_export/package/meta.rs) and upgrades the
 * collection on import. SQLite is sql.js (WebAssembly, no native build); zip is fflate.
 */
import { strToU8, zipSync } from 'fflate';
import type { AnkiCollection } from './anki-collection.js';
import { loadSqlJs } from './load-sql-js.js';

/** The tables and indexes of a schema-11 collection (rslib storage/schema11.sql). */
const SCHEMA_11 = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
  models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
  ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL,
  odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

export const SCHEMA_VERSION = 11;

async function collectionBytes(collection: AnkiCollection): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.run(SCHEMA_11);
    db.run('BEGIN');
    const { col } = collection;
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
      col.crt, col.mod, col.scm, SCHEMA_VERSION, col.conf, col.models, col.decks, col.dconf, '{}',
    ]);
    const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, ?)');
    for (const n of collection.notes) note.run([n.id, n.guid, n.mid, n.mod, n.tags, n.flds, n.sfld, n.csum, '']);
    note.free();
    const card = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)');
    for (const c of collection.cards) {
      card.run([c.id, c.nid, c.did, c.ord, c.mod, c.type, c.queue, c.due, c.ivl, c.factor, c.reps, c.lapses, '']);
    }
    card.free();
    const revlog = db.prepare('INSERT INTO revlog VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)');
    for (const r of collection.revlog) revlog.run([r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
    revlog.free();
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

/** The `.apkg` bytes of a collection. */
export async function ankiPackageBytes(collection: AnkiCollection): Promise<Uint8Array> {
  const sqlite = await collectionBytes(collection);
  // Legacy packages list their media as a JSON object; this one has none.
  return zipSync({ 'collection.anki2': sqlite, media: strToU8('{}') }, { level: 6 });
}

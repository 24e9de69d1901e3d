// Upgrades of the store layout from one schema version to the next, each run once after the
// day's backup. 1 → 2: the store gets its device id, under which other machines keep its
// answers apart (its own log, reviews.jsonl, is left exactly as it was).
import { readFile } from 'node:fs/promises';
import { isErrno, writeFileDurably } from './durable-write.js';
import { DamagedFileError } from './store-errors.js';
import { META_FILE, insideStore } from './store-paths.js';
import { STORE_SCHEMA } from './store-schema.js';

export type Migration = (dir: string) => Promise<void>;

/** Keyed by the version a migration upgrades from. */
export const migrations: Readonly<Record<number, Migration>> = {
  1: async (dir) => {
    const file = insideStore(dir, META_FILE);
    const meta = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFileDurably(file, JSON.stringify({ ...meta, schema: 2, deviceId: await newDeviceId() }, null, 2) + '\n');
  },
};

/**
 * A device id: random, so two machines never pick the same one. nanoid is loaded only here,
 * when a store is made or upgraded: it loads node:crypto, which an ordinary review does not need.
 */
export async function newDeviceId(): Promise<string> {
  const { nanoid } = await import('nanoid');
  return nanoid(12);
}

/** The schema number meta.json declares, or null when there is none to read. */
export async function declaredStoreSchema(dir: string): Promise<number | null> {
  try {
    const raw = JSON.parse(await readFile(insideStore(dir, META_FILE), 'utf8')) as { schema?: unknown };
    return typeof raw?.schema === 'number' ? raw.schema : null;
  } catch (error) {
    // Missing or not JSON: the full read reports it properly.
    if (isErrno(error, 'ENOENT') || error instanceof SyntaxError) return null;
    throw error;
  }
}

/**
 * Bring an older store up to STORE_SCHEMA, after `backup` has saved it as it was.
 * A version with no path to the current one is damage, not something to guess at.
 */
export async function migrateStore(dir: string, from: number, backup: () => Promise<void>): Promise<void> {
  for (let version = from; version < STORE_SCHEMA; version += 1) {
    if (!migrations[version]) throw new DamagedFileError(META_FILE, `has schema ${from}, which this briefdeck cannot upgrade`);
  }
  await backup();
  for (let version = from; version < STORE_SCHEMA; version += 1) await migrations[version]!(dir);
}

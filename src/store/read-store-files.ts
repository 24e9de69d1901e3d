// Read and check every file of a store without writing anything: meta.json, each listed
// deck's progress file and the review log. Used to open a store and to vet a backup.
import { readdir } from 'node:fs/promises';
import { Low } from 'lowdb';
import { listBackups } from './backups.js';
import { DurableJsonAdapter } from './durable-json-adapter.js';
import { isErrno, pathExists } from './durable-write.js';
import { reconcileProgress } from './reconcile.js';
import { ReviewLog } from './review-log.js';
import { DamagedFileError } from './store-errors.js';
import { LOG_FILE, META_FILE, PROGRESS_DIR, insideStore, isValidDeckId, progressFileName } from './store-paths.js';
import { metaFileSchema, progressFileSchema, type MetaFile, type ProgressFile } from './store-schema.js';

export interface StoreFiles {
  /** null: no store here yet (nothing at all, not even history). */
  meta: Low<MetaFile> | null;
  decks: Map<string, Low<ProgressFile>>;
  log: ReviewLog;
}

const PARALLEL_READS = 16;

export function metaAdapter(dir: string): DurableJsonAdapter<MetaFile> {
  return new DurableJsonAdapter(dir, META_FILE, metaFileSchema, 2);
}

export function progressAdapter(dir: string, deckId: string): DurableJsonAdapter<ProgressFile> {
  return new DurableJsonAdapter(dir, progressFileName(deckId), progressFileSchema);
}

/**
 * Throws DamagedFileError or NewerSchemaError for a file it cannot trust. Reads meta, then
 * the progress files, then the log: a writer saves the log before progress and progress
 * before meta, so a reader racing a writer sees a log at least as new as the progress.
 */
export async function readStoreFiles(dir: string): Promise<StoreFiles> {
  const metaData = await metaAdapter(dir).read();
  if (!metaData) {
    // Never let a lost meta.json pass for a new, empty store.
    if ((await pathExists(insideStore(dir, LOG_FILE))) || (await hasProgressFiles(dir))) {
      throw new DamagedFileError(META_FILE, 'is missing, but the store holds review history');
    }
    // Data files gone while backups (or a restore's copy) are there: a store lost, not a new one.
    const copies = await copiesOfStore(dir);
    if (copies) throw new DamagedFileError(META_FILE, `is missing, with the rest of the store, but ${copies} of it exist`);
    return { meta: null, decks: new Map(), log: await ReviewLog.load(dir) };
  }
  const deckIds = Object.keys(metaData.decks);
  const decks = new Map<string, Low<ProgressFile>>();
  for (let i = 0; i < deckIds.length; i += PARALLEL_READS) {
    const batch = deckIds.slice(i, i + PARALLEL_READS);
    const files = await Promise.all(batch.map((deckId) => readProgress(dir, deckId)));
    files.forEach((file, j) => decks.set(batch[j]!, file));
  }
  return { meta: new Low(metaAdapter(dir), metaData), decks, log: await ReviewLog.load(dir) };
}

async function readProgress(dir: string, deckId: string): Promise<Low<ProgressFile>> {
  const adapter = progressAdapter(dir, deckId);
  const data = await adapter.read();
  if (!data) throw new DamagedFileError(adapter.file, `is missing (${META_FILE} lists deck ${deckId})`);
  if (data.deckId !== deckId) throw new DamagedFileError(adapter.file, `holds deck ${data.deckId}, not ${deckId}`);
  // Constructed with the data read, never with a default: lowdb would write the default over
  // the file on the next write had the read failed (lowdb #548).
  return new Low(adapter, data);
}

async function hasProgressFiles(dir: string): Promise<boolean> {
  try {
    const names = await readdir(insideStore(dir, PROGRESS_DIR));
    return names.some((name) => name.endsWith('.json') && isValidDeckId(name.slice(0, -'.json'.length)));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
}

/**
 * readStoreFiles, then replay the log into the progress in memory (which also finds a log
 * that contradicts the progress files). `behind`: decks whose files need writing back.
 * `writerMayRun` (read mode, no lock): answers for decks or cards added after the progress
 * files were read are a race with that writer, not damage, and are left out.
 */
export async function readCheckedStore(dir: string, writerMayRun = false): Promise<StoreFiles & { behind: Set<string> }> {
  const files = await readStoreFiles(dir);
  return { ...files, behind: reconcileProgress(files.log, files.decks, writerMayRun) };
}

/** 'backups', 'a restore's copy' or null: what says a store was here. */
async function copiesOfStore(dir: string): Promise<string | null> {
  if ((await listBackups(dir)).length > 0) return 'backups';
  const names = await readdir(dir).catch(() => [] as string[]);
  // A restore's staging dir (`.restore-<pid>`, see restore-backup.ts).
  return names.some((name) => /^\.restore-\d+$/.test(name)) ? "a restore's copies" : null;
}

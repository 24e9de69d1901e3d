// Daily backups beside the store (backups/YYYY-MM-DD/), and restoring one. A backup is
// written to a temp dir and renamed into place, so a backup with its final name is whole.
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { copyStoreFiles } from './copy-store-files.js';
import { fsyncDirectory, isErrno, pathExists } from './durable-write.js';
import { readCheckedStore } from './read-store-files.js';
import { DamagedFileError, NewerSchemaError } from './store-errors.js';
import { BACKUPS_DIR, META_FILE, insideStore } from './store-paths.js';

export const DEFAULT_KEEP_BACKUPS = 7;
export const BACKUP_NAME = /^\d{4}-\d{2}-\d{2}$/;
let stagingCounter = 0;

export interface BackupInfo {
  /** The day it was taken, YYYY-MM-DD; what `briefdeck restore NAME` takes. */
  name: string;
  path: string;
}

/** Backups, newest first. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const root = insideStore(dir, BACKUPS_DIR);
  let names: string[];
  try {
    names = await readdir(root);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
  return names
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
    .map((name) => ({ name, path: path.join(root, name) }));
}

/**
 * Back the store up once for `day` (skipped if that day's backup exists or the store is still
 * empty), then keep only the newest `keep`. Call only on a store that was read and found good.
 */
export async function takeDailyBackup(dir: string, day: string, keep: number, replaceToday = false): Promise<void> {
  const root = insideStore(dir, BACKUPS_DIR);
  const target = path.join(root, day);
  if (!(await pathExists(insideStore(dir, META_FILE)))) return;
  const exists = await pathExists(target);
  if (exists && !replaceToday) return;
  await mkdir(root, { recursive: true });
  await removeAbandonedStaging(root);
  stagingCounter += 1;
  const staging = path.join(root, `.incoming-${process.pid}-${stagingCounter}`);
  try {
    await copyStoreFiles(dir, staging);
    // Before a migration, the store as it is now must be kept (today's answers too): the
    // day's earlier copy is moved aside only once the new one is whole.
    if (exists) await rename(target, `${staging}-old`);
    await rename(staging, target);
  } catch (error) {
    // A full disk half-way leaves no partial copy taking up what space is left.
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  await rm(`${staging}-old`, { recursive: true, force: true });
  await fsyncDirectory(root);
  await pruneBackups(dir, keep);
}

/**
 * A backup interrupted by a kill leaves its staging dir (a whole copy of the log). Only the
 * lock holder takes backups, so any staging dir of another process is abandoned.
 */
async function removeAbandonedStaging(root: string): Promise<void> {
  const mine = `.incoming-${process.pid}-`;
  for (const name of await readdir(root)) {
    if (name.startsWith('.incoming-') && !name.startsWith(mine)) await rm(path.join(root, name), { recursive: true, force: true });
  }
}

async function pruneBackups(dir: string, keep: number): Promise<void> {
  const backups = await listBackups(dir);
  for (const old of backups.slice(Math.max(1, keep))) await rm(old.path, { recursive: true, force: true });
}

/** The newest backup that reads as a good store, or null. */
export async function newestGoodBackup(dir: string): Promise<BackupInfo | null> {
  for (const backup of await listBackups(dir)) {
    if ((await whyBackupIsBad(backup)) === null) return backup;
  }
  return null;
}

export async function whyBackupIsBad(backup: BackupInfo): Promise<string | null> {
  try {
    const files = await readCheckedStore(backup.path);
    return files.meta ? null : 'is empty';
  } catch (error) {
    if (error instanceof DamagedFileError || error instanceof NewerSchemaError) return error.message;
    throw error;
  }
}

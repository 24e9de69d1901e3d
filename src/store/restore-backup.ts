// Restoring a daily backup, crash-safe. The backup is first copied whole into a staging dir;
// then an intent file (restore.json) is written durably, naming the staging dir, the backup
// and where the replaced files go; then the files are moved. Every step of the moving can be
// run again, so a restore killed half-way is finished by the next writer (or restore) before
// anything else reads the store, and a reader refuses the store until then: the store is the
// old one or the restored one, never a mix, never an empty-looking store.
import { mkdir, readdir, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { BACKUP_NAME, listBackups, newestGoodBackup, whyBackupIsBad, type BackupInfo } from './backups.js';
import { copyStoreFiles } from './copy-store-files.js';
import { fsyncDirectory, isErrno, pathExists, readTextIfPresent, writeFileDurably } from './durable-write.js';
import { LOG_SNAPSHOT_FILE } from './log-snapshot.js';
import { acquireStoreLock } from './store-lock.js';
import { BACKUPS_DIR, LOG_FILE, META_FILE, PROGRESS_DIR, insideStore } from './store-paths.js';
import * as z from '../zod-english.js';

export const RESTORE_INTENT_FILE = 'restore.json';
/** A restore's staging dirs: `.restore-<pid>`. */
export const RESTORE_STAGING = /^\.restore-\d+$/;
/** meta.json last: until it is in place, the store never reads as a whole one. */
const DATA_NAMES = [LOG_FILE, PROGRESS_DIR, META_FILE] as const;

const intentSchema = z.object({
  backup: z.string(),
  staging: z.string().check(z.regex(RESTORE_STAGING)),
  replaced: z.string().check(z.regex(/^backups\/replaced-[0-9TZ-]+$/)),
  /** The data files the backup holds; the store's others are moved out, not replaced. */
  names: z.array(z.enum(DATA_NAMES)),
});
type RestoreIntent = z.infer<typeof intentSchema>;

export interface RestoreOptions {
  now: Date;
  timeZone?: string;
  /** The storage dir as the user named it, for messages. */
  displayDir?: string;
}

/**
 * Replace the store's files with a backup's (the newest good one unless named). The files
 * replaced are kept in backups/replaced-<time>/, never deleted. Takes the writer lock.
 * Returns the name of the backup restored.
 */
export async function restoreBackup(dir: string, backupName: string | undefined, options: RestoreOptions): Promise<string> {
  const displayDir = options.displayDir ?? dir;
  const lock = await acquireStoreLock(dir, { displayDir, command: 'restore', now: options.now, timeZone: options.timeZone });
  try {
    const finished = await finishInterruptedRestore(dir);
    if (finished !== null && (backupName === undefined || backupName === finished)) return finished;
    const backup = await chooseBackup(dir, backupName, displayDir);
    const staging = `.restore-${process.pid}`;
    await rm(insideStore(dir, staging), { recursive: true, force: true });
    await copyStoreFiles(backup.path, insideStore(dir, staging));
    const replaced = `${BACKUPS_DIR}/replaced-${options.now.toISOString().replace(/[:.]/g, '-')}`;
    await mkdir(insideStore(dir, replaced), { recursive: true });
    const names: RestoreIntent['names'] = [];
    for (const name of DATA_NAMES) if (await pathExists(insideStore(dir, path.join(staging, name)))) names.push(name);
    await lock.verify();
    await writeFileDurably(insideStore(dir, RESTORE_INTENT_FILE), JSON.stringify({ backup: backup.name, staging, replaced, names }) + '\n');
    await carryOut(dir, { backup: backup.name, staging, replaced, names });
    return backup.name;
  } finally {
    await lock.release();
  }
}

/** The intent of a restore that has not finished, or null. Throws for an unreadable one. */
export async function interruptedRestore(dir: string): Promise<RestoreIntent | null> {
  const text = await readTextIfPresent(insideStore(dir, RESTORE_INTENT_FILE));
  if (text === null) return null;
  try {
    return intentSchema.parse(JSON.parse(text));
  } catch {
    throw new UserError(`briefdeck: ${path.join(dir, RESTORE_INTENT_FILE)} (an interrupted restore's plan) is damaged; nothing was written — look at it and remove it by hand`, 1);
  }
}

/** Finish a restore that was killed half-way (call holding the lock). Returns its backup's name. */
export async function finishInterruptedRestore(dir: string): Promise<string | null> {
  const intent = await interruptedRestore(dir);
  if (intent) await carryOut(dir, intent);
  await removeAbandonedStaging(dir);
  return intent?.backup ?? null;
}

/** Every step may already have been done by a run that was killed: each is skipped then. */
async function carryOut(dir: string, intent: RestoreIntent): Promise<void> {
  const replaced = insideStore(dir, intent.replaced);
  const staging = insideStore(dir, intent.staging);
  await mkdir(replaced, { recursive: true });
  // The log snapshot goes with the log it describes (a later open would ignore it anyway).
  await moveIfPresent(path.join(dir, LOG_SNAPSHOT_FILE), path.join(replaced, LOG_SNAPSHOT_FILE));
  for (const name of DATA_NAMES) {
    const staged = path.join(staging, name);
    if (!intent.names.includes(name)) {
      await moveIfPresent(path.join(dir, name), path.join(replaced, name));
    } else if (await pathExists(staged)) {
      await moveIfPresent(path.join(dir, name), path.join(replaced, name));
      await rename(staged, path.join(dir, name));
    }
  }
  await fsyncDirectory(dir);
  await unlink(insideStore(dir, RESTORE_INTENT_FILE));
  await fsyncDirectory(dir);
  await rm(staging, { recursive: true, force: true });
}

/** A staging dir without an intent is a copy killed before any file moved: only a leftover. */
async function removeAbandonedStaging(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (RESTORE_STAGING.test(name)) await rm(insideStore(dir, name), { recursive: true, force: true });
  }
}

async function chooseBackup(dir: string, backupName: string | undefined, displayDir: string): Promise<BackupInfo> {
  if (backupName === undefined) {
    const newest = await newestGoodBackup(dir);
    if (!newest) throw new UserError(`briefdeck: storage "${displayDir}" has no good backup to restore`, 1);
    return newest;
  }
  const backup = (await listBackups(dir)).find((b) => b.name === backupName);
  if (!BACKUP_NAME.test(backupName) || !backup) {
    throw new UserError(`briefdeck: no backup "${backupName}" in ${path.join(displayDir, BACKUPS_DIR)}`, 2);
  }
  const why = await whyBackupIsBad(backup);
  if (why) throw new UserError(`briefdeck: backup ${backupName} is damaged too (${why}); try an older one`, 1);
  return backup;
}

async function moveIfPresent(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if (!isErrno(error, 'ENOENT')) throw error;
  }
}

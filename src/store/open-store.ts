// Opening the store: the one entry point of src/store. Write mode locks, checks every file,
// backs the store up once a day, then repairs what a crash left (a torn log line, progress
// files behind the log). A store that fails a check is refused untouched, with the way back.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { UserError } from '../errors.js';
import { DEFAULT_KEEP_BACKUPS, newestGoodBackup, takeDailyBackup } from './backups.js';
import { calendarDayIn } from './calendar-day.js';
import { isErrno, makeDirectoryDurably } from './durable-write.js';
import { declaredStoreSchema, migrateStore, newDeviceId } from './migrations.js';
import { DEVICE_LOGS_DIR, readDeviceLogs } from './device-logs.js';
import { MergedHistory } from './merged-history.js';
import { metaAdapter, readCheckedStore } from './read-store-files.js';
import { ReviewStore } from './review-store.js';
import type { OpenStoreOptions, Store } from './store-api.js';
import { DamagedFileError, NewerSchemaError } from './store-errors.js';
import { acquireStoreLock } from './store-lock.js';
import { finishInterruptedRestore, interruptedRestore } from './restore-backup.js';
import { STORE_SCHEMA } from './store-schema.js';
import { PROGRESS_DIR } from './store-paths.js';
import { removeAbandonedTemps } from '../remove-abandoned-temps.js';

export type { AnswerQuery, OpenStoreOptions, Store } from './store-api.js';
export { listBackups, type BackupInfo } from './backups.js';
export { restoreBackup, type RestoreOptions } from './restore-backup.js';

export async function openStore(dir: string, options: OpenStoreOptions): Promise<Store> {
  await checkStorageIsAFolder(dir, options.displayDir ?? dir);
  try {
    return options.mode === 'write' ? await openForWriting(dir, options) : await openForReading(dir, options.displayDir ?? dir);
  } catch (error) {
    throw await explainStoreError(error, dir, options.displayDir ?? dir);
  }
}

/** No lock, no writes: a missing store reads as empty; a crash's leftovers are replayed in memory. */
async function openForReading(dir: string, displayDir: string): Promise<Store> {
  const restore = await interruptedRestore(dir);
  if (restore) {
    throw new UserError(
      `briefdeck: storage "${displayDir}" is half-way through restoring the backup ${restore.backup}; nothing was read — finish it with: briefdeck restore ${restore.backup} --storage ${displayDir}`,
      1,
    );
  }
  const files = await readCheckedStore(dir, true);
  const history = MergedHistory.build(files.meta?.data.deviceId ?? '', files.log, await readDeviceLogs(dir, files.meta?.data.deviceId));
  for (const deck of files.decks.values()) history?.applyTo(deck);
  return new ReviewStore(dir, files.meta, files.decks, files.log, null, history);
}

async function openForWriting(dir: string, options: OpenStoreOptions): Promise<Store> {
  await makeDirectoryDurably(path.resolve(dir));
  const lock = await acquireStoreLock(dir, {
    displayDir: options.displayDir ?? dir,
    command: options.command ?? 'briefdeck',
    now: options.now,
    timeZone: options.timeZone,
  });
  try {
    // A restore killed half-way is finished before anything reads the store.
    await finishInterruptedRestore(dir);
    // Temp files of writers killed (or stopped by a full disk) before their rename.
    await removeAbandonedTemps(dir);
    await removeAbandonedTemps(path.join(dir, PROGRESS_DIR));
    const day = calendarDayIn(options.now, options.timeZone);
    const keep = options.keepBackups ?? DEFAULT_KEEP_BACKUPS;
    const declared = await declaredStoreSchema(dir);
    if (declared !== null && declared < STORE_SCHEMA) {
      // A damaged older store is refused as it is, never migrated (which would write it).
      if (declared === 1) await readCheckedStore(dir);
      await migrateStore(dir, declared, () => takeDailyBackup(dir, day, keep, true));
    }
    // Every check happens before the first write, so a damaged store is left as it was.
    const files = await readCheckedStore(dir);
    const otherLogs = await readDeviceLogs(dir, files.meta?.data.deviceId);
    await takeDailyBackup(dir, day, keep).catch((error: unknown) => {
      // A full disk must not block reviews (an answer is a line; a backup a copy of the log).
      // No backup of today exists yet, so the next open tries again.
      if (!isErrno(error, 'ENOSPC') && !isErrno(error, 'EDQUOT')) throw error;
      options.warn?.(
        `briefdeck: could not back up storage "${options.displayDir ?? dir}" today: the disk is full — reviews go on and are saved; the backup is tried again next time (free some space)`,
      );
    });
    await files.log.repairTail();
    const meta = files.meta ?? new Low(metaAdapter(dir), { schema: STORE_SCHEMA, createdAt: options.now.toISOString(), deviceId: await newDeviceId(), decks: {} });
    // Progress files are caches of the logs: with other devices' logs here, of all of them.
    const history = MergedHistory.build(meta.data.deviceId!, files.log, otherLogs);
    for (const [deckId, deck] of files.decks) if (history?.applyTo(deck)) files.behind.add(deckId);
    for (const deckId of files.behind) await files.decks.get(deckId)!.write();
    if (!files.meta) await meta.write();
    return new ReviewStore(dir, meta, files.decks, files.log, lock, history);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Storage that is a file (or under one) is said plainly, not as EEXIST or ENOTDIR. */
async function checkStorageIsAFolder(dir: string, displayDir: string): Promise<void> {
  let at = path.resolve(dir);
  for (;;) {
    const info = await stat(at).catch(() => null);
    if (info) {
      if (info.isDirectory()) return;
      const what = at === path.resolve(dir) ? `storage "${displayDir}" is a file` : `"${at}", above storage "${displayDir}", is a file`;
      throw new UserError(`briefdeck: ${what}, not a folder — give --storage a folder (or move the file aside)`, 2);
    }
    const parent = path.dirname(at);
    if (parent === at) return;
    at = parent;
  }
}

async function explainStoreError(error: unknown, dir: string, displayDir: string): Promise<unknown> {
  if (error instanceof NewerSchemaError) {
    return new UserError(
      `briefdeck: ${path.join(displayDir, error.file)} was written by a newer briefdeck (store schema ${error.version}, this one knows ${STORE_SCHEMA}); upgrade briefdeck`,
      1,
    );
  }
  if (isErrno(error, 'EACCES') || isErrno(error, 'EPERM') || isErrno(error, 'EROFS')) {
    const where = (error as NodeJS.ErrnoException).path ?? displayDir;
    return new UserError(`briefdeck: storage "${displayDir}" is read-only or not ours (${where}) — check its permissions, or give --storage another folder`, 1);
  }
  if (!(error instanceof DamagedFileError)) return error;
  if (error.file.startsWith(`${DEVICE_LOGS_DIR}${path.sep}`)) {
    // A copy of another machine's log, which the remote still has: no backup holds it.
    return new UserError(
      `briefdeck: ${path.join(displayDir, error.file)} ${error.problem}; nothing was written — it is a copy of another machine's log: remove it and run briefdeck sync to fetch it again`,
      1,
    );
  }
  const backup = await newestGoodBackup(dir).catch(() => null);
  const way = backup
    ? `newest good backup: ${backup.name} — restore it with: briefdeck restore ${backup.name} --storage ${displayDir}`
    : `no good backup exists — move "${displayDir}" aside to start afresh`;
  return new UserError(`briefdeck: ${path.join(displayDir, error.file)} ${error.problem}; nothing was written; ${way}`, 1);
}

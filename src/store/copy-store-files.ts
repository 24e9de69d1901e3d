// Copy the data files of one store layout to another dir (a backup, or a restore's staging
// area), durably. Only known names are copied: never locks, temp files or the log snapshot
// (a cache the next open rebuilds).
// All files are copied first and fsync'd afterwards, several at a time: a store of 1,000
// decks has 1,000 progress files, and one fsync after each copy made the daily backup wait
// for 1,000 journal commits in a row; fsyncs in flight together share commits.
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fsyncDirectory, isErrno } from './durable-write.js';
import { LOG_FILE, META_FILE, PROGRESS_DIR, isValidDeckId } from './store-paths.js';

const PARALLEL = 16;

export async function copyStoreFiles(from: string, to: string): Promise<void> {
  await mkdir(path.join(to, PROGRESS_DIR), { recursive: true });
  const names = [META_FILE, LOG_FILE, ...(await progressFileNames(from)).map((name) => path.join(PROGRESS_DIR, name))];
  const copied: string[] = [];
  await inBatches(names, async (name) => {
    if (await copyIfPresent(path.join(from, name), path.join(to, name))) copied.push(path.join(to, name));
  });
  await inBatches(copied, fsyncFile);
  await fsyncDirectory(path.join(to, PROGRESS_DIR));
  await fsyncDirectory(to);
}

async function progressFileNames(dir: string): Promise<string[]> {
  try {
    const names = await readdir(path.join(dir, PROGRESS_DIR));
    return names.filter((name) => name.endsWith('.json') && isValidDeckId(name.slice(0, -'.json'.length)));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return [];
    throw error;
  }
}

async function inBatches<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += PARALLEL) await Promise.all(items.slice(i, i + PARALLEL).map(run));
}

async function copyIfPresent(from: string, to: string): Promise<boolean> {
  try {
    // A reflink where the file system offers one, a kernel-side copy otherwise.
    await copyFile(from, to, constants.COPYFILE_FICLONE);
    return true;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

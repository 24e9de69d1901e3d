// Copy the data files of one store layout to another dir (a backup, or a restore's staging
// area), fsync'ing each copy. Only known names are copied: never locks or temp files.
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fsyncDirectory, isErrno } from './durable-write.js';
import { LOG_FILE, META_FILE, PROGRESS_DIR, isValidDeckId } from './store-paths.js';

export async function copyStoreFiles(from: string, to: string): Promise<void> {
  await mkdir(path.join(to, PROGRESS_DIR), { recursive: true });
  const names = [META_FILE, LOG_FILE, ...(await progressFileNames(from)).map((name) => path.join(PROGRESS_DIR, name))];
  for (const name of names) await copyDurably(path.join(from, name), path.join(to, name));
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

async function copyDurably(from: string, to: string): Promise<void> {
  try {
    // A reflink where the file system offers one, a kernel-side copy otherwise.
    await copyFile(from, to, constants.COPYFILE_FICLONE);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  const handle = await open(to, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

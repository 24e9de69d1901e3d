// Replace a file so that a crash or power loss leaves either the old or the new content,
// never a mix: write a temp file of a name no other process uses, fsync it, rename it over
// the target, fsync the directory so the rename itself survives.
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

let tempCounter = 0;

/** A temp name beside `file`, unique per process and call (steno's fixed name is shared). */
export function uniqueTempName(file: string): string {
  tempCounter += 1;
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${tempCounter}.tmp`);
}

/** The permission bits of `file`, or null when it does not exist yet. */
export async function modeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mode & 0o7777;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
}

export async function writeFileDurably(file: string, data: string | Uint8Array): Promise<void> {
  const temp = uniqueTempName(file);
  const mode = await modeOf(file);
  try {
    const handle = await open(temp, 'w');
    try {
      // A replaced file keeps its permissions (a store made 0600 stays private).
      if (mode !== null) await handle.chmod(mode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, file);
  } catch (error) {
    // A full disk or a failed rename leaves no temp file behind.
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(path.dirname(file));
}

/** Create dir (and parents) if missing, so that its entry survives a power loss too. */
export async function makeDirectoryDurably(dir: string): Promise<void> {
  const created = await mkdir(dir, { recursive: true });
  if (created !== undefined) await fsyncDirectory(path.dirname(dir));
}

/** fsync a directory so that entries created or renamed in it are durable. */
export async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
    if (!isErrno(error, 'EISDIR') && !isErrno(error, 'EPERM') && !isErrno(error, 'EINVAL')) throw error;
  } finally {
    await handle.close();
  }
}

/** Windows refuses a rename while a reader (a virus scanner) holds the target; wait briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const busy = isErrno(error, 'EPERM') || isErrno(error, 'EACCES') || isErrno(error, 'EBUSY');
      if (!busy || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

export function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

/** A file's text (UTF-8), or null when it does not exist; any other error is thrown. */
export async function readTextIfPresent(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
}

/** Whether a path exists; errors other than "no such file" are real errors. */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
}

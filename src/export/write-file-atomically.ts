/**
 * Stream into a unique temporary file beside the target, flush it to disk, then rename it
 * over the target: an existing file is either the old one or the whole new one, never half.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { removeAbandonedTemps } from '../remove-abandoned-temps.js';
import { modeOf } from '../store/durable-write.js';

function cannotWrite(target: string, code: string | undefined): UserError {
  const dir = dirname(resolve(target));
  const why =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? `the folder "${dir}" does not exist — create it or choose another path`
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? `no permission to write in "${dir}" — choose another path`
        : code === 'ENOSPC' || code === 'EDQUOT'
          ? 'the disk is full — free some space and run it again (nothing was replaced)'
          : `${code ?? 'error'} — choose another path`;
  return new UserError(`briefdeck: cannot write "${target}": ${why}`);
}

/** Refuse a folder as the target before anything is written. */
export async function checkWritableTarget(target: string): Promise<void> {
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory()) {
    throw new UserError(`briefdeck: "${target}" is a folder — give a file name, e.g. ${join(target, 'deck.csv')}`);
  }
}

export async function writeFileAtomically(
  target: string,
  write: (out: NodeJS.WritableStream) => Promise<void>,
): Promise<void> {
  await checkWritableTarget(target);
  // An earlier export to this file killed half-way (or stopped by a full disk) left its temp file.
  await removeAbandonedTemps(dirname(resolve(target)), basename(target));
  const temp = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const out = createWriteStream(temp, { flags: 'wx' });
  // A write error (a full disk) arrives as an event: without a listener Node would crash with
  // a stack trace; here it fails the write below instead.
  let streamError: Error | null = null;
  const failed = new Promise<never>((_, reject) => {
    out.on('error', (error) => {
      streamError ??= error;
      reject(error);
    });
  });
  failed.catch(() => undefined);
  try {
    // once() rejects when 'error' comes first, and leaves no listener behind either way.
    await once(out, 'open');
  } catch (error) {
    throw cannotWrite(target, (error as NodeJS.ErrnoException).code);
  }
  try {
    await Promise.race([write(out), failed]);
    if (streamError) throw streamError;
    out.end();
    await Promise.race([once(out, 'close'), failed]);
    const handle = await open(temp, 'r');
    try {
      // A replaced export keeps the permissions it had.
      const mode = await modeOf(target);
      if (mode !== null) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    // The temporary file is being thrown away: a late write error on it means nothing.
    out.on('error', () => undefined);
    out.destroy();
    await unlink(temp).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw error instanceof UserError || !code ? error : cannotWrite(target, code);
  }
}

// One writer per store. proper-lockfile takes an exclusive lock (an atomic mkdir, kept fresh
// by touching its mtime, so a lock left by a killed process expires after STALE_MS). Beside
// it an owner file says who holds it, for the refusal message and so that a lock whose owner
// process is gone is taken over at once instead of after STALE_MS.
// The owner file names the lock dir it belongs to (inode + birth time): an owner file left by
// an earlier holder is then never mistaken for the current one's, so a lock another process
// has just taken (and not yet signed) is not broken as if its owner were dead. It sits beside
// the lock dir, not inside, because writing inside would change the dir's mtime, which
// proper-lockfile reads as the lock being taken over.
import { readFile, rm, rmdir, stat } from 'node:fs/promises';
import os from 'node:os';
import lockfile from 'proper-lockfile';
import * as z from '../zod-english.js';
import { UserError } from '../errors.js';
import { clockTimeIn } from './calendar-day.js';
import { isErrno, writeFileDurably } from './durable-write.js';
import { LOCK_DIR, LOCK_OWNER_FILE, insideStore } from './store-paths.js';

const STALE_MS = 30_000;
/**
 * A live holder signs its lock within milliseconds of taking it. A lock still unsigned this
 * long after it was made belongs to a process killed between taking and signing it (or
 * between unsigning and releasing it): it is taken over rather than left for STALE_MS.
 */
const UNSIGNED_GRACE_MS = 3_000;
const UNSIGNED_POLL_MS = 100;

const ownerSchema = z.object({
  pid: z.int(),
  hostname: z.string(),
  command: z.string(),
  startedAt: z.string(),
  lock: z.string(),
});
type LockOwner = z.infer<typeof ownerSchema>;

export interface StoreLock {
  /** Set when another process took the lock away (this one was frozen past STALE_MS). */
  readonly lost: boolean;
  release(): Promise<void>;
}

export interface LockRequest {
  /** The storage dir as the user named it, for messages. */
  displayDir: string;
  command: string;
  now: Date;
  timeZone?: string;
}

export async function acquireStoreLock(dir: string, request: LockRequest): Promise<StoreLock> {
  const lockPath = insideStore(dir, LOCK_DIR);
  const ownerPath = insideStore(dir, LOCK_OWNER_FILE);
  const state = { lost: false };
  const options: lockfile.LockOptions = {
    lockfilePath: lockPath,
    realpath: false,
    stale: STALE_MS,
    retries: 0,
    // The default throws from a timer and kills the process; refuse further writes instead.
    onCompromised: () => {
      state.lost = true;
    },
  };
  let unlock: () => Promise<void>;
  try {
    unlock = await lockfile.lock(dir, options);
  } catch (error) {
    if (!isErrno(error, 'ELOCKED')) throw error;
    const seen = await lockIdentity(lockPath).catch(() => null);
    const owner = await signedOwnerOrAbandoned(lockPath, ownerPath);
    if (owner !== null && owner !== 'abandoned' && !ownerIsGone(owner)) throw new UserError(inUseMessage(request, owner), 1);
    // The owner died without releasing (kill -9), or before signing: its lock is stale now,
    // not in STALE_MS. Only the very lock judged is removed, never one another process has
    // just taken in its place. (null: the lock was released meanwhile; just take it.)
    if (owner !== null && seen !== null && (await lockIdentity(lockPath).catch(() => null)) === seen) {
      await rmdir(lockPath).catch((e: unknown) => {
        if (!isErrno(e, 'ENOENT')) throw e;
      });
    }
    try {
      unlock = await lockfile.lock(dir, options);
    } catch (retryError) {
      if (!isErrno(retryError, 'ELOCKED')) throw retryError;
      throw new UserError(inUseMessage(request, await currentOwner(lockPath, ownerPath)), 1);
    }
  }
  const owner: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    command: request.command,
    startedAt: request.now.toISOString(),
    lock: await lockIdentity(lockPath),
  };
  try {
    await writeFileDurably(ownerPath, JSON.stringify(owner) + '\n');
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    get lost() {
      return state.lost;
    },
    async release() {
      const signed = await readOwner(ownerPath);
      if (signed?.pid === owner.pid && signed.lock === owner.lock) await rm(ownerPath, { force: true });
      if (!state.lost) await unlock();
    },
  };
}

/**
 * The lock's signed owner; or, for a lock that stays unsigned past UNSIGNED_GRACE_MS (waiting
 * for a young one to be signed), 'abandoned'; null when the lock vanished meanwhile.
 */
async function signedOwnerOrAbandoned(lockPath: string, ownerPath: string): Promise<LockOwner | null | 'abandoned'> {
  for (;;) {
    const owner = await currentOwner(lockPath, ownerPath);
    if (owner) return owner;
    let madeAt: number;
    try {
      const info = await stat(lockPath);
      // Where a file system keeps no birth time (0), the mtime proper-lockfile set is used.
      madeAt = Math.max(info.birthtimeMs, info.mtimeMs);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null;
      throw error;
    }
    if (Date.now() - madeAt >= UNSIGNED_GRACE_MS) return 'abandoned';
    await new Promise((resolve) => setTimeout(resolve, UNSIGNED_POLL_MS));
  }
}

async function lockIdentity(lockPath: string): Promise<string> {
  const info = await stat(lockPath);
  return `${info.ino}:${info.birthtimeMs}`;
}

/** The owner of the lock dir now present, or null if unknown (being taken, or gone). */
async function currentOwner(lockPath: string, ownerPath: string): Promise<LockOwner | null> {
  const owner = await readOwner(ownerPath);
  try {
    return owner && owner.lock === (await lockIdentity(lockPath)) ? owner : null;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
}

async function readOwner(ownerPath: string): Promise<LockOwner | null> {
  try {
    return ownerSchema.parse(JSON.parse(await readFile(ownerPath, 'utf8')));
  } catch {
    // Missing or half-written: the holder is between taking the lock and signing it.
    return null;
  }
}

/** Only a process on this machine can be checked; elsewhere the lock expires by staleness. */
function ownerIsGone(owner: LockOwner): boolean {
  if (owner.hostname !== os.hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return isErrno(error, 'ESRCH');
  }
}

function inUseMessage(request: LockRequest, owner: LockOwner | null): string {
  const who = owner
    ? ` (pid ${owner.pid}, ${owner.command}, since ${clockTimeIn(new Date(owner.startedAt), request.timeZone)})`
    : '';
  return `briefdeck: storage "${request.displayDir}" is in use by another briefdeck${who} — finish that session first`;
}

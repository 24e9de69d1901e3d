// One writer per store. proper-lockfile takes an exclusive lock (an atomic mkdir, kept fresh
// by touching its mtime, so a lock left by a killed process expires after STALE_MS). Inside
// the lock dir an owner file says who holds it, for the refusal message and so that a lock
// whose owner process is gone is taken over at once instead of after STALE_MS. Inside, not
// beside: an owner file found there always belongs to the current lock, never to an earlier
// holder, so a lock just taken by another process is not mistaken for a dead one.
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import lockfile from 'proper-lockfile';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { clockTimeIn } from './calendar-day.js';
import { isErrno, writeFileDurably } from './durable-write.js';
import { LOCK_DIR, LOCK_OWNER_FILE, insideStore } from './store-paths.js';

const STALE_MS = 30_000;

const ownerSchema = z.object({ pid: z.int(), hostname: z.string(), command: z.string(), startedAt: z.string() });
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
    // ENOTEMPTY: proper-lockfile found the lock stale (not refreshed for STALE_MS) but could
    // not rmdir it because of the owner file inside.
    const stale = isErrno(error, 'ENOTEMPTY');
    if (!stale && !isErrno(error, 'ELOCKED')) throw error;
    const owner = await readOwner(ownerPath);
    if (!stale && (!owner || !ownerIsGone(owner))) throw new UserError(inUseMessage(request, owner), 1);
    // The owner died without releasing (kill -9): its lock is stale now, not in STALE_MS.
    await rm(lockPath, { recursive: true, force: true });
    try {
      unlock = await lockfile.lock(dir, options);
    } catch (retryError) {
      if (!isErrno(retryError, 'ELOCKED')) throw retryError;
      throw new UserError(inUseMessage(request, await readOwner(ownerPath)), 1);
    }
  }
  const owner: LockOwner = { pid: process.pid, hostname: os.hostname(), command: request.command, startedAt: request.now.toISOString() };
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
      await rm(ownerPath, { force: true });
      if (!state.lost) await unlock();
    },
  };
}

async function readOwner(ownerPath: string): Promise<LockOwner | null> {
  try {
    return ownerSchema.parse(JSON.parse(await readFile(ownerPath, 'utf8')));
  } catch {
    // Missing or half-written: the holder is between taking the lock and naming itself.
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

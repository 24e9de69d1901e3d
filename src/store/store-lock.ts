// One writer per store. The lock is the directory writer.lock holding owner.json: who holds it
// (pid, host, command, since when) and a token unique to this taking. It is put in place by
// renaming a directory already holding its owner file, so a lock is never seen unsigned, and
// renaming onto a lock that exists fails: one taker wins.
// A takeover never rests on a timer alone. On this machine a lock is taken over only once its
// owner's process is gone (a stopped process — Ctrl-Z, SIGSTOP — is still there, so its lock
// holds). A lock from another machine, which cannot be checked, is taken over once its owner
// has stopped refreshing it for STALE_MS. Either way the holder checks its token before each
// write (`verify`): a writer whose lock was taken never appends again.
import { mkdir, readFile, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as z from '../zod-english.js';
import { UserError } from '../errors.js';
import { clockTimeIn } from './calendar-day.js';
import { fsyncDirectory, isErrno, writeFileDurably } from './durable-write.js';
import { LOCK_DIR, insideStore } from './store-paths.js';

/** A lock not refreshed for this long, by a process on another machine, is abandoned. */
const STALE_MS = 30_000;
const REFRESH_MS = 10_000;
const OWNER_FILE = 'owner.json';
/** A lock's staged or discarded copies beside it: `.writer.lock.<pid>-<token>.<what>`. */
const LOCK_LEFTOVER = /^\.writer\.lock\.(\d+)-[0-9a-f-]{36}\.(new|old)$/;
const LEFTOVER_MS = 24 * 3_600_000;

const ownerSchema = z.object({
  pid: z.int(),
  hostname: z.string(),
  command: z.string(),
  startedAt: z.string(),
  token: z.string(),
});
type LockOwner = z.infer<typeof ownerSchema>;

export interface StoreLock {
  /** Set once this process found its lock taken by another (it was stopped past STALE_MS on another machine's watch). */
  readonly lost: boolean;
  /** Throws (and sets `lost`) unless the lock on disk is still this one. Call before each write. */
  verify(): Promise<void>;
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
  const owner: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    command: request.command,
    startedAt: request.now.toISOString(),
    token: lockToken(),
  };
  await removeLeftovers(dir, lockPath);
  const staged = leftoverPath(lockPath, owner.token, 'new');
  await mkdir(staged);
  try {
    await writeFileDurably(path.join(staged, OWNER_FILE), JSON.stringify(owner) + '\n');
    // A dead owner's lock is moved away in one round, ours put in its place in the next.
    for (let round = 0; ; round += 1) {
      try {
        await rename(staged, lockPath);
        await fsyncDirectory(dir);
        break;
      } catch (error) {
        // Windows says EPERM where POSIX says the target directory is not empty.
        const held = isErrno(error, 'ENOTEMPTY') || isErrno(error, 'EEXIST') || (isErrno(error, 'EPERM') && (await lockExists(lockPath)));
        if (!held) throw error;
      }
      const held = await readLock(lockPath);
      if (held === 'gone' && round < 5) continue;
      if (held === 'gone') throw new UserError(inUseMessage(request, null), 1);
      if (round >= 2 || !isAbandoned(held)) throw new UserError(inUseMessage(request, held === 'unsigned' ? null : held.owner), 1);
      await discardLock(lockPath, held === 'unsigned' ? null : held.owner.token, owner.token);
    }
  } finally {
    await rm(staged, { recursive: true, force: true });
  }
  return holdLock(lockPath, owner);
}

function holdLock(lockPath: string, owner: LockOwner): StoreLock {
  let lost = false;
  let released = false;
  const verify = async (): Promise<void> => {
    if (!lost) {
      // One small read: the owner file of the lock in place must carry this taking's token.
      const text = await readFile(path.join(lockPath, OWNER_FILE), 'utf8').catch(() => '');
      lost = ownerSchema.safeParse(safeJson(text)).data?.token !== owner.token;
    }
    if (lost) throw new LockLostError();
  };
  // Keeps the lock fresh for other machines; also notices a loss between writes.
  const refresh = setInterval(() => {
    void verify()
      .then(() => utimes(path.join(lockPath, OWNER_FILE), new Date(), new Date()))
      .catch(() => undefined);
  }, REFRESH_MS);
  refresh.unref();
  return {
    get lost() {
      return lost;
    },
    verify,
    async release() {
      if (released) return;
      released = true;
      clearInterval(refresh);
      if (lost) return;
      await discardLock(lockPath, owner.token, owner.token);
    },
  };
}

/** Thrown by `verify` once another briefdeck holds the lock; ReviewStore words it for the user. */
export class LockLostError extends Error {
  constructor() {
    super('store: the writer lock was taken by another process');
    this.name = 'LockLostError';
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

type HeldLock = { owner: LockOwner; refreshedMs: number } | 'unsigned' | 'gone';

async function readLock(lockPath: string): Promise<HeldLock> {
  const ownerPath = path.join(lockPath, OWNER_FILE);
  try {
    const [text, info] = await Promise.all([readFile(ownerPath, 'utf8'), stat(ownerPath)]);
    return { owner: ownerSchema.parse(JSON.parse(text)), refreshedMs: info.mtimeMs };
  } catch (error) {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR')) return (await lockExists(lockPath)) ? 'unsigned' : 'gone';
    // Unreadable or not an owner file: a lock of another make (an older briefdeck's).
    return 'unsigned';
  }
}

async function lockExists(lockPath: string): Promise<boolean> {
  try {
    await stat(lockPath);
    return true;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return false;
    throw error;
  }
}

/**
 * On this machine: only when the owner's process no longer exists. Elsewhere, or for a lock
 * without a readable owner (an older briefdeck's): when not refreshed for STALE_MS.
 */
function isAbandoned(held: Exclude<HeldLock, 'gone'>): boolean {
  if (held !== 'unsigned' && held.owner.hostname === os.hostname()) return held.owner.pid !== process.pid && processIsGone(held.owner.pid);
  return held === 'unsigned' ? false : Date.now() - held.refreshedMs >= STALE_MS;
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return isErrno(error, 'ESRCH');
  }
}

/**
 * Remove the lock if it is still the one judged (token `expected`; null: unsigned). It is
 * first renamed aside — atomic, so only one process gets it — and checked there: a lock taken
 * meanwhile by someone else is put back.
 */
async function discardLock(lockPath: string, expected: string | null, myToken: string): Promise<void> {
  const aside = leftoverPath(lockPath, myToken, 'old');
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  const moved = await readLock(aside);
  const movedToken = typeof moved === 'object' ? moved.owner.token : null;
  if (movedToken !== expected) {
    // Not ours to remove. If putting it back fails, a newer lock is in place and the moved one's
    // holder finds its lock lost at its next write.
    await rename(aside, lockPath).catch(() => undefined);
  }
  await rm(aside, { recursive: true, force: true });
}

function leftoverPath(lockPath: string, token: string, what: 'new' | 'old'): string {
  return path.join(path.dirname(lockPath), `.${path.basename(lockPath)}.${process.pid}-${token}.${what}`);
}

/**
 * Staged or discarded lock copies left by a process killed while taking or releasing a lock:
 * removed once their process is gone (or, made on another machine, after a day).
 */
async function removeLeftovers(dir: string, lockPath: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(path.dirname(lockPath));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  for (const name of names) {
    const match = LOCK_LEFTOVER.exec(name);
    if (!match) continue;
    const leftover = insideStore(dir, name);
    const madeMs = await stat(leftover).then((info) => info.mtimeMs, () => Date.now());
    if (processIsGone(Number(match[1])) || Date.now() - madeMs > LEFTOVER_MS) await rm(leftover, { recursive: true, force: true });
  }
}

function inUseMessage(request: LockRequest, owner: LockOwner | null): string {
  const who = owner
    ? ` (pid ${owner.pid}, ${owner.command}, since ${clockTimeIn(new Date(owner.startedAt), request.timeZone)})`
    : ` (a lock without an owner at ${LOCK_DIR}; if no briefdeck is running, remove it)`;
  return `briefdeck: storage "${request.displayDir}" is in use by another briefdeck${who} — finish that session first`;
}

/**
 * A token naming one taking of the lock, shaped like a UUID (LOCK_LEFTOVER reads it back from
 * file names). It only has to differ between takings; it guards nothing, so it comes from
 * Math.random (which V8 seeds from the system's entropy) rather than node:crypto, whose first
 * load costs a review 10–20 ms of start-up on Node 24.
 */
function lockToken(): string {
  const hex = Array.from({ length: 30 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(12, 15)}-a${hex.slice(15, 18)}-${hex.slice(18, 30)}`;
}

// `briefdeck sync`: pull, merge, push through a git repository kept in the storage folder
// (`sync/`), then bring the other machines' answers and decks home. Order matters for the
// promises: the remote is written before anything here, and what comes home is written file by
// file atomically and only after the push — so a failed fetch or push leaves the store and the
// decks as they were, and a sync killed at any moment is simply run again (the logs only grow;
// the merge is computed afresh from them each time).
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deckPath, loadAllDecks, saveDeckFile } from '../deck/deck-file.js';
import type { Deck } from '../deck/types.js';
import { UserError } from '../errors.js';
import { DEVICE_LOGS_DIR, writeDeviceLogs } from '../store/device-logs.js';
import { readTextIfPresent, writeFileDurably } from '../store/durable-write.js';
import type { Store } from '../store/store-api.js';
import { LOG_FILE } from '../store/store-paths.js';
import { firstLine, Git } from './git.js';
import { plural } from '../commands/plural.js';
import { planSync, type SyncPlan } from './merge-sync-files.js';

export const SYNC_DIR = 'sync';
const BRANCH = 'main';
const REMOTE_BRANCH = `refs/remotes/origin/${BRANCH}`;
/** Another machine may push between our fetch and our push: fetch, merge and try again. */
const PUSH_ATTEMPTS = 3;

export interface SyncOptions {
  storageDir: string;
  decksDir: string;
  store: Store;
  remote?: string;
  say: (line: string) => void;
  now: Date;
  /** Slugs (file names) of the decks here, by id: a deck coming home keeps its file. */
  localSlugs?: ReadonlyMap<string, string>;
}

export interface SyncOutcome {
  plan: SyncPlan;
  url: string;
  pushed: boolean;
}

export async function openSyncRepo(storageDir: string, device: string, remote: string | undefined): Promise<{ git: Git; url: string }> {
  const dir = path.join(storageDir, SYNC_DIR);
  const git = new Git(dir, { name: 'briefdeck', email: `${device}@briefdeck.invalid` });
  if (!existsSync(path.join(dir, '.git'))) {
    if (remote === undefined) throw noRemote(storageDir);
    await mkdir(dir, { recursive: true });
    await git.ok(['init', '--quiet']);
    await git.ok(['symbolic-ref', 'HEAD', `refs/heads/${BRANCH}`]);
  }
  await removeStaleGitLocks(dir);
  const current = await git.run(['remote', 'get-url', 'origin']);
  if (remote !== undefined && current.code !== 0) await git.ok(['remote', 'add', 'origin', remote]);
  else if (remote !== undefined && current.stdout.trim() !== remote) await git.ok(['remote', 'set-url', 'origin', remote]);
  else if (remote === undefined && current.code !== 0) throw noRemote(storageDir);
  return { git, url: remote ?? current.stdout.trim() };
}

/** Refuse `sync` with no remote ever named, before anything is opened or written. */
export function checkSyncRemoteNamed(storageDir: string, remote: string | undefined): void {
  if (remote === undefined && !existsSync(path.join(storageDir, SYNC_DIR, '.git'))) throw noRemote(storageDir);
}

function noRemote(storageDir: string): UserError {
  return new UserError(`briefdeck: storage "${storageDir}" has no sync remote yet — name one once with: briefdeck sync --remote URL`, 2);
}

/**
 * A git process killed mid-write leaves its lock files; git then refuses to run. The store's
 * writer lock, which sync holds, guarantees no other briefdeck uses this repository now.
 */
async function removeStaleGitLocks(dir: string): Promise<void> {
  const gitDir = path.join(dir, '.git');
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory() && entry.name !== 'objects') await walk(full);
      else if (entry.name.endsWith('.lock')) await unlink(full).catch(() => undefined);
    }
  };
  await walk(gitDir);
}

/** Fetch the remote; a failure says what happened and that nothing changed. */
export async function fetchRemote(git: Git, url: string): Promise<string | null> {
  const fetched = await git.run(['fetch', '--quiet', '--no-tags', 'origin', `+refs/heads/${BRANCH}:${REMOTE_BRANCH}`]);
  if (fetched.code !== 0) {
    // An empty remote has no branch yet: that is a first sync, not a failure.
    if (/couldn't find remote ref/i.test(fetched.stderr)) return null;
    throw new UserError(
      `briefdeck: could not fetch from the sync remote ${url}: ${firstLine(fetched.stderr)}; nothing was changed here and reviews go on offline — run briefdeck sync again once it is reachable`,
      1,
    );
  }
  return revision(git, REMOTE_BRANCH);
}

export async function revision(git: Git, ref: string): Promise<string | null> {
  const result = await git.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return result.code === 0 ? result.stdout.trim() : null;
}

/** This machine's side of the merge: its own log, the other logs it holds, its decks. */
export async function readLocalSide(options: Pick<SyncOptions, 'storageDir' | 'decksDir' | 'say'>) {
  const ownLog = (await readTextIfPresent(path.join(options.storageDir, LOG_FILE))) ?? '';
  const localLogs = new Map<string, string>();
  const logDir = path.join(options.storageDir, DEVICE_LOGS_DIR);
  for (const name of await readdir(logDir).catch(() => [] as string[])) {
    if (name.endsWith('.jsonl')) localLogs.set(name.slice(0, -'.jsonl'.length), await readFile(path.join(logDir, name), 'utf8'));
  }
  const { decks, problems } = await loadAllDecks(options.decksDir);
  for (const problem of problems) options.say(problem);
  return { ownLog, localLogs, localDecks: new Map(decks.map((deck) => [deck.id, deck])) };
}

export async function runSync(options: SyncOptions): Promise<SyncOutcome> {
  const device = options.store.deviceId!;
  const { git, url } = await openSyncRepo(options.storageDir, device, options.remote);
  const local = await readLocalSide(options);
  const localSlugs = new Map([...local.localDecks].map(([id, deck]) => [id, deck.slug]));
  const home = { ...options, localSlugs };
  for (let attempt = 1; ; attempt += 1) {
    const remoteHead = await fetchRemote(git, url);
    const localHead = await revision(git, 'HEAD');
    const mergeBase = localHead && remoteHead ? await git.run(['merge-base', localHead, remoteHead]) : null;
    const baseCommit = mergeBase?.code === 0 ? mergeBase.stdout.trim() : null;
    const remoteFiles = remoteHead ? await git.readTree(remoteHead) : new Map<string, string>();
    const baseFiles = baseCommit === remoteHead ? remoteFiles : baseCommit ? await git.readTree(baseCommit) : new Map<string, string>();
    const plan = planSync({ device, ...local, base: baseFiles, remote: remoteFiles, now: options.now.toISOString() });
    const head = await commitPlan(git, plan, localHead, remoteHead, device);
    const pushed = head === remoteHead ? null : await git.run(['push', '--quiet', 'origin', `${head}:refs/heads/${BRANCH}`]);
    if (pushed === null || pushed.code === 0) {
      if (pushed) await git.ok(['update-ref', REMOTE_BRANCH, head]);
      await bringHome(home, plan);
      // The branch moves last: it marks what this machine has brought home, the base of the
      // next merge. A sync killed before this line merges again from the previous one.
      await git.ok(['update-ref', `refs/heads/${BRANCH}`, head]);
      return { plan, url, pushed: pushed !== null };
    }
    const rejected = /\[rejected\]|non-fast-forward|fetch first/.test(pushed.stderr);
    if (!rejected || attempt === PUSH_ATTEMPTS) {
      throw new UserError(
        `briefdeck: the sync remote ${url} refused the push: ${firstLine(pushed.stderr)}; nothing was changed here and your answers are safe — fix the remote (or its permissions) and run briefdeck sync again`,
        1,
      );
    }
  }
}

/**
 * Write the merged files into the repository and commit them on top of both sides; the
 * branch is not moved (see runSync). Returns the commit to push (the remote's own when the
 * merge adds nothing to it).
 */
async function commitPlan(git: Git, plan: SyncPlan, localHead: string | null, remoteHead: string | null, device: string): Promise<string> {
  const work = git.dir;
  // The tree is rebuilt whole each time, so whatever a killed sync left in it is replaced.
  for (const dir of ['log', 'decks', 'conflicts']) await rm(path.join(work, dir), { recursive: true, force: true });
  for (const [file, text] of plan.files) {
    await mkdir(path.dirname(path.join(work, file)), { recursive: true });
    await writeFile(path.join(work, file), text);
  }
  await git.ok(['add', '--all', '--', '.']);
  const tree = (await git.ok(['write-tree'])).trim();
  const treeOf = async (commit: string | null) => (commit ? (await git.ok(['rev-parse', `${commit}^{tree}`])).trim() : null);
  const isAncestor = async (a: string, b: string) => (await git.run(['merge-base', '--is-ancestor', a, b])).code === 0;
  let head: string;
  if (remoteHead && tree === (await treeOf(remoteHead)) && (!localHead || (await isAncestor(localHead, remoteHead)))) {
    head = remoteHead;
  } else if (localHead && tree === (await treeOf(localHead)) && (!remoteHead || (await isAncestor(remoteHead, localHead)))) {
    head = localHead;
  } else {
    const parents = [localHead, remoteHead].filter((c): c is string => c !== null);
    const unique = parents.length === 2 && (await isAncestor(parents[0]!, parents[1]!)) ? [parents[1]!] : parents;
    const args = ['commit-tree', tree, ...unique.flatMap((p) => ['-p', p]), '-m', `briefdeck sync from device ${device}`];
    head = (await git.ok(args)).trim();
  }
  return head;
}

/** Other machines' answers and decks, into this store and decks folder; file by file, atomically. */
async function bringHome(options: SyncOptions, plan: SyncPlan): Promise<void> {
  await writeDeviceLogs(options.storageDir, plan.logsToImport);
  if (plan.ownLogToRestore) await appendDurably(path.join(options.storageDir, LOG_FILE), plan.ownLogToRestore);
  for (const deck of plan.decksToSave) await saveDeck(options.decksDir, deck, options.localSlugs?.get(deck.id));
  for (const [name, record] of plan.conflictFiles) {
    const file = path.join(options.decksDir, name);
    if (!/^[^/\\]+\.json\.conflict-[0-9TZ-]+$/.test(name)) continue;
    await writeFileDurably(file, `${JSON.stringify(record, null, 2)}\n`);
    const ids = record.notes.map((c) => c.noteId).join(', ');
    options.say(
      `briefdeck: deck "${record.deckName}": ${plural(record.notes.length, 'note')} (${ids}) edited differently by hand on two machines — the deck keeps one version, both are in ${file}; fix the note with briefdeck edit NOTE if the one kept is not the one you want`,
    );
  }
}

/** The answers a restore lost, appended back to this device's log (the lines it had, in order). */
async function appendDurably(file: string, text: string): Promise<void> {
  const handle = await open(file, 'a');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A deck coming home takes its slug's file, or a free name beside it when another deck (or a
 * damaged file, which is never overwritten) holds that one. A deck renamed on another machine
 * leaves its old file here, so one id is never in two files.
 */
async function saveDeck(decksDir: string, deck: Deck, localSlug: string | undefined): Promise<void> {
  const holder = async (slug: string): Promise<string | null> => {
    const text = await readTextIfPresent(deckPath(decksDir, slug));
    if (text === null) return null;
    try {
      return (JSON.parse(text) as { id?: unknown }).id === deck.id ? deck.id : 'another deck';
    } catch {
      return 'a damaged file';
    }
  };
  let slug = localSlug ?? deck.slug;
  for (let n = 2; ; n += 1) {
    const id = await holder(slug);
    if (id === null || id === deck.id) break;
    slug = `${deck.slug}-${n}`;
  }
  await saveDeckFile(decksDir, { ...deck, slug });
}

/** What `sync --status` says: how far this machine and the remote are apart. */
export async function describeSyncStatus(options: Omit<SyncOptions, 'store' | 'remote'> & { device: string }): Promise<string[]> {
  const { git, url } = await openSyncRepo(options.storageDir, options.device, undefined);
  let remoteHead: string | null;
  let offline = '';
  try {
    remoteHead = await fetchRemote(git, url);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    remoteHead = await revision(git, REMOTE_BRANCH);
    offline = ` (could not reach it: as of the last sync)`;
  }
  const local = await readLocalSide(options);
  const localHead = await revision(git, 'HEAD');
  const base = localHead && remoteHead ? await git.run(['merge-base', localHead, remoteHead]) : null;
  const plan = planSync({
    device: options.device,
    ...local,
    base: base?.code === 0 ? await git.readTree(base.stdout.trim()) : new Map(),
    remote: remoteHead ? await git.readTree(remoteHead) : new Map(),
    now: options.now.toISOString(),
  });
  const remoteFiles = remoteHead ? await git.readTree(remoteHead) : new Map<string, string>();
  const decksAhead = [...plan.files].filter(([file, text]) => file.startsWith('decks/') && remoteFiles.get(file) !== text).length;
  const devices = new Set([...plan.logsToImport.keys()]).size;
  return [
    `Sync remote: ${url}${offline}`,
    `Ahead (here, not on the remote): ${plural(plan.sent, 'answer')} of this machine, ${plural(decksAhead, 'deck')} changed.`,
    `Behind (on the remote, not here): ${plural(plan.received, 'answer')} from ${plural(devices, 'other machine')}, ${plural(plan.decksToSave.length, 'deck')} new or changed.`,
  ];
}


// `briefdeck sync [--remote URL] [--status]`: the only command that touches the network.
// It holds the store's writer lock throughout, so no review writes while it merges.
import { loadAllDecks } from '../deck/deck-file.js';
import { UserError } from '../errors.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store-api.js';
import { checkSyncRemoteNamed, describeSyncStatus, runSync } from '../sync/run-sync.js';
import type { CommandContext, CommandRunner } from './context.js';
import { plural } from './plural.js';

function openForSync(context: CommandContext): Promise<Store> {
  return openStore(context.storageDir, {
    mode: 'write',
    now: context.now(),
    timeZone: context.timeZone,
    command: 'sync',
    displayDir: context.storageDir,
    warn: (line) => context.stderr.write(`${line}\n`),
  });
}

export const runSyncCommand: CommandRunner = async (args, context) => {
  const remote = args.values.remote as string | undefined;
  if (remote !== undefined && remote.trim() === '') throw new UserError('briefdeck sync: --remote needs a git URL or path — usage: briefdeck sync [--remote URL] [--status]');
  const say = (line: string): void => void context.stderr.write(`${line}\n`);
  const common = { storageDir: context.storageDir, decksDir: context.decksDir, say, now: context.now() };
  if (args.values.status && remote !== undefined) throw new UserError('briefdeck sync: --status only reports; name the remote with --remote in a sync of its own');
  checkSyncRemoteNamed(context.storageDir, remote);
  const store = await openForSync(context);
  let outcome;
  try {
    if (args.values.status) {
      for (const line of await describeSyncStatus({ ...common, device: store.deviceId! })) context.stdout.write(`${line}\n`);
      return 0;
    }
    outcome = await runSync({ ...common, store, ...(remote === undefined ? {} : { remote: remote.trim() }) });
  } finally {
    await store.close();
  }
  // Opened again: the other machines' answers now replay into this store's progress, and
  // decks that came home are registered. A review that took the store in between does both
  // itself, so a refusal here costs nothing.
  const reopened = await openForSync(context).catch((error: unknown) => {
    if (error instanceof UserError) return null;
    throw error;
  });
  if (reopened) {
    try {
      const { decks } = await loadAllDecks(context.decksDir);
      for (const deck of decks) await reopened.syncDeck(deck);
    } finally {
      await reopened.close();
    }
  }
  const { plan, url } = outcome;
  context.stdout.write(
    `Synced with ${url}: sent ${plural(plan.sent, 'answer')}, received ${plural(plan.received, 'answer')}` +
      (plan.decksToSave.length ? `; ${plural(plan.decksToSave.length, 'deck')} updated here` : '') +
      '.\n',
  );
  return 0;
};

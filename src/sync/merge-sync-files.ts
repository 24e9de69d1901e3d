// What a sync commits and what it brings home, decided without touching anything: the files
// of the sync repository are `log/<device>.jsonl` (each device's own log, only ever appended)
// and `decks/<deck-id>.json`. Logs merge by construction: each has one writer, so of two
// copies one extends the other. Decks merge by note id (deck/merge-deck-versions.ts).
import { parseDeckFile } from '../deck/deck-file.js';
import { mergeDeckVersions, type NoteConflict } from '../deck/merge-deck-versions.js';
import type { Deck } from '../deck/types.js';
import { UserError } from '../errors.js';

export interface SyncInputs {
  device: string;
  /** This device's whole log (reviews.jsonl), '' when it has no answers yet. */
  ownLog: string;
  /** Other devices' logs as the last sync brought them. */
  localLogs: ReadonlyMap<string, string>;
  /** The decks of this machine, by id. */
  localDecks: ReadonlyMap<string, Deck>;
  /** The repository's files at the last version both sides share (empty: none). */
  base: ReadonlyMap<string, string>;
  /** The remote's files now (empty: a remote with nothing yet). */
  remote: ReadonlyMap<string, string>;
}

export interface SyncPlan {
  /** The repository's files after the merge. */
  files: Map<string, string>;
  /** Other devices' logs that grew: device → whole log. */
  logsToImport: Map<string, string>;
  /** Decks new or changed for this machine. */
  decksToSave: Deck[];
  conflicts: { deck: Deck; conflicts: NoteConflict[] }[];
  /** Answers this device sends; answers it receives (lines of other devices' logs). */
  sent: number;
  received: number;
}

const LOG = /^log\/([A-Za-z0-9_-]{6,64})\.jsonl$/;
const DECK = /^decks\/([A-Za-z0-9_-]{1,64})\.json$/;

export function deckFileInRepo(deckId: string): string {
  return `decks/${deckId}.json`;
}

export function deckText(deck: Deck): string {
  return `${JSON.stringify(deck, null, 2)}\n`;
}

export function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

export function planSync(inputs: SyncInputs): SyncPlan {
  const files = new Map<string, string>();
  const logsToImport = new Map<string, string>();
  const logs = (source: ReadonlyMap<string, string>) =>
    new Map([...source].flatMap(([file, text]) => {
      const device = LOG.exec(file)?.[1];
      return device ? [[device, text] as const] : [];
    }));
  const remoteLogs = logs(inputs.remote);

  // This device's log: the remote may hold an older copy of it, never a different one.
  const ownRemote = remoteLogs.get(inputs.device) ?? '';
  if (!inputs.ownLog.startsWith(ownRemote)) {
    throw new UserError(
      `briefdeck: the remote holds answers of this device (log/${inputs.device}.jsonl) that this store lacks — was the storage folder copied from another machine, or restored from a backup? Nothing was changed; sync from the other copy, or give this machine a fresh storage folder and sync that`,
      1,
    );
  }
  if (inputs.ownLog) files.set(`log/${inputs.device}.jsonl`, inputs.ownLog);
  const sent = lineCount(inputs.ownLog) - lineCount(ownRemote);

  let received = 0;
  for (const device of new Set([...remoteLogs.keys(), ...inputs.localLogs.keys()])) {
    if (device === inputs.device) continue;
    const here = inputs.localLogs.get(device) ?? '';
    const there = remoteLogs.get(device) ?? '';
    if (!here.startsWith(there) && !there.startsWith(here)) {
      throw new UserError(
        `briefdeck: the remote's log/${device}.jsonl was rewritten (it no longer begins with the answers this machine has from that device); nothing was changed here — restore the remote from a copy, or sync the other machine first`,
        1,
      );
    }
    const longer = there.length > here.length ? there : here;
    files.set(`log/${device}.jsonl`, longer);
    if (longer !== here) {
      logsToImport.set(device, longer);
      received += lineCount(longer) - lineCount(here);
    }
  }

  const decks = (source: ReadonlyMap<string, string>) =>
    new Map([...source].flatMap(([file, text]) => {
      const id = DECK.exec(file)?.[1];
      return id ? [[id, parseDeckFile(text, `the remote's ${file}`)] as const] : [];
    }));
  const remoteDecks = decks(inputs.remote);
  const baseDecks = decks(inputs.base);
  const decksToSave: Deck[] = [];
  const conflicts: SyncPlan['conflicts'] = [];
  for (const id of [...new Set([...inputs.localDecks.keys(), ...remoteDecks.keys()])].sort()) {
    const here = inputs.localDecks.get(id);
    const there = remoteDecks.get(id);
    let merged: Deck;
    if (here && there) {
      const result = mergeDeckVersions(baseDecks.get(id) ?? null, here, there);
      merged = result.deck;
      if (result.conflicts.length > 0) conflicts.push({ deck: merged, conflicts: result.conflicts });
    } else {
      merged = (here ?? there)!;
    }
    files.set(deckFileInRepo(id), deckText(merged));
    if (!here || deckText(here) !== deckText(merged)) decksToSave.push(merged);
  }
  return { files, logsToImport, decksToSave, conflicts, sent, received };
}

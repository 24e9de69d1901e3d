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
  /** ISO time, naming the file a new conflict is kept in. */
  now: string;
}

/** Both versions of notes edited differently by hand on two machines, as kept aside. */
export interface ConflictRecord {
  deckId: string;
  deckName: string;
  notes: NoteConflict[];
}

export interface SyncPlan {
  /** The repository's files after the merge. */
  files: Map<string, string>;
  /** Other devices' logs that grew: device → whole log. */
  logsToImport: Map<string, string>;
  /** Answers of this device the remote has and its store lost (restored from a backup): to append. */
  ownLogToRestore: string;
  /** Decks new or changed for this machine. */
  decksToSave: Deck[];
  /** Conflicts to keep beside the decks here (file name in the decks folder → record), new to this machine. */
  conflictFiles: Map<string, ConflictRecord>;
  /** Answers this device sends; answers it receives (lines of other devices' logs). */
  sent: number;
  received: number;
}

const LOG = /^log\/([A-Za-z0-9_-]{6,64})\.jsonl$/;
const DECK = /^decks\/([A-Za-z0-9_-]{1,64})\.json$/;
const CONFLICTS = 'conflicts/';

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

  // This device's log: the remote may hold an older copy of it, or — after a restore from a
  // backup here — a longer one, whose missing answers come home; never a different one.
  const ownRemote = remoteLogs.get(inputs.device) ?? '';
  let ownLog = inputs.ownLog;
  let ownLogToRestore = '';
  if (!ownLog.startsWith(ownRemote)) {
    if (!ownRemote.startsWith(ownLog)) {
      throw new UserError(
        `briefdeck: the remote's log/${inputs.device}.jsonl and this store's reviews.jsonl differ (a storage folder copied to another machine, or answers made here after restoring a backup?); nothing was changed — sync from a fresh storage folder on this machine to keep what the remote has`,
        1,
      );
    }
    ownLogToRestore = ownRemote.slice(ownLog.length);
    ownLog = ownRemote;
  }
  if (ownLog) files.set(`log/${inputs.device}.jsonl`, ownLog);
  const sent = lineCount(ownLog) - lineCount(ownRemote);

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
  const conflictFiles = new Map<string, ConflictRecord>();
  // Conflicts kept aside travel with the repository, so every machine is told of them once.
  for (const [file, text] of [...inputs.base, ...inputs.remote]) {
    if (!file.startsWith(CONFLICTS)) continue;
    files.set(file, text);
    const record = inputs.base.has(file) ? null : readConflictRecord(text);
    if (record) conflictFiles.set(file.slice(CONFLICTS.length), record);
  }
  for (const id of [...new Set([...inputs.localDecks.keys(), ...remoteDecks.keys()])].sort()) {
    const here = inputs.localDecks.get(id);
    const there = remoteDecks.get(id);
    let merged: Deck;
    if (here && there) {
      const result = mergeDeckVersions(baseDecks.get(id) ?? null, here, there);
      merged = result.deck;
      if (result.conflicts.length > 0) {
        const name = `${merged.slug}.json.conflict-${inputs.now.replace(/[:.]/g, '-')}`;
        const record: ConflictRecord = { deckId: id, deckName: merged.name, notes: result.conflicts };
        files.set(CONFLICTS + name, `${JSON.stringify(record, null, 2)}\n`);
        conflictFiles.set(name, record);
      }
    } else {
      merged = (here ?? there)!;
    }
    files.set(deckFileInRepo(id), deckText(merged));
    if (!here || deckText(here) !== deckText(merged)) decksToSave.push(merged);
  }
  received += lineCount(ownLogToRestore);
  return { files, logsToImport, ownLogToRestore, decksToSave, conflictFiles, sent, received };
}

/** A conflict record from the repository, or null when it is not one (it is then left there). */
function readConflictRecord(text: string): ConflictRecord | null {
  try {
    const record = JSON.parse(text) as Partial<ConflictRecord>;
    const ok = typeof record.deckId === 'string' && typeof record.deckName === 'string' && Array.isArray(record.notes);
    return ok && record.notes!.every((n) => typeof n?.noteId === 'string') ? (record as ConflictRecord) : null;
  } catch {
    return null;
  }
}

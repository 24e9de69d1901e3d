// Other devices' review logs, as the last sync brought them: `log/<device-id>.jsonl`, one per
// device, each a copy of that device's own `reviews.jsonl`. Only `briefdeck sync` writes them
// (whole, atomically, under the writer lock); everything else reads them. This device's own
// answers stay in reviews.jsonl, so its durability rules are the ones they always were.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { LogEntry } from '../schedule/types.js';
import { isErrno, makeDirectoryDurably, writeFileDurably } from './durable-write.js';
import { describeFirstIssue } from './parse-stored-json.js';
import { DamagedFileError } from './store-errors.js';
import { insideStore } from './store-paths.js';
import { DEVICE_ID, logEntrySchema } from './store-schema.js';

export const DEVICE_LOGS_DIR = 'log';

export function deviceLogFile(deviceId: string): string {
  if (!DEVICE_ID.test(deviceId)) throw new Error(`invalid device id ${JSON.stringify(deviceId)}`);
  return path.join(DEVICE_LOGS_DIR, `${deviceId}.jsonl`);
}

/**
 * What sync checked when it wrote each log (length and CRC32): a log that still matches is
 * only JSON-parsed on open; any other is checked line by line against the schema again. A
 * cache: losing it costs one slower open.
 */
const CHECKED_FILE = path.join(DEVICE_LOGS_DIR, 'checked.json');
type CheckedLogs = Record<string, { bytes: number; crc: number }>;

async function readChecked(dir: string): Promise<CheckedLogs> {
  try {
    const raw = JSON.parse(await readFile(insideStore(dir, CHECKED_FILE), 'utf8')) as unknown;
    return raw !== null && typeof raw === 'object' ? (raw as CheckedLogs) : {};
  } catch {
    return {};
  }
}

function fingerprint(text: Buffer): { bytes: number; crc: number } {
  return { bytes: text.length, crc: crc32(text) };
}

/** Every other device's log, checked line by line; `ownDevice`'s is never read from here. */
export async function readDeviceLogs(dir: string, ownDevice: string | undefined): Promise<Map<string, LogEntry[]>> {
  let names: string[];
  try {
    names = (await readdir(insideStore(dir, DEVICE_LOGS_DIR))).filter((name) => name.endsWith('.jsonl')).sort();
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return new Map();
    throw error;
  }
  const logs = new Map<string, LogEntry[]>();
  const checked = names.length > 0 ? await readChecked(dir) : {};
  for (const name of names) {
    const device = name.slice(0, -'.jsonl'.length);
    if (device === ownDevice || !DEVICE_ID.test(device)) continue;
    const file = deviceLogFile(device);
    const bytes = await readFile(insideStore(dir, file));
    const known = checked[device];
    const unchanged = known !== undefined && known.bytes === bytes.length && known.crc === crc32(bytes);
    logs.set(device, parseDeviceLog(bytes.toString('utf8'), file, unchanged));
  }
  return logs;
}

/**
 * A whole log's text as entries; any line out of place is damage, named with its file.
 * `checkedBefore`: these exact bytes passed the check already (see CHECKED_FILE).
 */
export function parseDeviceLog(text: string, file: string, checkedBefore = false): LogEntry[] {
  const entries: LogEntry[] = [];
  const answered = new Set<number>();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new DamagedFileError(file, `line ${i + 1} is not a complete JSON entry`);
    }
    let entry = raw as LogEntry;
    if (!checkedBefore) {
      const parsed = logEntrySchema.safeParse(raw);
      if (!parsed.success) throw new DamagedFileError(file, `line ${i + 1} ${describeFirstIssue(parsed.error)}`);
      entry = parsed.data;
    }
    if (entry.seq !== i + 1) throw new DamagedFileError(file, `line ${i + 1} has seq ${entry.seq} (lines were removed, added or reordered)`);
    if (entry.type === 'undo' && !answered.delete(entry.undoes)) {
      throw new DamagedFileError(file, `line ${i + 1} undoes ${entry.undoes}, which is not an answer still in effect`);
    }
    if (entry.type === 'answer') answered.add(entry.seq);
    entries.push(entry);
  });
  return entries;
}

/** Replace (or add) other devices' logs, each file atomically. Call under the writer lock. */
export async function writeDeviceLogs(dir: string, logs: ReadonlyMap<string, string>): Promise<void> {
  await makeDirectoryDurably(insideStore(dir, DEVICE_LOGS_DIR));
  const checked = await readChecked(dir);
  for (const [device, text] of logs) {
    const file = deviceLogFile(device);
    parseDeviceLog(text, file);
    await writeFileDurably(insideStore(dir, file), text);
    checked[device] = fingerprint(Buffer.from(text, 'utf8'));
  }
  // After the logs: a record naming bytes that are not (yet) there only costs a full check.
  if (logs.size > 0) await writeFileDurably(insideStore(dir, CHECKED_FILE), `${JSON.stringify(checked)}\n`);
}

// A saved LogIndex (reviews.index), so that opening a large store reads the log's bytes once
// for a CRC instead of JSON-parsing and schema-checking every line (about 10× less work at
// 1M entries). It is only a cache of the log, never a second truth:
// - it names the log prefix it was built from by length and CRC32; it is used only when the
//   log's first `logBytes` bytes still have that CRC, so an open with it gives exactly what a
//   full scan of the log would, and any change under it (an edit, a restore, another store's
//   log copied in) sends the open back to the full scan, which refuses a damaged log as before;
// - its own bytes carry a CRC32 too: a torn or rotten snapshot is ignored, never trusted;
// - it is written without fsync (temp + rename): losing it costs one slow open, nothing else.
// CRC32 guards against accidents (bit rot, hand edits, stale files), not against someone
// forging a log with the same CRC — such a person can edit the progress files anyway.
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { isErrno, uniqueTempName } from './durable-write.js';
import { LogIndex, type LogIndexColumns } from './log-index.js';
import { insideStore } from './store-paths.js';

export const LOG_SNAPSHOT_FILE = 'reviews.index';

/** Bumped whenever the columns of LogIndex or this layout change: older snapshots are ignored. */
const FORMAT = 1;
const MAGIC = Buffer.from('BDLOGIDX', 'latin1');
/** magic, format, body CRC32, header length. */
const PREAMBLE_BYTES = 20;

export interface LogSnapshot {
  index: LogIndex;
  /** The log prefix the index describes: its length in bytes and CRC32. */
  logBytes: number;
  logCrc: number;
}

interface Header {
  logBytes: number;
  logCrc: number;
  count: number;
  cardIds: string[];
  deckIds: string[];
  dayNames: string[];
}

/** Columns are saved in the machine's byte order: snapshots are only used on little-endian ones. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Column order in the file: 4-byte columns first, so each starts 4-aligned. */
const WIDE = ['lengths', 'cards', 'decks', 'days', 'links'] as const;
const NARROW = ['kinds', 'sources'] as const;

export function encodeLogSnapshot(columns: LogIndexColumns, logBytes: number, logCrc: number): Buffer {
  const { count, cardIds, deckIds, dayNames } = columns;
  const header: Header = { logBytes, logCrc, count, cardIds, deckIds, dayNames };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const columnsStart = align4(PREAMBLE_BYTES + headerBytes.length);
  const file = Buffer.allocUnsafe(columnsStart + count * (4 * WIDE.length + NARROW.length));
  file.fill(0, PREAMBLE_BYTES + headerBytes.length, columnsStart);
  MAGIC.copy(file, 0);
  file.writeUInt32LE(FORMAT, 8);
  file.writeUInt32LE(headerBytes.length, 16);
  headerBytes.copy(file, PREAMBLE_BYTES);
  let at = columnsStart;
  for (const name of [...WIDE, ...NARROW]) {
    const column = columns[name];
    file.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), at);
    at += column.byteLength;
  }
  file.writeUInt32LE(crc32(file.subarray(PREAMBLE_BYTES)), 12);
  return file;
}

/** The snapshot in `file`, or null if it is not one this briefdeck wrote whole. */
export function decodeLogSnapshot(file: Buffer): LogSnapshot | null {
  if (file.length < PREAMBLE_BYTES || !file.subarray(0, 8).equals(MAGIC) || file.readUInt32LE(8) !== FORMAT) return null;
  if (crc32(file.subarray(PREAMBLE_BYTES)) !== file.readUInt32LE(12)) return null;
  const headerLength = file.readUInt32LE(16);
  let header: Header;
  try {
    header = JSON.parse(file.toString('utf8', PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)) as Header;
  } catch {
    return null;
  }
  const { count } = header;
  let at = align4(PREAMBLE_BYTES + headerLength);
  if (!Number.isSafeInteger(count) || count < 0 || file.length !== at + count * (4 * WIDE.length + NARROW.length)) return null;
  // Views into the file's bytes where they are 4-aligned in memory (readFile gives a large
  // file its own ArrayBuffer); LogIndex.fromColumns copies them once into its own arrays.
  const wide = <C extends Int32Array | Uint32Array>(make: (buffer: ArrayBufferLike, offset: number, length: number) => C): C => {
    const bytes = file.subarray(at, (at += 4 * count));
    if (bytes.byteOffset % 4 === 0) return make(bytes.buffer, bytes.byteOffset, count);
    const copy = new Uint8Array(4 * count);
    copy.set(bytes);
    return make(copy.buffer, 0, count);
  };
  const narrow = (): Uint8Array => file.subarray(at, (at += count));
  const unsigned = (buffer: ArrayBufferLike, offset: number, length: number) => new Uint32Array(buffer, offset, length);
  const signed = (buffer: ArrayBufferLike, offset: number, length: number) => new Int32Array(buffer, offset, length);
  const lengths = wide(unsigned);
  const cards = wide(signed);
  const decks = wide(signed);
  const days = wide(signed);
  const links = wide(signed);
  const kinds = narrow();
  const sources = narrow();
  try {
    const index = LogIndex.fromColumns({ count, lengths, kinds, sources, cards, decks, days, links, cardIds: header.cardIds, deckIds: header.deckIds, dayNames: header.dayNames });
    return { index, logBytes: header.logBytes, logCrc: header.logCrc };
  } catch {
    return null;
  }
}

/** The store's saved snapshot, or null when there is none or it cannot be trusted. */
export async function readLogSnapshot(dir: string): Promise<LogSnapshot | null> {
  if (!LITTLE_ENDIAN) return null;
  let file: Buffer;
  try {
    file = await readFile(insideStore(dir, LOG_SNAPSHOT_FILE));
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return null;
    throw error;
  }
  return decodeLogSnapshot(file);
}

/** Replace the saved snapshot atomically; no fsync (see the top of this file). */
export async function writeLogSnapshot(dir: string, index: LogIndex, logBytes: number, logCrc: number): Promise<void> {
  if (!LITTLE_ENDIAN) return;
  const target = insideStore(dir, LOG_SNAPSHOT_FILE);
  const temp = uniqueTempName(target);
  try {
    await writeFile(temp, encodeLogSnapshot(index.toColumns(), logBytes, logCrc));
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Remove the snapshot, e.g. when the log it describes is replaced by a restore. */
export async function removeLogSnapshot(dir: string): Promise<void> {
  await unlink(insideStore(dir, LOG_SNAPSHOT_FILE)).catch((error: unknown) => {
    if (!isErrno(error, 'ENOENT')) throw error;
  });
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

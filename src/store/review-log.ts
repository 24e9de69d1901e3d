// The append-only review log (reviews.jsonl): the store's source of truth. Loaded once by
// streaming it line by line into a LogIndex — or, when a saved snapshot of the index still
// matches the log's first bytes (log-snapshot.ts), by checking those bytes' CRC and parsing
// only the lines after them; appended one fsync'd line per answer or undo; never rewritten.
// Only an incomplete last line (a crash mid-append) is ever cut off.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { LogEntry } from '../schedule/types.js';
import { fsyncDirectory, isErrno } from './durable-write.js';
import { LogIndex } from './log-index.js';
import { readLogSnapshot, writeLogSnapshot, type LogSnapshot } from './log-snapshot.js';
import { describeFirstIssue } from './parse-stored-json.js';
import { DamagedFileError } from './store-errors.js';
import { LOG_FILE, insideStore } from './store-paths.js';
import { logEntrySchema } from './store-schema.js';

const CHUNK_BYTES = 4 << 20;
const NEWLINE = 0x0a;
/** Below this a full scan takes a few tens of ms: no snapshot is worth its file. */
export const SNAPSHOT_MIN_BYTES = 1 << 20;

/** What follows the last newline of the file. */
type Tail = { kind: 'clean' } | { kind: 'torn'; bytes: number } | { kind: 'missing-newline'; line: Buffer };

export class ReviewLog {
  #index = new LogIndex();
  /** Bytes of complete entries; a torn tail lies beyond. */
  #size = 0;
  /** CRC32 of the file's first #size bytes while the tail is clean (of those before the tail otherwise). */
  #crc = 0;
  /** Bytes the saved snapshot covers (0: none usable). */
  #snapshotBytes = 0;
  #tail: Tail = { kind: 'clean' };
  #exists = false;
  #appender: FileHandle | null = null;
  readonly #dir: string;
  readonly #path: string;

  private constructor(dir: string) {
    this.#dir = dir;
    this.#path = insideStore(dir, LOG_FILE);
  }

  /**
   * Read and check the log (the part after a matching snapshot, or all of it); a bad line
   * before the last one throws DamagedFileError.
   */
  static async load(dir: string): Promise<ReviewLog> {
    const log = new ReviewLog(dir);
    await log.#scan(await readLogSnapshot(dir));
    return log;
  }

  get index(): LogIndex {
    return this.#index;
  }

  get exists(): boolean {
    return this.#exists;
  }

  get lastSeq(): number {
    return this.index.count;
  }

  /** Whether opening for write must fix the end of the file (see repairTail). */
  get needsTailRepair(): boolean {
    return this.#tail.kind !== 'clean';
  }

  /** Cut a torn last line, or end a complete last line that lacks its newline. fsync'd. */
  async repairTail(): Promise<void> {
    if (this.#tail.kind === 'clean') return;
    const handle = await open(this.#path, 'r+');
    try {
      if (this.#tail.kind === 'torn') await handle.truncate(this.#size);
      else await handle.write('\n', this.#size - 1);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (this.#tail.kind === 'missing-newline') this.#crc = crc32('\n', crc32(this.#tail.line, this.#crc));
    this.#tail = { kind: 'clean' };
  }

  /**
   * Save the index for the next open if the log grew past the saved one and is big enough
   * to be worth it. Write mode only: a reader must not write. A failure costs only speed.
   */
  async saveSnapshot(minBytes = SNAPSHOT_MIN_BYTES): Promise<void> {
    if (this.#tail.kind !== 'clean' || this.#size < minBytes || this.#size === this.#snapshotBytes) return;
    await writeLogSnapshot(this.#dir, this.#index, this.#size, this.#crc);
    this.#snapshotBytes = this.#size;
  }

  /** Append one entry and fsync; on failure the file is cut back to where it was. */
  async append(entry: LogEntry): Promise<void> {
    if (this.#tail.kind !== 'clean') throw new Error('review log: repair the tail before appending');
    if (entry.seq !== this.lastSeq + 1) throw new Error(`review log: expected seq ${this.lastSeq + 1}, got ${entry.seq}`);
    if (entry.type === 'undo') {
      const why = this.index.whyNotUndoable(entry.undoes);
      if (why) throw new Error(`review log: cannot undo: ${why}`);
    }
    const line = Buffer.from(JSON.stringify(entry) + '\n', 'utf8');
    const created = !this.#exists;
    this.#appender ??= await open(this.#path, 'a');
    try {
      for (let written = 0; written < line.length; ) {
        written += (await this.#appender.write(line, written, line.length - written)).bytesWritten;
      }
      await this.#appender.datasync();
    } catch (error) {
      await this.#appender.truncate(this.#size).catch(() => undefined);
      throw error;
    }
    if (created) await fsyncDirectory(path.dirname(this.#path));
    this.#exists = true;
    this.#addToIndex(entry, this.#size, line.length - 1);
    this.#size += line.length;
    this.#crc = crc32(line, this.#crc);
  }

  /** Full entries for seqs (ascending), read back from the file. */
  entries(seqs: readonly number[]): LogEntry[] {
    if (seqs.length === 0) return [];
    const fd = openSync(this.#path, 'r');
    try {
      return seqs.map((seq) => this.#readEntry(fd, seq));
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Every entry, oldest first, read in one pass (for replaying with other devices' logs): the
   * lines were checked when the log was loaded, or are the bytes a checked snapshot covers.
   */
  allEntries(): LogEntry[] {
    if (this.lastSeq === 0) return [];
    const fd = openSync(this.#path, 'r');
    try {
      const { start, length } = this.index.rangeOf(this.lastSeq);
      const bytes = Buffer.allocUnsafe(start + length);
      for (let read = 0; read < bytes.length; ) {
        const n = readSync(fd, bytes, read, bytes.length - read, read);
        if (n === 0) throw new DamagedFileError(LOG_FILE, 'was cut while briefdeck ran');
        read += n;
      }
      const entries = bytes.toString('utf8').split('\n').map((line) => JSON.parse(line) as LogEntry);
      if (entries.length !== this.lastSeq || entries.some((entry, i) => entry.seq !== i + 1)) {
        throw new DamagedFileError(LOG_FILE, 'changed while briefdeck ran');
      }
      return entries;
    } finally {
      closeSync(fd);
    }
  }

  entry(seq: number): LogEntry {
    return this.entries([seq])[0]!;
  }

  async close(): Promise<void> {
    await this.#appender?.close();
    this.#appender = null;
  }

  #readEntry(fd: number, seq: number): LogEntry {
    const { start, length } = this.index.rangeOf(seq);
    const buffer = Buffer.allocUnsafe(length);
    for (let read = 0; read < length; ) {
      const n = readSync(fd, buffer, read, length - read, start + read);
      if (n === 0) throw new DamagedFileError(LOG_FILE, `ends before entry ${seq}: was it cut while briefdeck ran?`);
      read += n;
    }
    // Validated when the log was loaded (or when this process appended it).
    const entry = JSON.parse(buffer.toString('utf8')) as LogEntry;
    if (entry.seq !== seq) throw new DamagedFileError(LOG_FILE, `changed while briefdeck ran (entry ${seq} moved)`);
    return entry;
  }

  /**
   * Sync reads into one reused buffer: opening is start-up work with nothing else to run, and
   * a fresh 4 MB buffer per chunk (plus concatenating the carried-over line) cost more in
   * copying and GC than the parsing itself.
   */
  async #scan(snapshot: LogSnapshot | null): Promise<void> {
    let fd: number;
    try {
      fd = openSync(this.#path, 'r');
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return;
      throw error;
    }
    this.#exists = true;
    try {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      if (snapshot && prefixMatches(fd, buffer, snapshot)) {
        this.#index = snapshot.index;
        this.#crc = snapshot.logCrc;
        this.#snapshotBytes = snapshot.logBytes;
        this.#scanLines(fd, buffer, snapshot.logBytes);
      } else {
        this.#scanLines(fd, buffer, 0);
      }
    } finally {
      closeSync(fd);
    }
  }

  /** Parse and index every line from byte `from` (a line start) to the end of the file. */
  #scanLines(fd: number, initial: Buffer, from: number): void {
    let buffer = initial;
    let carried = 0; // bytes of an unfinished line at the start of buffer
    let bufferStart = from; // file offset of buffer[0]
    for (;;) {
      if (carried === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      const bytesRead = readSync(fd, buffer, carried, buffer.length - carried, bufferStart + carried);
      if (bytesRead === 0) break;
      const end = carried + bytesRead;
      let lineStart = 0;
      for (let nl = buffer.indexOf(NEWLINE, carried); nl >= 0 && nl < end; nl = buffer.indexOf(NEWLINE, nl + 1)) {
        this.#acceptLine(buffer.toString('utf8', lineStart, nl), bufferStart + lineStart, nl - lineStart);
        lineStart = nl + 1;
      }
      this.#crc = crc32(buffer.subarray(0, lineStart), this.#crc);
      buffer.copy(buffer, 0, lineStart, end);
      carried = end - lineStart;
      bufferStart += lineStart;
    }
    this.#size = bufferStart;
    if (carried > 0) this.#acceptTail(buffer.subarray(0, carried), bufferStart);
  }

  /** A last line without its newline: kept if it is a whole entry, else torn and ignored. */
  #acceptTail(bytes: Buffer, start: number): void {
    const length = bytes.length;
    try {
      this.#acceptLine(bytes.toString('utf8'), start, length);
      this.#size = start + length + 1; // counts the newline repairTail will add
      this.#tail = { kind: 'missing-newline', line: Buffer.from(bytes) };
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      this.#tail = { kind: 'torn', bytes: length };
    }
  }

  #acceptLine(text: string, start: number, length: number): void {
    const lineNumber = this.index.count + 1;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new DamagedFileError(LOG_FILE, `line ${lineNumber} is not a complete JSON entry`);
    }
    const parsed = logEntrySchema.safeParse(raw);
    if (!parsed.success) throw new DamagedFileError(LOG_FILE, `line ${lineNumber} ${describeFirstIssue(parsed.error)}`);
    const entry = parsed.data;
    if (entry.seq !== lineNumber) {
      throw new DamagedFileError(LOG_FILE, `line ${lineNumber} has seq ${entry.seq} (lines were removed, added or reordered)`);
    }
    if (entry.type === 'undo') {
      const why = this.index.whyNotUndoable(entry.undoes);
      if (why) throw new DamagedFileError(LOG_FILE, `line ${lineNumber} undoes what cannot be undone: ${why}`);
    }
    this.#addToIndex(entry, start, length);
  }

  #addToIndex(entry: LogEntry, start: number, length: number): void {
    if (entry.type === 'undo') this.index.addUndo(entry.undoes, start, length);
    else this.index.addAnswer(entry, start, length);
  }
}

/** Whether the log still begins with the bytes the snapshot was built from (length and CRC32). */
function prefixMatches(fd: number, buffer: Buffer, snapshot: LogSnapshot): boolean {
  if (fstatSync(fd).size < snapshot.logBytes) return false;
  let crc = 0;
  for (let at = 0; at < snapshot.logBytes; ) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, snapshot.logBytes - at), at);
    if (n === 0) return false;
    crc = crc32(buffer.subarray(0, n), crc);
    at += n;
  }
  return crc === snapshot.logCrc;
}

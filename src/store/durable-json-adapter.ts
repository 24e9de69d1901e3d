// A lowdb adapter for one JSON file of the store. lowdb's own TextFile (steno) shares one temp
// name between processes, never fsyncs, and turns nothing into an error; this one writes
// durably and refuses a file it cannot trust instead of handing lowdb a default.
import type { Adapter } from 'lowdb';
import type * as z from '../zod-english.js';
import { readTextIfPresent, writeFileDurably } from './durable-write.js';
import { parseStoredJson } from './parse-stored-json.js';
import { insideStore } from './store-paths.js';

export class DurableJsonAdapter<T> implements Adapter<T> {
  readonly #path: string;

  constructor(
    dir: string,
    /** Relative to the storage dir, as shown in messages. */
    readonly file: string,
    private readonly schema: z.ZodMiniType<T>,
    private readonly indent = 0,
  ) {
    this.#path = insideStore(dir, file);
  }

  /** null only when the file does not exist; a damaged file throws DamagedFileError. */
  async read(): Promise<T | null> {
    const text = await readTextIfPresent(this.#path);
    return text === null ? null : parseStoredJson(this.file, text, this.schema);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.#path, JSON.stringify(data, null, this.indent) + '\n');
  }
}

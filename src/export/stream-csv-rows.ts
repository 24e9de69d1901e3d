import { once } from 'node:events';
import { stringify, type Options } from 'csv-stringify';

/**
 * Write `rows` as CSV records to `out`, waiting for 'drain' when the stringifier is full, so a
 * large export never sits in memory; `out` is not ended. Resolves with the number of records
 * once `out` has been given all of them.
 */
export async function streamCsvRows(rows: Iterable<unknown[]>, out: NodeJS.WritableStream, options: Options): Promise<number> {
  const stringifier = stringify(options);
  stringifier.pipe(out, { end: false });
  const done = once(stringifier, 'end');
  let count = 0;
  try {
    for (const row of rows) {
      count += 1;
      if (!stringifier.write(row)) await once(stringifier, 'drain');
    }
  } catch (error) {
    // A bad row stops the export: detach so nothing more reaches `out`.
    stringifier.unpipe(out);
    stringifier.destroy();
    throw error;
  }
  stringifier.end();
  await done;
  return count;
}

// Internal errors of the store's readers. openStore turns them into one-line UserErrors that
// also point at the newest good backup (which only openStore knows how to find).

/** A store file that cannot be trusted: the store must not be written until it is restored. */
export class DamagedFileError extends Error {
  constructor(
    /** Path relative to the storage dir, e.g. `progress/abc.json`. */
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DamagedFileError';
  }
}

/** A file written by a briefdeck whose store schema is newer than this one's. */
export class NewerSchemaError extends Error {
  constructor(
    readonly file: string,
    readonly version: number,
  ) {
    super(`${file} has schema ${version}`);
    this.name = 'NewerSchemaError';
  }
}

// The CLI faces of export and import: flags in, the Anki package and CSV commands out.
import { UserError } from '../errors.js';
import type { CommandRunner } from './context.js';

const EXPORT_USAGE = 'briefdeck export [DECK] --apkg FILE [--with-progress] | --anki FILE|-';
const IMPORT_USAGE = 'briefdeck import --apkg FILE | --anki FILE|- [--deck NAME]';

/** The file a flag names, null when the flag is absent. */
function fileFlag(values: Record<string, unknown>, name: string, usage: string): string | null {
  const value = values[name];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !value) throw new UserError(`briefdeck: --${name} needs a file name — usage: ${usage}`);
  return value;
}

export const runExportCommand: CommandRunner = async (args, context) => {
  const { runExport } = await import('./export.js');
  return runExport({
    deck: args.positionals[0] ?? null,
    anki: fileFlag(args.values, 'anki', EXPORT_USAGE),
    apkg: fileFlag(args.values, 'apkg', EXPORT_USAGE),
    withProgress: args.values['with-progress'] === true,
    decksDir: context.decksDir,
    storageDir: context.storageDir,
    stdout: context.stdout,
    stderr: context.stderr,
    now: context.now,
    timeZone: context.timeZone,
  });
};

export const runImportCommand: CommandRunner = async (args, context) => {
  const { runImport } = await import('./import.js');
  const anki = fileFlag(args.values, 'anki', IMPORT_USAGE);
  const apkg = fileFlag(args.values, 'apkg', IMPORT_USAGE);
  if ((anki === null) === (apkg === null)) throw new UserError(`briefdeck: give one of --apkg FILE or --anki FILE — usage: ${IMPORT_USAGE}`);
  return runImport({
    file: (apkg ?? anki)!,
    format: apkg === null ? 'csv' : 'apkg',
    deck: (args.values.deck as string | undefined) ?? null,
    decksDir: context.decksDir,
    stdout: context.stdout,
    stdin: context.stdin,
    now: context.now,
  });
};

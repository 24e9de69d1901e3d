// The CLI faces of export and import: flags in, the Anki CSV commands out.
import { UserError } from '../errors.js';
import type { CommandRunner } from './context.js';

function ankiFile(values: Record<string, unknown>, usage: string): string {
  const file = values.anki;
  if (typeof file !== 'string' || !file) throw new UserError(`briefdeck: --anki FILE is required — usage: ${usage}`);
  return file;
}

export const runExportCommand: CommandRunner = async (args, context) => {
  const { runExport } = await import('./export.js');
  const file = (name: string): string | null => {
    const value = args.values[name];
    if (value === undefined) return null;
    if (typeof value !== 'string' || !value) throw new UserError(`briefdeck: --${name} needs a file name — usage: briefdeck export [DECK] --apkg FILE [--with-progress]`);
    return value;
  };
  return runExport({
    deck: args.positionals[0] ?? null,
    anki: file('anki'),
    apkg: file('apkg'),
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
  return runImport({
    file: ankiFile(args.values, 'briefdeck import --anki FILE [--deck NAME]'),
    deck: (args.values.deck as string | undefined) ?? null,
    decksDir: context.decksDir,
    stdout: context.stdout,
    stdin: context.stdin,
    now: context.now,
  });
};

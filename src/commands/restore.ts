import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { listBackups, restoreBackup } from '../store/open-store.js';
import type { CommandRunner } from './context.js';

/** The folders in backups/ that hold files a restore replaced. */
function replacedFolders(backupsDir: string): string[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir).filter((name) => name.startsWith('replaced-'));
}

/** `briefdeck restore [BACKUP]`: put a daily backup back; the replaced files are kept aside. */
export const runRestoreCommand: CommandRunner = async (args, context) => {
  const dir = context.storageDir;
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UserError(
      `briefdeck: there is no storage folder "${dir}" to restore — name the store with --storage DIR ("briefdeck where" shows the one in use)`,
    );
  }
  const backupsDir = path.join(dir, 'backups');
  const before = new Set(replacedFolders(backupsDir));
  const name = await restoreBackup(dir, args.positionals[0], {
    now: context.now(),
    timeZone: context.timeZone,
    displayDir: dir,
  });
  const keptIn = replacedFolders(backupsDir).find((folder) => !before.has(folder));
  const others = (await listBackups(dir)).map((b) => b.name).filter((n) => n !== name);
  context.stdout.write(
    `Restored storage "${dir}" from the backup of ${name}` +
      (keptIn ? `; the files it replaced are in ${path.join(backupsDir, keptIn)}` : '') +
      (others.length ? ` (other backups: ${others.join(', ')})` : '') +
      '\n',
  );
  return 0;
};

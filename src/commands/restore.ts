import { listBackups, restoreBackup } from '../store/open-store.js';
import type { CommandRunner } from './context.js';

/** `briefdeck restore [BACKUP]`: put a daily backup back; the replaced files are kept aside. */
export const runRestoreCommand: CommandRunner = async (args, context) => {
  const name = await restoreBackup(context.storageDir, args.positionals[0], {
    now: context.now(),
    timeZone: context.timeZone,
    displayDir: context.storageDir,
  });
  const others = (await listBackups(context.storageDir)).map((b) => b.name).filter((n) => n !== name);
  context.stdout.write(
    `Restored storage "${context.storageDir}" from the backup of ${name}; the files it replaced are in backups/replaced-…` +
      (others.length ? ` (other backups: ${others.join(', ')})` : '') +
      '\n',
  );
  return 0;
};

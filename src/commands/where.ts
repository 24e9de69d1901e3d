import { existsSync } from 'node:fs';
import { UserError } from '../errors.js';
import { readSchedulerSettings } from '../store/scheduler-settings.js';
import { describeScheduler } from './config.js';
import type { CommandRunner } from './context.js';

/** `briefdeck where`: the folders in use and why, and the scheduler chosen, so nobody has to guess. */
export const runWhereCommand: CommandRunner = async (args, context) => {
  const { home } = context;
  // where is what one runs when something looks wrong: a damaged settings file is said, not fatal.
  const settings = await readSchedulerSettings(context.storageDir).catch((error: unknown) => {
    if (error instanceof UserError) return error;
    throw error;
  });
  if (args.values.json) {
    const scheduler = settings instanceof UserError ? { error: settings.message } : settings;
    context.stdout.write(`${JSON.stringify({ ...home, scheduler }, null, 2)}\n`);
    return 0;
  }
  const line = (label: string, folder: typeof home.decks): string => {
    const missing = existsSync(folder.path) ? '' : ' (not made yet)';
    return `${label}  ${folder.path}${missing}\n         ${folder.why}`;
  };
  context.stdout.write(
    [
      line('decks  ', home.decks),
      line('storage', home.storage),
      `workspace ${home.workspace ?? 'none (no folder holding decks/ and storage/ at or above this one)'}`,
      `data folder ${home.dataDir}`,
      `scheduler ${settings instanceof UserError ? settings.message : `${describeScheduler(settings)} (change with: briefdeck config scheduler sm2|fsrs)`}`,
    ].join('\n') + '\n',
  );
  return 0;
};

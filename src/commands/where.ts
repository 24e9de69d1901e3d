import { existsSync } from 'node:fs';
import type { CommandRunner } from './context.js';

/** `briefdeck where`: the folders in use and why, so nobody has to guess. */
export const runWhereCommand: CommandRunner = async (args, context) => {
  const { home } = context;
  if (args.values.json) {
    context.stdout.write(`${JSON.stringify(home, null, 2)}\n`);
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
    ].join('\n') + '\n',
  );
  return 0;
};

// Machines for sync tests: each a data home (decks/ and storage/) of its own, all syncing
// through a local bare repository. Git's identity comes from the environment, never from the
// user's git config, which the tests neither read nor touch.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, type CliResult } from '../../helpers/built-cli.js';
import { smallDeck } from '../../fixtures/small-deck.js';
import { openStore } from '../../../src/store/open-store.js';

export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Machine',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test Machine',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export interface Machine {
  name: string;
  home: string;
  decks: string;
  storage: string;
  run(args: string[], at: string, input?: string): CliResult;
}

/** A bare repository in a fresh temp folder; returns its path. */
export function bareRemote(root = tempDir('remote')): string {
  const remote = path.join(root, 'remote.git');
  execFileSync('git', ['init', '--quiet', '--bare', remote], { env: { ...process.env, ...GIT_ENV } });
  return remote;
}

/** A machine with an empty store; `withDeck`: the small test deck in its decks folder. */
export function machine(name: string, withDeck = false): Machine {
  const home = tempDir(`machine-${name}`);
  const decks = path.join(home, 'decks');
  const storage = path.join(home, 'storage');
  mkdirSync(decks);
  if (withDeck) writeFileSync(path.join(decks, 'small-deck.json'), JSON.stringify(smallDeck, null, 2));
  return {
    name,
    home,
    decks,
    storage,
    run: (args, at, input) => runCli([...args, '--decks-dir', decks, '--storage', storage], { input, env: { ...GIT_ENV, BRIEFDECK_NOW: at } }),
  };
}

/** Review in line mode with the given grades (each revealed first), then quit. */
export function review(m: Machine, at: string, grades: number[]): CliResult {
  return m.run(['review', '--plain'], at, grades.map((g) => `\n${g}\n`).join('') + 'q\n');
}

export function sync(m: Machine, at: string, remote?: string): CliResult {
  return m.run(['sync', ...(remote ? ['--remote', remote] : [])], at);
}

/** Every effective answer the machine's store holds, as comparable values, and its cards' schedules. */
export async function history(m: Machine): Promise<{ answers: string[]; cards: unknown[] }> {
  const store = await openStore(m.storage, { mode: 'read', now: new Date() });
  try {
    const answers = store.answers().map((a) => `${a.at} ${a.cardId} q${a.quality} ${a.source}`);
    const cards = store.progress().sort((a, b) => a.cardId.localeCompare(b.cardId));
    return { answers, cards };
  } finally {
    await store.close();
  }
}

// Machines for sync tests: each a data home (decks/ and storage/) of its own, all syncing
// through a local bare repository. Git's identity comes from the environment, never from the
// user's git config, which the tests neither read nor touch.
// A machine runs its commands through the real, built CLI, or — where a test repeats command
// lines only to exercise the sync and merge logic — through the same command line in-process
// (each process start costs more than the git commands of a sync).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, type CliResult } from '../../helpers/built-cli.js';
import { everyFile } from '../../helpers/file-hooks.js';
import { runInProcess } from '../../helpers/in-process-cli.js';
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

// git, started by a command run in-process, gets this process's environment (src/sync/git.ts
// passes process.env on): the identity and "no user config" go there for the file's run.
const saved = Object.fromEntries(Object.keys(GIT_ENV).map((name) => [name, process.env[name]]));
everyFile('beforeFile', () => void Object.assign(process.env, GIT_ENV));
everyFile('afterFile', () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

export type Via = 'the real process' | 'in-process';

export interface Machine {
  name: string;
  home: string;
  decks: string;
  storage: string;
  run(args: string[], at: string, input?: string): Promise<CliResult>;
}

/** A bare repository in a fresh temp folder; returns its path. */
export function bareRemote(root = tempDir('remote')): string {
  const remote = path.join(root, 'remote.git');
  execFileSync('git', ['init', '--quiet', '--bare', remote], { env: { ...process.env, ...GIT_ENV } });
  return remote;
}

/** A machine with an empty store; `withDeck`: the small test deck in its decks folder. */
export function machine(name: string, withDeck = false, via: Via = 'the real process'): Machine {
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
    run: async (args, at, input) => {
      const argv = [...args, '--decks-dir', decks, '--storage', storage];
      const options = { input, env: { ...GIT_ENV, BRIEFDECK_NOW: at } };
      return via === 'the real process' ? runCli(argv, options) : runInProcess(argv, options);
    },
  };
}

/** Review in line mode with the given grades (each revealed first), then quit. */
export function review(m: Machine, at: string, grades: number[]): Promise<CliResult> {
  return m.run(['review', '--plain'], at, grades.map((g) => `\n${g}\n`).join('') + 'q\n');
}

export function sync(m: Machine, at: string, remote?: string): Promise<CliResult> {
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

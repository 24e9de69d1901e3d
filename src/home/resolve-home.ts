// Where decks and progress live. The one place that decides it; nothing else guesses paths.
// Order, for each folder: its flag, its variable, BRIEFDECK_HOME, the workspace the current
// folder is in (a folder holding decks/ and storage/, found by walking up as git does), and
// last the user's data folder.
import path from 'node:path';

export type FolderSource = 'flag' | 'variable' | 'briefdeck-home' | 'workspace' | 'data-dir';

export interface ChosenFolder {
  path: string;
  source: FolderSource;
  /** Why this folder, in words, for `briefdeck where`. */
  why: string;
}

export interface Home {
  decks: ChosenFolder;
  storage: ChosenFolder;
  /** The workspace the current folder is in, if any. */
  workspace: string | null;
  /** The user's data folder for briefdeck (used when nothing else names a folder). */
  dataDir: string;
}

export interface HomeInputs {
  cwd: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  homedir: string;
  flags: { decksDir?: string; storage?: string };
  /** Whether a path is an existing directory (the file system, or a fake in tests). */
  isDirectory: (dir: string) => boolean;
}

/** The platform's folder for an application's own data, with briefdeck's name on it. */
export function userDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, homedir: string): { dir: string; why: string } {
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (platform === 'win32') {
    if (env.APPDATA) return { dir: p.join(env.APPDATA, 'briefdeck'), why: 'your data folder (%APPDATA%)' };
    return { dir: p.join(homedir, 'AppData', 'Roaming', 'briefdeck'), why: 'your data folder (AppData\\Roaming)' };
  }
  if (platform === 'darwin') {
    return { dir: p.join(homedir, 'Library', 'Application Support', 'briefdeck'), why: 'your data folder (~/Library/Application Support)' };
  }
  // The XDG spec says a relative XDG_DATA_HOME is invalid and to be ignored.
  const xdg = env.XDG_DATA_HOME;
  if (xdg && p.isAbsolute(xdg)) return { dir: p.join(xdg, 'briefdeck'), why: 'your data folder ($XDG_DATA_HOME)' };
  return { dir: p.join(homedir, '.local', 'share', 'briefdeck'), why: 'your data folder (~/.local/share)' };
}

/** The nearest folder at or above `start` that holds both decks/ and storage/, or null. */
export function findWorkspace(start: string, isDirectory: (dir: string) => boolean): string | null {
  let dir = path.resolve(start);
  for (;;) {
    if (isDirectory(path.join(dir, 'decks')) && isDirectory(path.join(dir, 'storage'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function chooseFolder(
  name: 'decks' | 'storage',
  inputs: HomeInputs,
  flag: { value: string | undefined; label: string },
  variable: string,
  workspace: string | null,
  data: { dir: string; why: string },
): ChosenFolder {
  const { cwd, env } = inputs;
  if (flag.value) return { path: path.resolve(cwd, flag.value), source: 'flag', why: `set by ${flag.label}` };
  const fromVariable = env[variable];
  if (fromVariable) return { path: path.resolve(cwd, fromVariable), source: 'variable', why: `set by ${variable}` };
  if (env.BRIEFDECK_HOME) {
    return { path: path.resolve(cwd, env.BRIEFDECK_HOME, name), source: 'briefdeck-home', why: 'inside BRIEFDECK_HOME' };
  }
  if (workspace) {
    return { path: path.join(workspace, name), source: 'workspace', why: `the workspace ${workspace} (it holds decks/ and storage/)` };
  }
  return { path: path.join(data.dir, name), source: 'data-dir', why: `${data.why}; not inside a workspace` };
}

export function resolveHome(inputs: HomeInputs): Home {
  const workspace = findWorkspace(inputs.cwd, inputs.isDirectory);
  const data = userDataDir(inputs.platform, inputs.env, inputs.homedir);
  return {
    decks: chooseFolder('decks', inputs, { value: inputs.flags.decksDir, label: '--decks-dir' }, 'BRIEFDECK_DECKS', workspace, data),
    storage: chooseFolder('storage', inputs, { value: inputs.flags.storage, label: '--storage' }, 'BRIEFDECK_STORAGE', workspace, data),
    workspace,
    dataDir: data.dir,
  };
}

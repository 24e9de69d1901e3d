import { describe, expect, test } from 'vitest';
import { findWorkspace, resolveHome, userDataDir, type HomeInputs } from '../../src/home/resolve-home.js';

/** A file system of nothing but these folders. */
const folders = (...dirs: string[]) => (dir: string) => dirs.includes(dir);

function inputs(more: Partial<HomeInputs> = {}): HomeInputs {
  return { cwd: '/home/ana/notes', env: {}, platform: 'linux', homedir: '/home/ana', flags: {}, isDirectory: folders(), ...more };
}

describe('the user data folder', () => {
  test('Linux and the rest follow XDG: $XDG_DATA_HOME/briefdeck, else ~/.local/share/briefdeck', () => {
    expect(userDataDir('linux', { XDG_DATA_HOME: '/data' }, '/home/ana').dir).toBe('/data/briefdeck');
    expect(userDataDir('linux', {}, '/home/ana').dir).toBe('/home/ana/.local/share/briefdeck');
    expect(userDataDir('freebsd', {}, '/home/ana').dir).toBe('/home/ana/.local/share/briefdeck');
  });

  test('a relative XDG_DATA_HOME is ignored, as the spec says', () => {
    expect(userDataDir('linux', { XDG_DATA_HOME: 'data' }, '/home/ana').dir).toBe('/home/ana/.local/share/briefdeck');
  });

  test('macOS uses Application Support; Windows uses %APPDATA%', () => {
    expect(userDataDir('darwin', { XDG_DATA_HOME: '/data' }, '/Users/ana').dir).toBe('/Users/ana/Library/Application Support/briefdeck');
    expect(userDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana').dir).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\briefdeck',
    );
    expect(userDataDir('win32', {}, 'C:\\Users\\ana').dir).toBe('C:\\Users\\ana\\AppData\\Roaming\\briefdeck');
  });
});

describe('the workspace', () => {
  test('is found by walking up from the current folder, as git finds its repository', () => {
    const fs = folders('/work/repo/decks', '/work/repo/storage', '/work/repo/src/ui');
    expect(findWorkspace('/work/repo/src/ui', fs)).toBe('/work/repo');
    expect(findWorkspace('/work/repo', fs)).toBe('/work/repo');
  });

  test('needs both decks/ and storage/; none up to the root gives null', () => {
    expect(findWorkspace('/work/repo/src', folders('/work/repo/decks'))).toBeNull();
    expect(findWorkspace('/', folders())).toBeNull();
  });
});

describe('which folders a command uses', () => {
  test('outside a workspace: the data folder, and it says so', () => {
    const home = resolveHome(inputs());
    expect(home.decks).toMatchObject({ path: '/home/ana/.local/share/briefdeck/decks', source: 'data-dir' });
    expect(home.storage).toMatchObject({ path: '/home/ana/.local/share/briefdeck/storage', source: 'data-dir' });
    expect(home.decks.why).toMatch(/data folder/);
  });

  test('inside a workspace: its decks/ and storage/', () => {
    const home = resolveHome(inputs({ cwd: '/home/ana/brief/2026/jan', isDirectory: folders('/home/ana/brief/decks', '/home/ana/brief/storage') }));
    expect(home.workspace).toBe('/home/ana/brief');
    expect(home.decks).toMatchObject({ path: '/home/ana/brief/decks', source: 'workspace' });
    expect(home.storage).toMatchObject({ path: '/home/ana/brief/storage', source: 'workspace' });
  });

  test('BRIEFDECK_HOME beats the workspace; each folder variable beats BRIEFDECK_HOME; each flag beats its variable', () => {
    const isDirectory = folders('/home/ana/notes/decks', '/home/ana/notes/storage');
    const env = { BRIEFDECK_HOME: '/srv/bd' };
    expect(resolveHome(inputs({ env, isDirectory })).decks.path).toBe('/srv/bd/decks');
    expect(resolveHome(inputs({ env, isDirectory })).storage.source).toBe('briefdeck-home');

    const both = { ...env, BRIEFDECK_DECKS: '/d', BRIEFDECK_STORAGE: 's' };
    const fromVariables = resolveHome(inputs({ env: both, isDirectory }));
    expect(fromVariables.decks).toMatchObject({ path: '/d', source: 'variable', why: 'set by BRIEFDECK_DECKS' });
    expect(fromVariables.storage.path).toBe('/home/ana/notes/s');

    const fromFlags = resolveHome(inputs({ env: both, isDirectory, flags: { decksDir: 'mine', storage: '/p' } }));
    expect(fromFlags.decks).toMatchObject({ path: '/home/ana/notes/mine', source: 'flag', why: 'set by --decks-dir' });
    expect(fromFlags.storage).toMatchObject({ path: '/p', source: 'flag', why: 'set by --storage' });
  });
});

import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openStore, type OpenStoreOptions } from '../../src/store/open-store.js';
import { makeDeck } from './fixtures/make-deck.js';
import { holdStoreOpen } from './fixtures/hold-store-open-process.js';
import { filesUnder, tempStorageDir } from './fixtures/store-dir.js';

const write: OpenStoreOptions = { mode: 'write', now: new Date('2025-03-02T09:00:00Z'), timeZone: 'UTC', command: 'quiz' };

/** A lock as another process would have left it. */
function writeLock(dir: string, owner: { pid: number; hostname: string }): void {
  mkdirSync(path.join(dir, 'writer.lock'));
  writeFileSync(
    path.join(dir, 'writer.lock', 'owner.json'),
    JSON.stringify({ ...owner, command: 'review', startedAt: '2025-03-02T08:00:00.000Z', token: randomUUID() }),
  );
}

describe('one writer at a time', () => {
  test('a second writer is refused at once, naming the process that holds the store', async () => {
    const dir = tempStorageDir();
    const child = await holdStoreOpen(dir);
    const error = await openStore(dir, write).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(1);
    expect((error as UserError).message).toMatch(
      new RegExp(`^briefdeck: storage "${dir}" is in use by another briefdeck \\(pid ${child.pid}, review, since \\d\\d:\\d\\d\\) — finish that session first$`),
    );
  });

  test('a reader is not blocked by a writer, and takes no lock', async () => {
    const dir = tempStorageDir();
    await holdStoreOpen(dir);
    const before = filesUnder(dir);
    const reader = await openStore(dir, { ...write, mode: 'read' });
    expect(reader.progress()).toEqual([]);
    await reader.close();
    expect(filesUnder(dir)).toEqual(before);
  });

  test('the lock is free again once the writer closes the store', async () => {
    const dir = tempStorageDir();
    const child = await holdStoreOpen(dir);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.stdin!.end();
    await exited;
    const store = await openStore(dir, write);
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    await store.close();
  });

  test('in one process too, a second write open is refused while the first is open', async () => {
    const dir = tempStorageDir();
    const first = await openStore(dir, write);
    await expect(openStore(dir, write)).rejects.toThrow(new RegExp(`pid ${process.pid}, quiz`));
    await first.close();
  });

  test('a lock left by a process that no longer exists is taken over at once', async () => {
    const dir = tempStorageDir();
    await (await openStore(dir, write)).close();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeLock(dir, { pid: Number(dead), hostname: os.hostname() });
    const store = await openStore(dir, write);
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    await store.close();
    expect(readdirSync(dir).filter((name) => name.includes('lock'))).toEqual([]);
  });

  test('a lock whose process is alive but stopped is never taken over, however old', async () => {
    const dir = tempStorageDir();
    await (await openStore(dir, write)).close();
    const child = await holdStoreOpen(dir);
    child.kill('SIGSTOP');
    const owner = path.join(dir, 'writer.lock', 'owner.json');
    const longAgo = new Date(Date.now() - 3_600_000);
    utimesSync(owner, longAgo, longAgo);
    try {
      await expect(openStore(dir, write)).rejects.toThrow(new RegExp(`in use by another briefdeck \\(pid ${child.pid}, review`));
    } finally {
      child.kill('SIGCONT');
    }
  });

  test('a lock from another machine is taken over only once it has not been refreshed for 30 s', async () => {
    const dir = tempStorageDir();
    await (await openStore(dir, write)).close();
    writeLock(dir, { pid: 1, hostname: 'elsewhere' });
    await expect(openStore(dir, write)).rejects.toThrow(/in use by another briefdeck \(pid 1, review/);
    const old = new Date(Date.now() - 31_000);
    utimesSync(path.join(dir, 'writer.lock', 'owner.json'), old, old);
    await (await openStore(dir, write)).close();
  });

  test('a writer whose lock was taken over never writes again, and says so', async () => {
    const dir = tempStorageDir();
    const store = await openStore(dir, write);
    await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
    // Another machine judged the lock abandoned and took it while this process was stopped.
    rmSync(path.join(dir, 'writer.lock'), { recursive: true });
    writeLock(dir, { pid: 1, hostname: 'elsewhere' });
    const before = filesUnder(dir);
    await expect(store.syncDeck(makeDeck('deckB', [{ id: 'n2' }]))).rejects.toThrow(/lost the lock on storage .* to another briefdeck/);
    await store.close();
    expect(filesUnder(dir)).toEqual(before);
  });

  test('the lock stays ours, and is kept fresh, while the store is open longer than its refresh interval', async () => {
    const dir = tempStorageDir();
    // The refresh timer runs on a fake clock (16 s pass at once); its file work is real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const store = await openStore(dir, write);
      const owner = path.join(dir, 'writer.lock', 'owner.json');
      utimesSync(owner, new Date(0), new Date(0));
      await vi.advanceTimersByTimeAsync(16_000);
      for (let waited = 0; statSync(owner).mtimeMs === 0 && waited < 5_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(statSync(owner).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
      await store.syncDeck(makeDeck('deckA', [{ id: 'n1' }]));
      await store.close();
    } finally {
      vi.useRealTimers();
    }
  });

  test('a process killed with SIGKILL leaves a lock the next writer takes over', async () => {
    const dir = tempStorageDir();
    const child = await holdStoreOpen(dir);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const store = await openStore(dir, write);
    await store.close();
  });
});

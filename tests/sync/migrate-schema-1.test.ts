// An existing store (schema 1, written by the version before devices had ids) moves to the
// new layout once, after a backup, with its history intact.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildCli, runCli, tempDir } from '../helpers/built-cli.js';
import { filesUnder } from '../store/fixtures/store-dir.js';

const FIXTURE = path.resolve('tests/fixtures/stores/schema-1');
const env = { BRIEFDECK_NOW: '2026-01-06T10:00:00Z' };

test('a schema 1 store is migrated once, after a backup of it as it was, and keeps its whole history', () => {
  buildCli();
  const home = tempDir('migrate');
  cpSync(FIXTURE, home, { recursive: true });
  const storage = path.join(home, 'storage');
  const args = ['--decks-dir', path.join(home, 'decks'), '--storage', storage];
  const before = filesUnder(storage);
  const live = Object.fromEntries(Object.entries(before).filter(([file]) => !file.startsWith('backups/')));

  // Only reading: the store opens as it is and nothing is written.
  const stats = runCli(['stats', '--json', ...args], { env });
  expect(stats.stderr).toBe('');
  // The figures the old version printed; `scheduler` is a field added to stats since.
  const { scheduler: _scheduler, ...figures } = JSON.parse(stats.stdout);
  expect(figures).toEqual(JSON.parse(readFileSync(path.join(FIXTURE, 'stats-before.json'), 'utf8')));
  expect(filesUnder(storage)).toEqual(before);

  // The first write migrates, after backing up today's store as it is now.
  const review = runCli(['review', '--plain', ...args], { input: 'q\n', env });
  expect(review.status, review.stderr).toBe(0);
  const after = filesUnder(storage);
  const backup = Object.fromEntries(
    Object.entries(after).filter(([file]) => file.startsWith('backups/2026-01-06/')).map(([file, bytes]) => [file.slice('backups/2026-01-06/'.length), bytes]),
  );
  expect(backup).toEqual(live);
  const meta = JSON.parse(readFileSync(path.join(storage, 'meta.json'), 'utf8'));
  expect(meta.schema).toBe(2);
  expect(meta.deviceId).toMatch(/^[A-Za-z0-9_-]{12}$/);
  expect(after['reviews.jsonl']).toBe(before['reviews.jsonl']);

  const migrated = runCli(['stats', '--json', ...args], { env });
  expect(JSON.parse(migrated.stdout)).toEqual(JSON.parse(stats.stdout));
  expect(runCli(['decks', ...args], { env }).stdout).toMatch(/^small-deck\s+4\s/m);

  // Once: the device id made by the migration stays.
  runCli(['review', '--plain', ...args], { input: 'q\n', env });
  expect(JSON.parse(readFileSync(path.join(storage, 'meta.json'), 'utf8')).deviceId).toBe(meta.deviceId);
}, 60_000);

import { describe, expect, test, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadArticle } from '../../src/article/load-input.js';

// Tests may run as root, which reads any file whatever its mode; so the denial is simulated.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const denied = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  return {
    ...actual,
    stat: async () => ({ isDirectory: () => false, isFile: () => true, size: 10 }),
    readFile: async () => {
      throw denied();
    },
  };
});

describe('a file the user may not read', () => {
  test('is one line naming the file and what to check, exit code 2', async () => {
    const error = await loadArticle('/srv/locked.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toBe(
      `briefdeck: cannot read "/srv/locked.txt": permission denied — check the file's permissions`,
    );
  });
});

import { createHash } from 'node:crypto';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadArticle, MAX_ARTICLE_BYTES, readArticle } from '../../src/article/load-input.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir('load');

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The UserError a rejected load raises; fails the test if it raised anything else. */
async function loadError(source: string, opts: Parameters<typeof loadArticle>[1] = {}): Promise<UserError> {
  const error = await loadArticle(source, opts).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const userError = error as UserError;
  expect(userError.exitCode).toBe(2);
  expect(userError.message.split('\n')).toHaveLength(1);
  return userError;
}

describe('loading a good article', () => {
  test('from a file: the article, the sha256 of the raw bytes, the path and the size', async () => {
    const content = 'Headline\n\nWASHINGTON — Officials met.\n';
    const path = tempFile('good.txt', content);
    const loaded = await loadArticle(path);
    expect(loaded.article.title).toBe('Headline');
    expect(loaded.article.dateline).toBe('WASHINGTON');
    expect(loaded.path).toBe(path);
    expect(loaded.bytes).toBe(Buffer.byteLength(content));
    expect(loaded.sha256).toBe(createHash('sha256').update(content).digest('hex'));
  });

  test('the format comes from the extension', async () => {
    const loaded = await loadArticle(tempFile('page.html', '<h1>Big</h1><p>Body &amp; soul.</p>'));
    expect(loaded.article).toEqual({ title: 'Big', dateline: null, paragraphs: [{ section: null, text: 'Body & soul.' }] });
  });

  test('from stdin ("-"): format sniffed, no path', async () => {
    const readStdin = async () => Buffer.from('# Title\n\nSome *text*.\n');
    const loaded = await loadArticle('-', { readStdin });
    expect(loaded.path).toBeNull();
    expect(loaded.article.title).toBe('Title');
    expect(loaded.article.paragraphs[0]!.text).toBe('Some text.');
  });

  test('a UTF-8 BOM is not part of the title', async () => {
    const loaded = await loadArticle(tempFile('bom.txt', '\ufeffHeadline\n\nBody.'));
    expect(loaded.article.title).toBe('Headline');
  });

  test('readArticle dispatches on the format it is given', () => {
    expect(readArticle('# T\n\nBody.', 'markdown').title).toBe('T');
    expect(readArticle('# T\n\nBody.', 'text').paragraphs[0]!.text).toBe('Body.');
    expect(readArticle('<title>P | Site</title><p>Body.</p>', 'html').title).toBe('P');
  });
});

describe('bad inputs are one clear line naming the file, exit code 2', () => {
  test('a missing file', async () => {
    const path = join(dir, 'missing.txt');
    const error = await loadError(path);
    expect(error.message).toBe(`briefdeck: cannot read "${path}": no such file — check the path`);
  });

  test('a directory', async () => {
    const error = await loadError(dir);
    expect(error.message).toContain(`"${dir}"`);
    expect(error.message).toContain('is a directory');
  });

  test.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const path = tempFile('locked.txt', 'Title\n\nBody.');
    chmodSync(path, 0o000);
    const error = await loadError(path);
    expect(error.message).toContain(`"${path}"`);
    expect(error.message).toContain('permission denied');
  });

  test.each([
    ['an empty file', 'empty.txt', ''],
    ['a file of whitespace only', 'blank.txt', ' \n\t\n  \r\n'],
  ])('%s', async (_, name, content) => {
    const path = tempFile(name, content);
    const error = await loadError(path);
    expect(error.message).toContain(`"${path}"`);
    expect(error.message).toContain('empty');
  });

  test('binary data (NUL bytes)', async () => {
    const path = tempFile('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    const error = await loadError(path);
    expect(error.message).toContain(`"${path}"`);
    expect(error.message).toContain('binary');
  });

  test('invalid UTF-8 (a Latin-1 file)', async () => {
    const path = tempFile('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x2e]));
    const error = await loadError(path);
    expect(error.message).toContain(`"${path}"`);
    expect(error.message).toContain('not valid UTF-8');
    expect(error.message).toContain('re-save it as UTF-8');
  });

  test('UTF-16 text is named as such', async () => {
    const path = tempFile('utf16.txt', Buffer.from('\ufeffTitle\n\nBody.', 'utf16le'));
    const error = await loadError(path);
    expect(error.message).toContain('UTF-16');
  });

  test('a file over the size limit is refused before reading', async () => {
    const path = tempFile('big.txt', 'x'.repeat(2048));
    const error = await loadError(path, { maxBytes: 1024 });
    expect(error.message).toContain(`"${path}"`);
    expect(error.message).toContain('limit');
  });

  test('the default limit is 5 MB', () => {
    expect(MAX_ARTICLE_BYTES).toBe(5 * 1024 * 1024);
  });

  test('stdin over the size limit', async () => {
    const error = await loadError('-', { maxBytes: 10, readStdin: async () => Buffer.alloc(11, 0x61) });
    expect(error.message).toMatch(/^briefdeck: cannot read stdin: .*limit/);
  });

  test('empty stdin', async () => {
    const error = await loadError('-', { readStdin: async () => Buffer.alloc(0) });
    expect(error.message).toMatch(/^briefdeck: cannot read stdin: .*empty/);
  });

  test('a page with no paragraphs once its furniture is gone', async () => {
    const path = tempFile('nav-only.html', '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>');
    const error = await loadError(path);
    expect(error.message).toContain(`"${path}"`);
    expect(error.message).toContain('no paragraphs');
  });
});

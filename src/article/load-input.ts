import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { detectFormat, type InputFormat } from './detect-format.js';
import { readArticle } from './read-article.js';
import { stripControls } from './strip-controls.js';
import type { Article } from './types.js';

export { readArticle } from './read-article.js';

import { MAX_ARTICLE_BYTES } from './max-article-bytes.js';
import type { PageMetadata } from './web-article.js';

export { MAX_ARTICLE_BYTES } from './max-article-bytes.js';

export interface LoadArticleOptions {
  /** Reads all of stdin; injected so tests need no real stdin. Defaults to process.stdin. */
  readStdin?: () => Promise<Buffer>;
  maxBytes?: number;
  /** Skips format detection. */
  format?: InputFormat;
}

export interface LoadedArticle {
  article: Article;
  /** Of the raw bytes, so a deck can tell whether its article changed. */
  sha256: string;
  /** The path as given, or null for stdin. */
  path: string | null;
  bytes: number;
  /** For a saved web page: its byline, date and canonical URL. */
  metadata?: PageMetadata;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

/** One line that names the input, says what is wrong and what to do. */
function inputError(name: string, problem: string, fix: string): UserError {
  return new UserError(`briefdeck: cannot read ${name}: ${problem} — ${fix}`, 2);
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

function fileSystemError(name: string, error: unknown): UserError {
  switch (errorCode(error)) {
    case 'ENOENT':
      return inputError(name, 'no such file', 'check the path');
    case 'EISDIR':
      return inputError(name, 'it is a directory', 'pass an article file inside it');
    case 'EACCES':
    case 'EPERM':
      return inputError(name, 'permission denied', "check the file's permissions");
    case 'ENOTDIR':
      return inputError(name, 'a part of the path is not a directory', 'check the path');
    default:
      return inputError(name, error instanceof Error ? error.message : String(error), 'check the file');
  }
}

async function readFileWithinLimit(path: string, name: string, maxBytes: number): Promise<Buffer> {
  try {
    // Stat first, so a huge file (or a directory) is refused before it is read into memory.
    const info = await stat(path);
    if (info.isDirectory()) throw inputError(name, 'it is a directory', 'pass an article file inside it');
    if (!info.isFile()) throw inputError(name, 'it is not a regular file', 'save the article to a file first, or pipe it with -');
    if (info.size > maxBytes) throw tooLarge(name, info.size, maxBytes);
    return await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fileSystemError(name, error);
  }
}

function tooLarge(name: string, bytes: number | null, maxBytes: number): UserError {
  // Exact byte counts: a file one byte over 5 MB would otherwise read "5 MB, over the 5 MB limit".
  const exact = (n: number): string => `${n.toLocaleString('en-US')} bytes`;
  const size = bytes === null ? 'it is' : `it is ${exact(bytes)},`;
  return inputError(name, `${size} over the ${formatSize(maxBytes)} limit (${exact(maxBytes)})`, 'pass the article alone, not a whole site or archive');
}

/** Reads a stream up to one byte past the limit, then stops: the caller only needs to know it is too big. */
export async function readStreamUpTo(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(buffer);
    total += buffer.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

/** Raw bytes → text, refusing what is not UTF-8 text. */
function decodeText(bytes: Buffer, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    throw inputError(name, 'it is UTF-16 text', 're-save it as UTF-8');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    throw inputError(name, 'it is UTF-16 text', 're-save it as UTF-8');
  }
  if (bytes.includes(0)) {
    throw inputError(name, 'it is binary data, not text', 'pass a .txt, .md or .html article');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw inputError(name, 'it is not valid UTF-8 text', 're-save it as UTF-8, or pass a .txt, .md or .html article');
  }
}

/**
 * Loads an article from a file path or `-` (stdin). Every bad input becomes a UserError
 * (exit code 2) whose one line names the input and the fix.
 */
export async function loadArticle(source: string, opts: LoadArticleOptions = {}): Promise<LoadedArticle> {
  const maxBytes = opts.maxBytes ?? MAX_ARTICLE_BYTES;
  const fromStdin = source === '-';
  const name = fromStdin ? 'stdin' : `"${source}"`;
  let bytes: Buffer;
  if (fromStdin) {
    if (!opts.readStdin && process.stdin.isTTY) {
      throw inputError(name, 'nothing was piped in', 'pipe an article in (cat article.txt | briefdeck generate -) or pass a file');
    }
    bytes = await (opts.readStdin ?? (() => readStreamUpTo(process.stdin, maxBytes)))();
  } else {
    bytes = await readFileWithinLimit(source, name, maxBytes);
  }
  // Checked again after reading: stdin has no size up front, and a file may grow after stat.
  if (bytes.length > maxBytes) throw tooLarge(name, fromStdin ? null : bytes.length, maxBytes);
  // A web page may be in any charset it declares, so it is decoded by its own rules; the ASCII
  // of its first bytes is enough to tell that it is one.
  if ((opts.format ?? detectFormat(fromStdin ? null : source, bytes.toString('latin1'))) === 'html' && bytes.toString('latin1').trim() !== '') {
    return loadSavedPage(bytes, fromStdin ? null : source, name);
  }
  // Terminal control sequences are dropped as the article is read: no deck ever holds one.
  const text = stripControls(decodeText(bytes, name));
  if (text.trim() === '') throw inputError(name, fromStdin ? 'it is empty' : 'the file is empty', 'pass an article with text in it');
  const format = opts.format ?? detectFormat(fromStdin ? null : source, text);
  const article = readArticle(text, format);
  if (article.paragraphs.length === 0) {
    throw inputError(name, `found no paragraphs of text in it (read as ${format})`, 'check that it is the article itself, as text, Markdown or HTML');
  }
  return {
    article,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    path: fromStdin ? null : source,
    bytes: bytes.length,
  };
}

/**
 * A saved web page goes through the same reader as its URL (and is decoded as a browser would
 * decode it: its own <meta charset> counts), so both give the same deck.
 */
async function loadSavedPage(bytes: Buffer, path: string | null, name: string): Promise<LoadedArticle> {
  const { articleSha256, extractWebArticle } = await import('./load-web-page.js');
  const { decodePage } = await import('./decode-page.js');
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.includes(0)) throw inputError(name, 'it is binary data, not text', 'pass a .txt, .md or .html article');
  const { article, metadata } = await extractWebArticle(decodePage(bytes, null), null);
  if (article.paragraphs.length === 0) {
    throw inputError(name, 'found no paragraphs of article text in the page (read as HTML)', 'check that it is the article page itself');
  }
  return { article, sha256: articleSha256(article), path, bytes: bytes.length, metadata };
}

import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { decodePage } from './decode-page.js';
import { fetchError, fetchPage, FETCH_TIMEOUT_MS, isWebUrl } from './fetch-page.js';
import { MAX_ARTICLE_BYTES } from './max-article-bytes.js';
import { FeedFormatError, readFeed, type Feed } from './read-feed.js';

export interface LoadedFeed {
  feed: Feed;
  /** What the decks remember the feed by: the URL as given, or the file's absolute path. */
  key: string;
}

export interface LoadFeedOptions {
  timeoutMs?: number;
  offline?: boolean;
}

function feedFileError(path: string, problem: string, fix: string): UserError {
  return new UserError(`briefdeck: cannot read the feed "${path}": ${problem} — ${fix}; nothing was written`, 2);
}

async function readFeedFile(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw feedFileError(path, 'it is not a regular file', 'give a feed file or a feed URL');
    if (info.size > MAX_ARTICLE_BYTES) throw feedFileError(path, `it is ${info.size.toLocaleString('en-US')} bytes, over the 5 MB limit`, 'give the feed alone');
    return await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw feedFileError(path, code === 'ENOENT' ? 'no such file' : (code ?? String(error)), 'check the path');
  }
}

/** A feed from a URL or a file, parsed; a missing, unreachable or malformed feed is one line, exit 2. */
export async function loadFeed(source: string, options: LoadFeedOptions = {}): Promise<LoadedFeed> {
  const web = isWebUrl(source);
  if (web && options.offline) throw fetchError(source, 'briefdeck is offline (--offline)', 'run it again without --offline, or save the feed and give the file');
  const fetched = web
    ? await fetchPage(source, { want: 'feed', maxBytes: MAX_ARTICLE_BYTES, timeoutMs: options.timeoutMs ?? FETCH_TIMEOUT_MS })
    : { bytes: await readFeedFile(source), charset: null, url: null };
  const text = decodePage(fetched.bytes, fetched.charset);
  try {
    return { feed: readFeed(text, fetched.url), key: web ? source : resolve(source) };
  } catch (error) {
    if (!(error instanceof FeedFormatError)) throw error;
    const name = web ? source : `"${source}"`;
    throw new UserError(`briefdeck: cannot read the feed ${name}: ${error.message} — check that it is the feed's own link or file; nothing was written`, 2);
  }
}

import { UserError } from '../errors.js';
import { VERSION } from '../version.js';

/** What a fetch brought back: the bytes and what the server said they are. */
export interface FetchedPage {
  /** After redirects. */
  url: string;
  bytes: Buffer;
  /** The media type, lower case, without parameters ("text/html"); '' when the server sent none. */
  mediaType: string;
  /** The charset parameter of Content-Type, or null. */
  charset: string | null;
}

export interface FetchPageOptions {
  maxBytes: number;
  /** For the whole download, headers and body: a server that trickles is as stuck as one that is silent. */
  timeoutMs: number;
  maxRedirects?: number;
  /** What the caller wants, for the Accept header and the messages ("a web page", "a feed"). */
  want: 'page' | 'feed';
  /** Node's fetch unless given: tests hand in one that fails as DNS does, with no network. */
  fetch?: typeof fetch;
}

export const FETCH_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
export const USER_AGENT = `briefdeck/${VERSION} (flashcards from news articles)`;

const ACCEPT = {
  page: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.1',
};

/** True for http: and https: URLs — the only ones briefdeck fetches. */
export function isWebUrl(text: string): boolean {
  return /^https?:\/\//i.test(text.trim());
}

export function fetchError(url: string, problem: string, fix: string): UserError {
  return new UserError(`briefdeck: cannot fetch ${url}: ${problem} — ${fix}; nothing was written`, 2);
}

/** What went wrong under fetch(), from the error's cause (undici puts the system error there). */
function networkProblem(url: URL, error: unknown): { problem: string; fix: string } {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return { problem: `the host ${url.hostname} was not found (DNS)`, fix: 'check the address, and that this machine is online' };
    case 'ECONNREFUSED':
      return { problem: `nothing answered at ${url.host} (connection refused)`, fix: 'check the address and port, or try later' };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
      return { problem: `${url.hostname} cannot be reached from this machine`, fix: 'check that this machine is online' };
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return { problem: 'the server closed the connection', fix: 'try again later' };
    default:
      return { problem: cause?.message ?? (error instanceof Error ? error.message : String(error)), fix: 'check the address, or try again later' };
  }
}

function parseContentType(header: string | null): { mediaType: string; charset: string | null } {
  if (!header) return { mediaType: '', charset: null };
  const [type, ...params] = header.split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find((c) => c !== undefined) ?? null;
  return { mediaType: type!.trim().toLowerCase(), charset };
}

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** Types that are never a feed either: media, documents, archives. */
const NEVER_TEXT = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|octet-stream|x-tar|msword|vnd\.)/;

function checkMediaType(url: string, mediaType: string, want: FetchPageOptions['want']): void {
  if (mediaType === '') return;
  if (want === 'page' && !PAGE_TYPES.has(mediaType)) {
    throw fetchError(url, `it is ${mediaType}, not a web page`, 'give the link of the article page itself');
  }
  if (want === 'feed' && (NEVER_TEXT.test(mediaType) || PAGE_TYPES.has(mediaType))) {
    const fix = PAGE_TYPES.has(mediaType) ? "give the feed's own link (RSS, Atom or JSON Feed), or generate the page without --feed" : 'give the link of an RSS, Atom or JSON feed';
    throw fetchError(url, `it is ${mediaType}, not a feed`, fix);
  }
}

function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${bytes.toLocaleString('en-US')} bytes`;
}

/** The body, read chunk by chunk and given up as soon as it passes the limit. */
async function readBodyWithinLimit(response: Response, url: string, maxBytes: number, abort: () => void): Promise<Buffer> {
  const tooLarge = (): UserError =>
    fetchError(url, `the page is over the ${formatLimit(maxBytes)} limit`, 'give the link of the article alone, not a file or archive');
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    abort();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      abort();
      throw tooLarge();
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches a web page or feed with Node's own fetch: redirects followed by hand (at most 5, a
 * loop named as one), one timeout for the whole download, the size limit enforced while the
 * bytes arrive. Every failure is one UserError line (exit 2) naming the URL and the fix.
 */
export async function fetchPage(address: string, options: FetchPageOptions): Promise<FetchedPage> {
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const controller = new AbortController();
  const seconds = Math.round(options.timeoutMs / 100) / 10;
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const visited = new Set<string>();
  let url = new URL(address);
  try {
    for (;;) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw fetchError(address, `it leads to ${url.protocol} — only http and https are fetched`, 'give an http or https link');
      }
      visited.add(url.href);
      let response: Response;
      try {
        response = await (options.fetch ?? fetch)(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': USER_AGENT, accept: ACCEPT[options.want] },
        });
      } catch (error) {
        if (controller.signal.aborted) throw fetchError(address, `no answer within ${seconds} s`, 'try again later, or give a longer --timeout');
        const { problem, fix } = networkProblem(url, error);
        throw fetchError(address, problem, fix);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        const next = new URL(response.headers.get('location')!, url);
        if (visited.has(next.href)) throw fetchError(address, `its redirects go round in a loop (back to ${next.href})`, 'open it in a browser to find the page, and give that link');
        if (visited.size > maxRedirects) throw fetchError(address, `it redirects more than ${maxRedirects} times`, 'give the link of the final page');
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        const fix = response.status >= 500 ? 'the site has a problem; try again later' : 'check the link';
        throw fetchError(address, `the server answered ${status}`, fix);
      }
      const { mediaType, charset } = parseContentType(response.headers.get('content-type'));
      try {
        checkMediaType(address, mediaType, options.want);
      } catch (error) {
        await response.body?.cancel();
        throw error;
      }
      try {
        const bytes = await readBodyWithinLimit(response, address, options.maxBytes, () => controller.abort());
        return { url: url.href, bytes, mediaType, charset };
      } catch (error) {
        if (error instanceof UserError) throw error;
        if (controller.signal.aborted) throw fetchError(address, `the download did not finish within ${seconds} s`, 'try again later, or give a longer --timeout');
        const { problem, fix } = networkProblem(url, error);
        throw fetchError(address, problem, fix);
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

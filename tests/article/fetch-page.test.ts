import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchPage, USER_AGENT, type FetchPageOptions } from '../../src/article/fetch-page.js';
import { loadWebArticle } from '../../src/article/load-web-page.js';
import { UserError } from '../../src/errors.js';
import { closedPort, startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const PAGE: FetchPageOptions = { want: 'page', maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000 };

async function failure(run: Promise<unknown>): Promise<UserError> {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).exitCode).toBe(2);
  expect((error as UserError).message).not.toContain('\n');
  return error as UserError;
}

describe('fetching a page', () => {
  test('follows redirects (301, 302, 307) to the page and says where it ended', async () => {
    const page = await fetchPage(`${server.origin}/moved`, PAGE);
    expect(page.url).toBe(`${server.origin}/news/bbc-1`);
    expect(page.mediaType).toBe('text/html');
    expect(page.bytes.toString('utf8')).toContain('biggest frustration');
  });

  test('names briefdeck in its User-Agent', async () => {
    let agent: string | null = null;
    const spy: typeof fetch = async (input, init) => {
      agent = new Headers(init?.headers).get('user-agent');
      return fetch(input, init);
    };
    await fetchPage(`${server.origin}/news/ars-1`, { ...PAGE, fetch: spy });
    expect(agent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^briefdeck\/\d+\.\d+\.\d+ /);
  });

  test.each([
    ['a redirect loop', '/loop/a', /redirects go round in a loop/],
    ['more than 5 redirects', '/hop/0', /redirects more than 5 times/],
    ['a 404', '/missing', /the server answered 404 Not Found — check the link/],
    ['a 500', '/broken', /the server answered 500 Internal Server Error — the site has a problem; try again later/],
    ['a PDF', '/report.pdf', /it is application\/pdf, not a web page/],
    ['a page over the limit, with no Content-Length', '/huge', /over the 5 MB limit/],
    ['a page that declares a size over the limit', '/huge-declared', /over the 5 MB limit/],
  ])('%s is one line naming the URL, exit 2', async (_what, path, problem) => {
    const error = await failure(fetchPage(`${server.origin}${path}`, PAGE));
    expect(error.message).toMatch(new RegExp(`^briefdeck: cannot fetch ${server.origin}${path}: `));
    expect(error.message).toMatch(problem);
    expect(error.message).toMatch(/nothing was written$/);
  });

  test('a server that answers slowly is given up at the timeout, for the whole download', async () => {
    const started = performance.now();
    const trickle = await failure(fetchPage(`${server.origin}/trickle`, { ...PAGE, timeoutMs: 800 }));
    expect(trickle.message).toMatch(/did not finish within 0\.8 s — try again later, or give a longer --timeout/);
    const silent = await failure(fetchPage(`${server.origin}/silent`, { ...PAGE, timeoutMs: 800 }));
    expect(silent.message).toMatch(/no answer within 0\.8 s/);
    expect(performance.now() - started).toBeLessThan(4000);
  });

  test('nothing listening is a refused connection, said at once', async () => {
    const port = await closedPort();
    const error = await failure(fetchPage(`http://127.0.0.1:${port}/story`, PAGE));
    expect(error.message).toMatch(/nothing answered at 127\.0\.0\.1:\d+ \(connection refused\)/);
  });

  test('a host DNS does not know is named as such', async () => {
    // What undici throws when getaddrinfo fails, without asking a real resolver.
    const noDns: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND news.invalid'), { code: 'ENOTFOUND' }) });
    };
    const error = await failure(fetchPage('https://news.invalid/story', { ...PAGE, fetch: noDns }));
    expect(error.message).toBe(
      'briefdeck: cannot fetch https://news.invalid/story: the host news.invalid was not found (DNS) — check the address, and that this machine is online; nothing was written',
    );
  });
});

describe('reading a fetched article', () => {
  test('a windows-1252 page is decoded by its <meta charset>, or by the Content-Type header alone', async () => {
    for (const path of ['/news/latin-meta', '/news/latin-header']) {
      const { article } = await loadWebArticle(`${server.origin}${path}`);
      const text = article.paragraphs.map((p) => p.text).join('\n');
      expect(text, path).toContain('Gunmen opened fire on visitors at Tunisia’s most renowned museum');
      expect(text, path).toContain('“Our nation is in danger,” Essid declared');
      expect(text, path).not.toMatch(/[\u0080-\u009f\ufffd]|â€/);
    }
  });

  test('keeps the final URL, the byline and the canonical URL; the byline is not in the text', async () => {
    const page = await loadWebArticle(`${server.origin}/moved`);
    expect(page.url).toBe(`${server.origin}/news/bbc-1`);
    expect(page.metadata).toMatchObject({ byline: 'BBC News', published: '2015-07-24T05:36:09+01:00', canonicalUrl: 'http://www.bbc.com/news/world-us-canada-33646704' });
    const wapo = await loadWebArticle(`${server.origin}/news/wapo-1`);
    expect(wapo.article.paragraphs.map((p) => p.text).join('\n')).not.toContain('Erin Cunningham');
  });

  test('a page with no article text is one line, exit 2', async () => {
    const error = await failure(loadWebArticle(`${server.origin}/nav-only`));
    expect(error.message).toBe(`briefdeck: found no article text in ${server.origin}/nav-only — give the link of a news article page; nothing was written`);
  });

  test('--offline fails at once, without touching the network', async () => {
    const before = server.requests.length;
    const error = await failure(loadWebArticle(`${server.origin}/news/bbc-1`, { offline: true }));
    expect(error.message).toMatch(/briefdeck is offline \(--offline\)/);
    expect(server.requests.length).toBe(before);
  });
});

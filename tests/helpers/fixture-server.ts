// A web server on 127.0.0.1 for the tests of fetched pages and feeds: real saved pages and
// feeds from tests/fixtures/web, plus the ways a server goes wrong (redirect loops, 404, a
// silent or trickling server, a page over the limit). No test reaches past this machine.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { CLI, type CliResult } from './built-cli.js';

export const WEB_FIXTURES = new URL('../fixtures/web/', import.meta.url);

export function webFixture(path: string): Buffer {
  return readFileSync(new URL(path, WEB_FIXTURES));
}

type Handler = (req: IncomingMessage, res: ServerResponse, origin: string) => void;

function html(body: Buffer | string, type = 'text/html; charset=utf-8'): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  };
}

function redirect(to: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location: to });
    res.end();
  };
}

/** A feed file with {{origin}} standing for this server, so its items link here. */
function feed(path: string, type: string): Handler {
  return (_req, res, origin) => {
    res.writeHead(200, { 'content-type': type });
    res.end(webFixture(path).toString('utf8').replaceAll('{{origin}}', origin));
  };
}

const PAGES = ['bbc-1', 'wapo-1', 'nytimes-1', 'ars-1', 'seattletimes-1'];
const SIX_MB = 6 * 1024 * 1024;

function routes(): Map<string, Handler> {
  const table = new Map<string, Handler>();
  for (const page of PAGES) table.set(`/news/${page}`, html(webFixture(`pages/${page}/source.html`)));
  const latin = webFixture('pages/wapo-1/windows-1252.html');
  // The same windows-1252 bytes, once saying so in <meta>, once only in the Content-Type header.
  table.set('/news/latin-meta', html(latin, 'text/html'));
  table.set('/news/latin-header', html(Buffer.from(latin.toString('latin1').replace('<meta charset="windows-1252">', ''), 'latin1'), 'text/html; charset=windows-1252'));
  table.set('/moved', redirect('/moved/1', 301));
  table.set('/moved/1', redirect('/moved/2'));
  table.set('/moved/2', redirect('/news/bbc-1', 307));
  table.set('/loop/a', redirect('/loop/b'));
  table.set('/loop/b', redirect('/loop/a'));
  for (let i = 0; i < 6; i++) table.set(`/hop/${i}`, redirect(`/hop/${i + 1}`));
  table.set('/hop/6', redirect('/news/bbc-1'));
  table.set('/missing', (_req, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<html><body><h1>Not found</h1></body></html>');
  });
  table.set('/broken', (_req, res) => {
    res.writeHead(500, { 'content-type': 'text/html' });
    res.end('<html><body>Internal error</body></html>');
  });
  table.set('/report.pdf', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.7');
  });
  table.set('/nav-only', html('<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><footer>© Example</footer></body></html>'));
  // Headers at once, then a byte a second: only a timeout over the whole download stops it.
  table.set('/trickle', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>');
    const timer = setInterval(() => res.write('.'), 1000);
    res.on('close', () => clearInterval(timer));
  });
  table.set('/silent', () => undefined);
  // Over 5 MB, with no Content-Length: the limit has to be kept while the bytes arrive.
  table.set('/huge', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, '<p>filler text</p>\n');
    let sent = 0;
    const pump = (): void => {
      while (sent < SIX_MB) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => undefined);
    pump();
  });
  table.set('/huge-declared', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(SIX_MB) });
    res.write('<p>');
    res.on('error', () => undefined);
  });
  table.set('/feeds/world.rss', feed('feeds/world.rss', 'application/rss+xml; charset=utf-8'));
  table.set('/feeds/business.atom', feed('feeds/business.atom', 'application/atom+xml'));
  // The same feed after one story was taken down: its page is gone (404).
  table.set('/feeds/one-gone.rss', (_req, res, origin) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(webFixture('feeds/world.rss').toString('utf8').replaceAll('{{origin}}', origin).replace(`${origin}/news/nytimes-1`, `${origin}/missing`));
  });
  table.set('/feeds/truncated.rss', (_req, res, origin) => {
    const whole = webFixture('feeds/world.rss').toString('utf8').replaceAll('{{origin}}', origin);
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(whole.slice(0, Math.floor(whole.length / 2)));
  });
  return table;
}

export interface FixtureServer {
  origin: string;
  /** Paths asked for, in order: a re-run of a feed must fetch no page again. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const table = routes();
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    requests.push(path);
    const handler = table.get(path);
    if (handler) return handler(req, res, origin);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on: a connection there is refused at once. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** The built CLI, run without blocking this process (whose server it talks to). */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult & { ms: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn('node', [CLI, ...args], {
      env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', BRIEFDECK_TZ: 'UTC', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr, ms: performance.now() - started }));
  });
}

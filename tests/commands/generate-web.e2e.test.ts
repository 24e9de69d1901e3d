import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDeckFile } from '../../src/deck/deck-file.js';
import type { Deck } from '../../src/deck/types.js';
import { buildCli, tempDir } from '../helpers/built-cli.js';
import { runInProcess } from '../helpers/in-process-cli.js';
import { closedPort, runCliAsync, startFixtureServer, webFixture, type FixtureServer } from '../helpers/fixture-server.js';

let server: FixtureServer;
beforeAll(async () => {
  buildCli();
  server = await startFixtureServer();
});
afterAll(() => server.close());

function workspace(): { decks: string; args: string[] } {
  const decks = tempDir('decks');
  return { decks, args: ['--decks-dir', decks, '--storage', tempDir('storage')] };
}

function deckFiles(decks: string): string[] {
  return readdirSync(decks).filter((name) => name.endsWith('.json')).sort();
}

function readDeck(decks: string, name: string): Deck {
  const file = join(decks, name);
  return parseDeckFile(readFileSync(file, 'utf8'), file);
}

const NOW = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };

describe('briefdeck generate URL', () => {
  test('makes the deck from the page, keeps link, byline, date and canonical URL, and a second run keeps progress', async () => {
    const { decks, args } = workspace();
    const first = await runCliAsync(['generate', `${server.origin}/moved`, ...args], NOW);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(deckFiles(decks)).toEqual(['obama-admits-us-gun-laws.json']);
    const deck = readDeck(decks, 'obama-admits-us-gun-laws.json');
    expect(deck.name).toBe("Obama admits US gun laws are his 'biggest frustration'");
    expect(deck.source).toMatchObject({
      url: `${server.origin}/news/bbc-1`,
      byline: 'BBC News',
      published: '2015-07-24T05:36:09+01:00',
      canonicalUrl: 'http://www.bbc.com/news/world-us-canada-33646704',
    });
    // The byline is metadata: never a card's text, nor a section.
    for (const note of deck.notes) {
      expect(`${note.text} ${note.extra}`).not.toMatch(/Share this|Related Topics|Read the full transcript/);
      expect(note.section ?? '').not.toBe('BBC News');
    }
    const again = await runInProcess(['generate', `${server.origin}/news/bbc-1`, ...args], { env: { BRIEFDECK_NOW: '2026-03-05T09:00:00Z' } });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/\(0 new, \d+ unchanged, 0 retired\)/);
    expect(readDeck(decks, 'obama-admits-us-gun-laws.json').notes.map((n) => n.id)).toEqual(deck.notes.map((n) => n.id));
  });

  test('a page saved from the browser gives the same deck as its URL', async () => {
    const fromUrl = workspace();
    const fromFile = workspace();
    const saved = join(tempDir('saved'), 'Attack stokes instability fears.html');
    writeFileSync(saved, webFixture('pages/wapo-1/source.html'));
    const [, result] = await Promise.all([
      runInProcess(['generate', `${server.origin}/news/wapo-1`, ...fromUrl.args], { env: NOW }),
      runInProcess(['generate', saved, ...fromFile.args], { env: NOW }),
    ]);
    expect(result.status).toBe(0);
    const [name] = deckFiles(fromUrl.decks);
    expect(deckFiles(fromFile.decks)).toEqual([name]);
    const a = readDeck(fromUrl.decks, name!);
    const b = readDeck(fromFile.decks, name!);
    expect(b.notes.map((n) => [n.fingerprint, n.text, n.extra, n.section])).toEqual(a.notes.map((n) => [n.fingerprint, n.text, n.extra, n.section]));
    expect(b.source).toMatchObject({ path: saved, sha256: a.source.sha256, byline: 'Erin Cunningham', dateline: 'CAIRO' });
  });

  test('a 404, a page that is not HTML, a redirect loop, a page with no article: one line each, exit 2, no deck written', async () => {
    const cases: [string, RegExp][] = [
      [`${server.origin}/missing`, /the server answered 404 Not Found/],
      [`${server.origin}/report.pdf`, /it is application\/pdf, not a web page/],
      [`${server.origin}/loop/a`, /redirects go round in a loop/],
      [`${server.origin}/nav-only`, /found no article text/],
    ];
    const { decks, args } = workspace();
    // Side by side: each is a CLI start and a request or two.
    const results = await Promise.all(cases.map(([url]) => runCliAsync(['generate', url, ...args])));
    results.forEach((result, i) => {
      const [url, problem] = cases[i]!;
      expect(result.status, url).toBe(2);
      expect(result.stderr, url).toMatch(problem);
      expect(result.stderr.trim().split('\n'), url).toHaveLength(1);
      expect(result.stdout, url).toBe('');
    });
    expect(readdirSync(decks)).toEqual([]);
  });

  test('a slow server is given up at --timeout; a closed port and --offline fail at once', async () => {
    const { decks, args } = workspace();
    const port = await closedPort();
    const [slow, refused, offline] = await Promise.all([
      runCliAsync(['generate', `${server.origin}/trickle`, '--timeout', '1', ...args]),
      runCliAsync(['generate', `http://127.0.0.1:${port}/story`, ...args]),
      runCliAsync(['generate', `${server.origin}/silent`, '--offline', ...args]),
    ]);
    expect(slow.status).toBe(2);
    expect(slow.stderr).toMatch(/did not finish within 1 s/);
    expect(refused.stderr).toMatch(/connection refused/);
    expect(offline.status).toBe(2);
    expect(offline.stderr).toMatch(/briefdeck is offline/);
    expect(offline.ms).toBeLessThan(5000);
    expect(readdirSync(decks)).toEqual([]);
  });
});

describe('briefdeck generate --feed', () => {
  test('an RSS feed makes one deck per item, using the full content a feed carries; a re-run makes nothing new', async () => {
    const { decks, args } = workspace();
    const first = await runCliAsync(['generate', '--feed', `${server.origin}/feeds/world.rss`, ...args], NOW);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Feed "World Briefing": 3 new decks, 0 already made; review them together: briefdeck review --tag world-briefing/);
    const made = deckFiles(decks).map((name) => readDeck(decks, name));
    expect(made.map((d) => d.name).sort()).toEqual([
      "Just-released Minecraft exploit makes it easy to crash game servers",
      "Obama admits US gun laws are his 'biggest frustration'",
      'United States to Lift Sudan Sanctions',
    ]);
    for (const deck of made) expect(deck.tags).toEqual(['world-briefing']);
    const sudan = made.find((d) => d.name.startsWith('United States'))!;
    expect(sudan.source).toMatchObject({ url: `${server.origin}/news/nytimes-1`, published: '2017-01-13T08:00:00.000Z', feed: { url: `${server.origin}/feeds/world.rss`, item: 'world-briefing-2017-01-13-sudan' } });
    // The Minecraft item's page is not served: its deck came from the feed's own full text.
    expect(server.requests).not.toContain('/news/ars-1-not-served');

    const pagesBefore = server.requests.filter((p) => p.startsWith('/news/')).length;
    const again = await runInProcess(['generate', '--feed', `${server.origin}/feeds/world.rss`, ...args], { env: NOW });
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('Feed "World Briefing": 0 new decks, 3 already made; review them together: briefdeck review --tag world-briefing\n');
    expect(server.requests.filter((p) => p.startsWith('/news/')).length).toBe(pagesBefore);
  });

  test('an Atom feed with --since and --limit makes only what is asked, and the rest on the next run', async () => {
    const { decks, args } = workspace();
    const feed = `${server.origin}/feeds/business.atom`;
    const recent = await runInProcess(['generate', '--feed', feed, '--since', '2019-01-01', '--tag', 'Monday', ...args], { env: NOW });
    expect(recent.status).toBe(0);
    expect(recent.stdout).toMatch(/1 new deck, 0 already made, 1 older than --since/);
    expect(deckFiles(decks)).toHaveLength(1);
    expect(readDeck(decks, deckFiles(decks)[0]!).tags).toEqual(['monday']);
    const rest = await runInProcess(['generate', '--feed', feed, '--limit', '1', ...args], { env: NOW });
    expect(rest.stdout).toMatch(/1 new deck, 1 already made/);
    expect(deckFiles(decks)).toHaveLength(2);
  });

  test('an item whose page is gone is one line; the other items still make their decks (exit 1)', async () => {
    const { decks, args } = workspace();
    const result = await runCliAsync(['generate', '--feed', `${server.origin}/feeds/one-gone.rss`, ...args], NOW);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `briefdeck: skipped the item "United States to Lift Sudan Sanctions": cannot fetch ${server.origin}/missing: the server answered 404 Not Found — check the link; nothing was written\n`,
    );
    expect(result.stdout).toMatch(/Feed "World Briefing": 2 new decks, 0 already made, 1 skipped/);
    expect(deckFiles(decks)).toHaveLength(2);
  });

  test('a malformed feed is one line, exit 2, nothing written', async () => {
    const { decks, args } = workspace();
    const result = await runCliAsync(['generate', '--feed', `${server.origin}/feeds/truncated.rss`, ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^briefdeck: cannot read the feed http:\/\/127\.0\.0\.1:\d+\/feeds\/truncated\.rss: .* — check that it is the feed's own link or file; nothing was written\n$/);
    const page = await runCliAsync(['generate', '--feed', `${server.origin}/news/bbc-1`, ...args]);
    expect(page.stderr).toMatch(/it is text\/html, not a feed/);
    expect(readdirSync(decks)).toEqual([]);
  });
});

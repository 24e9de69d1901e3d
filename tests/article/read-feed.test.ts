import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FeedFormatError, readFeed } from '../../src/article/read-feed.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/web/feeds/${name}`, import.meta.url), 'utf8').replaceAll('{{origin}}', 'https://news.example');

describe('reading a feed', () => {
  test('RSS 2.0: guid as id, link, pubDate as ISO time, content:encoded only where the feed has it', () => {
    const feed = readFeed(fixture('world.rss'), 'https://news.example/feeds/world.rss');
    expect(feed.title).toBe('World Briefing');
    expect(feed.items.map((i) => [i.id, i.link, i.published])).toEqual([
      ['world-briefing-2017-01-13-sudan', 'https://news.example/news/nytimes-1', '2017-01-13T08:00:00.000Z'],
      ['world-briefing-2015-07-24-obama', 'https://news.example/news/bbc-1', '2015-07-24T04:36:09.000Z'],
      ['world-briefing-2015-04-16-minecraft', 'https://news.example/news/ars-1-not-served', '2015-04-16T20:30:00.000Z'],
    ]);
    expect(feed.items.map((i) => i.contentHtml === null)).toEqual([true, true, false]);
    expect(feed.items[2]!.contentHtml).toContain('Ammar Askar');
  });

  test('Atom: the alternate link, published before updated', () => {
    const feed = readFeed(fixture('business.atom'), null);
    expect(feed.title).toBe('Business and Region');
    expect(feed.items[0]).toMatchObject({ id: 'tag:briefdeck.test,2019:halibut', link: 'https://news.example/news/seattletimes-1', published: '2019-04-28T13:01:07.000Z', contentHtml: null });
  });

  test('JSON Feed: url, date_published and content_html; a relative link is read against the feed', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Briefing JSON',
      items: [
        { id: 'a1', url: '/2025/06/02/port-deal', date_published: '2025-06-02T07:00:00+02:00', content_html: '<p>The port opened.</p>' },
        { id: 'a2', url: 'https://news.example/2025/06/03/talks', content_text: 'Talks began.\n\nThey will last a week.' },
      ],
    });
    const feed = readFeed(json, 'https://news.example/feed.json');
    expect(feed.items).toEqual([
      { id: 'a1', title: null, link: 'https://news.example/2025/06/02/port-deal', published: '2025-06-02T05:00:00.000Z', contentHtml: '<p>The port opened.</p>' },
      { id: 'a2', title: null, link: 'https://news.example/2025/06/03/talks', published: null, contentHtml: '<p>Talks began.</p>\n<p>They will last a week.</p>' },
    ]);
  });

  test('a page, or text, is not a feed', () => {
    expect(() => readFeed('<!doctype html><html><body><p>Hello</p></body></html>', null)).toThrow(FeedFormatError);
    expect(() => readFeed('just words', null)).toThrow(/not an RSS, Atom or JSON feed/);
  });
});

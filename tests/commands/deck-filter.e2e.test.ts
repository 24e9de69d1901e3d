import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Deck } from '../../src/deck/types.js';
import { smallDeck } from '../fixtures/small-deck.js';
import { buildCli, runCli, tempDir } from '../helpers/built-cli.js';

beforeAll(buildCli);

/** A copy of the small deck with ids of its own, its article's date and tags. */
function briefingDeck(slug: string, published: string | undefined, tags: string[] | undefined): Deck {
  return {
    ...smallDeck,
    id: `deck-${slug}`,
    name: `Story ${slug}`,
    slug,
    source: { ...smallDeck.source, title: `Story ${slug}`, url: `https://news.example/${slug}`, ...(published ? { published } : {}) },
    ...(tags ? { tags } : {}),
    notes: smallDeck.notes.map((note) => ({ ...note, id: `${note.id}-${slug}` })),
  };
}

/** Three decks: two from this week's feed, one older article with no tag. */
function workspace(): string[] {
  const decks = tempDir('decks');
  const write = (deck: Deck) => writeFileSync(join(decks, `${deck.slug}.json`), JSON.stringify(deck));
  write(briefingDeck('monday-port', '2026-02-23T08:00:00Z', ['world-briefing']));
  write(briefingDeck('tuesday-talks', '2026-02-24', ['world-briefing', 'trade']));
  write(briefingDeck('old-survey', '2025-06-02T12:00:00Z', undefined));
  return ['--decks-dir', decks, '--storage', tempDir('storage')];
}

const NOW = { BRIEFDECK_NOW: '2026-02-26T09:00:00Z' };
const listed = (stdout: string): string[] => stdout.trim().split('\n').slice(1).map((line) => line.split(/\s+/)[0]!);

describe('picking the decks of a briefing', () => {
  test('decks --since lists the articles published since the date (or so many days back)', () => {
    const args = workspace();
    expect(listed(runCli(['decks', '--since', '2026-02-24', ...args], { env: NOW }).stdout)).toEqual(['tuesday-talks']);
    expect(listed(runCli(['decks', '--since', '7d', ...args], { env: NOW }).stdout)).toEqual(['monday-port', 'tuesday-talks']);
    expect(listed(runCli(['decks', ...args], { env: NOW }).stdout)).toEqual(['monday-port', 'old-survey', 'tuesday-talks']);
    const bad = runCli(['decks', '--since', 'last week', ...args], { env: NOW });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('briefdeck decks: --since must be a date (2025-06-02), an ISO time or a number of days (7d), got "last week"\n');
  });

  test('decks --tag lists the decks of a feed; several tags must all be there', () => {
    const args = workspace();
    expect(listed(runCli(['decks', '--tag', 'world-briefing', ...args]).stdout)).toEqual(['monday-port', 'tuesday-talks']);
    expect(listed(runCli(['decks', '--tag', 'world-briefing', '--tag', 'TRADE', ...args]).stdout)).toEqual(['tuesday-talks']);
  });

  test('brief --tag writes one sheet per deck of the tag', () => {
    const args = workspace();
    const out = runCli(['brief', '--tag', 'world-briefing', '--format', 'md', ...args]).stdout;
    expect(out).toContain('Story monday-port');
    expect(out).toContain('Story tuesday-talks');
    expect(out).not.toContain('Story old-survey');
  });

  test('quiz --tag asks only cards of the tagged decks', () => {
    const args = workspace();
    const result = runCli(['quiz', '--tag', 'trade', '--count', '8', '--plain', '--mode', 'flip', '--seed', '1', ...args], { input: 'q\n' });
    expect(result.status).toBe(0);
    // One card per note of the one tagged deck (its three notes), not the nine notes of all three decks.
    expect(result.stdout).toMatch(/^Quiz: 3 questions/);
    expect(result.stdout).toContain('[Story tuesday-talks]');
    expect(result.stdout).not.toMatch(/\[Story (monday-port|old-survey)\]/);
  });

  test('a tag no deck has is one line that lists the tags in use; a deck name and --tag together are refused', () => {
    const args = workspace();
    const none = runCli(['quiz', '--tag', 'sports', '--plain', ...args]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('briefdeck: no deck matches --tag sports (tags in use: trade, world-briefing) — run "briefdeck decks" to list them\n');
    const both = runCli(['brief', 'monday-port', '--tag', 'trade', ...args]);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/name a deck or pick decks with --tag trade, not both/);
  });
});

import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { smallDeck } from '../fixtures/small-deck.js';
import { buildCli, runCli, tempDir } from '../helpers/built-cli.js';

beforeAll(buildCli);

function decksDir(): string {
  const decks = tempDir('decks');
  writeFileSync(join(decks, 'small-deck.json'), JSON.stringify(smallDeck));
  copyFileSync('decks/central-asia-engagement.json', join(decks, 'central-asia-engagement.json'));
  return decks;
}

/** The lines of one section of the text sheet (after its heading, up to the blank line). */
function sectionOf(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('briefdeck brief', () => {
  test('the small deck: numbers with what they count, the person, the place', () => {
    const result = runCli(['brief', 'small-deck', '--decks-dir', decksDir()]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^BRIEFING — Small deck$/m);
    expect(sectionOf(result.stdout, 'KEY NUMBERS')).toEqual([
      '  $3 billion  Trade between the two countries reached $3 billion in 2022',
      '  15 percent  Exports grew by 15 percent last year',
    ]);
    expect(sectionOf(result.stdout, 'PEOPLE')).toEqual(['  Daniel Rosenblum']);
    expect(sectionOf(result.stdout, 'PLACES')).toEqual(['  Washington']);
  });

  test('the bundled deck in text: roles, organisations, quotes by speaker, dates in order', () => {
    const out = runCli(['brief', 'central-asia-engagement', '--decks-dir', decksDir()]).stdout;
    const headings = out.split('\n').filter((l) => /^[A-Z ]+$/.test(l) && l.length > 3);
    expect(headings).toEqual(['KEY NUMBERS', 'PEOPLE', 'ORGANISATIONS', 'PLACES', 'QUOTES', 'DATES']);
    expect(sectionOf(out, 'KEY NUMBERS')).toEqual(expect.arrayContaining([expect.stringMatching(/^ {2}\$3 billion +with \$3 billion in bilateral trade in 2022$/)]));
    expect(sectionOf(out, 'PEOPLE')).toEqual([
      '  Daniel Rosenblum — U.S. Ambassador to Kazakhstan',
      '  Akbota Karibayeva — a Ph.D. candidate at the George Washington University',
      '  Kassym-Jomart Tokayev — President',
      '  Shavkat Mirziyoyev — President',
    ]);
    // (The deck asks "Human Rights Watch" once: its short form HRW, one answer with it, has no card of its own.)
    expect(sectionOf(out, 'ORGANISATIONS').join(' ')).toContain('Human Rights Watch');
    const speakers = sectionOf(out, 'QUOTES').filter((l) => /^ {2}\S/.test(l));
    expect(speakers).toEqual(['  Daniel Rosenblum', '  Human Rights Watch', '  Akbota Karibayeva']);
    const dates = sectionOf(out, 'DATES')
      .filter((l) => /^ {2}\S/.test(l))
      .map((l) => l.trim().split(/\s{2,}/)[0]);
    expect(dates).toEqual(['2019', '2022', '2022', 'January 2022', 'November 2022', '2023', '2029', 'January (year?)', 'Jan. 4 (year?)']);
    expect(Math.max(...out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  test('--format md: headings, quotes as block quotes under their speaker, markup escaped', () => {
    const out = runCli(['brief', 'central-asia-engagement', '--format', 'md', '--decks-dir', decksDir()]).stdout;
    expect(out.startsWith('# Briefing: Central Asia engagement\n')).toBe(true);
    expect(out.match(/^## .+$/gm)).toEqual(['## Key numbers', '## People', '## Organisations', '## Places', '## Quotes', '## Dates']);
    expect(out).toContain('- **Daniel Rosenblum** — U.S. Ambassador to Kazakhstan');
    expect(out).toMatch(/### Akbota Karibayeva\n\n> “In the ‘New Kazakhstan,’/);
    expect(out).toContain('\\[of political prisoners\\]');
  });

  test('no DECK and two decks: one sheet each; a bad --format is a usage error', () => {
    const decks = decksDir();
    const both = runCli(['brief', '--decks-dir', decks]).stdout;
    expect(both.match(/^BRIEFING — /gm)).toHaveLength(2);
    const bad = runCli(['brief', '--format', 'pdf', '--decks-dir', decks]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be text or md');
  });
});

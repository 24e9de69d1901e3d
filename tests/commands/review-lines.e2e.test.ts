import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { buildCli, runCli, smallDeckWorkspace } from '../helpers/built-cli.js';

beforeAll(buildCli);


async function answersIn(storage: string, now: string): Promise<{ cardId: string; quality: number; day: string }[]> {
  const store = await openStore(storage, { mode: 'read', now: new Date(now) });
  const answers = store.answers().map((a) => ({ cardId: a.cardId, quality: a.quality, day: a.day }));
  await store.close();
  return answers;
}

describe('review in line mode (no TTY)', () => {
  test('prints a card, reveals on an empty line, grades, and saves every answer', async () => {
    const { storage, args } = smallDeckWorkspace();
    const day1 = '2026-03-02T09:00:00Z';
    // Three cards are shown on day 1 (the second card of the two-card note waits: siblings).
    const result = runCli(['review', 'small-deck', ...args], { input: '\n5\n\n4\n\n5\n', env: { BRIEFDECK_NOW: day1 } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Q: Trade between the two countries reached [___ amount ___] in 2022.');
    expect(result.stdout).toContain('A: Trade between the two countries reached $3 billion in 2022.');
    expect(result.stdout).toContain('4 · correct after hesitation · 1 d');
    expect(result.stdout).toMatch(/Session over: 3 cards, 100 % correct/);
    expect(await answersIn(storage, day1)).toEqual([
      { cardId: 'noteMoney01.1', quality: 5, day: '2026-03-02' },
      { cardId: 'notePerson1.1', quality: 4, day: '2026-03-02' },
      { cardId: 'notePct0001.1', quality: 5, day: '2026-03-02' },
    ]);

    // Next day: the three cards are due (interval 1); the new sibling still waits, since
    // its note's other card is due today.
    const day2 = runCli(['review', 'small-deck', ...args], { input: '', env: { BRIEFDECK_NOW: '2026-03-03T09:00:00Z' } });
    expect(day2.stdout).toMatch(/new 0 · repeat 0 · review 3/);
  });

  test('a card graded below 4 comes back in the same session, and u undoes', async () => {
    const { storage, args } = smallDeckWorkspace();
    const now = '2026-03-02T09:00:00Z';
    const result = runCli(['review', ...args, '--new', '1'], { input: '2\nu\n3\n\n5\n', env: { BRIEFDECK_NOW: now } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Undone.');
    const answers = await answersIn(storage, now);
    expect(answers.map((a) => a.quality)).toEqual([3, 5]);
    expect(answers[1]!.cardId).toBe(answers[0]!.cardId);
    // The undo line is stamped by the same clock as the answers (BRIEFDECK_NOW), not the wall clock.
    const log = readFileSync(join(storage, 'reviews.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { type: string; at: string });
    expect(log.find((entry) => entry.type === 'undo')!.at.slice(0, 13)).toBe('2026-03-02T09');
  });

  test('q ends the session early and keeps what was answered; a second run the same day continues', async () => {
    const { storage, args } = smallDeckWorkspace();
    const now = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
    runCli(['review', ...args], { input: '5\nq\n4\n', env: now });
    expect((await answersIn(storage, now.BRIEFDECK_NOW)).length).toBe(1);
    const again = runCli(['review', ...args], { input: '', env: { BRIEFDECK_NOW: '2026-03-02T10:00:00Z' } });
    expect(again.stdout).toMatch(/new 2 · repeat 0 · review 0 · done 0/);
  });

  test('bad flags and unknown decks give one line and exit 2', () => {
    const { args } = smallDeckWorkspace();
    const unknown = runCli(['review', 'nope', ...args]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toContain('no deck named "nope"');
    const badFlag = runCli(['review', '--new', 'lots', ...args]);
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toContain('--new must be a whole number');
  });

  test('a deck file edited after a review is checked again: a broken cloze gives its one line, and nothing is saved', () => {
    const { decks, storage, args } = smallDeckWorkspace();
    const now = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
    expect(runCli(['review', ...args], { input: 'q\n', env: now }).status).toBe(0);
    expect(existsSync(join(storage, 'checked-decks.json'))).toBe(true); // the deck passed, and is trusted while unchanged
    const file = join(decks, 'small-deck.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('{{c1::', '{{c7::')); // same length: only the text tells
    const after = runCli(['review', ...args], { input: '\n5\n', env: now });
    expect(after.stderr.trim().split('\n')[0]).toContain(`deck file "${file}" is not a valid deck: field "notes.0.text"`);
    expect(after.status).not.toBe(0);
    expect(after.stdout).not.toContain('Q:');
  });

  test('s suspends the card shown: it is out of this review and the next, and decks counts it suspended', () => {
    const { args } = smallDeckWorkspace();
    const day1 = { BRIEFDECK_NOW: '2026-03-02T09:00:00Z' };
    const result = runCli(['review', 'small-deck', ...args], { input: 'i\ns\nq\n', env: day1 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('   card noteMoney01.1 · money · deck "Small deck"');
    expect(result.stdout).toContain('Suspended noteMoney01.1; it stays out of reviews until: briefdeck unsuspend noteMoney01.1');
    const decks = JSON.parse(runCli(['decks', '--json', ...args], { env: day1 }).stdout);
    expect(decks[0]).toMatchObject({ total: 3, suspended: 1 });
    const again = runCli(['review', 'small-deck', ...args], { input: '', env: day1 });
    expect(again.stdout).not.toContain('Trade between the two countries');
  });
});

// The review screen always fits its terminal: a tall card's back is cut to a window the user
// moves with j/k (or the arrows), and a resize clears the screen and draws it again whole.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { parseCloze } from '../../src/deck/cloze.js';
import type { CardContent } from '../../src/ui/card-view.js';
import { ReviewApp } from '../../src/ui/review-app.js';
import { reviewHarness, tick } from './review-fixture.js';

afterEach(() => cleanup());

const QUOTE =
  '“When I arrived in November 2022, there were seven names on the list of political prisoners, which had been going down ' +
  'steadily, and we raised every one of them at every meeting we had with the government, in Astana and in Almaty, and with ' +
  'the people around the president, and now there are 23, which is not a good trend at all for a country that says it reforms”';

/** A who-said card with a long quote on both sides, for every card of the session. */
const tallCard = (): CardContent => ({
  segments: parseCloze(`${QUOTE} — {{c1::Daniel Rosenblum::who said it?}}`),
  deckName: 'Central Asia briefing',
  title: 'US Ambassador to Kazakhstan Outlines US Engagement in Central Asia',
  section: 'Economic and political aspects',
  extra: `Speaker: U.S. Ambassador to Kazakhstan Daniel Rosenblum\n${QUOTE}, Rosenblum said in an interview with VOA in Washington on Jan. 4.`,
});

function setSize(stdout: NodeJS.EventEmitter, columns: number, rows: number): void {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
}

function renderTall(columns: number, rows: number) {
  const h = reviewHarness();
  const app = render(<ReviewApp driver={h.driver} describe={tallCard} now={h.now} forecast={h.forecast} color={false} onExit={() => {}} />);
  setSize(app.stdout, columns, rows);
  app.stdout.emit('resize');
  const press = async (...keys: string[]): Promise<void> => {
    for (const key of keys) {
      app.stdin.write(key);
      await tick();
    }
  };
  const lines = (): string[] => (app.lastFrame() ?? '').split('\n');
  return { ...app, h, press, lines };
}

const redrawn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));

describe('a card taller than the terminal', () => {
  test.each([
    [80, 24],
    [60, 20],
  ])('at %i×%i the header, the whole question and every grade show; the back is cut with a way to see the rest', async (columns, rows) => {
    const { press, lines } = renderTall(columns, rows);
    await redrawn();
    await press(' ');
    const shown = lines();
    expect(shown.length).toBeLessThan(rows);
    expect(shown[0]).toBe('Central Asia briefing');
    expect(shown.join('\n')).toContain('— Daniel Rosenblum');
    // Every grade, whole or (when the terminal is short) in two rows.
    for (const grade of [/0 (· )?blackout/, /1 (· )?wrong, (remembered|recalled)/, /5 (· )?perfect/]) expect(shown.join('\n')).toMatch(grade);
    expect(shown.join('\n')).toMatch(/↓\/j: more · back lines 1–\d+ of \d+/);
  });

  test('j and the down arrow move the back on, k and the up arrow move it back; the next card starts at the top', async () => {
    const { press, lines, h } = renderTall(80, 24);
    await redrawn();
    await press(' ');
    const top = lines().join('\n');
    expect(top).toContain('─'.repeat(40));
    await press('j', '\u001B[B');
    const moved = lines().join('\n');
    expect(moved).not.toContain('─'.repeat(40));
    expect(moved).toMatch(/back lines 3–/);
    expect(lines().length).toBeLessThan(24);
    await press('j', 'j', 'j', 'j', 'j', 'j', 'j', 'j', 'j', 'j');
    expect(lines().join('\n')).toContain('aspects');
    expect(lines().join('\n')).toMatch(/↑\/k: back up · back lines \d+–(\d+) of \1/);
    await press('k', '\u001B[A');
    expect(lines().join('\n')).not.toContain('aspects');
    expect(h.effects).toEqual([]);

    await press('4', ' ');
    expect(lines().join('\n')).toContain('─'.repeat(40));
  });

  test('a card that fits is shown whole, with no line about more', async () => {
    const { press, lines } = renderTall(200, 60);
    await redrawn();
    await press(' ');
    expect(lines().join('\n')).toContain('aspects');
    expect(lines().join('\n')).not.toMatch(/back lines/);
  });
});

describe('resizing', () => {
  test('clears the screen and draws the frame again whole, at the new size', async () => {
    const { stdout, frames, lines, press } = renderTall(80, 24);
    Object.defineProperty(stdout, 'isTTY', { value: true, configurable: true });
    await redrawn();
    await press(' ');
    const before = frames.length;
    setSize(stdout, 60, 20);
    stdout.emit('resize');
    await redrawn();
    const since = frames.slice(before);
    expect(since).toContain('\u001B[2J\u001B[H');
    expect(since.at(-1)).not.toBe('');
    expect(lines()[0]).toBe('Central Asia briefing');
    expect(lines().length).toBeLessThan(20);
    expect(Math.max(...lines().map((l) => l.length))).toBeLessThanOrEqual(60);
  });
});

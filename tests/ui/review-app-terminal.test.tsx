import chalk from 'chalk';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ReviewApp } from '../../src/ui/review-app.js';
import { describeCard, reviewHarness, tick } from './review-fixture.js';

// SGR parameters that set a foreground or background colour (bold, dim, italic are fine).
const COLOUR_CODE = /\u001B\[(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])(?:;[\d;]*)?m/;
const ANSI = /\u001B\[[\d;]*m/g;

function renderReview(color: boolean) {
  const h = reviewHarness();
  const app = render(<ReviewApp driver={h.driver} describe={describeCard} now={h.now} forecast={h.forecast} color={color} onExit={() => {}} />);
  const press = async (...keys: string[]): Promise<void> => {
    for (const key of keys) {
      app.stdin.write(key);
      await tick();
    }
  };
  return { ...app, press, frame: (): string => app.lastFrame() ?? '' };
}

/** Makes the test terminal `columns` wide (and `rows` tall) and tells Ink, as a real terminal does on resize. */
function resize(stdout: NodeJS.EventEmitter, columns: number, rows?: number): void {
  Object.defineProperty(stdout, 'columns', { value: columns, configurable: true });
  if (rows !== undefined) Object.defineProperty(stdout, 'rows', { value: rows, configurable: true });
  stdout.emit('resize');
}

/** The screen is redrawn whole a moment after a resize (see use-redraw-on-resize.ts). */
const redrawn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 150));

const widest = (frame: string): number => Math.max(...frame.replace(ANSI, '').split('\n').map((line) => line.length));

describe('colour', () => {
  // Under a test runner chalk sees no TTY and colours nothing; force it, so that only the
  // `color` prop can be what keeps the colours out.
  let level: typeof chalk.level;
  beforeEach(() => {
    level = chalk.level;
    chalk.level = 3;
  });
  afterEach(() => {
    chalk.level = level;
    cleanup();
  });

  test('with color=false (NO_COLOR) the screen has no colour codes, at any step', async () => {
    const { press, frame } = renderReview(false);
    await tick();
    expect(frame()).not.toMatch(COLOUR_CODE);
    await press(' ');
    expect(frame()).toContain('$3 billion');
    expect(frame()).not.toMatch(COLOUR_CODE);
    await press('4', '?');
    expect(frame()).not.toMatch(COLOUR_CODE);
  });

  test('with color=true the revealed answer and the grades are coloured', async () => {
    const { press, frame } = renderReview(true);
    await press(' ');
    expect(frame()).toMatch(COLOUR_CODE);
  });
});

describe('terminal width', () => {
  afterEach(() => {
    cleanup();
  });

  test('at 80 columns the revealed card fits in 24 lines', async () => {
    const { stdout, press, frame } = renderReview(false);
    resize(stdout, 80);
    await redrawn();
    await press(' ');
    expect(widest(frame())).toBeLessThanOrEqual(80);
    expect(frame().split('\n').length).toBeLessThanOrEqual(24);
  });

  test('narrowed to 40 columns, the card still shows and no line is wider than 40', async () => {
    const { stdout, press, frame } = renderReview(false);
    await tick();
    resize(stdout, 40);
    await redrawn();
    expect(widest(frame())).toBeLessThanOrEqual(40);
    expect(frame()).toContain('[___ amount ___]');
    await press(' ');
    expect(widest(frame())).toBeLessThanOrEqual(40);
    expect(frame()).toContain('$3 billion');
    expect(frame()).toContain('4 · correct after hesitation · 1 d');
    await press('?');
    expect(widest(frame())).toBeLessThanOrEqual(40);
  });

  test('widening again re-lays out the screen to the new width', async () => {
    const { stdout, frame } = renderReview(false);
    resize(stdout, 40);
    await redrawn();
    const narrow = frame();
    resize(stdout, 100);
    await redrawn();
    expect(frame()).not.toEqual(narrow);
    expect(frame()).toContain('3 new · 0 repeat · 0 review left');
  });
});

import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ReviewApp } from '../../src/ui/review-app.js';
import { describeCard, reviewHarness, tick, type ReviewHarness } from './review-fixture.js';

afterEach(() => {
  cleanup();
});

function renderReview(h: ReviewHarness = reviewHarness(), color = false) {
  const onExit = vi.fn();
  const app = render(
    <ReviewApp driver={h.driver} describe={describeCard} now={h.now} forecast={h.forecast} color={color} onExit={onExit} />,
  );
  /** Types keys one at a time, as a user would, letting each dispatch settle. */
  const press = async (...keys: string[]): Promise<void> => {
    for (const key of keys) {
      app.stdin.write(key);
      await tick();
    }
  };
  const frame = (): string => app.lastFrame() ?? '';
  return { ...app, h, onExit, press, frame };
}

describe('the review screen', () => {
  test('the question hides the deletion as its hint and says how to reveal', async () => {
    const { frame } = renderReview();
    await tick();
    expect(frame()).toContain('Central Asia briefing');
    expect(frame()).toContain('3 new · 0 repeat · 0 review left');
    expect(frame()).toContain('The fund will add [___ amount ___] over five years.');
    expect(frame()).not.toContain('$3 billion');
    expect(frame()).toContain('space/enter: show answer');
    expect(frame()).not.toContain('correct after hesitation');
  });

  test('space reveals the answer in place, the back and each grade with its interval', async () => {
    const { press, frame } = renderReview();
    await press(' ');
    expect(frame()).toContain('The fund will add $3 billion over five years.');
    expect(frame()).toContain('officials said on Monday');
    expect(frame()).toContain('US pledges aid to Central Asia · Economy');
    expect(frame()).toContain('4 · correct after hesitation · 1 d');
    expect(frame()).toContain('0 · blackout · 1 d');
    expect(frame()).toContain('5 · perfect · 1 d');
    expect(frame()).not.toContain('space/enter: show answer');
  });

  test('enter reveals too', async () => {
    const { press, frame } = renderReview();
    await press('\r');
    expect(frame()).toContain('$3 billion');
  });

  test('a grade key before the reveal does nothing', async () => {
    const { press, frame, h } = renderReview();
    await press('4');
    expect(h.effects).toEqual([]);
    expect(frame()).toContain('[___ amount ___]');
    expect(frame()).toContain('3 new · 0 repeat · 0 review left');
  });

  test('grading records the answer with its time, then shows the next card', async () => {
    const { press, frame, h } = renderReview();
    await tick();
    h.advance(7_000);
    await press(' ', '4');
    expect(h.effects).toHaveLength(1);
    expect(h.effects[0]).toMatchObject({
      type: 'record',
      answer: { cardId: 'n1.1', quality: 4, ms: 7_000, at: '2025-03-09T10:00:07.000Z', after: { interval: 1 } },
    });
    expect(frame()).toContain('[___ place ___] will host the summit.');
    expect(frame()).toContain('1/3');
    expect(frame()).toContain('2 new · 0 repeat · 0 review left');
  });

  test('a card graded below 4 comes back later as a repeat, with no interval to choose', async () => {
    const { press, frame, h } = renderReview();
    await press(' ', '2');
    expect(frame()).toContain('[___ place ___]');
    expect(frame()).toContain('2 new · 1 repeat · 0 review left');
    await press(' ', '4', ' ', '5');
    expect(frame()).toContain('[___ amount ___]');
    await press(' ');
    expect(frame()).toContain('repeat · the schedule stays; below 4 it comes back');
    expect(frame()).toContain('4 · correct after hesitation');
    expect(frame()).not.toContain('4 · correct after hesitation · ');
    await press('4');
    expect(h.effects.map((e) => (e.type === 'record' ? e.answer.source : e.type))).toEqual([
      'review',
      'review',
      'review',
      'repeat',
    ]);
  });

  test('u undoes the last answer: the card is back and an undo is recorded', async () => {
    const { press, frame, h } = renderReview();
    await press(' ', '4');
    expect(frame()).toContain('[___ place ___]');
    await press('u');
    expect(frame()).toContain('[___ amount ___]');
    expect(frame()).toContain('3 new · 0 repeat · 0 review left');
    expect(h.effects.map((e) => e.type)).toEqual(['record', 'undo']);
    expect(h.effects[1]).toMatchObject({ type: 'undo', cardId: 'n1.1', restore: { due: null, repetitions: 0 } });
  });

  test('? shows the keys and hides them again', async () => {
    const { press, frame } = renderReview();
    await press('?');
    expect(frame()).toContain('Keys');
    expect(frame()).toContain('undo the last answer');
    expect(frame()).toContain('q, esc, ctrl-c');
    expect(frame()).not.toContain('[___ amount ___]');
    await press('?');
    expect(frame()).not.toContain('Keys');
    expect(frame()).toContain('[___ amount ___]');
  });

  test.each([
    ['q', 'q'],
    ['Esc', '\u001B'],
    ['Ctrl-C', '\u0003'],
  ])('%s ends the session and calls onExit once, answers kept', async (_name, key) => {
    const { press, onExit, h } = renderReview();
    await press(' ', '5', key);
    expect(onExit).toHaveBeenCalledTimes(1);
    expect(h.effects).toHaveLength(1);
    await press('q');
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  test('after the last card the summary shows the figures; any key leaves', async () => {
    const { press, frame, h, onExit } = renderReview();
    await tick();
    for (const quality of ['5', '4', '2', '4']) {
      h.advance(30_000);
      await press(' ', quality);
    }
    expect(frame()).toContain('Session done');
    expect(frame()).toMatch(/cards done\s+3/);
    expect(frame()).toMatch(/correct\s+75 %/);
    expect(frame()).toMatch(/time spent\s+2 min 0 s/);
    expect(frame()).toMatch(/due tomorrow\s+3/);
    expect(frame()).toMatch(/due this week\s+3/);
    expect(onExit).not.toHaveBeenCalled();
    await press('x');
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  test('quitting shows the same summary as finishing: the figures, the week ahead, and that the answers are saved', async () => {
    const finishing = renderReview();
    await tick();
    for (const quality of ['5', '4', '2', '4']) {
      finishing.h.advance(30_000);
      await finishing.press(' ', quality);
    }
    const quitting = renderReview();
    await tick();
    for (const quality of ['5', '4']) {
      quitting.h.advance(30_000);
      await quitting.press(' ', quality);
    }
    await quitting.press('q');
    const lines = (text: string) => text.split('\n').map((l) => l.trimEnd());
    const quitFrame = quitting.frame();
    expect(quitFrame).toContain('Session ended');
    expect(quitFrame).toMatch(/cards done\s+2$/m);
    expect(quitFrame).toMatch(/correct\s+100 %/);
    expect(quitFrame).toMatch(/time spent\s+1 min 0 s/);
    expect(quitFrame).toContain('Your answers are saved.');
    // Every row label and the chart of the coming days, as on the finished screen.
    const body = (text: string) => lines(text).slice(1, -1).map((l) => l.replace(/\d+( min \d+ s| %| s)?$/, '#'));
    expect(body(quitFrame)).toEqual(body(finishing.frame()));
  });

  test('i shows the card id, deck, schedule and source; s suspends the card and the next one comes', async () => {
    const { press, frame, h } = renderReview();
    await tick();
    await press('i');
    expect(frame()).toContain('card n1.1 · number · deck "Central Asia briefing"');
    expect(frame()).toContain('new: not answered yet');
    expect(frame()).toContain('US pledges aid to Central Asia · Economy');
    expect(frame()).toContain('s: suspend this card (briefdeck unsuspend n1.1 brings it back)');
    await press('s');
    expect(h.effects).toEqual([{ type: 'suspend', cardId: 'n1.1' }]);
    expect(frame()).toContain('[___ place ___] will host the summit.');
    expect(frame()).not.toContain('card n1.1');
  });

  test('u on the summary takes back the last answer instead of leaving', async () => {
    const { press, frame, onExit } = renderReview();
    await press(' ', '4', ' ', '4', ' ', '4');
    expect(frame()).toContain('Session done');
    await press('u');
    expect(onExit).not.toHaveBeenCalled();
    expect(frame()).toContain('[_____]');
  });

  test('a failed write shows one line, no stack, and leaves on the next key', async () => {
    const { press, frame, onExit } = renderReview(reviewHarness({ failWith: 'EACCES: storage/progress.json' }));
    await press(' ', '4');
    expect(frame()).toContain(
      'Could not save your answer: EACCES: storage/progress.json — your earlier answers are safe',
    );
    expect(frame()).not.toMatch(/\bat \w+ \(/);
    expect(onExit).not.toHaveBeenCalled();
    await press(' ');
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});

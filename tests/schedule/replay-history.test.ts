import { describe, expect, test } from 'vitest';
import { answerCard } from '../../src/schedule/answer-card.js';
import { replayHistory } from '../../src/schedule/replay-history.js';
import { newCardSchedule, type LogEntry, type Quality, type ReviewLogEntry, type ScheduleSnapshot } from '../../src/schedule/types.js';

/** An answer as a device records it: graded from the state that device saw. */
function answer(seq: number, cardId: string, at: string, quality: Quality, before: ScheduleSnapshot, source: ReviewLogEntry['source'] = 'review'): ReviewLogEntry {
  const day = at.slice(0, 10);
  const after = source === 'repeat' ? before : answerCard(before, quality, day);
  return { type: 'answer', seq, cardId, deckId: 'deck1', at, day, quality, before, after, ms: 900, source };
}

const fresh = newCardSchedule();

describe('replayHistory', () => {
  test('one device alone: every answer keeps the schedule it recorded', () => {
    const first = answer(1, 'c1', '2026-01-01T09:00:00Z', 4, fresh);
    const second = answer(2, 'c1', '2026-01-02T09:00:00Z', 5, first.after);
    const replayed = replayHistory(new Map([['laptop', [first, second]]]));
    expect(replayed.answers.map((a) => a.after)).toEqual([first.after, second.after]);
    expect(replayed.cards.get('c1')).toEqual({ schedule: second.after, reviews: 2, lastReviewed: second.at });
  });

  test('an answer overtaken by another device is graded again from the state it now follows', () => {
    const onLaptop = answer(1, 'c1', '2026-01-01T09:00:00Z', 4, fresh);
    // The desktop had not seen the laptop's answer: it graded a new card two days later.
    const onDesktop = answer(1, 'c1', '2026-01-03T09:00:00Z', 5, fresh);
    const replayed = replayHistory(new Map([['desktop', [onDesktop]], ['laptop', [onLaptop]]]));
    expect(replayed.answers.map((a) => a.device)).toEqual(['laptop', 'desktop']);
    expect(replayed.cards.get('c1')!.schedule).toEqual(answerCard(onLaptop.after, 5, '2026-01-03'));
    expect(replayed.cards.get('c1')!.reviews).toBe(2);
  });

  test('the same card answered on two devices the same day: both kept, the later one a same-day repeat', () => {
    const early = answer(1, 'c1', '2026-01-01T08:00:00Z', 3, fresh);
    const late = answer(1, 'c1', '2026-01-01T20:00:00Z', 5, fresh);
    const both = (order: [string, LogEntry[]][]) => replayHistory(new Map(order));
    const oneWay = both([['a', [early]], ['b', [late]]]);
    const otherWay = both([['b', [late]], ['a', [early]]]);
    expect(oneWay).toEqual(otherWay);
    expect(oneWay.answers.map((a) => [a.device, a.quality, a.source])).toEqual([['a', 3, 'review'], ['b', 5, 'repeat']]);
    expect(oneWay.cards.get('c1')).toEqual({ schedule: early.after, reviews: 1, lastReviewed: early.at });
  });

  test("an undo line takes back its own device's answer only", () => {
    const kept = answer(1, 'c1', '2026-01-01T08:00:00Z', 4, fresh);
    const undone = answer(1, 'c2', '2026-01-01T09:00:00Z', 4, fresh);
    const undo: LogEntry = { type: 'undo', seq: 2, undoes: 1, at: '2026-01-01T09:00:05Z' };
    const replayed = replayHistory(new Map<string, LogEntry[]>([['a', [kept]], ['b', [undone, undo]]]));
    expect(replayed.answers.map((a) => a.cardId)).toEqual(['c1']);
    expect(replayed.cards.has('c2')).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { fitFsrsParameters } from '../../src/commands/fit-fsrs-parameters.js';
import { trainingSequences, trainingTargets } from '../../src/schedule/fsrs-training.js';
import type { AnswerForFsrs } from '../../src/schedule/fsrs-replay.js';
import { newCardSchedule, type Quality } from '../../src/schedule/types.js';

const LEARNT = { repetitions: 2, easiness: 2.5, interval: 6, due: '2026-01-08', lapses: 0 };

function answer(cardId: string, day: string, quality: Quality, source: AnswerForFsrs['source'] = 'review', before = newCardSchedule()): AnswerForFsrs {
  return { cardId, day, quality, before, source };
}

describe('what FSRS is fitted to', () => {
  test("each card's answers become ratings and the whole days since the previous answer, from its first sight", () => {
    const log = [
      answer('a', '2026-01-01', 2),
      answer('b', '2026-01-01', 5),
      answer('a', '2026-01-01', 4, 'repeat'),
      answer('a', '2026-01-03', 3),
      answer('b', '2026-01-09', 4, 'quiz'),
      answer('a', '2026-01-10', 0),
    ];
    expect(trainingSequences(log)).toEqual([
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 2, deltaT: 2 },
        { rating: 1, deltaT: 7 },
      ],
      [
        { rating: 4, deltaT: 0 },
        { rating: 3, deltaT: 8 },
      ],
    ]);
  });

  test('a card whose log starts after it was learnt (imported with progress) is left out', () => {
    const log = [answer('imported', '2026-01-08', 4, 'review', LEARNT), answer('imported', '2026-01-20', 4), answer('fresh', '2026-01-08', 4), answer('fresh', '2026-01-09', 4)];
    expect(trainingSequences(log)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ],
    ]);
  });

  test('every answer days after the previous one is a target with the history before it; same-day answers are history only', () => {
    const sequence = [
      { rating: 1, deltaT: 0 },
      { rating: 3, deltaT: 0 },
      { rating: 3, deltaT: 2 },
      { rating: 1, deltaT: 6 },
      { rating: 3, deltaT: 0 },
    ] as const;
    expect(trainingTargets([[...sequence]])).toEqual([sequence.slice(0, 3), sequence.slice(0, 4)]);
    expect(trainingTargets([[{ rating: 3, deltaT: 0 }]])).toEqual([]);
  });

  test('the optimizer is never handed a sequence it would abort the process on', async () => {
    // fsrs-rs panics (and Node dies) on a sequence with no answer days apart: refused before it.
    await expect(fitFsrsParameters([[{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }]])).rejects.toThrow(RangeError);
    await expect(fitFsrsParameters([[{ rating: 3, deltaT: 2 }, { rating: 3, deltaT: 4 }]])).rejects.toThrow(RangeError);
  });
});

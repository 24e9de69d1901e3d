import { beforeAll, expect, test } from 'vitest';
import { loadFsrsEngine } from '../../src/commands/load-fsrs.js';
import type { FsrsEngine } from '../../src/schedule/fsrs-engine.js';
import { replayFsrs } from '../../src/schedule/fsrs-replay.js';
import { buildStatsReport } from '../../src/stats/build-stats-report.js';
import { statsScreen } from '../../src/stats/layout/stats-screen.js';
import { linesToText } from '../../src/stats/layout/styled-line.js';
import { fsrsCalibration } from '../../src/stats/scheduler-figures.js';
import { smallDeck } from '../fixtures/small-deck.js';
import { answer, fresh, learnt, progress } from './review-log-builder.js';

let engine: FsrsEngine;
beforeAll(async () => {
  engine = await loadFsrsEngine(0.9);
});

const deckId = smallDeck.id;
const LOG = [
  answer('noteMoney01.1', '2026-03-01', 4, fresh, { deckId }),
  answer('noteMoney01.1', '2026-03-03', 4, learnt(1), { deckId }),
  answer('noteMoney01.1', '2026-03-12', 1, learnt(6), { deckId }),
  answer('noteMoney01.1', '2026-03-12', 4, learnt(6), { deckId, source: 'repeat' }),
  answer('notePct0001.1', '2026-03-01', 5, fresh, { deckId }),
  answer('notePct0001.1', '2026-03-20', 3, learnt(1), { deckId }),
];

test("calibration sets FSRS's predicted recall before each scheduled review against the share passed", () => {
  const calibration = fsrsCalibration(engine, LOG, []);
  // First answers and the same-day repeat predict nothing: three reviews are left, two passed.
  expect(calibration.reviews).toBe(3);
  expect(calibration.passed).toBeCloseTo(2 / 3, 10);
  const seen: number[] = [];
  replayFsrs(engine, LOG.filter((a) => a.cardId === 'noteMoney01.1'), null, (p) => seen.push(p.predicted));
  replayFsrs(engine, LOG.filter((a) => a.cardId === 'notePct0001.1'), null, (p) => seen.push(p.predicted));
  expect(calibration.predicted).toBeCloseTo(seen.reduce((a, b) => a + b, 0) / 3, 10);
  expect(calibration.bins.reduce((sum, bin) => sum + bin.reviews, 0)).toBe(3);
  // A card reviewed long after its due day was predicted a lower recall than one on time.
  expect(Math.min(...seen)).toBeLessThan(0.88);
});

test('stats under FSRS shows the scheduler, the prediction, the share passed and the target', () => {
  const report = buildStatsReport({
    today: '2026-03-20',
    decks: [smallDeck],
    progress: [progress('noteMoney01.1', { deckId, due: '2026-03-25' }), progress('notePct0001.1', { deckId, due: '2026-03-28' })],
    answers: LOG,
    scheduler: { name: 'fsrs', desiredRetention: 0.9, calibration: fsrsCalibration(engine, LOG, []) },
  });
  const text = linesToText(statsScreen(report, { width: 80 }));
  expect(text).toMatch(/^briefdeck stats · Small deck · 2026-03-20 · FSRS$/m);
  expect(text).toMatch(/^ {2}FSRS predicted \d+\.\d % · passed 66\.7 % · 3 reviews · target 90\.0 %$/m);
  const sm2 = buildStatsReport({ today: '2026-03-20', decks: [smallDeck], progress: [], answers: LOG, scheduler: { name: 'sm2', desiredRetention: null, calibration: null } });
  expect(linesToText(statsScreen(sm2, { width: 80 }))).not.toMatch(/predicted/);
});

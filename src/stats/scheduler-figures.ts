// The scheduler in use, and for FSRS how well it predicts: its predicted recall against the
// share actually passed, over the scheduled reviews it could predict (calibration).
import type { FsrsEngine } from '../schedule/fsrs-engine.js';
import { answersByCard, replayFsrs, type RecallPrediction } from '../schedule/fsrs-replay.js';
import type { CardProgress, ReviewLogEntry } from '../schedule/types.js';

export interface CalibrationBin {
  /** Predicted recall from (inclusive) … to (exclusive; the last bin includes 1). */
  from: number;
  to: number;
  reviews: number;
  /** Mean predicted recall and share passed in the bin; null when empty. */
  predicted: number | null;
  passed: number | null;
}

export interface Calibration {
  /** Scheduled reviews of cards FSRS knew (first answers and same-day repeats are left out). */
  reviews: number;
  predicted: number | null;
  passed: number | null;
  bins: CalibrationBin[];
}

export interface SchedulerFigures {
  name: 'sm2' | 'fsrs';
  /** FSRS's target recall at the due day; null under SM-2. */
  desiredRetention: number | null;
  /** null under SM-2. */
  calibration: Calibration | null;
}

const BIN_EDGES = [0, 0.7, 0.8, 0.9, 0.95, 1];

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function summarize(predictions: readonly RecallPrediction[]): Omit<Calibration, 'bins'> {
  return { reviews: predictions.length, predicted: mean(predictions.map((p) => p.predicted)), passed: mean(predictions.map((p) => (p.passed ? 1 : 0))) };
}

/** FSRS's predictions over the whole log, replayed card by card, against what the user answered. */
export function fsrsCalibration(engine: FsrsEngine, answers: readonly ReviewLogEntry[], progress: readonly CardProgress[]): Calibration {
  const predictions: RecallPrediction[] = [];
  const current = new Map(progress.map((p) => [p.cardId, p]));
  for (const [cardId, cardAnswers] of answersByCard(answers)) {
    replayFsrs(engine, cardAnswers, current.get(cardId) ?? null, (p) => predictions.push(p));
  }
  const bins = BIN_EDGES.slice(0, -1).map((from, i) => {
    const to = BIN_EDGES[i + 1]!;
    const inBin = predictions.filter((p) => p.predicted >= from && (p.predicted < to || (to === 1 && p.predicted <= 1)));
    return { from, to, ...summarize(inBin) };
  });
  return { ...summarize(predictions), bins };
}

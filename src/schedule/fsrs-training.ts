// What FSRS's parameters are fitted to: each card's answers as ratings and the whole days
// between them, from the card's first sight on. Pure; commands/fit-fsrs-parameters.ts hands
// the sequences to the optimizer.
import { daysBetween } from './calendar.js';
import { fsrsRating, type FsrsRating } from './fsrs-grade.js';
import { answersByCard, type AnswerForFsrs } from './fsrs-replay.js';
import type { Quality } from './types.js';

/** One answer as the optimizer reads it: the rating and the days since the card's previous answer (0 for the first). */
export interface TrainingReview {
  rating: FsrsRating;
  deltaT: number;
}

/** A card's answers from its first sight, oldest first. */
export type TrainingSequence = TrainingReview[];

/** The least number of training reviews `briefdeck fit` asks for: fewer say more about luck than about memory. */
export const MIN_TRAINING_REVIEWS = 400;

/** One card's answers (day and grade, oldest first) as a training sequence. */
export function trainingSequence(answers: readonly { day: string; quality: Quality }[]): TrainingSequence {
  return answers.map((answer, i) => ({
    rating: fsrsRating(answer.quality),
    // A day before the previous one (a clock set back) counts as the same day, as in replay.
    deltaT: i === 0 ? 0 : Math.max(0, daysBetween(answers[i - 1]!.day, answer.day)),
  }));
}

/**
 * The log's effective answers (oldest first) as training sequences, one per card. A card whose
 * log starts on a card already learnt (imported with progress) is left out: its first sight is
 * not in the log, and every interval after it would be read wrong.
 */
export function trainingSequences(answers: readonly AnswerForFsrs[]): TrainingSequence[] {
  const sequences: TrainingSequence[] = [];
  for (const cardAnswers of answersByCard(answers).values()) {
    if (cardAnswers[0]!.before.due !== null) continue;
    sequences.push(trainingSequence(cardAnswers));
  }
  return sequences;
}

/**
 * What the optimizer learns from: each answer given days after the card's previous one, with
 * the card's history before it (same-day answers are part of that history, not targets).
 */
export function trainingTargets(sequences: readonly TrainingSequence[]): TrainingSequence[] {
  const targets: TrainingSequence[] = [];
  for (const sequence of sequences) {
    for (let i = 1; i < sequence.length; i += 1) {
      if (sequence[i]!.deltaT > 0) targets.push(sequence.slice(0, i + 1));
    }
  }
  return targets;
}

// Simulated learners: what a person remembers of a card, how likely they are to recall it
// after some days, and the grade they give. Two models, so a scheduler is not judged only by
// the model it was built on.
import type { FsrsEngine, FsrsMemory } from '../schedule/fsrs-engine.js';
import type { FsrsRating } from '../schedule/fsrs-grade.js';
import type { RandomSource } from '../quiz/seeded-random.js';
import type { Quality } from '../schedule/types.js';

/** The learner's grade for a rating, on SM-2's scale: Again 1, Hard 3, Good 4, Easy 5. */
const QUALITY_OF: Record<FsrsRating, Quality> = { 1: 1, 2: 3, 3: 4, 4: 5 };

export interface LearnerModel<Memory> {
  readonly name: string;
  /** The first time the card is seen: the grade given and what is remembered after it. */
  firstSight(random: RandomSource): { quality: Quality; memory: Memory };
  /** Probability of recall `elapsedDays` after the last answer. */
  recall(memory: Memory, elapsedDays: number): number;
  /** An answer `elapsedDays` after the last one (0: a same-day repeat), pass or fail drawn by the caller. */
  answer(memory: Memory, elapsedDays: number, passed: boolean, random: RandomSource): { quality: Quality; memory: Memory };
}

/** Draws an index from cumulative-free weights. */
function pick(weights: readonly number[], random: RandomSource): number {
  let u = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i += 1) {
    u -= weights[i]!;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/**
 * FSRS-6's own memory model with its default parameters as the truth (the srs-simulator's
 * learner): the model FSRS assumes, so it shows FSRS at its best. Ratings as Anki users give
 * them on average: a first sight Again/Hard/Good/Easy 24/9/50/17 %, a recall Hard/Good/Easy 22/63/15 %.
 */
export function fsrsLearner(truth: FsrsEngine): LearnerModel<FsrsMemory> {
  return {
    name: 'fsrs6-default',
    firstSight(random) {
      const rating = (pick([0.24, 0.094, 0.495, 0.171], random) + 1) as FsrsRating;
      return { quality: QUALITY_OF[rating], memory: truth.nextMemory(null, 0, rating) };
    },
    recall: (memory, elapsedDays) => truth.recall(elapsedDays, memory.stability),
    answer(memory, elapsedDays, passed, random) {
      const rating = passed ? ((pick([0.224, 0.632, 0.144], random) + 2) as FsrsRating) : 1;
      return { quality: QUALITY_OF[rating], memory: truth.nextMemory(memory, elapsedDays, rating) };
    },
  };
}

/** A card's memory in the second model: its own difficulty and the days until recall falls to 90 %. */
export interface HalfLifeMemory {
  difficulty: number;
  stability: number;
}

/**
 * A model FSRS does not assume and SM-2 does not either: exponential forgetting (not FSRS's
 * power curve), a per-card difficulty 0–1 drawn once, and a spacing effect that saturates
 * (a success multiplies stability by 1 + (3.5 − 2·difficulty)·√(1 − R), whatever the
 * stability: no FSRS-style slowdown of long intervals, no SM-2-style fixed factor). A lapse
 * keeps 30 % of the stability. Grades follow recall: a late success is more often Hard, an
 * early one of an easy card more often Easy — so both schedulers get a signal.
 */
export function exponentialLearner(): LearnerModel<HalfLifeMemory> {
  const gradeOf = (memory: HalfLifeMemory, r: number, passed: boolean, random: RandomSource): Quality => {
    if (!passed) return 1;
    const hard = Math.min(0.5, 2 * (1 - r));
    const easy = r > 0.95 ? 0.3 * (1 - memory.difficulty) : 0.05;
    return ([3, 4, 5] as const)[pick([hard, Math.max(0, 1 - hard - easy), easy], random)]!;
  };
  const recall = (memory: HalfLifeMemory, elapsedDays: number): number => Math.pow(0.9, elapsedDays / memory.stability);
  return {
    name: 'exponential-difficulty',
    firstSight(random) {
      const difficulty = random();
      const stability = (0.5 + 3 * (1 - difficulty)) * Math.exp(0.4 * (random() - 0.5));
      const passed = random() < 0.8 - 0.5 * difficulty;
      const memory = { difficulty, stability: passed ? stability : stability * 0.5 };
      return { quality: gradeOf(memory, 0.9, passed, random), memory };
    },
    recall,
    answer(memory, elapsedDays, passed, random) {
      const r = recall(memory, elapsedDays);
      const quality = gradeOf(memory, r, passed, random);
      const stability = passed
        ? memory.stability * (1 + (3.5 - 2 * memory.difficulty) * Math.sqrt(1 - r))
        : Math.max(0.2, memory.stability * 0.3);
      return { quality, memory: { ...memory, stability } };
    },
  };
}

import type { CardFit } from './card-view.js';

/** How tall each part of the review screen would be, drawn whole. */
export interface ReviewScreenRows {
  header: number;
  front: number;
  /** The back's lines (rule, context, source); 0 before the reveal. */
  back: number;
  /** The grade bar (or the reveal hint). */
  grades: number;
  /** The grade bar in its short form. */
  compactGrades: number;
}

export interface ReviewScreenFit extends CardFit {
  /** The grades in their short form, to leave room for the card. */
  compactGrades: boolean;
}

/** Rows of the back worth showing before the grades are shortened to make room. */
const MIN_BACK_ROWS = 3;

/**
 * What of the card fits in `rows` terminal rows, with the back starting at `backOffset`.
 * The header and the grades always show: the back is cut first (a window the user moves, and
 * one line saying so), the front only when even an empty back does not fit. One row is left
 * free: Ink redraws a frame as tall as the terminal from the top, scrolling the header away.
 */
export function fitReviewScreen(parts: ReviewScreenRows, rows: number, backOffset: number): ReviewScreenFit {
  const budget = Math.max(1, rows - 1);
  const margins = 2 + (parts.back > 0 ? 1 : 0); // below the header, above the grades, above the back
  const fixedWith = (grades: number): number => parts.header + grades + margins;
  if (fixedWith(parts.grades) + parts.front + parts.back <= budget) {
    return { frontRows: parts.front, backStart: 0, backRows: parts.back, compactGrades: false };
  }
  // Shorten the grades when the question and a few lines of the back would not fit beside them.
  const wantedBack = Math.min(parts.back, MIN_BACK_ROWS) + (parts.back > 0 ? 1 : 0);
  const compactGrades = fixedWith(parts.grades) + parts.front + wantedBack > budget;
  const fixed = fixedWith(compactGrades ? parts.compactGrades : parts.grades);
  const forFront = Math.max(1, budget - fixed - (parts.back > 0 ? 1 : 0));
  const frontRows = Math.min(parts.front, forFront);
  // One row of the back's room goes to the line that says how to see the rest.
  const backRows = Math.max(0, budget - fixed - frontRows - 1);
  const backStart = Math.max(0, Math.min(backOffset, parts.back - backRows));
  return { frontRows, backStart, backRows, compactGrades };
}

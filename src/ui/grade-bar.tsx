import { Box, Text } from 'ink';
import { GRADE_MEANINGS, QUALITIES } from '../schedule/sm2.js';
import type { Quality } from '../schedule/types.js';

export interface GradeBarProps {
  /** Days each grade would give under the active scheduler; null: grading changes no schedule (an SM-2 repeat). */
  intervals: Record<Quality, number> | null;
  revealed: boolean;
  /** A same-day repeat: said above the grades. */
  isRepeat: boolean;
  color: boolean;
  /** Two rows instead of six, when the terminal is short. */
  compact?: boolean;
}

/** "4 · correct after hesitation · 6 d": each grade's key, meaning and resulting interval. */
export function gradeLabel(quality: (typeof QUALITIES)[number], days: number | null): string {
  const label = `${quality} · ${GRADE_MEANINGS[quality]}`;
  return days === null ? label : `${label} · ${days} d`;
}

/** Rows the grade bar takes, whole or short. */
export function gradeBarRows(revealed: boolean, isRepeat: boolean, compact = false): number {
  if (!revealed) return 1;
  return (compact ? 2 : QUALITIES.length) + (isRepeat ? 1 : 0);
}

/** The grades in two rows, for a short terminal: "5 perfect 6 d · 4 hesitated 6 d · 3 hard 6 d". */
const SHORT_MEANINGS: Record<(typeof QUALITIES)[number], string> = {
  5: 'perfect',
  4: 'hesitated',
  3: 'hard',
  2: 'wrong, easy',
  1: 'wrong, recalled',
  0: 'blackout',
};

/** Before the reveal only the way to reveal; after it, the six grades in key order. */
export function GradeBar({ intervals, revealed, isRepeat, color, compact = false }: GradeBarProps) {
  if (!revealed) return <Text dimColor={color}>space/enter: show answer · ?: keys</Text>;
  // SM-2 leaves a repeat's schedule alone; FSRS takes it as a short-term review.
  const repeatText = intervals === null ? 'repeat · the schedule stays; below 4 it comes back' : 'repeat · a same-day review; below 4 it comes back';
  const repeatLine = isRepeat ? <Text dimColor={color}>{repeatText}</Text> : null;
  if (compact) {
    const short = (q: (typeof QUALITIES)[number]): string => `${q} ${SHORT_MEANINGS[q]}${intervals === null ? '' : ` ${intervals[q]} d`}`;
    return (
      <Box flexDirection="column">
        {repeatLine}
        <Text wrap="truncate">{([5, 4, 3] as const).map(short).join(' · ')}</Text>
        <Text wrap="truncate">{([2, 1, 0] as const).map(short).join(' · ')}</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      {repeatLine}
      {QUALITIES.map((q) => (
        <Text key={q} {...(color ? { color: q >= 4 ? 'green' : q === 3 ? 'yellow' : 'red' } : {})}>
          {gradeLabel(q, intervals === null ? null : intervals[q])}
        </Text>
      ))}
    </Box>
  );
}

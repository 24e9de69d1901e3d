import { Box, Text } from 'ink';
import { previewIntervals } from '../schedule/answer-card.js';
import { GRADE_MEANINGS, QUALITIES } from '../schedule/sm2.js';
import type { ScheduleSnapshot } from '../schedule/types.js';

export interface GradeBarProps {
  progress: ScheduleSnapshot;
  revealed: boolean;
  /** A same-day repeat leaves the schedule alone, so its grades show no interval. */
  isRepeat: boolean;
  color: boolean;
}

/** "4 · correct after hesitation · 6 d": each grade's key, meaning and resulting interval. */
export function gradeLabel(quality: (typeof QUALITIES)[number], days: number | null): string {
  const label = `${quality} · ${GRADE_MEANINGS[quality]}`;
  return days === null ? label : `${label} · ${days} d`;
}

/** Before the reveal only the way to reveal; after it, the six grades in key order. */
export function GradeBar({ progress, revealed, isRepeat, color }: GradeBarProps) {
  if (!revealed) return <Text dimColor={color}>space/enter: show answer · ?: keys</Text>;
  const intervals = previewIntervals(progress);
  return (
    <Box flexDirection="column">
      {isRepeat ? <Text dimColor={color}>repeat · the schedule stays; below 4 it comes back</Text> : null}
      {QUALITIES.map((q) => (
        <Text key={q} {...(color ? { color: q >= 4 ? 'green' : q === 3 ? 'yellow' : 'red' } : {})}>
          {gradeLabel(q, isRepeat ? null : intervals[q])}
        </Text>
      ))}
    </Box>
  );
}

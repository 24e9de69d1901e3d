import { Text } from 'ink';
import { useEffect, useState } from 'react';
import { formatDuration } from './format-duration.js';

export interface QuizTimerProps {
  /** ISO time the question was shown. */
  since: string;
  /** The answer's time once given: the timer stops there. */
  stoppedMs: number | null;
  now: () => Date;
  /** How often to redraw (tests use a short one). */
  tickMs?: number;
  dim: boolean;
}

/** Seconds on the current question, counting while it waits for an answer. */
export function QuizTimer({ since, stoppedMs, now, tickMs = 1000, dim }: QuizTimerProps) {
  const [, setTicks] = useState(0);
  useEffect(() => {
    if (stoppedMs !== null) return undefined;
    const timer = setInterval(() => setTicks((n) => n + 1), tickMs);
    // Cleared when the question changes, the answer stops the clock, or the screen unmounts.
    return () => clearInterval(timer);
  }, [since, stoppedMs, tickMs]);
  const ms = stoppedMs ?? Math.max(0, now().getTime() - Date.parse(since));
  return <Text dimColor={dim}>{formatDuration(ms)}</Text>;
}

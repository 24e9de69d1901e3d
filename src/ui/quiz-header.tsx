import { Box, Text } from 'ink';
import type { QuizMode } from '../quiz/quiz-mode.js';
import type { QuizScore } from '../session/quiz-session.js';
import { progressBar } from './progress-bar.js';
import { QuizTimer, type QuizTimerProps } from './quiz-timer.js';

export interface QuizHeaderProps {
  deckName: string;
  mode: QuizMode;
  round: number;
  score: QuizScore;
  /** The question on screen, 1-based. */
  number: number;
  timer: Omit<QuizTimerProps, 'dim'>;
  width: number;
  color: boolean;
}

const MAX_BAR = 20;

/** "Central Asia engagement · typed quiz", then "███░░ 3/20 · 2 right · 0 near · 1 wrong · 7 s". */
export function QuizHeader({ deckName, mode, round, score, number, timer, width, color }: QuizHeaderProps) {
  const title = `${deckName} · ${mode} quiz${round > 1 ? ` · missed, round ${round}` : ''}`;
  const tally = `${number}/${score.total}`;
  const counts = `${score.right} right · ${score.near} near · ${score.wrong} wrong`;
  // The bar gives way first on a narrow terminal; the counts and timer matter more.
  const barWidth = Math.max(0, Math.min(MAX_BAR, width - tally.length - counts.length - 16));
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Text wrap="truncate-end">
        {barWidth > 0 ? (
          <Text {...(color ? { color: 'green' } : {})}>{progressBar(score.answered, score.total, barWidth)} </Text>
        ) : null}
        {tally} · {counts} · <QuizTimer {...timer} dim={color} />
      </Text>
    </Box>
  );
}

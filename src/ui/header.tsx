import { Box, Text } from 'ink';
import type { SessionCounts } from '../session/session-summary.js';
import { progressBar } from './progress-bar.js';

export interface HeaderProps {
  deckName: string;
  counts: SessionCounts;
  width: number;
  color: boolean;
}

/** The widest the bar gets: beyond this it tells nothing more and crowds the counts. */
const MAX_BAR = 30;

function headerLayout(counts: SessionCounts, width: number) {
  const left = counts.newLeft + counts.repeatLeft + counts.reviewLeft;
  const tally = `${counts.done}/${counts.done + left}`;
  const remaining = `${counts.newLeft} new · ${counts.repeatLeft} repeat · ${counts.reviewLeft} review left`;
  // On a narrow terminal the counts take their own line and the bar shrinks to fit.
  const barWidth = Math.max(0, Math.min(MAX_BAR, width - tally.length - 1));
  const oneLine = barWidth + tally.length + remaining.length + 4 <= width;
  return { left, tally, remaining, barWidth, oneLine };
}

/** Rows the header takes at this width (the counts move to a line of their own when narrow). */
export function headerRows(counts: SessionCounts, width: number): number {
  return headerLayout(counts, width).oneLine ? 2 : 3;
}

/** Deck name, a progress bar and what is left: "2 new · 1 repeat · 4 review left". */
export function Header({ deckName, counts, width, color }: HeaderProps) {
  const { left, tally, remaining, barWidth, oneLine } = headerLayout(counts, width);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end">
        {deckName}
      </Text>
      <Box flexDirection={oneLine ? 'row' : 'column'}>
        <Text>
          <Text {...(color ? { color: 'green' } : {})}>{progressBar(counts.done, counts.done + left, barWidth)}</Text>{' '}
          {tally}
          {oneLine ? '   ' : ''}
        </Text>
        <Text>{remaining}</Text>
      </Box>
    </Box>
  );
}

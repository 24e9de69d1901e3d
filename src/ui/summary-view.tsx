import { Box, Text } from 'ink';
import type { SessionSummary } from '../session/session-summary.js';
import { formatDuration, formatShare } from './format-duration.js';

export interface SummaryViewProps {
  summary: SessionSummary;
  forecast: { tomorrow: number; week: number };
  width: number;
}

/** The end of a session: what was done and what waits, then how to leave. */
export function SummaryView({ summary, forecast, width }: SummaryViewProps) {
  const rows: Array<[string, string]> = [
    ['cards done', String(summary.cardsDone)],
    ['correct', formatShare(summary.correctShare)],
    ['time spent', formatDuration(summary.timeSpentMs)],
    ['due tomorrow', String(forecast.tomorrow)],
    ['due this week', String(forecast.week)],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>Session done</Text>
      <Box flexDirection="column" marginY={1}>
        {rows.map(([label, value]) => (
          <Box key={label}>
            <Box width={labelWidth} flexShrink={0}>
              <Text>{label}</Text>
            </Box>
            <Text bold>{value}</Text>
          </Box>
        ))}
      </Box>
      <Text>press any key to leave · u: undo the last answer</Text>
    </Box>
  );
}

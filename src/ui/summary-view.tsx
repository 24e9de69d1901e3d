import { Box, Text } from 'ink';
import type { SessionSummary } from '../session/session-summary.js';
import type { DayCount } from '../session/forecast.js';
import { ForecastChart } from './forecast-chart.js';
import { formatDuration, formatShare } from './format-duration.js';

/** What waits after the session: counts, and cards due per day for the coming week. */
export interface SessionForecast {
  tomorrow: number;
  week: number;
  perDay?: readonly DayCount[];
}

export interface SummaryViewProps {
  summary: SessionSummary;
  forecast: SessionForecast;
  width: number;
  color?: boolean;
  /** Quit before the end (q, Esc, Ctrl-C): the same figures, and the screen is already left. */
  quit?: boolean;
}

/** The end of a session, finished or quit: what was done and what waits, then how to leave. */
export function SummaryView({ summary, forecast, width, color = false, quit = false }: SummaryViewProps) {
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
      <Text bold>{quit ? 'Session ended' : 'Session done'}</Text>
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
      {forecast.perDay && forecast.perDay.length > 0 ? (
        <Box marginBottom={1}>
          <ForecastChart perDay={forecast.perDay} width={Math.min(width, 60)} height={4} color={color} />
        </Box>
      ) : null}
      <Text>{quit ? 'Your answers are saved.' : 'press any key to leave · u: undo the last answer'}</Text>
    </Box>
  );
}

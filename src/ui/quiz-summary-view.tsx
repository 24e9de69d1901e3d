import { Box, Text } from 'ink';
import type { CardContent } from '../commands/card-content.js';
import type { Card } from '../deck/types.js';
import type { QuizResult, QuizSummary } from '../session/quiz-session.js';
import { formatDuration } from './format-duration.js';

export interface QuizSummaryViewProps {
  summary: QuizSummary;
  describe: (card: Card) => CardContent;
  /** Terminal height: the lists are cut to fit, with a count of what was left out. */
  rows: number;
  width: number;
  color: boolean;
  /** False once the user has left: the last screen stays without its keys. */
  showKeys: boolean;
}

/** Lines the summary uses besides the lists: title, score, time, headings, keys, spacing. */
const FIXED_LINES = 9;

function MissedItem({ result, describe, width, color }: { result: QuizResult; describe: QuizSummaryViewProps['describe']; width: number; color: boolean }) {
  const you = result.given ? ` — you: ${result.given}` : '';
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">
        • <Text bold>{result.question.answer}</Text>
        {you}
      </Text>
      <Text wrap="truncate-end" dimColor={color}>
        {'  '}
        {describe(result.question.card).extra}
      </Text>
    </Box>
  );
}

/** The end of a quiz: score, time, what was missed (answer and source sentence), near misses. */
export function QuizSummaryView({ summary, describe, rows, width, color, showKeys }: QuizSummaryViewProps) {
  const { missed, nearMisses } = summary;
  const room = Math.max(2, rows - FIXED_LINES);
  const missedShown = missed.slice(0, Math.floor(room / 2));
  const nearRoom = room - missedShown.length * 2 - (missed.length > missedShown.length ? 1 : 0) - 1;
  const nearShown = missed.length > missedShown.length ? [] : nearMisses.slice(0, Math.max(0, nearRoom));
  const scoreLine = `${summary.right} right · ${summary.near} near · ${summary.wrong} wrong`;
  const ofLine = summary.answered < summary.total ? ` (${summary.answered} of ${summary.total} answered)` : ` of ${summary.total}`;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold>{summary.answered < summary.total ? 'Quiz ended' : 'Quiz done'}</Text>
      <Text>
        score <Text bold>{scoreLine}</Text>
        {ofLine} · time <Text bold>{formatDuration(summary.timeMs)}</Text>
      </Text>
      {missed.length > 0 ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold {...(color ? { color: 'red' } : {})}>
            Missed
          </Text>
          {missedShown.map((r) => (
            <MissedItem key={r.question.card.id} result={r} describe={describe} width={width} color={color} />
          ))}
          {missed.length > missedShown.length ? <Text>… and {missed.length - missedShown.length} more</Text> : null}
        </Box>
      ) : summary.answered > 0 ? (
        <Box marginTop={1}>
          <Text>Nothing missed.</Text>
        </Box>
      ) : null}
      {nearShown.length > 0 ? (
        <Box flexDirection="column" marginTop={1}>
          <Text bold {...(color ? { color: 'yellow' } : {})}>
            Near (mind the spelling)
          </Text>
          {nearShown.map((r) => (
            <Text key={r.question.card.id} wrap="truncate-end">
              • <Text bold>{r.question.answer}</Text> — you: {r.given}
            </Text>
          ))}
        </Box>
      ) : null}
      {showKeys ? (
        <Box marginTop={1}>
          <Text dimColor={color}>{missed.length > 0 ? 'r: quiz the missed again · q: quit' : 'q: quit'}</Text>
        </Box>
      ) : null}
    </Box>
  );
}

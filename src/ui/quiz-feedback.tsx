import { Box, Text } from 'ink';
import type { QuizResult } from '../session/quiz-session.js';

/** The verdict on the answer just given, with the exact answer unless it was exactly right. */
export function quizFeedbackLine(result: QuizResult): string {
  const you = result.given ? ` (you: ${result.given})` : '';
  switch (result.verdict) {
    case 'right':
      return result.given !== null && result.given !== result.question.answer ? `right — exact: ${result.question.answer}` : 'right';
    case 'near':
      return `near — exact: ${result.question.answer}${you}`;
    case 'wrong':
      return `wrong — answer: ${result.question.answer}${you}`;
  }
}

const VERDICT_COLOUR = { right: 'green', near: 'yellow', wrong: 'red' } as const;

export function QuizFeedback({ result, color }: { result: QuizResult; color: boolean }) {
  return (
    <Box flexDirection="column">
      <Text bold {...(color ? { color: VERDICT_COLOUR[result.verdict] } : {})}>
        {quizFeedbackLine(result)}
      </Text>
      <Text dimColor={color}>enter: next · q: quit</Text>
    </Box>
  );
}

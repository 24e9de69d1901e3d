import { Box, Text } from 'ink';
import type { QuizMode } from '../quiz/quiz-mode.js';
import type { QuizQuestion } from '../quiz/quiz-question.js';
import type { QuizPhase } from '../session/quiz-session.js';

export interface QuizAnswerAreaProps {
  mode: QuizMode;
  phase: QuizPhase;
  question: QuizQuestion;
  draft: string;
  color: boolean;
}

/** Below the card while a question waits: the typing line, the options, or how to reveal. */
export function QuizAnswerArea({ mode, phase, question, draft, color }: QuizAnswerAreaProps) {
  const keys = (text: string) => <Text dimColor={color}>{text}</Text>;
  if (mode === 'typed') {
    return (
      <Box flexDirection="column">
        <Text>
          {'> '}
          {draft}
          <Text inverse> </Text>
        </Text>
        {keys("enter: answer (empty: don't know) · esc: quit")}
      </Box>
    );
  }
  if (mode === 'choice') {
    const options = question.options ?? [];
    return (
      <Box flexDirection="column">
        {options.map((option, i) => (
          <Text key={option}>
            <Text bold>{i + 1}.</Text> {option}
          </Text>
        ))}
        {keys(`1–${options.length}: choose · q: quit`)}
      </Box>
    );
  }
  return phase === 'revealed' ? keys('y: I knew it · n: I did not · q: quit') : keys('space/enter: show answer · q: quit');
}

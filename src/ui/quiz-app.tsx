import { Box, Text, useInput, useStdout } from 'ink';
import { type JSX, useState, useSyncExternalStore } from 'react';
import type { CardContent } from '../commands/card-content.js';
import type { ReducerDriver } from '../commands/session-driver.js';
import type { Card } from '../deck/types.js';
import { quizInputToEvents } from '../session/quiz-keymap.js';
import { currentQuestion, lastResult, quizScore, summarizeQuiz, type QuizEvent, type QuizState } from '../session/quiz-session.js';
import { CardView } from './card-view.js';
import { QuizAnswerArea } from './quiz-answer-area.js';
import { QuizFeedback } from './quiz-feedback.js';
import { QuizHeader } from './quiz-header.js';
import { QuizSummaryView } from './quiz-summary-view.js';
import { SaveErrorView } from './save-error-view.js';
import { useExitOnce } from './use-exit-once.js';
import { useTerminalWidth } from './use-terminal-width.js';

export type QuizDriver = ReducerDriver<QuizState, QuizEvent>;

export interface QuizAppProps {
  /** Runs the quiz reducer; with --record it saves each answer before the state moves on. */
  driver: QuizDriver;
  describe: (card: Card) => CardContent;
  now: () => Date;
  /** False when NO_COLOR is set: then only bold, italic and inverse are used. */
  color: boolean;
  onExit: () => void;
  /** Timer redraw interval (ms); tests shorten it. */
  tickMs?: number;
}

const FALLBACK_ROWS = 24;

/** The Ink quiz: shows the quiz state and turns keys into quiz events. */
export function QuizApp({ driver, describe, now, color, onExit, tickMs }: QuizAppProps): JSX.Element {
  const state = useSyncExternalStore(driver.subscribe, driver.getState);
  const width = useTerminalWidth();
  const { stdout } = useStdout();
  const rows = stdout.rows > 0 ? stdout.rows : FALLBACK_ROWS;
  const [saveError, setSaveError] = useState<string | null>(null);
  const exit = useExitOnce(onExit, state.quit);

  useInput((input, key) => {
    if (saveError !== null) return exit();
    // The driver's state, not the rendered one: it is the state the next event meets.
    const { mode, phase } = driver.getState();
    for (const event of quizInputToEvents(input, key, { mode, phase }, now().toISOString())) {
      driver.dispatch(event).catch((error: unknown) => {
        setSaveError(error instanceof Error ? error.message : String(error));
      });
    }
  });

  if (saveError !== null) return <SaveErrorView message={saveError} width={width} color={color} />;
  if (state.phase === 'finished') {
    return (
      <QuizSummaryView
        summary={summarizeQuiz(state)}
        describe={describe}
        rows={rows}
        width={width}
        color={color}
        showKeys={!state.quit}
      />
    );
  }
  return <QuestionScreen state={state} describe={describe} now={now} width={width} color={color} tickMs={tickMs} />;
}

interface QuestionScreenProps {
  state: QuizState;
  describe: QuizAppProps['describe'];
  now: () => Date;
  width: number;
  color: boolean;
  tickMs: number | undefined;
}

/** Header with the timer, the card, then the answer area or the verdict. */
function QuestionScreen({ state, describe, now, width, color, tickMs }: QuestionScreenProps) {
  const question = currentQuestion(state);
  if (question === null) return <Text> </Text>;
  const content = describe(question.card);
  const result = state.phase === 'feedback' ? lastResult(state) : null;
  const revealed = state.phase === 'revealed' || result !== null;
  return (
    <Box flexDirection="column" width={width}>
      <QuizHeader
        deckName={content.deckName}
        mode={state.mode}
        round={state.round}
        score={quizScore(state)}
        number={state.index + 1}
        timer={{ since: state.shownAt, stoppedMs: result?.ms ?? null, now, ...(tickMs ? { tickMs } : {}) }}
        width={width}
        color={color}
      />
      <Box marginTop={1} flexDirection="column">
        <CardView content={content} ord={question.card.ord} revealed={revealed} width={width} color={color} />
      </Box>
      <Box marginTop={1} flexDirection="column">
        {result !== null ? (
          <QuizFeedback result={result} color={color} />
        ) : (
          <QuizAnswerArea mode={state.mode} phase={state.phase} question={question} draft={state.draft} color={color} />
        )}
      </Box>
    </Box>
  );
}

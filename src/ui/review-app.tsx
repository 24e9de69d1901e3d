import { Box, Text, useInput } from 'ink';
import { type JSX, useMemo, useState, useSyncExternalStore } from 'react';
import type { SessionDriver } from '../commands/session-driver.js';
import type { Card } from '../deck/types.js';
import { SM2_INFO, SM2_PREVIEW, type CardScheduleInfo, type GradePreview } from '../schedule/scheduler.js';
import { keyToEvent, keyToScroll, timeIntent } from '../session/review-keymap.js';
import { currentCard, type ReviewSessionState, type SessionEvent } from '../session/review-session.js';
import { sessionCounts, summarizeSession } from '../session/session-summary.js';
import { CARD_INFO_ROWS, CardInfo } from './card-info.js';
import { cardBackLines, cardFrontLines, CardView, type CardContent } from './card-view.js';
import { fitReviewScreen } from './fit-review-screen.js';
import { GradeBar, gradeBarRows } from './grade-bar.js';
import { Header, headerRows } from './header.js';
import { HelpOverlay } from './help-overlay.js';
import { SaveErrorView } from './save-error-view.js';
import { SummaryView, type SessionForecast } from './summary-view.js';
import { useCardShownAt } from './use-card-shown-at.js';
import { useExitOnce } from './use-exit-once.js';
import { useRedrawOnResize } from './use-redraw-on-resize.js';
import { useTerminalRows, useTerminalWidth } from './use-terminal-width.js';

export type { CardContent };

export interface ReviewAppProps {
  /** Runs the session reducer and persists each answer before the state changes. */
  driver: SessionDriver;
  /** The text of a card. */
  describe: (card: Card) => CardContent;
  /** The clock: answer times (`ms`) and the time of each answer (`at`). */
  now: () => Date;
  /** Due counts for the summary, computed by the caller once the session is over. */
  forecast: () => SessionForecast;
  /** False when NO_COLOR is set: then only bold, italic and inverse are used. */
  color: boolean;
  /** Called after quit (q / Esc / Ctrl-C) or when the user leaves the summary or an error. */
  onExit: () => void;
  /** e: the user wants to edit the note of the card on screen (the caller hands over the terminal). */
  onEdit?: (card: Card) => void;
  /** One line to say under the header until the next key (how an edit went). */
  notice?: string;
  /** The days each grade would give, under the active scheduler (default: SM-2). */
  preview?: GradePreview;
  /** A card's schedule for the i panel, under the active scheduler (default: SM-2). */
  info?: CardScheduleInfo;
}

/** The Ink review screen: shows the session state and turns keys into session events. */
export function ReviewApp({ driver, describe, now, forecast, color, onExit, onEdit, notice, preview = SM2_PREVIEW, info = SM2_INFO }: ReviewAppProps): JSX.Element {
  const state = useSyncExternalStore(driver.subscribe, driver.getState);
  const width = useTerminalWidth();
  const rows = useTerminalRows();
  const blank = useRedrawOnResize();
  const shownAt = useCardShownAt(state, now);
  const [saveError, setSaveError] = useState<string | null>(null);
  // How far down a back too tall for the terminal has been moved, for the card it was moved on.
  const showing = showingKey(state);
  const [scroll, setScroll] = useState({ showing, offset: 0 });
  const backOffset = scroll.showing === showing ? scroll.offset : 0;
  const exit = useExitOnce(onExit, state.quit);
  const [showNotice, setShowNotice] = useState(notice !== undefined);

  const send = (event: SessionEvent): void => {
    // A failed write must not surface as a React stack: say it once and let the user leave.
    driver.dispatch(event).catch((error: unknown) => {
      setSaveError(error instanceof Error ? error.message : String(error));
    });
  };

  useInput((input, key) => {
    setShowNotice(false);
    if (saveError !== null) return exit();
    // The driver's state, not the rendered one: it is the state the next event meets.
    const { phase, quit } = driver.getState();
    const intent = keyToEvent(input, key, phase);
    if (phase === 'finished' && !quit) {
      // On the summary, u still takes back the last answer; any other key leaves.
      return intent?.type === 'undo' ? send(intent) : exit();
    }
    const onScreen = currentCard(driver.getState());
    if (input === 'e' && onEdit && onScreen) return onEdit(onScreen.card);
    const by = phase === 'answer' ? keyToScroll(input, key) : 0;
    if (by !== 0) {
      // From the driver's state and the previous offset, not this render's: keys can come faster than renders.
      const now = driver.getState();
      const on = showingKey(now);
      return setScroll((previous) => {
        const offset = (previous.showing === on ? previous.offset : 0) + by;
        const fit = screenFit(now, describe, width, rows, offset);
        return { showing: on, offset: fit ? fit.backStart : 0 };
      });
    }
    if (intent === null) return;
    const at = now();
    send(timeIntent(intent, at.toISOString(), Math.max(0, at.getTime() - shownAt.current)));
  });

  if (blank) return <></>;
  if (saveError !== null) return <SaveErrorView message={saveError} width={width} color={color} />;
  if (state.quit || state.phase === 'finished') {
    return <Summary state={state} forecast={forecast} width={width} color={color} />;
  }
  return (
    <ReviewScreen
      state={state}
      describe={describe}
      width={width}
      rows={rows}
      backOffset={backOffset}
      color={color}
      preview={preview}
      info={info}
      {...(showNotice && notice ? { notice } : {})}
    />
  );
}

function Summary(props: { state: ReviewSessionState; forecast: ReviewAppProps['forecast']; width: number; color: boolean }) {
  const { state, forecast, width, color } = props;
  const summary = useMemo(() => summarizeSession(state), [state]);
  // The forecast reads the whole store: once per summary, not on every render.
  const due = useMemo(() => forecast(), [forecast, state.history.length]);
  return <SummaryView summary={summary} forecast={due} width={width} color={color} quit={state.quit} />;
}

/** Which card is on screen, answer by answer (a repeat of the same card is another showing). */
function showingKey(state: ReviewSessionState): string {
  return `${state.history.length}:${state.pending[0]?.card.id ?? ''}`;
}

/** What of the current card fits the terminal, with its back moved on by `backOffset` lines. */
function screenFit(state: ReviewSessionState, describe: ReviewAppProps['describe'], width: number, rows: number, backOffset: number) {
  const current = currentCard(state);
  if (current === null) return null;
  const content = describe(current.card);
  const revealed = state.phase === 'answer';
  const isRepeat = state.gradedToday.has(current.card.id);
  return fitReviewScreen(
    {
      header: headerRows(sessionCounts(state), width),
      front: cardFrontLines(content, current.card.ord, revealed, width).length,
      back: revealed ? cardBackLines(content, width).length : 0,
      grades: state.infoVisible ? CARD_INFO_ROWS : gradeBarRows(revealed, isRepeat),
      compactGrades: state.infoVisible ? CARD_INFO_ROWS : gradeBarRows(revealed, isRepeat, true),
    },
    rows,
    backOffset,
  );
}

interface ReviewScreenProps {
  state: ReviewSessionState;
  describe: ReviewAppProps['describe'];
  width: number;
  rows: number;
  backOffset: number;
  color: boolean;
  preview: GradePreview;
  info: CardScheduleInfo;
  notice?: string;
}

/** Header, then the card and its grades, or the keys while help is open; never taller than the terminal. */
function ReviewScreen({ state, describe, width, rows, backOffset, color, preview, info, notice }: ReviewScreenProps) {
  const current = currentCard(state);
  if (current === null) return <Text> </Text>;
  const content = describe(current.card);
  const revealed = state.phase === 'answer';
  const isRepeat = state.gradedToday.has(current.card.id);
  const fit = screenFit(state, describe, width, notice ? rows - 1 : rows, backOffset)!;
  return (
    <Box flexDirection="column" width={width}>
      <Header deckName={content.deckName} counts={sessionCounts(state)} width={width} color={color} />
      {notice ? (
        <Text dimColor={color} wrap="truncate">
          {notice}
        </Text>
      ) : null}
      <Box marginTop={1} flexDirection="column">
        {state.helpVisible ? (
          <HelpOverlay width={width} />
        ) : (
          <>
            <CardView content={content} ord={current.card.ord} revealed={revealed} width={width} color={color} fit={fit} />
            <Box marginTop={1}>
              {state.infoVisible ? (
                <CardInfo card={current.card} content={content} schedule={info(current.card, current.progress, state.today)} color={color} />
              ) : (
                <GradeBar
                  intervals={revealed ? preview(current.card, current.progress, isRepeat, state.today) : null}
                  revealed={revealed}
                  isRepeat={isRepeat}
                  color={color}
                  compact={fit.compactGrades}
                />
              )}
            </Box>
          </>
        )}
      </Box>
    </Box>
  );
}

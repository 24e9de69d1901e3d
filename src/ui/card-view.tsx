import type { CardContent } from '../commands/card-content.js';
import { Box, Text } from 'ink';
import { renderCard } from '../deck/cloze.js';
import { wrapStyledRuns, type StyledRun } from './wrap-styled.js';

export type { CardContent } from '../commands/card-content.js';

/** Which part of the card fits on screen: the front's first rows, a window onto the back. */
export interface CardFit {
  /** Rows of the front shown; its last one says "…" when it is cut. */
  frontRows: number;
  /** The back's lines shown: [backStart, backStart + backRows); a line below says what is left. */
  backStart: number;
  backRows: number;
}

export interface CardViewProps {
  content: CardContent;
  ord: number;
  revealed: boolean;
  width: number;
  color: boolean;
  /** Without it, the whole card is shown. */
  fit?: CardFit;
}

type FrontStyle = 'own' | 'plain';
type BackStyle = 'rule' | 'text' | 'source';

/** The note's text with this card's deletion hidden (`[___ hint ___]` / `[_____]`) or filled in, wrapped to `width`. */
export function cardFrontLines(content: CardContent, ord: number, revealed: boolean, width: number): StyledRun<FrontStyle>[][] {
  // renderCard on one segment keeps the hiding rules in one place (deck/cloze.ts).
  const runs = content.segments.map((segment) => ({
    text: renderCard([segment], ord, revealed),
    style: (segment.type === 'deletion' && segment.ord === ord ? 'own' : 'plain') as FrontStyle,
  }));
  return wrapStyledRuns(runs, width);
}

/** The back, line by line: a rule, the context (source sentence, speaker), the article and section. */
export function cardBackLines(content: CardContent, width: number): StyledRun<BackStyle>[][] {
  const source = content.section ? `${content.title} · ${content.section}` : content.title;
  return [
    [{ text: '─'.repeat(Math.min(width, 40)), style: 'rule' }],
    ...(content.extra ? wrapStyledRuns([{ text: content.extra, style: 'text' as BackStyle }], width) : []),
    ...wrapStyledRuns([{ text: source, style: 'source' as BackStyle }], width),
    ...(content.url ? wrapStyledRuns([{ text: content.url, style: 'source' as BackStyle }], width) : []),
  ];
}

/**
 * The card: its front with this card's deletion hidden or, once revealed, filled in and
 * highlighted; below the revealed card, its back. With `fit`, only what fits is shown and a
 * line under the back says how to see the rest.
 */
export function CardView({ content, ord, revealed, width, color, fit }: CardViewProps) {
  const front = cardFrontLines(content, ord, revealed, width);
  const frontShown = fit && fit.frontRows < front.length ? [...front.slice(0, Math.max(0, fit.frontRows - 1)), [{ text: '…', style: 'plain' as FrontStyle }]] : front;
  const back = revealed ? cardBackLines(content, width) : [];
  const start = fit ? Math.min(fit.backStart, Math.max(0, back.length - fit.backRows)) : 0;
  const end = fit ? Math.min(back.length, start + fit.backRows) : back.length;
  const cut = revealed && (start > 0 || end < back.length);
  return (
    <Box flexDirection="column" width={width}>
      {frontShown.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line.map((run, j) =>
            run.style === 'own' ? (
              <Text key={j} bold {...(color ? { color: revealed ? 'green' : 'cyan' } : {})}>
                {run.text}
              </Text>
            ) : (
              <Text key={j}>{run.text}</Text>
            ),
          )}
        </Text>
      ))}
      {revealed && end > start ? (
        <Box flexDirection="column" marginTop={1} width={width}>
          {back.slice(start, end).map((line, i) => (
            <Text key={i} wrap="truncate" dimColor={color && line[0]?.style !== 'text'} italic={line[0]?.style === 'source'}>
              {line.map((run) => run.text).join('')}
            </Text>
          ))}
        </Box>
      ) : null}
      {cut ? (
        <Text dimColor={color} wrap="truncate">
          {`${end < back.length ? '↓/j: more' : '↑/k: back up'} · back lines ${start + 1}–${end} of ${back.length}`}
        </Text>
      ) : null}
    </Box>
  );
}

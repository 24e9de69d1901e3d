import type { CardContent } from '../commands/card-content.js';
import { Box, Text } from 'ink';
import { renderCard } from '../deck/cloze.js';
import { wrapStyledRuns } from './wrap-styled.js';

export type { CardContent } from '../commands/card-content.js';

export interface CardViewProps {
  content: CardContent;
  ord: number;
  revealed: boolean;
  width: number;
  color: boolean;
}

/**
 * The note's text with this card's deletion hidden (`[hint]` / `[…]`) or, once revealed,
 * filled in and highlighted; below the revealed card, the back: source sentence, article, section.
 */
export function CardView({ content, ord, revealed, width, color }: CardViewProps) {
  // renderCard on one segment keeps the hiding rules in one place (deck/cloze.ts).
  const runs = content.segments.map((segment) => ({
    text: renderCard([segment], ord, revealed),
    style: segment.type === 'deletion' && segment.ord === ord ? 'own' : 'plain',
  }));
  const lines = wrapStyledRuns(runs, width);
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line, i) => (
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
      {revealed ? <CardBack content={content} width={width} color={color} /> : null}
    </Box>
  );
}

function CardBack({ content, width, color }: { content: CardContent; width: number; color: boolean }) {
  const source = content.section ? `${content.title} · ${content.section}` : content.title;
  return (
    <Box flexDirection="column" marginTop={1} width={width}>
      <Text dimColor={color}>{'─'.repeat(Math.min(width, 40))}</Text>
      {content.extra
        ? wrapStyledRuns([{ text: content.extra, style: 0 }], width).map((line, i) => (
            <Text key={i} wrap="truncate">
              {line.map((run) => run.text).join('')}
            </Text>
          ))
        : null}
      <Text italic dimColor={color}>
        {source}
      </Text>
    </Box>
  );
}

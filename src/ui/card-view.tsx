import type { CardContent } from '../commands/card-content.js';
import { Box, Text } from 'ink';
import { renderCard, type ClozeSegment } from '../deck/cloze.js';

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
  return (
    <Box flexDirection="column" width={width}>
      <Text>
        {content.segments.map((segment, i) => {
          const own = segment.type === 'deletion' && segment.ord === ord;
          // renderCard on one segment keeps the hiding rules in one place (deck/cloze.ts).
          const text = renderCard([segment], ord, revealed);
          if (!own) return <Text key={i}>{text}</Text>;
          return (
            <Text key={i} bold {...(color ? { color: revealed ? 'green' : 'cyan' } : {})}>
              {text}
            </Text>
          );
        })}
      </Text>
      {revealed ? <CardBack content={content} width={width} color={color} /> : null}
    </Box>
  );
}

function CardBack({ content, width, color }: { content: CardContent; width: number; color: boolean }) {
  const source = content.section ? `${content.title} · ${content.section}` : content.title;
  return (
    <Box flexDirection="column" marginTop={1} width={width}>
      <Text dimColor={color}>{'─'.repeat(Math.min(width, 40))}</Text>
      {content.extra ? <Text>{content.extra}</Text> : null}
      <Text italic dimColor={color}>
        {source}
      </Text>
    </Box>
  );
}

import { Box, Text } from 'ink';
import type { StyledLine, Tone } from '../stats/layout/styled-line.js';

type TextStyle = { color?: string; bold?: boolean; dimColor?: boolean };

/** How each tone looks with colour; without it only bold is kept (NO_COLOR allows emphasis). */
const COLOURED: Record<Tone, TextStyle> = {
  title: { bold: true },
  dim: { dimColor: true },
  bar: { color: 'cyan' },
  overdue: { color: 'red', bold: true },
  good: { color: 'green' },
  warn: { color: 'yellow' },
  bad: { color: 'red' },
  heat: { color: 'green' },
  answer: { color: 'cyan', bold: true },
};

function styleOf(tone: Tone | undefined, color: boolean): TextStyle {
  if (!tone) return {};
  if (color) return COLOURED[tone];
  return tone === 'title' || tone === 'answer' || tone === 'overdue' ? { bold: true } : {};
}

/** Lines laid out by src/stats/layout, drawn span by span; an empty line keeps its row. */
export function StyledLines({ lines, color }: { lines: readonly StyledLine[]; color: boolean }) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((s, j) => (
                <Text key={j} {...styleOf(s.tone, color)}>
                  {s.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}

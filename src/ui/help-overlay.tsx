import { Box, Text } from 'ink';

/** What each key does, in the order a review uses them; the keymap is src/session/review-keymap.ts. */
const KEYS: ReadonlyArray<[string, string]> = [
  ['space, enter', 'show the answer'],
  ['0 … 5', 'grade the answer (see the labels)'],
  ['j k, ↓ ↑', 'move through a back too tall for the terminal'],
  ['u', 'undo the last answer'],
  ['i', "the card's id, deck, schedule and source"],
  ['s', 'suspend the card: out of reviews (briefdeck unsuspend)'],
  ['e', "edit the card's note in $EDITOR; progress is kept"],
  ['?', 'show or hide these keys'],
  ['q, esc, ctrl-c', 'end the session; answers are kept'],
];

export function HelpOverlay({ width }: { width: number }) {
  const keyColumn = Math.max(...KEYS.map(([key]) => key.length)) + 2;
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1} width={Math.min(width, 64)}>
      <Text bold>Keys</Text>
      {KEYS.map(([key, meaning]) => (
        <Box key={key}>
          <Box width={keyColumn} flexShrink={0}>
            <Text bold>{key}</Text>
          </Box>
          <Text>{meaning}</Text>
        </Box>
      ))}
    </Box>
  );
}

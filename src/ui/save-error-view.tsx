import { Box, Text } from 'ink';

/** A failed write, said once and plainly; the answers persisted before it stay on disk. */
export function SaveErrorView({ message, width, color }: { message: string; width: number; color: boolean }) {
  return (
    <Box flexDirection="column" width={width}>
      <Text bold {...(color ? { color: 'red' } : {})}>
        Could not save your answer: {message} — your earlier answers are safe
      </Text>
      <Text>press any key to leave</Text>
    </Box>
  );
}

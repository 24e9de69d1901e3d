import { useStdout } from 'ink';
import { useSyncExternalStore } from 'react';

/** When stdout reports no width (a pipe, some CI terminals), lay out for a classic terminal. */
export const FALLBACK_COLUMNS = 80;

/**
 * The terminal's width in columns, re-read on every 'resize'. Ink re-lays out on resize by
 * itself, but components that size things to the width (the progress bar, rules) must
 * re-render too, so they subscribe here.
 */
export function useTerminalWidth(): number {
  const { stdout } = useStdout();
  return useSyncExternalStore(
    (onChange) => {
      stdout.on('resize', onChange);
      return () => {
        stdout.off('resize', onChange);
      };
    },
    () => (stdout.columns > 0 ? stdout.columns : FALLBACK_COLUMNS),
  );
}

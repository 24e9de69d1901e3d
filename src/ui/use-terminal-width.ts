import { useStdout } from 'ink';
import { useSyncExternalStore } from 'react';

/** When stdout reports no width (a pipe, some CI terminals), lay out for a classic terminal. */
export const FALLBACK_COLUMNS = 80;
export const FALLBACK_ROWS = 24;

function useOnResize<T>(read: (stdout: NodeJS.WriteStream) => T): T {
  const { stdout } = useStdout();
  return useSyncExternalStore(
    (onChange) => {
      stdout.on('resize', onChange);
      return () => {
        stdout.off('resize', onChange);
      };
    },
    () => read(stdout),
  );
}

/**
 * The terminal's width in columns, re-read on every 'resize'. Ink re-lays out on resize by
 * itself, but components that size things to the width (the progress bar, rules) must
 * re-render too, so they subscribe here.
 */
export function useTerminalWidth(): number {
  return useOnResize((stdout) => (stdout.columns > 0 ? stdout.columns : FALLBACK_COLUMNS));
}

/** The terminal's height in rows, re-read on every 'resize': a screen taller than it scrolls its top away. */
export function useTerminalRows(): number {
  return useOnResize((stdout) => (stdout.rows > 0 ? stdout.rows : FALLBACK_ROWS));
}

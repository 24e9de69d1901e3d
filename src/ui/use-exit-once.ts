import { useCallback, useEffect, useRef } from 'react';

/**
 * Leave once: `onExit` runs when the state says `quit` or when the returned function is
 * called (a key on the summary or on an error), whichever comes first, and never again —
 * leaving unmounts the app.
 */
export function useExitOnce(onExit: () => void, quit: boolean): () => void {
  const exited = useRef(false);
  const exit = useCallback(() => {
    if (exited.current) return;
    exited.current = true;
    onExit();
  }, [onExit]);

  useEffect(() => {
    if (quit) exit();
  }, [quit, exit]);
  return exit;
}

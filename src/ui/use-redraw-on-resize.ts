import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** Erase the whole visible screen and put the cursor at its top left. */
const CLEAR_SCREEN = '\u001B[2J\u001B[H';
/** Longer than Ink's render throttle (32 ms), so the empty frame is really drawn. */
const REDRAW_AFTER_MS = 60;

/**
 * After a resize the terminal re-flows the old frame, and Ink, erasing only the lines it
 * thinks it drew, leaves copies of the header behind. So on every resize: clear the screen,
 * draw nothing for a moment (Ink forgets the old frame), then draw the whole frame again.
 * Returns true while the screen is to stay empty.
 */
export function useRedrawOnResize(): boolean {
  const { stdout } = useStdout();
  const [blank, setBlank] = useState(false);
  useEffect(() => {
    let timer: NodeJS.Timeout | undefined;
    const onResize = (): void => {
      if (stdout.isTTY) stdout.write(CLEAR_SCREEN);
      setBlank(true);
      clearTimeout(timer);
      timer = setTimeout(() => setBlank(false), REDRAW_AFTER_MS);
    };
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
      clearTimeout(timer);
    };
  }, [stdout]);
  return blank;
}

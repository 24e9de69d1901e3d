// Terminal control sequences never reach a deck or the screen: an article (or a hand-edited
// deck file) holding `ESC]0;…BEL` or `ESC[2J` could retitle or clear the user's terminal.
import stripAnsi from 'strip-ansi';

/** C0 and C1 controls other than tab and newline (and DEL). */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Whole escape sequences removed, then any stray control; CR line ends become newlines. */
export function stripControls(text: string): string {
  return stripAnsi(text.replace(/\r\n?/g, '\n')).replace(CONTROLS, '');
}

import { render } from 'ink';
import type { CardContent } from '../commands/card-content.js';
import type { SessionDriver } from '../commands/session-driver.js';
import type { Card } from '../deck/types.js';
import type { CardScheduleInfo, GradePreview } from '../schedule/scheduler.js';
import { ReviewApp } from './review-app.js';
import type { SessionForecast } from './summary-view.js';

export interface RunReviewInkOptions {
  driver: SessionDriver;
  describe: (card: Card) => CardContent;
  now: () => Date;
  forecast: () => SessionForecast;
  color: boolean;
  /** Edit the card's note with the terminal handed over (e) and say how it went; without it, e does nothing. */
  editCard?: (card: Card) => Promise<string>;
  /** The days each grade would give under the active scheduler (default: SM-2). */
  preview?: GradePreview;
  /** A card's schedule for the i panel, under the active scheduler (default: SM-2). */
  info?: CardScheduleInfo;
}

/**
 * Mount the review screen on the terminal and resolve when the user leaves it. For e, the
 * screen is taken down while the editor has the terminal, then mounted again: the session
 * lives in the driver, so it goes on where it was.
 */
export async function runReviewInk(options: RunReviewInkOptions): Promise<void> {
  const { editCard, ...props } = options;
  let notice: string | undefined;
  for (;;) {
    let editing: Card | null = null;
    let leave = (): void => undefined;
    const onEdit = editCard
      ? (card: Card): void => {
          editing = card;
          leave();
        }
      : undefined;
    const app = render(<ReviewApp {...props} onExit={() => leave()} {...(onEdit ? { onEdit } : {})} {...(notice ? { notice } : {})} />, {
      exitOnCtrlC: false,
    });
    leave = () => app.unmount();
    await app.waitUntilExit();
    if (editing === null || !editCard) return;
    notice = await editCard(editing);
  }
}

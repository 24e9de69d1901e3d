import { render } from 'ink';
import type { CardContent } from '../commands/card-content.js';
import type { SessionDriver } from '../commands/session-driver.js';
import type { Card } from '../deck/types.js';
import { ReviewApp } from './review-app.js';
import type { SessionForecast } from './summary-view.js';

export interface RunReviewInkOptions {
  driver: SessionDriver;
  describe: (card: Card) => CardContent;
  now: () => Date;
  forecast: () => SessionForecast;
  color: boolean;
}

/** Mount the review screen on the terminal and resolve when the user leaves it. */
export async function runReviewInk(options: RunReviewInkOptions): Promise<void> {
  let leave = (): void => undefined;
  const app = render(<ReviewApp {...options} onExit={() => leave()} />, { exitOnCtrlC: false });
  leave = () => app.unmount();
  await app.waitUntilExit();
}

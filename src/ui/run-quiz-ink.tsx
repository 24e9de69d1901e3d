import { render } from 'ink';
import type { CardContent } from '../commands/card-content.js';
import type { Card } from '../deck/types.js';
import { QuizApp, type QuizDriver } from './quiz-app.js';

export interface RunQuizInkOptions {
  driver: QuizDriver;
  describe: (card: Card) => CardContent;
  now: () => Date;
  color: boolean;
}

/** Mount the quiz on the terminal and resolve when the user leaves it. */
export async function runQuizInk(options: RunQuizInkOptions): Promise<void> {
  let leave = (): void => undefined;
  const app = render(<QuizApp {...options} onExit={() => leave()} />, { exitOnCtrlC: false });
  leave = () => app.unmount();
  await app.waitUntilExit();
}

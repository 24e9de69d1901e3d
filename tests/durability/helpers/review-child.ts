// One line-mode review child, driven the way a user at a pipe would drive it, and killed.
// It reports what the child showed as saved ("Saved: 4." after the card last asked) and the
// one answer that may have been in flight when it died.
import { createInterface } from 'node:readline';
import type { SeenAnswer } from './read-answers.js';
import { cardIdOfQuestion } from './numbered-deck.js';
import { startCli } from './run-cli.js';

export interface KillPlan {
  /** Grade lines sent, all at once as soon as the first card is shown. */
  grades: number[];
  /** Kill after this many "Saved:" lines (0: once the first card is shown)… */
  afterSaved: number | null;
  /** …plus this many ms; or, when afterSaved is null, this many ms after the spawn. */
  delayMs: number;
}

export interface ChildOutcome {
  saved: SeenAnswer[];
  /** The grade sent after the last one saved, for the card then shown: it may or may not be in the log. */
  inFlight: SeenAnswer | null;
  killed: boolean;
  nothingLeft: boolean;
  stderr: string;
}

export function reviewAndKill(cli: string, args: string[], env: Record<string, string>, plan: KillPlan): Promise<ChildOutcome> {
  const child = startCli(cli, ['review', '--plain', ...args], { env });
  const saved: SeenAnswer[] = [];
  let shown: string | null = null;
  /** The card shown since the last "Saved:", the only one a grade now in flight can be for. */
  let asking: string | null = null;
  let sentGrades = false;
  let nothingLeft = false;
  let stderr = '';
  let killTimer: NodeJS.Timeout | undefined;
  const killSoon = (ms: number): void => {
    killTimer ??= setTimeout(() => child.kill('SIGKILL'), ms);
  };
  if (plan.afterSaved === null) killSoon(plan.delayMs);

  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const card = cardIdOfQuestion(line);
    if (card) {
      shown = card;
      asking = card;
      if (!sentGrades) {
        sentGrades = true;
        child.stdin.write(plan.grades.map((g) => `${g}\n`).join(''));
        if (plan.afterSaved === 0) killSoon(plan.delayMs);
      }
    }
    const grade = /^Saved: (\d)\.$/.exec(line);
    if (grade) {
      saved.push({ cardId: shown!, quality: Number(grade[1]) });
      asking = null;
      if (saved.length === plan.afterSaved) killSoon(plan.delayMs);
    }
    if (line.startsWith('Nothing left to review today')) nothingLeft = true;
  });
  // A child killed before it reads its stdin makes our writes fail with EPIPE: expected.
  child.stdin.on('error', () => undefined);

  return new Promise((resolve) => {
    child.on('close', (_code, signal) => {
      clearTimeout(killTimer);
      const next = plan.grades[saved.length];
      const inFlight = next !== undefined && asking !== null ? { cardId: asking, quality: next } : null;
      resolve({ saved, inFlight, killed: signal === 'SIGKILL', nothingLeft, stderr });
    });
  });
}

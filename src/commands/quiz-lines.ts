import { createInterface } from 'node:readline';
import { renderCard } from '../deck/cloze.js';
import type { Card } from '../deck/types.js';
import { currentQuestion, lastResult, quizScore, summarizeQuiz, type QuizState } from '../session/quiz-session.js';
import { formatDuration } from '../ui/format-duration.js';
import { quizFeedbackLine } from '../ui/quiz-feedback.js';
import type { QuizDriver } from '../ui/quiz-app.js';
import type { CardContent } from './card-content.js';

export interface LineQuizIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  now: () => Date;
}

const PROMPTS = {
  typed: "(type the answer · empty line: don't know · q: quit)",
  flip: '(Enter: show the answer · q: quit)',
  choice: '(a number: choose · q: quit)',
} as const;

/**
 * The quiz line by line, for scripts, screen readers and pipes. Typed: each line is an
 * answer (an empty line is "don't know"). Choice: a line with the option's number. Flip: an
 * empty line shows the answer, then y or n. A line "q" or the end of input ends; the score
 * and the missed answers are printed, and "r" quizzes the missed again.
 */
export async function runLineQuiz(driver: QuizDriver, describe: (card: Card) => CardContent, io: LineQuizIo): Promise<void> {
  const say = (text: string): void => {
    io.output.write(`${text}\n`);
  };
  const at = (): string => io.now().toISOString();
  const dispatch = async (...events: Parameters<QuizDriver['dispatch']>[0][]): Promise<void> => {
    for (const event of events) await driver.dispatch(event);
  };

  const showQuestion = (state: QuizState): void => {
    const question = currentQuestion(state);
    if (question === null) return;
    const content = describe(question.card);
    const score = quizScore(state);
    say('');
    say(`[${content.deckName}] question ${state.index + 1}/${score.total} · ${score.right} right · ${score.near} near · ${score.wrong} wrong`);
    say(`Q: ${renderCard(content.segments, question.card.ord, false)}`);
    (question.options ?? []).forEach((option, i) => say(`  ${i + 1}. ${option}`));
    say(PROMPTS[state.mode]);
  };

  const showSource = (card: Card): void => {
    const content = describe(card);
    say(`   Source: ${content.extra}`);
    if (content.url) say(`   ${content.url}`);
  };

  const showSummary = (state: QuizState): void => {
    const summary = summarizeQuiz(state);
    const ended =
      summary.answered < summary.total
        ? `Quiz ended (${summary.answered} of ${summary.total} answered)`
        : `Quiz done (${summary.total} ${summary.total === 1 ? 'question' : 'questions'})`;
    say('');
    say(`${ended}: ${summary.right} right · ${summary.near} near · ${summary.wrong} wrong · ${formatDuration(summary.timeMs)}`);
    if (summary.missed.length > 0) say('Missed:');
    for (const r of summary.missed) {
      say(`  • ${r.question.answer}${r.given ? ` — you: ${r.given}` : ''}`);
      say(`    ${describe(r.question.card).extra}`);
    }
    if (summary.nearMisses.length > 0) say('Near (mind the spelling):');
    for (const r of summary.nearMisses) say(`  • ${r.question.answer} — you: ${r.given ?? ''}`);
    if (summary.missed.length > 0 && !state.quit) say('(r: quiz the missed again · q: quit)');
  };

  /** After an answer: its verdict, then the next question or the end. */
  const afterAnswer = async (): Promise<void> => {
    const state = driver.getState();
    const result = lastResult(state);
    if (result !== null && state.phase === 'feedback') {
      say(`${quizFeedbackLine(result)} · ${formatDuration(result.ms)}`);
      if (result.verdict !== 'right') showSource(result.question.card);
      await dispatch({ type: 'next', at: at() });
    }
    const next = driver.getState();
    if (next.phase === 'finished') showSummary(next);
    else showQuestion(next);
  };

  const start = driver.getState();
  if (start.phase === 'finished') return showSummary(start);
  showQuestion(start);
  const lines = createInterface({ input: io.input, terminal: false });
  for await (const raw of lines) {
    const line = raw.trim();
    const command = line.toLowerCase();
    const state = driver.getState();
    if (command === 'q' || command === 'quit') {
      await dispatch({ type: 'quit', at: at() });
      if (state.phase !== 'finished') showSummary(driver.getState());
      break;
    }
    if (state.phase === 'finished') {
      if (command !== 'r' || summarizeQuiz(state).missed.length === 0) break;
      await dispatch({ type: 'again', at: at() });
      showQuestion(driver.getState());
      continue;
    }
    const question = currentQuestion(state)!;
    if (state.mode === 'typed') {
      await dispatch({ type: 'type', text: line }, { type: 'submit', at: at() });
    } else if (state.mode === 'choice') {
      const count = question.options?.length ?? 0;
      if (!/^\d+$/.test(line) || Number(line) < 1 || Number(line) > count) {
        say(`Type a number 1–${count}, or q to quit.`);
        continue;
      }
      await dispatch({ type: 'choose', option: Number(line), at: at() });
    } else if (state.phase === 'question') {
      await dispatch({ type: 'reveal', at: at() });
      say(`A: ${renderCard(describe(question.card).segments, question.card.ord, true)}`);
      showSource(question.card);
      say('(y: I knew it · n: I did not · q: quit)');
      continue;
    } else if (command === 'y' || command === 'n') {
      await dispatch({ type: 'judge', right: command === 'y', at: at() });
    } else {
      say('Type y if you knew it, n if not, or q to quit.');
      continue;
    }
    await afterAnswer();
    const after = driver.getState();
    if (after.phase === 'finished' && summarizeQuiz(after).missed.length === 0) break;
  }
  lines.close();
  const end = driver.getState();
  if (end.phase !== 'finished') {
    await dispatch({ type: 'quit', at: at() });
    showSummary(driver.getState());
  }
}

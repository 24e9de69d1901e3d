import { renderCard } from '../deck/cloze.js';
import type { Card } from '../deck/types.js';
import { SM2_PREVIEW, type GradePreview } from '../schedule/scheduler.js';
import { GRADE_MEANINGS, QUALITIES } from '../schedule/sm2.js';
import type { Quality } from '../schedule/types.js';
import { currentCard } from '../session/review-session.js';
import { sessionCounts } from '../session/session-summary.js';
import type { CardContent } from './card-content.js';
import type { SessionDriver } from './session-driver.js';

export interface LineReviewIo {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  now: () => Date;
  /** The days each grade would give under the active scheduler (default: SM-2). */
  preview?: GradePreview;
}

const HELP =
  "Enter: show the answer · 0–5: grade · u: undo the last answer · i: the card's id, deck, schedule and source · s: suspend the card · ?: this help · q: quit (answers are saved)";

function gradeLine(quality: Quality, days: number | null): string {
  return `  ${quality} · ${GRADE_MEANINGS[quality]}${days === null ? '' : ` · ${days} d`}`;
}

/**
 * The review session line by line, for scripts, screen readers and pipes: it prints the
 * card, an empty line reveals, a line 0–5 grades (a grade typed before revealing reveals
 * first), u undoes, q or the end of input ends. Each answer is saved before the next card.
 */
export async function runLineReview(
  driver: SessionDriver,
  describe: (card: Card) => CardContent,
  io: LineReviewIo,
): Promise<void> {
  const say = (text: string): void => {
    io.output.write(`${text}\n`);
  };
  let shownAt = io.now();

  const show = (): void => {
    const state = driver.getState();
    const current = currentCard(state);
    if (!current || state.quit) return;
    const content = describe(current.card);
    if (state.phase === 'question') {
      shownAt = io.now();
      const counts = sessionCounts(state);
      say('');
      say(`[${content.deckName}] new ${counts.newLeft} · repeat ${counts.repeatLeft} · review ${counts.reviewLeft} · done ${counts.done}`);
      say(`Q: ${renderCard(content.segments, current.card.ord, false)}`);
      say('(Enter: show answer · q: quit)');
    } else {
      say(`A: ${renderCard(content.segments, current.card.ord, true)}`);
      say(`   Source: ${content.extra}`);
      say(`   ${content.title}${content.section ? ` · ${content.section}` : ''}`);
      if (content.url) say(`   ${content.url}`);
      // Line mode shows an interval on a repeat too (for SM-2, what a first grade would give).
      const preview = (io.preview ?? SM2_PREVIEW)(current.card, current.progress, false, state.today);
      for (const q of [...QUALITIES].reverse()) say(gradeLine(q, preview?.[q] ?? null));
      say('(0–5: grade · u: undo · q: quit)');
    }
  };

  // Loaded here, not at the top: the Ink review imports this file too and never reads lines.
  const { createInterface } = await import('node:readline');
  show();
  const lines = createInterface({ input: io.input, terminal: false });
  for await (const raw of lines) {
    const line = raw.trim().toLowerCase();
    const state = driver.getState();
    if (state.phase === 'finished' || state.quit) break;
    if (line === 'q' || line === 'quit') {
      await driver.dispatch({ type: 'quit' });
      break;
    }
    if (line === '?' || line === 'h' || line === 'help') {
      say(HELP);
      continue;
    }
    if (line === 'i') {
      const current = currentCard(state);
      if (current) {
        const content = describe(current.card);
        const p = current.progress;
        say(`   card ${current.card.id} · ${current.card.kind} · deck "${content.deckName}"`);
        say(p.due === null ? '   new: not answered yet' : `   due ${p.due} · interval ${p.interval} d · EF ${p.easiness.toFixed(2)} · repetitions ${p.repetitions} · lapses ${p.lapses}`);
      }
      continue;
    }
    if (line === 's') {
      const current = currentCard(state);
      await driver.dispatch({ type: 'suspend' });
      if (current) say(`Suspended ${current.card.id}; it stays out of reviews until: briefdeck unsuspend ${current.card.id}`);
      if (driver.getState().phase === 'finished') break;
      show();
      continue;
    }
    if (line === 'u') {
      const before = state.history.length;
      await driver.dispatch({ type: 'undo' });
      say(driver.getState().history.length < before ? 'Undone.' : 'Nothing to undo.');
      show();
      continue;
    }
    if (line === '' && state.phase === 'question') {
      await driver.dispatch({ type: 'reveal' });
      show();
      continue;
    }
    if (/^[0-5]$/.test(line)) {
      if (state.phase === 'question') {
        await driver.dispatch({ type: 'reveal' });
        show();
      }
      const at = io.now();
      await driver.dispatch({ type: 'grade', quality: Number(line) as Quality, at: at.toISOString(), ms: at.getTime() - shownAt.getTime() });
      say(`Saved: ${line}.`);
      if (driver.getState().phase === 'finished') break;
      show();
      continue;
    }
    say(state.phase === 'question' ? 'Press Enter to show the answer, or q to quit.' : 'Type a grade 0–5, u to undo, or q to quit.');
  }
  lines.close();
}

import { intOption, type ParsedCommand } from '../cli-args.js';
import { ClozeSyntaxError } from '../deck/cloze.js';
import { NOTE_KINDS, type Deck, type NoteKind } from '../deck/types.js';
import { UserError } from '../errors.js';
import { pickQuizCards, quizableCards } from '../quiz/pick-cards.js';
import { kindLabel, parseQuizKinds } from '../quiz/quiz-kinds.js';
import { DEFAULT_QUIZ_COUNT, DEFAULT_QUIZ_MODE, isQuizMode, QUIZ_MODES, type QuizMode } from '../quiz/quiz-mode.js';
import { buildQuizQuestions, type QuizQuestion } from '../quiz/quiz-question.js';
import { createSeededRandom } from '../quiz/seeded-random.js';
import { calendarDayIn } from '../store/calendar-day.js';
import type { CardProgress } from '../schedule/types.js';
import { reduceQuiz, startQuiz, type QuizEffect } from '../session/quiz-session.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store-api.js';
import { cardContentLookup } from './card-content.js';
import type { CommandContext, CommandRunner } from './context.js';
import { runLineQuiz } from './quiz-lines.js';
import { chooseDecks, closeOnSignals } from './review.js';
import { createReducerDriver } from './session-driver.js';
import { loadInkScreen } from './load-ink.js';
import { deckFilterOf } from './deck-filter.js';

interface QuizOptions {
  mode: QuizMode;
  count: number;
  kinds: NoteKind[];
  record: boolean;
  seed: string;
  /** Several cards of one note allowed (--siblings). */
  siblings: boolean;
}

/** Flags checked before anything is read, so a typo costs one line and exit 2. */
function quizOptions(values: ParsedCommand['values'], now: Date): QuizOptions {
  const mode = (values.mode as string | undefined) ?? DEFAULT_QUIZ_MODE;
  if (!isQuizMode(mode)) throw new UserError(`briefdeck quiz: --mode must be one of ${QUIZ_MODES.join(', ')}, got "${mode}"`);
  const count = intOption(values, 'count', 1) ?? DEFAULT_QUIZ_COUNT;
  const { kinds, unknown } = parseQuizKinds((values.kind as string[] | undefined) ?? []);
  if (unknown.length > 0) {
    const known = NOTE_KINDS.map(kindLabel).join(', ');
    throw new UserError(`briefdeck quiz: unknown --kind "${unknown.join('", "')}" — kinds are: ${known}`);
  }
  // Without --seed the clock picks one; it is printed, so a quiz can be asked again.
  const seed = (values.seed as string | undefined) ?? String(now.getTime() % 1_000_000);
  return { mode, count, kinds, record: values.record === true, seed, siblings: values.siblings === true };
}

function describeDecks(decks: Deck[]): string {
  return decks.length === 1 ? `deck "${decks[0]!.slug}"` : `the ${decks.length} decks`;
}

/** Without --record the store is only read: no lock, no backup, no byte changed. */
async function openQuizStore(context: CommandContext, record: boolean, now: Date): Promise<Store> {
  return openStore(context.storageDir, {
    mode: record ? 'write' : 'read',
    now,
    timeZone: context.timeZone,
    command: 'quiz',
    displayDir: context.storageDir,
    warn: (line) => context.stderr.write(`${line}\n`),
  });
}

function questionsFor(decks: Deck[], progress: ReadonlyMap<string, CardProgress>, options: QuizOptions): QuizQuestion[] {
  const random = createSeededRandom(options.seed);
  try {
    const cards = pickQuizCards({ decks, standing: progress, kinds: options.kinds, count: options.count, random, siblings: options.siblings });
    return buildQuizQuestions({ decks, cards, mode: options.mode, random });
  } catch (error) {
    if (!(error instanceof ClozeSyntaxError)) throw error;
    throw new UserError(`briefdeck: ${error.message} — regenerate the deck with "briefdeck generate"`);
  }
}

/** "no person cards in deck …" for each kind asked that the decks do not have. */
function reportMissingKinds(decks: Deck[], progress: ReadonlyMap<string, CardProgress>, kinds: NoteKind[], context: CommandContext): void {
  const missing = kinds.filter((kind) => quizableCards({ decks, standing: progress, kinds: [kind] }).length === 0);
  if (missing.length === 0) return;
  const message = `no cards of kind ${missing.map(kindLabel).join(', ')} in ${describeDecks(decks)}`;
  if (missing.length === kinds.length) {
    throw new UserError(`briefdeck quiz: ${message} — try another --kind, or none for every kind`);
  }
  context.stderr.write(`briefdeck quiz: ${message}; quizzing the other kinds\n`);
}

export const runQuizCommand: CommandRunner = async (args, context) => {
  const startedAt = context.now();
  const options = quizOptions(args.values, startedAt);
  const decks = await chooseDecks(context, args.positionals[0], deckFilterOf(args.values, startedAt, 'quiz'));
  const store = await openQuizStore(context, options.record, startedAt);
  // Only a writer holds the lock that a closed terminal must release.
  const stopWatching = options.record ? closeOnSignals(store) : () => undefined;
  try {
    // Recording needs the cards in the store; a read-only quiz takes the store as it is.
    if (options.record) for (const deck of decks) await store.syncDeck(deck);
    const deckIds = new Set(decks.map((d) => d.id));
    const progress = new Map(store.progress().filter((p) => deckIds.has(p.deckId)).map((p) => [p.cardId, p]));
    reportMissingKinds(decks, progress, options.kinds, context);
    const questions = questionsFor(decks, progress, options);
    if (questions.length === 0) throw new UserError(`briefdeck quiz: no cards to quiz in ${describeDecks(decks)}`);

    const today = calendarDayIn(startedAt, context.timeZone);
    // Cards whose schedule was already set today: a recorded answer to one is a same-day repeat.
    const scheduledToday = new Set(store.answers({ day: today }).filter((a) => a.source !== 'repeat').map((a) => a.cardId));
    const state = startQuiz({
      questions,
      mode: options.mode,
      record: options.record,
      today,
      startedAt: startedAt.toISOString(),
      schedules: progress,
      scheduledToday,
    });
    const driver = createReducerDriver(state, reduceQuiz, async (effect: QuizEffect) => {
      await store.record(effect.answer);
    });
    const describe = cardContentLookup(decks);
    const interactive = !args.values.plain && context.stdin.isTTY === true && context.stdout.isTTY === true;
    if (interactive) {
      const { runQuizInk } = await loadInkScreen(() => import('../ui/run-quiz-ink.js'));
      await runQuizInk({ driver, describe, now: context.now, color: !context.env.NO_COLOR });
    } else {
      const saved = options.record ? 'answers recorded' : 'schedule untouched';
      const n = questions.length;
      context.stdout.write(`Quiz: ${n} ${n === 1 ? 'question' : 'questions'} · ${options.mode} · seed ${options.seed} · ${saved}\n`);
      await runLineQuiz(driver, describe, { input: context.stdin, output: context.stdout, now: context.now });
    }
    const recorded = driver.getState().recorded.size;
    if (recorded > 0) context.stdout.write(`${recorded} ${recorded === 1 ? 'answer' : 'answers'} recorded in the review log (source: quiz).\n`);
    return 0;
  } finally {
    stopWatching();
    await store.close();
  }
};

import { intOption } from '../cli-args.js';
import { findDeck, loadAllDecks } from '../deck/deck-file.js';
import { UserError } from '../errors.js';
import { calendarDayIn } from '../store/calendar-day.js';
import { buildStatsReport, DEFAULT_FORECAST_DAYS } from '../stats/build-stats-report.js';
import { statsScreen } from '../stats/layout/stats-screen.js';
import { linesToText } from '../stats/layout/styled-line.js';
import { createFsrsScheduler } from '../schedule/scheduler.js';
import { fsrsCalibration, type SchedulerFigures } from '../stats/scheduler-figures.js';
import type { StatsReport } from '../stats/stats-report.js';
import { readSchedulerSettings } from '../store/scheduler-settings.js';
import { loadFsrsEngine } from './load-fsrs.js';
import { openStore } from '../store/open-store.js';
import type { CommandContext, CommandRunner } from './context.js';
import { loadInkScreen } from './load-ink.js';

/** A year ahead is the furthest forecast that still says something about a news deck. */
const MAX_FORECAST_DAYS = 365;
/** Piped output has no width of its own: lay out for a classic terminal. */
const PLAIN_WIDTH = 80;

async function readReport(context: CommandContext, wanted: string | undefined, forecastDays: number): Promise<StatsReport> {
  const { decks, problems, unreadable } = await loadAllDecks(context.decksDir);
  const chosen = wanted ? [findDeck(decks, wanted, unreadable)] : decks;
  for (const problem of problems) context.stderr.write(`${problem}\n`);
  const now = context.now();
  const settings = await readSchedulerSettings(context.storageDir, context.storageDir);
  const engine = settings.scheduler === 'fsrs' ? await loadFsrsEngine(settings.desiredRetention, settings.fitted?.parameters) : null;
  // Read mode: no lock, no backup, nothing written — stats can run beside a review.
  const store = await openStore(context.storageDir, { mode: 'read', now, timeZone: context.timeZone, displayDir: context.storageDir });
  try {
    const answers = store.answers();
    let progress = store.progress();
    let scheduler: SchedulerFigures = { name: 'sm2', desiredRetention: null, calibration: null };
    if (engine) {
      // Under FSRS the forecast counts FSRS's due days; SM-2's state (counts, leeches) stays as kept.
      const fsrs = createFsrsScheduler(engine, answers);
      const deckIds = new Set(chosen.map((d) => d.id));
      const inScope = (deckId: string): boolean => !wanted || deckIds.has(deckId);
      const calibration = fsrsCalibration(engine, answers.filter((a) => inScope(a.deckId)), progress.filter((p) => inScope(p.deckId)));
      progress = progress.map((p) => ({ ...p, due: fsrs.dueOf(p) }));
      scheduler = { name: 'fsrs', desiredRetention: settings.desiredRetention, calibration };
    }
    return buildStatsReport({
      today: calendarDayIn(now, context.timeZone),
      decks: chosen,
      progress,
      answers,
      scheduler,
      ...(wanted ? { deckIds: new Set(chosen.map((d) => d.id)) } : {}),
      forecastDays,
    });
  } finally {
    await store.close();
  }
}

export const runStatsCommand: CommandRunner = async (args, context) => {
  const forecastDays = intOption(args.values, 'days', 1) ?? DEFAULT_FORECAST_DAYS;
  if (forecastDays > MAX_FORECAST_DAYS) throw new UserError(`briefdeck: --days must be at most ${MAX_FORECAST_DAYS}, got ${forecastDays}`);
  const report = await readReport(context, args.positionals[0], forecastDays);
  if (args.values.json) {
    context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  if (context.stdout.isTTY === true) {
    const { runStatsInk } = await loadInkScreen(() => import('../ui/run-stats-ink.js'));
    await runStatsInk({ report, color: !context.env.NO_COLOR, stdout: context.stdout });
    return 0;
  }
  context.stdout.write(`${linesToText(statsScreen(report, { width: PLAIN_WIDTH }))}\n`);
  return 0;
};

import { intOption } from '../cli-args.js';
import { UserError } from '../errors.js';
import { createFsrsEngine, DEFAULT_DESIRED_RETENTION } from '../schedule/fsrs-engine.js';
import { compareSchedulers, FULL_SIMULATION, type SimulationReport } from '../simulate/compare-schedulers.js';
import type { SchedulerFigures } from '../simulate/run-simulation.js';
import { parseRetention } from './config.js';
import type { CommandRunner } from './context.js';
import { fitFsrsParameters } from './fit-fsrs-parameters.js';
import { loadTsFsrs } from './load-fsrs.js';

const pct = (share: number): string => `${(share * 100).toFixed(1)} %`;

function figuresLine(label: string, f: SchedulerFigures): string {
  return `  ${label.padEnd(38)} ${f.reviewsPerCard.toFixed(2).padStart(6)}   ${pct(f.meanRecall).padStart(7)}   ${pct(f.passRate).padStart(7)}   ${pct(f.knownRecall).padStart(7)}   ${pct(f.finalRecall).padStart(7)}`;
}

export function simulationText(report: SimulationReport): string {
  const { cards, days, newPerDay, seed } = report.config;
  const lines = [`A simulated learner: ${cards} cards, ${newPerDay} new a day, ${days} days of daily reviews (seed ${seed}).`];
  for (const m of report.models) {
    lines.push(
      '',
      `Learner model: ${m.model}`,
      `  ${'scheduler'.padEnd(38)} ${'reviews'.padStart(6)}   ${'recall'.padStart(7)}   ${'passed'.padStart(7)}   ${'known'.padStart(7)}   ${'at end'.padStart(7)}`,
      figuresLine('SM-2', m.sm2),
      figuresLine(`FSRS, retention ${m.fsrs.desiredRetention}`, m.fsrs),
      figuresLine(`FSRS at SM-2's recall (${m.fsrsAtSm2Recall.desiredRetention})`, m.fsrsAtSm2Recall),
      figuresLine(`FSRS knowing as much (${m.fsrsAtSm2Known.desiredRetention})`, m.fsrsAtSm2Known),
    );
    if (m.fsrsFitted) {
      lines.push(
        figuresLine(`FSRS fitted, retention ${m.fsrsFitted.figures.desiredRetention}`, m.fsrsFitted.figures),
        figuresLine(`FSRS fitted at SM-2's recall (${m.fsrsFitted.atSm2Recall.desiredRetention})`, m.fsrsFitted.atSm2Recall),
      );
    }
  }
  lines.push(
    '',
    'reviews: answers per card (first sight, reviews, same-day repeats); recall: true recall at scheduled reviews;',
    'passed: those reviews graded 3 or more; known: recall of the cards met, on an average day; at end: on the last day.',
  );
  const fitted = report.models.find((m) => m.fsrsFitted)?.fsrsFitted;
  if (fitted) {
    lines.push(`FSRS fitted: default parameters for the first ${fitted.fittedAfterDays} days, then parameters fitted to the learner's log of those days (briefdeck fit).`);
  }
  return lines.join('\n');
}

/** `briefdeck simulate`: SM-2 and FSRS compared on simulated learners; deterministic for a seed. */
export const runSimulateCommand: CommandRunner = async (args, context) => {
  const config = {
    cards: intOption(args.values, 'cards', 1) ?? FULL_SIMULATION.cards,
    days: intOption(args.values, 'days', 1) ?? FULL_SIMULATION.days,
    newPerDay: FULL_SIMULATION.newPerDay,
    seed: intOption(args.values, 'seed', 0) ?? FULL_SIMULATION.seed,
    fitAfterDays: FULL_SIMULATION.fitAfterDays,
  };
  // Bounds that keep a run to minutes: 20,000 cards, ten years.
  if (config.cards > 20_000) throw new UserError(`briefdeck simulate: --cards must be at most 20000, got ${config.cards}`);
  if (config.days > 3650) throw new UserError(`briefdeck simulate: --days must be at most 3650, got ${config.days}`);
  const desiredRetention = parseRetention(args.values['desired-retention'], 'simulate') ?? DEFAULT_DESIRED_RETENTION;
  const tsFsrs = await loadTsFsrs();
  let fitProblem: string | null = null;
  const report = await compareSchedulers(
    config,
    (retention, parameters) => createFsrsEngine(tsFsrs, retention, parameters),
    desiredRetention,
    async (targets) => {
      if (fitProblem) return null;
      try {
        return (await fitFsrsParameters(targets, 'simulate')).parameters;
      } catch (error) {
        // No optimizer on this machine: the figures with default parameters still stand.
        if (!(error instanceof UserError)) throw error;
        fitProblem = error.message;
        return null;
      }
    },
  );
  if (fitProblem) context.stderr.write(`${fitProblem}; the rows with fitted parameters are left out\n`);
  context.stdout.write(args.values.json ? `${JSON.stringify(report, null, 2)}\n` : `${simulationText(report)}\n`);
  return 0;
};

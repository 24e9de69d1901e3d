// `npm run bench -- --simulate`: the full-size simulator (a year, 1,000 cards, 20 new a day)
// through the built CLI, timed, with issue 15's goal checked against its figures.
import { execFileSync } from 'node:child_process';
import type { SimulationReport } from '../src/simulate/compare-schedulers.js';
import { describeMachine, machineLine } from './machine.js';

const pct = (share: number): string => `${(share * 100).toFixed(1)} %`;

export function benchSimulate(): void {
  const machine = describeMachine();
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const started = performance.now();
  const out = execFileSync(process.execPath, ['dist/briefdeck.js', 'simulate', '--json'], { env: { ...process.env, NODE_ENV: 'production' } });
  const seconds = (performance.now() - started) / 1000;
  const report = JSON.parse(out.toString()) as SimulationReport;
  console.log(`\nbriefdeck simulate, full size: ${seconds.toFixed(1)} s (target: under 60 s) — ${seconds < 60 ? 'met' : '**not met**'}`);
  console.log(`machine: ${machineLine(machine)}\n`);
  console.log('| learner model | scheduler | reviews per card | recall at reviews | passed | known on a day | recall at end |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const m of report.models) {
    const rows: [string, typeof m.sm2][] = [
      ['SM-2', m.sm2],
      [`FSRS, retention ${m.fsrs.desiredRetention}`, m.fsrs],
      [`FSRS at SM-2's recall (${m.fsrsAtSm2Recall.desiredRetention})`, m.fsrsAtSm2Recall],
      [`FSRS knowing as much (${m.fsrsAtSm2Known.desiredRetention})`, m.fsrsAtSm2Known],
      ...(m.fsrsFitted
        ? ([
            [`FSRS fitted after ${m.fsrsFitted.fittedAfterDays} days, retention ${m.fsrsFitted.figures.desiredRetention}`, m.fsrsFitted.figures],
            [`FSRS fitted at SM-2's recall (${m.fsrsFitted.atSm2Recall.desiredRetention})`, m.fsrsFitted.atSm2Recall],
          ] as [string, typeof m.sm2][])
        : []),
    ];
    for (const [name, f] of rows) {
      console.log(`| ${m.model} | ${name} | ${f.reviewsPerCard.toFixed(2)} | ${pct(f.meanRecall)} | ${pct(f.passRate)} | ${pct(f.knownRecall)} | ${pct(f.finalRecall)} |`);
    }
  }
  console.log('\nIssue 15 goal:');
  const goal = (label: string, sm2: typeof report.models[0]['sm2'], matched: typeof sm2, atTarget: typeof sm2): string => {
    const saved = 1 - matched.reviewsPerCard / sm2.reviewsPerCard;
    const gap = Math.abs(matched.meanRecall - sm2.meanRecall) * 100;
    return (
      `- ${label}: at equal recall (${gap.toFixed(2)} points apart) FSRS needs ${(saved * 100).toFixed(1)} % fewer reviews per card (goal ≥ 10 %) — ${saved >= 0.1 && gap <= 0.5 ? 'met' : '**not met**'}; ` +
      `at retention 0.9 it passed ${pct(atTarget.passRate)} (goal 87–93 %) — ${atTarget.passRate >= 0.87 && atTarget.passRate <= 0.93 ? 'met' : '**not met**'}`
    );
  };
  for (const m of report.models) {
    console.log(goal(`${m.model}, default parameters`, m.sm2, m.fsrsAtSm2Recall, m.fsrs));
    if (m.fsrsFitted) console.log(goal(`${m.model}, fitted parameters`, m.sm2, m.fsrsFitted.atSm2Recall, m.fsrsFitted.figures));
  }
}

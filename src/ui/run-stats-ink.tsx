import { render, useApp } from 'ink';
import { useEffect } from 'react';
import type { StatsReport } from '../stats/stats-report.js';
import { StatsView } from './stats-view.js';

/** Stats are a picture, not a session: draw once, then give the terminal back. */
function StatsOnce({ report, color }: { report: StatsReport; color: boolean }) {
  const { exit } = useApp();
  useEffect(() => exit(), [exit]);
  return <StatsView report={report} color={color} />;
}

export async function runStatsInk(options: { report: StatsReport; color: boolean; stdout?: NodeJS.WriteStream }): Promise<void> {
  const app = render(<StatsOnce report={options.report} color={options.color} />, {
    stdout: options.stdout ?? process.stdout,
    exitOnCtrlC: true,
    patchConsole: false,
  });
  await app.waitUntilExit();
}

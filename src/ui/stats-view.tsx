import { useStdout } from 'ink';
import { useMemo } from 'react';
import type { StatsReport } from '../stats/stats-report.js';
import { statsScreen } from '../stats/layout/stats-screen.js';
import { StyledLines } from './stats-styled-lines.js';
import { useTerminalWidth } from './use-terminal-width.js';

export interface StatsViewProps {
  report: StatsReport;
  /** False under NO_COLOR: then only bold is used. */
  color: boolean;
}

/** Rows the screen needs besides the trouble cards (at 80 columns, one deck), and the prompt after. */
const FIXED_ROWS = 21;
const MIN_LEECHES = 3;

/** The stats screen, laid out for the terminal's width; as many trouble cards as rows allow. */
export function StatsView({ report, color }: StatsViewProps) {
  const width = useTerminalWidth();
  const { stdout } = useStdout();
  const rows = stdout.rows > 0 ? stdout.rows : 24;
  const deckRows = report.counts.byDeck.length > 1 ? report.counts.byDeck.length : 0;
  const maxLeeches = Math.max(MIN_LEECHES, rows - FIXED_ROWS - deckRows);
  const lines = useMemo(() => statsScreen(report, { width, maxLeeches }), [report, width, maxLeeches]);
  return <StyledLines lines={lines} color={color} />;
}

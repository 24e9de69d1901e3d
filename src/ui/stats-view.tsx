import { useMemo } from 'react';
import type { StatsReport } from '../stats/stats-report.js';
import { statsScreen } from '../stats/layout/stats-screen.js';
import { StyledLines } from './stats-styled-lines.js';
import { useTerminalRows, useTerminalWidth } from './use-terminal-width.js';

export interface StatsViewProps {
  report: StatsReport;
  /** False under NO_COLOR: then only bold is used. */
  color: boolean;
}

/**
 * The stats screen, laid out for the terminal's width, with as many trouble cards as its rows
 * allow: the screen and the prompt after it fit, so the title and the "Trouble spots" line
 * (with how many cards there are) always show.
 */
export function StatsView({ report, color }: StatsViewProps) {
  const width = useTerminalWidth();
  const rows = useTerminalRows();
  const lines = useMemo(() => {
    const room = rows - 1;
    // As many trouble cards as fit (they are counted, and all in --json); then no row per deck.
    const fit = (deckTable: boolean) => {
      const whole = statsScreen(report, { width, deckTable });
      if (whole.length <= room) return whole;
      return statsScreen(report, { width, deckTable, maxLeeches: Math.max(0, report.leeches.cards.length - (whole.length - room) - 1) });
    };
    const withTable = fit(true);
    return withTable.length <= room ? withTable : fit(false);
  }, [report, width, rows]);
  return <StyledLines lines={lines} color={color} />;
}

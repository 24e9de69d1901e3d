import { render } from 'ink-testing-library';
import { describe, expect, test } from 'vitest';
import { SummaryView } from '../../src/ui/summary-view.js';

const summary = { cardsDone: 3, correctShare: 2 / 3, timeSpentMs: 95_000, answers: [] };

describe('the review summary', () => {
  test('shows the coming week as the same bar chart as stats', () => {
    const perDay = [
      { day: '2026-03-02', count: 0 },
      { day: '2026-03-03', count: 3 },
      { day: '2026-03-04', count: 0 },
      { day: '2026-03-05', count: 0 },
      { day: '2026-03-06', count: 0 },
      { day: '2026-03-07', count: 0 },
      { day: '2026-03-08', count: 5 },
    ];
    const { lastFrame } = render(<SummaryView summary={summary} forecast={{ tomorrow: 3, week: 8, perDay }} width={80} />);
    const frame = lastFrame() ?? '';
    expect(frame).toContain('due tomorrow');
    expect(frame).toContain('Due · 7 days');
    expect(frame).toMatch(/today\s+Tu\s+We\s+Th\s+Fr\s+Sa\s+Su/);
    expect(frame.split('\n').length).toBeLessThanOrEqual(24);
    expect(frame).toContain('█');
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('without a per-day forecast it shows the counts only', () => {
    const { lastFrame } = render(<SummaryView summary={summary} forecast={{ tomorrow: 0, week: 0 }} width={80} />);
    expect(lastFrame()).not.toContain('█');
    expect(lastFrame()).toContain('67 %');
  });
});

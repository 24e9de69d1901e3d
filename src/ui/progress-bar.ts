/** A bar like `█████░░░░░` of exactly `width` cells, filled in proportion done / total. */
export function progressBar(done: number, total: number, width: number): string {
  const cells = Math.max(0, Math.floor(width));
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(share * cells);
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

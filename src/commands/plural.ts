/** "1 note", "3 notes": a count with its noun. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The index of the first item whose key is at least `value`, in a list sorted by that key
 * (items.length when none is): a binary search, for inputs of a megabyte in one paragraph.
 */
export function firstAtLeast<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

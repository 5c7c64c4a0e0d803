// Local calendar days (the environment's time zone), for figures grouped by day.

// Every boundary is built from a calendar date rather than by adding 24 hours, so a daylight
// saving day keeps its real length (23 or 25 hours) and no day is skipped or counted twice.

/** The local midnight `count` days after the start of the day holding `at` (negative: before). */
export function addDays(at: number, count: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + count).getTime();
}

/** The local midnight that starts the day holding `at`. */
export function startOfDay(at: number): number {
  return addDays(at, 0);
}

/** The local date of `at` as YYYY-MM-DD, a key that sorts in time order. */
export function dayKey(at: number | Date): string {
  const date = typeof at === 'number' ? new Date(at) : at;
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The starts of `days` consecutive local days from the day holding `from`, plus the end of the last. */
export function dayStarts(from: number, days: number): number[] {
  const starts: number[] = [];
  for (let offset = 0; offset <= days; offset++) starts.push(addDays(from, offset));
  return starts;
}

/**
 * Which interval of `bounds` (ascending; interval i is [bounds[i], bounds[i + 1])) holds `at`,
 * or -1 when it is outside them all. A binary search, so long series stay cheap per row.
 */
export function intervalOf(bounds: readonly number[], at: number): number {
  const first = bounds[0];
  const last = bounds[bounds.length - 1];
  if (first === undefined || last === undefined || at < first || at >= last) return -1;
  let low = 0;
  let high = bounds.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((bounds[mid] ?? Number.POSITIVE_INFINITY) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

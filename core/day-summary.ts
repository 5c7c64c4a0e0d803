// The per-day summaries the log keeps beside its rows, and the figures read back from them.
import {
  type DayFigures,
  figuresOver,
  type LogRows,
  type StretchCount,
  sortCounts,
} from './adherence';
import { intervalOf } from './days';
import { emptyFigures } from './empty-figures';

/** One day's figures and the stretches done that day: what the log keeps per day. */
export interface DaySummary extends DayFigures {
  /** Stretch id → times done all the way through that day. */
  stretches: Record<string, number>;
}

/**
 * The summary of each interval of `bounds` (consecutive local days), for the log's per-day table.
 * `rows` must hold every prompt of the bouts that have a prompt in the range, and those bouts.
 */
export function summaries(rows: LogRows, bounds: readonly number[]): DaySummary[] {
  // Maps, not objects: an id such as `constructor` or `__proto__` must count like any other,
  // never reach Object.prototype.
  const stretchesPerDay = bounds.slice(1).map(() => new Map<string, number>());
  for (const prompt of rows.prompts) {
    const day = stretchesPerDay[intervalOf(bounds, prompt.dueAt)];
    if (!day) continue;
    for (const id of prompt.completed) day.set(id, (day.get(id) ?? 0) + 1);
  }
  return figuresOver(rows, bounds, null).map((f, i) => ({
    ...f,
    // fromEntries defines own properties, so even `__proto__` is stored as a plain count.
    stretches: Object.fromEntries(stretchesPerDay[i] ?? []),
  }));
}

/** A day with nothing logged. */
export function emptyDay(date: string): DaySummary {
  return { ...emptyFigures(date), stretches: {} };
}

/** `adherenceRate` from day summaries: answered over decided due breaks, null when none. */
export function rateOf(days: readonly DayFigures[]): number | null {
  let answered = 0;
  let decided = 0;
  for (const day of days) {
    answered += day.due - day.missed - day.pending;
    decided += day.due - day.pending;
  }
  return decided > 0 ? answered / decided : null;
}

/** `perStretch` from day summaries. */
export function stretchCountsOf(days: readonly DaySummary[]): StretchCount[] {
  const counts = new Map<string, number>();
  for (const day of days) {
    for (const [id, count] of Object.entries(day.stretches)) {
      counts.set(id, (counts.get(id) ?? 0) + count);
    }
  }
  return sortCounts(counts);
}

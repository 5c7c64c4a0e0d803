// A day's figures with nothing logged: shared by the popup's today (today-view.ts) and the per-day
// summaries (day-summary.ts), so neither depends on the other. Not in adherence.ts, so the popup,
// which needs it, does not load the figures code.
import type { DayFigures } from './adherence';

/** A day with nothing logged. */
export function emptyFigures(date: string): DayFigures {
  return {
    date,
    taken: 0,
    due: 0,
    missed: 0,
    pending: 0,
    putOff: 0,
    satMin: 0,
    longestBoutMin: 0,
  };
}

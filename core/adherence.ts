// Adherence figures from log rows: today, per day, streak, rate, per-stretch counts, pain reports.

import { sitting } from './adherence-sitting';
import { type LogRows, tally } from './adherence-tally';
import { addDays, dayKey, dayStarts, startOfDay } from './days';
import type { PainRecord } from './engine-types';
import { minuteMs } from './time';

export type { LogRows };

/** Breaks a day needs to count towards the streak (docs/product.md#daily-goal-and-streak). */
export const defaultDailyGoal = 8;

export interface DayFigures {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Breaks taken: the chart's "done". */
  taken: number;
  /** Breaks the sitting limit asked for. */
  due: number;
  /** Due breaks that ended without one being taken. */
  missed: number;
  /** Due breaks still waiting for an answer (a snooze in the bout still running). */
  pending: number;
  /** Breaks put off by a pause: neither due nor missed (docs/counting.md). */
  putOff: number;
  satMin: number;
  longestBoutMin: number;
}

export interface StretchCount {
  stretchId: string;
  count: number;
}

/** Breaks taken in each interval of `bounds`, as `figuresOver` counts them. */
export function takenOver(rows: LogRows, bounds: readonly number[]): number[] {
  return tally(rows, bounds).map((t) => t.taken);
}

/** The figures of each interval of `bounds` (consecutive local days). */
export function figuresOver(
  rows: LogRows,
  bounds: readonly number[],
  current: CurrentBout | null,
): DayFigures[] {
  const tallies = tally(rows, bounds);
  const now = current ? [{ startedAt: current.startedAt, endedAt: current.now }] : [];
  const sat = sitting(now.length ? [...rows.bouts, ...now] : rows.bouts, bounds);
  return tallies.map((t, i) => {
    const s = sat[i] ?? { satMs: 0, longestMs: 0 };
    return {
      date: dayKey(bounds[i] ?? 0),
      taken: t.taken,
      due: t.due,
      missed: t.due - t.answered - t.pending,
      pending: t.pending,
      putOff: t.putOff,
      satMin: Math.round(s.satMs / minuteMs),
      longestBoutMin: Math.round(s.longestMs / minuteMs),
    };
  });
}

interface CurrentBout {
  startedAt: number;
  now: number;
}

/**
 * Today's figures at `now`. The bout in progress lives in engine state, not in the log: pass its
 * start to count it up to `now` in the minutes sat and the longest bout.
 */
export function today(
  rows: LogRows,
  now: number,
  currentBout: { startedAt: number } | null = null,
): DayFigures {
  const bounds = [startOfDay(now), addDays(now, 1)];
  const current = currentBout ? { startedAt: currentBout.startedAt, now } : null;
  const [day] = figuresOver(rows, bounds, current);
  // figures() returns one entry per interval and there is exactly one here.
  return day as DayFigures;
}

/** One entry per local day for `days` days, starting with the day that holds `from`. */
export function perDay(rows: LogRows, from: number, days: number): DayFigures[] {
  return figuresOver(rows, dayStarts(from, days), null);
}

/**
 * The share of due breaks that ended with a break taken, 0 to 1, or null when nothing was due.
 * Breaks still pending are left out until they are answered.
 */
export function adherenceRate(rows: LogRows, from: number, to: number): number | null {
  const [t] = tally(rows, [from, to]);
  const decided = t ? t.due - t.pending : 0;
  return t && decided > 0 ? t.answered / decided : null;
}

/** How many times each stretch was done all the way through, most done first. */
export function perStretch(rows: LogRows, from: number, to: number): StretchCount[] {
  const counts = new Map<string, number>();
  for (const prompt of rows.prompts) {
    if (prompt.dueAt < from || prompt.dueAt >= to) continue;
    for (const id of prompt.completed) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return sortCounts(counts);
}

/** The pain reports made in [from, to), newest first. */
export function painReports(rows: LogRows, from: number, to: number): PainRecord[] {
  return rows.pains.filter((p) => p.at >= from && p.at < to).sort((a, b) => b.at - a.at);
}

/** Counts per stretch, most first, ties by id so the order never wobbles. */
export function sortCounts(counts: Map<string, number>): StretchCount[] {
  return [...counts]
    .map(([stretchId, count]) => ({ stretchId, count }))
    .sort((a, b) => b.count - a.count || (a.stretchId < b.stretchId ? -1 : 1));
}

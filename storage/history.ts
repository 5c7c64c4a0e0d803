// The figures the pages show, read from the per-day summaries: a handful of small reads.
import {
  type DayFigures,
  type DaySummary,
  emptyDay,
  rateOf,
  streakOf,
  stretchCountsOf,
} from '../core/adherence';
import { addDays, dayKey, dayStarts, startOfDay } from '../core/days';
import type { History } from '../core/history';
import type { Settings } from '../core/settings';
import type { LogDb } from './db';

const historyDays = 30;

/** One summary per local day from the day holding `from`, missing days as empty ones. */
async function daysFrom(db: LogDb, from: number, count: number): Promise<DaySummary[]> {
  const starts = dayStarts(from, count).slice(0, count);
  const keys = starts.map(dayKey);
  const stored = await db.days.bulkGet(keys);
  return keys.map((key, i) => stored[i] ?? emptyDay(key));
}

/** Today's figures from the rows logged so far; the bout in progress is not in the log yet. */
export async function readToday(db: LogDb, now: number): Promise<DayFigures> {
  const key = dayKey(now);
  const { stretches: _, ...figures } = (await db.days.get(key)) ?? emptyDay(key);
  return figures;
}

export async function readHistory(db: LogDb, now: number, settings: Settings): Promise<History> {
  const todayStart = startOfDay(now);
  const first = addDays(todayStart, 1 - historyDays);
  const [days, pains, taken] = await Promise.all([
    daysFrom(db, first, historyDays),
    db.pains.where('at').between(first, addDays(todayStart, 1), true, false).reverse().sortBy('at'),
    takenByDate(db, dayKey(todayStart)),
  ]);
  return {
    days: days.map(({ stretches: _, ...figures }) => figures),
    dailyGoal: settings.dailyGoal,
    streak: streakOf(taken, now, settings.schedule, settings.dailyGoal),
    rate7: rateOf(days.slice(-7)),
    rate30: rateOf(days),
    stretches: stretchCountsOf(days),
    pains,
  };
}

/**
 * Breaks taken per day, from today back to the first day that cannot be part of the streak. The
 * summaries are read newest first and the walk stops at the first day that took none, so a long
 * streak costs one read per day of it, not one per day of the log.
 */
async function takenByDate(db: LogDb, todayKey: string): Promise<Map<string, number>> {
  const taken = new Map<string, number>();
  await db.days
    .where('date')
    .belowOrEqual(todayKey)
    .reverse()
    .until((day) => day.taken === 0 && day.date !== todayKey, true)
    .each((day) => taken.set(day.date, day.taken));
  return taken;
}

// The figures the pages show, read from the per-day summaries: a handful of small reads.
import type { DayFigures } from '../core/adherence';
import { type DaySummary, emptyDay, rateOf, stretchCountsOf } from '../core/day-summary';
import { addDays, dayKey, dayStarts, startOfDay } from '../core/days';
import type { History } from '../core/history';
import type { Settings } from '../core/settings';
import { isWorkingDay, streakOf } from '../core/streak';
import type { LogDb } from './db';

const historyDays = 30;

/** One summary per local day from the day holding `from`, missing days as empty ones. */
async function daysFrom(db: LogDb, from: number, count: number): Promise<DaySummary[]> {
  const starts = dayStarts(from, count).slice(0, count);
  const keys = starts.map(dayKey);
  const stored = await db.days.bulkGet(keys);
  // Summaries written before a figure existed lack it: it was 0 then ('paused' is newer).
  return keys.map((key, i) => ({ ...emptyDay(key), ...stored[i] }));
}

/** Today's figures from the rows logged so far; the bout in progress is not in the log yet. */
export async function readToday(db: LogDb, now: number): Promise<DayFigures> {
  const key = dayKey(now);
  const { stretches: _, ...figures } = { ...emptyDay(key), ...(await db.days.get(key)) };
  return figures;
}

export async function readHistory(db: LogDb, now: number, settings: Settings): Promise<History> {
  const todayStart = startOfDay(now);
  const first = addDays(todayStart, 1 - historyDays);
  const [days, pains, taken] = await Promise.all([
    daysFrom(db, first, historyDays),
    db.pains.where('at').between(first, addDays(todayStart, 1), true, false).reverse().sortBy('at'),
    takenByDate(db, now, settings),
  ]);
  // Today counts once it has met the goal: its own figure, not the key lists'.
  taken.set(dayKey(now), days.at(-1)?.taken ?? 0);
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
 * Breaks taken per day, as much of it as the streak needs: from the last working day before today
 * that missed the goal (or the first day logged) up to today. Keys only, through the `taken`
 * index, so a streak of years costs two key lists, not a read of every day.
 */
async function takenByDate(
  db: LogDb,
  now: number,
  settings: Settings,
): Promise<Map<string, number>> {
  const todayKey = dayKey(now);
  const missedGoal = await db.days.where('taken').below(settings.dailyGoal).primaryKeys();
  const lastMissed = missedGoal
    .filter((date) => date < todayKey && isWorkingDay(dateStart(date), settings.schedule))
    .sort()
    .at(-1);
  const since = await db.days
    .where('date')
    .between(lastMissed ?? '', todayKey, lastMissed !== undefined, false)
    .primaryKeys();
  const missed = new Set(missedGoal);
  const taken = new Map(since.map((date) => [date, missed.has(date) ? 0 : settings.dailyGoal]));
  // The last day that missed: where the walk back stops.
  if (lastMissed !== undefined) taken.set(lastMissed, 0);
  return taken;
}

/** The local midnight of a YYYY-MM-DD date. */
function dateStart(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

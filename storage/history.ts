// The figures the pages show, read from the per-day summaries: a handful of small reads.
import type { DayFigures } from '../core/adherence';
import { type DaySummary, emptyDay, rateOf, stretchCountsOf } from '../core/day-summary';
import { addDays, dayKey, dayStarts, startOfDay } from '../core/days';
import type { History } from '../core/history';
import { goalsOf, type PlanEntry, type RulesOfDay, rulesByDay } from '../core/plans';
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

/**
 * The figures of the last 30 days. Each past day is judged (working day or not, its goal) by the
 * plan in force that day, so changing today's settings never rewrites the days before.
 */
export async function readHistory(db: LogDb, now: number, settings: Settings): Promise<History> {
  const todayStart = startOfDay(now);
  const first = addDays(todayStart, 1 - historyDays);
  const plans = await db.plans.orderBy('at').toArray();
  const rulesOf = rulesByDay(plans, settings, now);
  const [days, pains, taken] = await Promise.all([
    daysFrom(db, first, historyDays),
    db.pains.where('at').between(first, addDays(todayStart, 1), true, false).reverse().sortBy('at'),
    takenByDate(db, now, plans, settings, rulesOf),
  ]);
  // Today counts once it has met the goal: its own figure, not the key lists'.
  taken.set(dayKey(now), days.at(-1)?.taken ?? 0);
  return {
    days: days.map(({ stretches: _, ...figures }) => figures),
    dayGoals: dayStarts(first, historyDays)
      .slice(0, historyDays)
      .map((start) => rulesOf(start).dailyGoal),
    dailyGoal: settings.dailyGoal,
    streak: streakOf(taken, now, rulesOf),
    rate7: rateOf(days.slice(-7)),
    rate30: rateOf(days),
    stretches: stretchCountsOf(days),
    pains,
  };
}

/**
 * Breaks taken per day, as much of it as the streak needs: from the last working day before today
 * that missed its goal (or the first day logged) up to today. Keys only, through the `taken`
 * index, so a streak of years costs two key lists, not a read of every day. Each day has its own
 * goal, so the days below the highest goal any plan set are read with their counts, and each is
 * held against its own.
 */
async function takenByDate(
  db: LogDb,
  now: number,
  plans: readonly PlanEntry[],
  settings: Settings,
  rulesOf: RulesOfDay,
): Promise<Map<string, number>> {
  const todayKey = dayKey(now);
  const highest = Math.max(...goalsOf(plans, settings));
  const below = new Map<string, number>();
  await db.days
    .where('taken')
    .below(highest)
    .eachKey((taken, cursor) => {
      below.set(String(cursor.primaryKey), Number(taken));
    });
  const lastMissed = [...below]
    .filter(([date, taken]) => {
      if (date >= todayKey) return false;
      const rules = rulesOf(dateStart(date));
      return taken < rules.dailyGoal && isWorkingDay(dateStart(date), rules.schedule);
    })
    .map(([date]) => date)
    .sort()
    .at(-1);
  const since = await db.days
    .where('date')
    .between(lastMissed ?? '', todayKey, lastMissed !== undefined, false)
    .primaryKeys();
  // A day not below the highest goal met every goal: the highest stands for its count.
  const taken = new Map(since.map((date) => [date, below.get(date) ?? highest]));
  // The last day that missed: where the walk back stops.
  if (lastMissed !== undefined) taken.set(lastMissed, 0);
  return taken;
}

/** The local midnight of a YYYY-MM-DD date. */
function dateStart(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

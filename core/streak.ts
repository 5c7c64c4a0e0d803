// The streak: working days in a row that met the daily goal, from raw rows or from day summaries.
import { defaultDailyGoal, type LogRows, takenOver } from './adherence';
import { addDays, dayKey, startOfDay } from './days';
import type { RulesOfDay } from './plans';
import type { Weekday, WorkSchedule } from './settings';

export function isWorkingDay(dayStart: number, schedule: WorkSchedule): boolean {
  if (!schedule.enabled) return true;
  return schedule.days.includes(new Date(dayStart).getDay() as WorkSchedule['days'][number]);
}

/** The streak under one set of rules for every day, as if the settings had never changed. */
export function streak(
  rows: LogRows,
  now: number,
  schedule: WorkSchedule,
  dailyGoal: number = defaultDailyGoal,
): number {
  return streakUnder(rows, now, () => ({ schedule, dailyGoal }));
}

/**
 * Working days in a row that met the daily goal, counting back from yesterday; today counts once
 * it has met it, and an unmet today does not break the run (the day is not over). Days that are
 * not working days neither break nor extend it, even when the user took breaks on them. Each day
 * is judged by its own rules (core/plans: the plan in force that day).
 */
export function streakUnder(rows: LogRows, now: number, rulesOf: RulesOfDay): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (const prompt of rows.prompts) earliest = Math.min(earliest, prompt.dueAt);
  // Before the first prompt no break was taken, so no day there can meet a goal of one or more.
  const todayStart = startOfDay(now);
  const firstDay = Math.min(startOfDay(Number.isFinite(earliest) ? earliest : now), todayStart);
  const bounds = [firstDay];
  for (let start = firstDay; start <= todayStart; ) {
    start = addDays(start, 1);
    bounds.push(start);
  }
  const taken = new Map<string, number>();
  for (const [i, count] of takenOver(rows, bounds).entries()) {
    taken.set(dayKey(bounds[i] ?? 0), count);
  }
  return streakOf(taken, now, rulesOf);
}

/**
 * The streak from breaks taken per local date (`YYYY-MM-DD`; a missing date took none), as the
 * per-day summaries hold them. The same rule as `streak`.
 */
export function streakOf(
  takenByDate: ReadonlyMap<string, number>,
  now: number,
  rulesOf: RulesOfDay,
): number {
  let earliest = dayKey(now);
  for (const date of takenByDate.keys()) if (date < earliest) earliest = date;
  // One Date stepped back a calendar day at a time: years of streak stay a few milliseconds, and
  // setDate keeps local midnights right across daylight saving changes.
  const day = new Date(startOfDay(now));
  const working = ({ schedule }: ReturnType<RulesOfDay>) =>
    !schedule.enabled || schedule.days.includes(day.getDay() as Weekday);
  const met = ({ dailyGoal }: ReturnType<RulesOfDay>) =>
    (takenByDate.get(dayKey(day)) ?? 0) >= dailyGoal;
  const today = rulesOf(day.getTime());
  let count = met(today) && working(today) ? 1 : 0;
  for (day.setDate(day.getDate() - 1); dayKey(day) >= earliest; day.setDate(day.getDate() - 1)) {
    const rules = rulesOf(day.getTime());
    if (!working(rules)) continue;
    if (!met(rules)) break;
    count += 1;
  }
  return count;
}

// Which settings a past day is judged by: the plan in force that day, as the log keeps them.
import { addDays, startOfDay } from './days';
import type { WorkSchedule } from './settings';

/** What judging a day takes from the settings: whether it was a working day, and its goal. */
export interface DayRules {
  schedule: WorkSchedule;
  dailyGoal: number;
}

/** A plan from the log (storage's PlanRecord has this shape): the settings in force from `at`. */
export interface PlanEntry {
  at: number;
  settings: DayRules;
}

/** The rules of the local day that starts at `dayStart`. */
export type RulesOfDay = (dayStart: number) => DayRules;

/**
 * Today (and later) goes by the settings now in force. A past day goes by the plan in force when
 * it ended, so changing a setting during a day counts for that day, and changing one today
 * never rewrites the days before. A day before the first plan kept (an older log, or retention)
 * goes by the first plan; with no plans at all, by today's settings.
 */
export function rulesByDay(
  plans: readonly PlanEntry[],
  current: DayRules,
  now: number,
): RulesOfDay {
  const sorted = [...plans].sort((a, b) => a.at - b.at);
  const todayStart = startOfDay(now);
  const first = sorted[0];
  return (dayStart) => {
    if (dayStart >= todayStart || !first) return current;
    const end = addDays(dayStart, 1);
    let inForce = first;
    // Plans are few (one per change of settings): a scan is cheaper than anything cleverer.
    for (const plan of sorted) {
      if (plan.at >= end) break;
      inForce = plan;
    }
    return rulesOf(inForce.settings);
  };
}

/** Only the two fields, so a plan's other settings never leak into a day's figures. */
function rulesOf({ schedule, dailyGoal }: DayRules): DayRules {
  return { schedule, dailyGoal };
}

/** Every goal a day in the log may be judged by: today's and each plan's. */
export function goalsOf(plans: readonly PlanEntry[], current: DayRules): number[] {
  return [...new Set([current.dailyGoal, ...plans.map((plan) => plan.settings.dailyGoal)])];
}

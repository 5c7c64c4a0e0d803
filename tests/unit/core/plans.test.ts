// Past days are judged by the settings then in force: the plan that held when each day ended.
import { describe, expect, it } from 'vitest';
import type { LogRows } from '../../../core/adherence';
import type { PromptRecord } from '../../../core/engine-types';
import { goalsOf, type PlanEntry, rulesByDay } from '../../../core/plans';
import type { WorkSchedule } from '../../../core/settings';
import { streakUnder } from '../../../core/streak';

const day = (d: number, h = 0, m = 0) => new Date(2026, 10, d, h, m).getTime();
const weekdays: WorkSchedule = {
  enabled: true,
  days: [1, 2, 3, 4, 5],
  startMinute: 480,
  endMinute: 1080,
};
const everyDay: WorkSchedule = { ...weekdays, days: [0, 1, 2, 3, 4, 5, 6] };
const plan = (at: number, dailyGoal: number, schedule = weekdays): PlanEntry => ({
  at,
  settings: { schedule, dailyGoal },
});

/** `count` breaks done on each listed day of November 2026, from 09:00 an hour apart. */
function breaks(perDay: Record<number, number>): LogRows {
  const prompts: PromptRecord[] = [];
  for (const [d, count] of Object.entries(perDay)) {
    for (let i = 0; i < count; i++) {
      const dueAt = day(Number(d), 9 + i);
      prompts.push({
        id: `${d}-${i}`,
        boutId: null,
        trigger: 'limit',
        dueAt,
        shownAt: dueAt,
        settledAt: dueAt + 60_000,
        outcome: 'done',
        snoozesBefore: 0,
        offered: [],
        completed: [],
      });
    }
  }
  return { bouts: [], prompts, pains: [] };
}

describe('rulesByDay', () => {
  // Goal 8 from Monday 2 November, 4 from Monday 16th at 14:00; today is Monday 23rd, goal 6.
  const plans = [plan(day(16, 14), 4), plan(day(2, 8), 8)];
  const now = day(23, 10);
  const rulesOf = rulesByDay(plans, { schedule: everyDay, dailyGoal: 6 }, now);

  it('judges a past day by the plan in force when it ended', () => {
    expect(rulesOf(day(10)).dailyGoal).toBe(8);
    expect(rulesOf(day(15)).dailyGoal).toBe(8);
    // Changed during the 16th: that day already counts under the new goal.
    expect(rulesOf(day(16)).dailyGoal).toBe(4);
    expect(rulesOf(day(22))).toEqual({ schedule: weekdays, dailyGoal: 4 });
  });

  it("judges today by today's settings", () => {
    expect(rulesOf(day(23))).toEqual({ schedule: everyDay, dailyGoal: 6 });
  });

  it('judges a day before the first plan by the first plan, and goes by today with no plans', () => {
    expect(rulesOf(day(1)).dailyGoal).toBe(8);
    expect(rulesByDay([], { schedule: everyDay, dailyGoal: 6 }, now)(day(10)).dailyGoal).toBe(6);
  });

  it('lists every goal a day may be judged by', () => {
    expect(goalsOf(plans, { schedule: everyDay, dailyGoal: 6 }).sort()).toEqual([4, 6, 8]);
  });
});

describe('streakUnder the plans in force', () => {
  // Three breaks on each weekday from Monday 16th to Friday 20th; today is Monday 23rd, 10:00.
  const log = breaks({ 16: 3, 17: 3, 18: 3, 19: 3, 20: 3 });
  const now = day(23, 10);

  it("does not change when today's goal changes", () => {
    const plans = [plan(day(2, 8), 3)];
    for (const dailyGoal of [1, 3, 8, 20]) {
      const rulesOf = rulesByDay(plans, { schedule: weekdays, dailyGoal }, now);
      expect(streakUnder(log, now, rulesOf)).toBe(5);
    }
  });

  it('counts each day against the goal of its own day', () => {
    // Goal 4 until Wednesday 18th ended, 3 from Thursday 19th 08:00: only Thursday and Friday met it.
    const plans = [plan(day(2, 8), 4), plan(day(19, 8), 3)];
    const rulesOf = rulesByDay(plans, { schedule: weekdays, dailyGoal: 3 }, now);
    expect(streakUnder(log, now, rulesOf)).toBe(2);
  });

  it("does not change when today's working days do", () => {
    // Weekdays only back then: the empty weekend of the 21st and 22nd broke nothing. Making every
    // day a working day today must not make that weekend break the streak.
    const plans = [plan(day(2, 8), 3)];
    const rulesOf = rulesByDay(plans, { schedule: everyDay, dailyGoal: 3 }, now);
    expect(streakUnder(log, now, rulesOf)).toBe(5);
  });

  it('takes a change of working days from the day it was made', () => {
    // Every day a working day from Saturday 21st 07:00: that empty Saturday ends the run.
    const plans = [plan(day(2, 8), 3), plan(day(21, 7), 3, everyDay)];
    const rulesOf = rulesByDay(plans, { schedule: everyDay, dailyGoal: 3 }, now);
    expect(streakUnder(log, now, rulesOf)).toBe(0);
  });
});

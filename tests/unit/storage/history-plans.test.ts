// The History figures read from the log judge each past day by the plan in force that day: its
// streak, its goal and its working days don't move when today's settings change.
import { afterEach, describe, expect, it } from 'vitest';
import type { LogRecord } from '../../../core/engine-types';
import { defaultSettings, type Settings } from '../../../core/settings';
import { type LogDb, openLogDb } from '../../../storage/db';
import { readHistory } from '../../../storage/history';
import { writeRecords } from '../../../storage/log';
import { uniqueDbName } from './data-fixture';

const dbs: LogDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

const day = (d: number, h = 0) => new Date(2026, 10, d, h).getTime();
const weekdays: Settings['schedule'] = { ...defaultSettings.schedule, days: [1, 2, 3, 4, 5] };
const settings = (dailyGoal: number, days = weekdays.days): Settings => ({
  ...defaultSettings,
  dailyGoal,
  schedule: { ...weekdays, days },
});

/** `count` breaks, each a bout and its done prompt, on each listed day of November 2026. */
async function logBreaks(perDay: Record<number, number>): Promise<LogDb> {
  const db = openLogDb(uniqueDbName('history-plans'));
  dbs.push(db);
  const records: LogRecord[] = [];
  for (const [d, count] of Object.entries(perDay)) {
    for (let i = 0; i < count; i++) {
      const startedAt = day(Number(d), 9 + i);
      const id = `${d}-${i}`;
      records.push(
        { kind: 'bout', row: { id, startedAt, endedAt: startedAt + 31 * 60_000, end: 'routine' } },
        {
          kind: 'prompt',
          row: {
            id,
            boutId: id,
            trigger: 'limit',
            dueAt: startedAt + 30 * 60_000,
            shownAt: startedAt + 30 * 60_000,
            settledAt: startedAt + 31 * 60_000,
            outcome: 'done',
            snoozesBefore: 0,
            offered: [],
            completed: [],
          },
        },
      );
    }
  }
  await writeRecords(db, records);
  return db;
}

// Three breaks each weekday from Monday 9th to Friday 20th November; today is Monday 23rd.
const perWeekday = Object.fromEntries([9, 10, 11, 12, 13, 16, 17, 18, 19, 20].map((d) => [d, 3]));
const now = day(23, 10);

describe('readHistory under the plans in force', () => {
  it("keeps a past streak when today's goal goes up", async () => {
    const db = await logBreaks(perWeekday);
    await db.plans.put({ id: 'p1', at: day(2, 8), settings: settings(3), carePlan: null });
    for (const goal of [3, 4, 8, 20]) {
      expect((await readHistory(db, now, settings(goal))).streak).toBe(10);
    }
  });

  it('ends the streak where a day missed the goal of its own day, not of today', async () => {
    const db = await logBreaks(perWeekday);
    // Goal 4 until Friday 13th ended, then 3: the 16th to the 20th met theirs, the 13th did not.
    await db.plans.bulkPut([
      { id: 'p1', at: day(2, 8), settings: settings(4), carePlan: null },
      { id: 'p2', at: day(15, 12), settings: settings(3), carePlan: null },
    ]);
    expect((await readHistory(db, now, settings(3))).streak).toBe(5);
    expect((await readHistory(db, now, settings(1))).streak).toBe(5);
  });

  it("keeps the streak when today's working days grow to the weekend", async () => {
    const db = await logBreaks(perWeekday);
    await db.plans.put({ id: 'p1', at: day(2, 8), settings: settings(3), carePlan: null });
    const everyDay = settings(3, [0, 1, 2, 3, 4, 5, 6]);
    expect((await readHistory(db, now, everyDay)).streak).toBe(10);
  });

  it("gives each day of the chart its own goal, and today today's", async () => {
    const db = await logBreaks(perWeekday);
    await db.plans.bulkPut([
      { id: 'p1', at: day(2, 8), settings: settings(4), carePlan: null },
      { id: 'p2', at: day(15, 12), settings: settings(3), carePlan: null },
    ]);
    const history = await readHistory(db, now, settings(7));
    const goalOn = (date: string) =>
      history.dayGoals[history.days.findIndex((d) => d.date === date)];
    expect(history.dayGoals).toHaveLength(history.days.length);
    expect(goalOn('2026-11-13')).toBe(4);
    expect(goalOn('2026-11-15')).toBe(3);
    expect(goalOn('2026-11-20')).toBe(3);
    expect(goalOn('2026-11-23')).toBe(7);
    expect(history.dailyGoal).toBe(7);
  });

  it('goes by today with no plans logged, as before', async () => {
    const db = await logBreaks(perWeekday);
    expect((await readHistory(db, now, settings(3))).streak).toBe(10);
    expect((await readHistory(db, now, settings(4))).streak).toBe(0);
  });
});

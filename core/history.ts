// What the History page shows: the figures of the last 30 days, ready to draw.
import type { DayFigures, StretchCount } from './adherence';
import type { PainRecord } from './engine-types';

export interface History {
  /** 30 local days, oldest first; the last one is today. */
  days: DayFigures[];
  /** Each day's goal, as `days`: the one in force that day (core/plans), today's for today. */
  dayGoals: number[];
  /** Today's goal. */
  dailyGoal: number;
  /** Working days in a row that met the daily goal (see core/adherence `streak`). */
  streak: number;
  /** Share of due breaks that were taken over the last 7 and 30 days, 0 to 1; null when none was due. */
  rate7: number | null;
  rate30: number | null;
  /** Stretches done all the way through in the last 30 days, most done first. */
  stretches: StretchCount[];
  /** Pain reports of the last 30 days, newest first. */
  pains: PainRecord[];
}

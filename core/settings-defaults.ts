// The settings' types and defaults (docs/content.md#defaults): what every page needs, without
// valibot or the catalogue.
import type { HealthFilters, StretchId } from './stretches';

/** Days are numbered as `Date.getDay()` does: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export interface WorkSchedule {
  enabled: boolean;
  days: Weekday[];
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
}

/** How a due break is announced: its own window, a notification, or the toolbar badge alone. */
export const deliveries = ['window', 'notification', 'badge'] as const;
export type Delivery = (typeof deliveries)[number];

export interface Settings {
  sittingLimitMin: number;
  breakMin: number;
  snoozeMin: number;
  maxSnoozes: number;
  idleDetectionSec: number;
  deferWhileFullscreen: boolean;
  schedule: WorkSchedule;
  delivery: Delivery;
  routineMinutes: 1 | 2 | 5;
  chime: boolean;
  /** 'system' follows the browser's light or dark preference. */
  theme: Theme;
  filters: HealthFilters;
  hiddenStretches: StretchId[];
  /** Breaks a day needs to count towards the streak (docs/product.md#daily-goal-and-streak). */
  dailyGoal: number;
  /** Log rows older than this many days are deleted; 0 keeps everything. */
  retentionDays: RetentionDays;
}

/** Keep everything, or about one month, three months, six months, one year, two years. */
export const retentionChoices = [0, 30, 90, 180, 365, 730] as const;
export type RetentionDays = (typeof retentionChoices)[number];

export const defaultSettings: Settings = {
  sittingLimitMin: 30,
  breakMin: 5,
  snoozeMin: 10,
  maxSnoozes: 2,
  idleDetectionSec: 60,
  deferWhileFullscreen: true,
  schedule: { enabled: true, days: [1, 2, 3, 4, 5], startMinute: 8 * 60, endMinute: 18 * 60 },
  delivery: 'window',
  routineMinutes: 2,
  chime: false,
  theme: 'system',
  // stretches.noFilters, spelt out: importing it would bring the whole catalogue to every page.
  filters: {
    officeOnly: false,
    pregnant: false,
    pelvicGirdlePain: false,
    hipReplacement: false,
    outerHipFlare: false,
  },
  hiddenStretches: [],
  dailyGoal: 8,
  retentionDays: 0,
};

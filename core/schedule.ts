// Working hours and pauses, in the user's local time (the environment's time zone).

import type { WorkSchedule } from './settings-defaults';
import { minuteMs } from './time';

export const pauseKinds = ['30min', '1h', 'tomorrow', 'untilResumed'] as const;
export type PauseKind = (typeof pauseKinds)[number];

/** When a pause chosen at `at` ends; null means it lasts until the user resumes. */
export function pauseEnd(kind: PauseKind, at: number): number | null {
  switch (kind) {
    case '30min':
      return at + 30 * minuteMs;
    case '1h':
      return at + 60 * minuteMs;
    case 'tomorrow':
      return startOfNextDay(at);
    case 'untilResumed':
      return null;
  }
}

export function isWorkingTime(at: number, schedule: WorkSchedule): boolean {
  if (!schedule.enabled) return true;
  const date = new Date(at);
  if (!schedule.days.includes(date.getDay() as WorkSchedule['days'][number])) return false;
  const minute = date.getHours() * 60 + date.getMinutes() + date.getSeconds() / 60;
  return minute >= schedule.startMinute && minute < schedule.endMinute;
}

/**
 * The first instant after `at` at which working time starts or ends, or null when the schedule
 * is off. Built from local dates so that daylight saving days have their real length.
 */
export function nextScheduleChange(at: number, schedule: WorkSchedule): number | null {
  if (!schedule.enabled) return null;
  const day = new Date(at);
  for (let offset = 0; offset <= 7; offset++) {
    const base = new Date(day.getFullYear(), day.getMonth(), day.getDate() + offset);
    if (!schedule.days.includes(base.getDay() as WorkSchedule['days'][number])) continue;
    for (const minute of [schedule.startMinute, schedule.endMinute]) {
      const instant = atMinuteOfDay(base, minute);
      if (instant > at) return instant;
    }
  }
  return null;
}

function atMinuteOfDay(day: Date, minute: number): number {
  return new Date(
    day.getFullYear(),
    day.getMonth(),
    day.getDate(),
    Math.floor(minute / 60),
    minute % 60,
  ).getTime();
}

function startOfNextDay(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
}

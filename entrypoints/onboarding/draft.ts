// The onboarding form's working copy: what the user typed, and the settings it would save.
import type { Settings, Weekday } from '../../core/settings';
import type { HealthFilters } from '../../core/stretches';

export interface Draft {
  scheduleOn: boolean;
  days: Weekday[];
  /** As the inputs hold them, so a half-typed value stays on screen with its message. */
  start: string;
  end: string;
  limit: string;
  filters: HealthFilters;
}

/** A change to the draft, or a function of the latest draft that gives one. */
export type ChangeDraft = (patch: Partial<Draft> | ((old: Draft) => Partial<Draft>)) => void;

/** "HH:MM" for a minute of the day; 24:00 shows as 23:59, the last minute a time input has. */
export function timeText(minute: number): string {
  const m = Math.min(minute, 24 * 60 - 1);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function draftOf(settings: Settings): Draft {
  const { schedule } = settings;
  return {
    scheduleOn: schedule.enabled,
    days: schedule.days,
    start: timeText(schedule.startMinute),
    end: timeText(schedule.endMinute),
    limit: String(settings.sittingLimitMin),
    filters: settings.filters,
  };
}

/** NaN for anything that is not a time, so validation names the field. */
function minuteOf(text: string, unchanged: number): number {
  if (text === timeText(unchanged)) return unchanged; // keeps 24:00 as it was
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
}

/** The settings this draft stands for, still to be validated. */
export function settingsOf(draft: Draft, base: Settings): Settings {
  return {
    ...base,
    sittingLimitMin: draft.limit.trim() === '' ? Number.NaN : Number(draft.limit),
    schedule: {
      enabled: draft.scheduleOn,
      days: [...draft.days].sort((a, b) => a - b),
      startMinute: minuteOf(draft.start, base.schedule.startMinute),
      endMinute: minuteOf(draft.end, base.schedule.endMinute),
    },
    filters: draft.filters,
  };
}

// Working-hours helpers for the form: minutes after midnight ↔ "HH:MM", and localised day names.
import type { Weekday } from '../../core/settings';

const dayMinutes = 24 * 60;

/**
 * The value of an `<input type="time">`. The end of the day may be 24:00, which a time input
 * cannot show: it appears as 00:00, and an end of 00:00 reads back as midnight at the end of the day.
 */
export function minutesToTime(minutes: number): string {
  if (!Number.isFinite(minutes)) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}

/** NaN for an empty or partly typed time, so validation can say what is wrong. */
export function timeToMinutes(value: string, isEnd: boolean): number {
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (!match) return Number.NaN;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return isEnd && minutes === 0 ? dayMinutes : minutes;
}

/** The week from Monday, named in the user's own language and locale. */
export function weekdays(locale?: string): { day: Weekday; name: string }[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long' });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, i) => ({
    day: ((i + 1) % 7) as Weekday,
    name: format.format(new Date(2024, 0, 1 + i)),
  }));
}

// How the History view writes dates, shares, counts and stretch names, in the user's language.
import { isValidTime } from '../../core/valid-time';
import { type MessageKey, t } from '../i18n';

/** A 'YYYY-MM-DD' local date as a Date at noon, clear of any daylight-saving change at midnight. */
export function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12);
}

/** A date in the user's words; one that is no date at all (a damaged key) says so. */
function inWords(date: Date, options: Intl.DateTimeFormatOptions): string {
  if (!isValidTime(date.getTime())) return t('dateUnknown');
  return date.toLocaleString(undefined, options);
}

/** The chart's label under a bar: the weekday for a week, the day of the month for a month. */
export function barLabel(day: string, periodDays: number): string {
  return inWords(dateOf(day), periodDays <= 7 ? { weekday: 'short' } : { day: 'numeric' });
}

/** A day in full enough to stand alone, as in a table row: "Mon, Nov 17". */
export function longDay(day: string): string {
  return inWords(dateOf(day), { weekday: 'short', day: 'numeric', month: 'short' });
}

export function formatDateTime(at: number): string {
  return inWords(new Date(at), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatPercent(share: number): string {
  return share.toLocaleString(undefined, { style: 'percent', maximumFractionDigits: 0 });
}

/** Picks the singular or plural message by the translation's own plural rules (French 0 is singular). */
export function plural(count: number, one: MessageKey, other: MessageKey): string {
  const rule = new Intl.PluralRules(t('pageLanguage')).select(count);
  return t(rule === 'one' ? one : other, count);
}

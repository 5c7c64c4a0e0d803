// The prompts as a CSV file (RFC 4180) for spreadsheets: one row per prompt, times in local time.

import type { PromptRecord } from './engine-types';
import { minuteMs } from './time';
import { isValidTime } from './valid-time';

/**
 * Column names are fixed identifiers, not translated text, so a spreadsheet or script built on an
 * export keeps working whatever the browser's language.
 */
export const promptsCsvHeader = [
  'id',
  'bout_id',
  'trigger',
  'due_at',
  'shown_at',
  'settled_at',
  'outcome',
  'snoozes_before',
  'offered',
  'completed',
] as const;

/** RFC 4180 ends every line with CRLF, the last one included. */
const lineEnd = '\r\n';

/**
 * One string built by joining an array of lines once: concatenating 100,000 rows one by one would
 * copy the growing text over and over.
 */
export function promptsCsv(prompts: readonly PromptRecord[]): string {
  const lines: string[] = new Array(prompts.length + 1);
  const localIso = localIsoWriter();
  lines[0] = promptsCsvHeader.join(',');
  for (let i = 0; i < prompts.length; i++) {
    const p = prompts[i] as PromptRecord;
    lines[i + 1] = [
      csvText(p.id),
      csvText(p.boutId ?? ''),
      p.trigger,
      localIso(p.dueAt),
      p.shownAt === null ? '' : localIso(p.shownAt),
      localIso(p.settledAt),
      p.outcome,
      String(p.snoozesBefore),
      csvText(p.offered.join(';')),
      csvText(p.completed.join(';')),
    ].join(',');
  }
  return lines.join(lineEnd) + lineEnd;
}

const needsQuotes = /[",\r\n]/;
/** Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Free text (ids and stretch lists, which a restored backup could have filled with anything):
 * a formula-like start gets a leading apostrophe so it stays text, then RFC 4180 quoting.
 */
export function csvText(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/**
 * Local ISO 8601 with the offset, e.g. 2026-11-21T09:05:00+01:00: the time the user saw on their
 * clock, and still one exact instant. Seconds are enough for a spreadsheet; the JSON backup keeps
 * the milliseconds.
 */
export function localIso(at: number): string {
  return localIsoWriter()(at);
}

/**
 * A localIso that remembers what it worked out. Asking the time zone is the slow part (about a
 * microsecond a call, and a row holds three times), so the offset is asked once per hour of
 * time: when the hour's start and end agree, no change of offset falls inside it (changes are
 * far more than an hour apart). The date text is kept per local day.
 */
function localIsoWriter(): (at: number) => string {
  const offsetOfHour = new Map<number, number | null>();
  const dateOfDay = new Map<number, string>();
  const offsetMin = (at: number) => -new Date(at).getTimezoneOffset();
  return (at) => {
    // A time no Date can hold (from a damaged row) is left empty rather than written as NaN.
    if (!isValidTime(at)) return '';
    const hour = Math.floor(at / hourMs);
    let steady = offsetOfHour.get(hour);
    if (steady === undefined) {
      const first = offsetMin(hour * hourMs);
      steady = first === offsetMin(hour * hourMs + hourMs - 1) ? first : null;
      offsetOfHour.set(hour, steady);
    }
    const offset = steady ?? offsetMin(at);
    const local = at + offset * minuteMs;
    const day = Math.floor(local / dayMs);
    let date = dateOfDay.get(day);
    if (date === undefined) {
      const d = new Date(day * dayMs);
      date = `${String(d.getUTCFullYear()).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
      dateOfDay.set(day, date);
    }
    const second = Math.floor((local - day * dayMs) / 1000);
    const abs = Math.abs(offset);
    return (
      `${date}T${two(Math.floor(second / 3600))}:${two(Math.floor(second / 60) % 60)}:${two(second % 60)}` +
      `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
    );
  };
}

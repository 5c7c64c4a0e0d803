// The engine's settings: their type, the defaults from CONTENT.md, and validation.
import * as v from 'valibot';
import type { Delivery } from './engine-types';
import { type HealthFilters, noFilters, type StretchId, stretches } from './stretches';

/** Days are numbered as `Date.getDay()` does: 0 is Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface WorkSchedule {
  enabled: boolean;
  days: Weekday[];
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
}

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
  filters: HealthFilters;
  hiddenStretches: StretchId[];
}

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
  filters: noFilters,
  hiddenStretches: [],
};

const stretchIds = stretches.map((s) => s.id);

const wholeNumber = (label: string, min: number, max: number, unit: string) =>
  v.pipe(
    v.number(`${label} must be a number.`),
    v.integer(`${label} must be a whole number of ${unit}.`),
    v.minValue(min, `${label} must be at least ${min} ${unit}.`),
    v.maxValue(max, `${label} must be at most ${max} ${unit}.`),
  );

const minuteOfDay = (label: string) =>
  v.pipe(
    v.number(`${label} must be a time of day.`),
    v.integer(`${label} must be a whole minute.`),
    v.minValue(0, `${label} must be between 00:00 and 24:00.`),
    v.maxValue(24 * 60, `${label} must be between 00:00 and 24:00.`),
  );

const scheduleSchema = v.pipe(
  v.object({
    enabled: v.boolean('Choose whether working hours are on or off.'),
    days: v.pipe(
      v.array(v.picklist([0, 1, 2, 3, 4, 5, 6] as const, 'Days must be weekdays.')),
      v.minLength(1, 'Choose at least one working day.'),
    ),
    startMinute: minuteOfDay('The start of the working day'),
    endMinute: minuteOfDay('The end of the working day'),
  }),
  v.forward(
    v.check(
      (s) => s.endMinute > s.startMinute,
      'The working day must end after it starts (overnight hours are not supported).',
    ),
    ['endMinute'],
  ),
);

export const settingsSchema = v.pipe(
  v.object({
    sittingLimitMin: wholeNumber('The sitting limit', 10, 120, 'minutes'),
    breakMin: wholeNumber('The break length', 2, 30, 'minutes'),
    snoozeMin: wholeNumber('The snooze length', 1, 30, 'minutes'),
    maxSnoozes: wholeNumber('Snoozes in a row', 0, 5, 'snoozes'),
    idleDetectionSec: wholeNumber('Idle detection', 15, 600, 'seconds'),
    deferWhileFullscreen: v.boolean('Choose whether prompts wait while a window is fullscreen.'),
    schedule: scheduleSchema,
    delivery: v.picklist(
      ['window', 'notification', 'badge'],
      'Choose how a break is announced: a window, a notification, or the badge only.',
    ),
    routineMinutes: v.picklist([1, 2, 5], 'A routine lasts 1, 2 or 5 minutes.'),
    chime: v.boolean('Choose whether a soft chime sounds.'),
    filters: v.object({
      officeOnly: v.boolean(),
      pregnant: v.boolean(),
      pelvicGirdlePain: v.boolean(),
      hipReplacement: v.boolean(),
      outerHipFlare: v.boolean(),
    }),
    hiddenStretches: v.array(v.picklist(stretchIds, 'That stretch is not in the catalogue.')),
  }),
  v.forward(
    v.check(
      (s) => s.idleDetectionSec < s.breakMin * 60,
      'Idle detection must be shorter than the break length, or no break could ever be noticed.',
    ),
    ['idleDetectionSec'],
  ),
);

export type Validation<T> =
  | { ok: true; value: T }
  | { ok: false; errors: Partial<Record<string, string>> };

/** Strict check for a whole settings object, as the options page saves it. */
export function validateSettings(input: unknown): Validation<Settings> {
  const result = v.safeParse(settingsSchema, input);
  if (result.success) return { ok: true, value: result.output as Settings };
  const errors: Partial<Record<string, string>> = {};
  for (const issue of result.issues) {
    const path = v.getDotPath(issue) ?? '';
    errors[path] ??= issue.message;
  }
  return { ok: false, errors };
}

/**
 * Lenient read of whatever is stored: every field that is missing or wrong falls back to its
 * default, so a damaged value can never stop the engine, and the good fields are kept.
 */
export function readSettings(stored: unknown): Settings {
  const source = isRecord(stored) ? stored : {};
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    if (key in source && fieldIsValid(key, source[key])) merged[key] = source[key];
  }
  const checked = validateSettings(merged);
  if (checked.ok) return checked.value;
  // Only the idle/break pairing can still disagree; the detection interval gives way.
  const repaired = validateSettings({
    ...merged,
    idleDetectionSec: defaultSettings.idleDetectionSec,
  });
  return repaired.ok ? repaired.value : defaultSettings;
}

function fieldIsValid(key: keyof Settings, value: unknown): boolean {
  const field = settingsSchema.pipe[0].entries[key];
  return v.safeParse(field, value).success;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

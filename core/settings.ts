// The engine's settings: validation to message keys (valibot); types and defaults are in settings-defaults.

import * as v from 'valibot';
import { isRecord } from './is-record';
import type { Same } from './same-type';
import {
  defaultSettings,
  deliveries,
  retentionChoices,
  type Settings,
  themes,
} from './settings-defaults';
import { stretches } from './stretches';

export {
  type Delivery,
  defaultSettings,
  type RetentionDays,
  retentionChoices,
  type Settings,
  type Theme,
  themes,
  type Weekday,
  type WorkSchedule,
} from './settings-defaults';

const stretchIds = stretches.map((s) => s.id);

/**
 * Validation speaks in messages.json keys, never in sentences, so every language can say it:
 * the UI shows `t(error.key, ...error.params)`. Every key here must exist in the English locale.
 */
export const settingsErrorKeys = [
  'settingsErrSittingLimitRange',
  'settingsErrBreakRange',
  'settingsErrSnoozeRange',
  'settingsErrMaxSnoozesRange',
  'settingsErrIdleRange',
  'settingsErrIdleBelowBreak',
  'settingsErrTime',
  'settingsErrScheduleOrder',
  'settingsErrNoDays',
  'settingsErrUnknownStretch',
  'settingsErrDailyGoalRange',
  'settingsErrChoice',
  'settingsErrInvalid',
] as const;

export type SettingsErrorKey = (typeof settingsErrorKeys)[number];

export interface SettingsError {
  key: SettingsErrorKey;
  params: number[];
}

interface NumberRange {
  min: number;
  max: number;
  error: SettingsErrorKey;
}

/** The bounds of each number setting, for the schema, the form's min and max, and the messages. */
export const numberRanges = {
  sittingLimitMin: { min: 10, max: 120, error: 'settingsErrSittingLimitRange' },
  breakMin: { min: 2, max: 30, error: 'settingsErrBreakRange' },
  snoozeMin: { min: 1, max: 30, error: 'settingsErrSnoozeRange' },
  maxSnoozes: { min: 0, max: 5, error: 'settingsErrMaxSnoozesRange' },
  idleDetectionSec: { min: 15, max: 600, error: 'settingsErrIdleRange' },
  dailyGoal: { min: 1, max: 20, error: 'settingsErrDailyGoalRange' },
} as const satisfies Record<string, NumberRange>;

export type NumberSetting = keyof typeof numberRanges;

/** Not a number, not whole, too small or too big: one message with the range says it all. */
const wholeNumber = ({ min, max, error }: NumberRange) =>
  v.pipe(v.number(error), v.integer(error), v.minValue(min, error), v.maxValue(max, error));

/** Minutes after midnight; 24:00 is allowed as the end of the day. */
const minuteOfDay = wholeNumber({ min: 0, max: 24 * 60, error: 'settingsErrTime' });

const choice = 'settingsErrChoice' satisfies SettingsErrorKey;

/** An object whose missing field gets that field's own message, not the object's. */
function objectOf<const E extends v.ObjectEntries>(entries: E, message: SettingsErrorKey) {
  return v.object(entries, (issue) => {
    const key = issue.path?.at(-1)?.key;
    const field = typeof key === 'string' ? entries[key] : undefined;
    const own = field && v.safeParse(field, undefined);
    return own && !own.success ? own.issues[0].message : message;
  });
}

const scheduleSchema = v.pipe(
  objectOf(
    {
      enabled: v.boolean(choice),
      days: v.pipe(
        v.array(v.picklist([0, 1, 2, 3, 4, 5, 6] as const, choice), choice),
        v.minLength(1, 'settingsErrNoDays'),
      ),
      startMinute: minuteOfDay,
      endMinute: minuteOfDay,
    },
    choice,
  ),
  // Overnight hours are not supported: the working day must end after it starts.
  v.forward(
    v.check((s) => s.endMinute > s.startMinute, 'settingsErrScheduleOrder'),
    ['endMinute'],
  ),
);

export const settingsSchema = v.pipe(
  objectOf(
    {
      sittingLimitMin: wholeNumber(numberRanges.sittingLimitMin),
      breakMin: wholeNumber(numberRanges.breakMin),
      snoozeMin: wholeNumber(numberRanges.snoozeMin),
      maxSnoozes: wholeNumber(numberRanges.maxSnoozes),
      idleDetectionSec: wholeNumber(numberRanges.idleDetectionSec),
      deferWhileFullscreen: v.boolean(choice),
      schedule: scheduleSchema,
      delivery: v.picklist(deliveries, choice),
      routineMinutes: v.picklist([1, 2, 5], choice),
      chime: v.boolean(choice),
      theme: v.picklist(themes, choice),
      filters: objectOf(
        {
          officeOnly: v.boolean(choice),
          pregnant: v.boolean(choice),
          pelvicGirdlePain: v.boolean(choice),
          hipReplacement: v.boolean(choice),
          outerHipFlare: v.boolean(choice),
        },
        choice,
      ),
      hiddenStretches: v.array(v.picklist(stretchIds, 'settingsErrUnknownStretch'), choice),
      dailyGoal: wholeNumber(numberRanges.dailyGoal),
      retentionDays: v.picklist(retentionChoices, choice),
    },
    'settingsErrInvalid',
  ),
  // An idle interval as long as the break would never let a break be noticed.
  v.forward(
    v.check((s) => s.idleDetectionSec < s.breakMin * 60, 'settingsErrIdleBelowBreak'),
    ['idleDetectionSec'],
  ),
);

/** The schema reads exactly the settings' fields: a setting it does not name fails the type check. */
export type SettingsSchemaAgrees<T> = Same<v.InferOutput<typeof settingsSchema>, T>;
const settingsAgree: SettingsSchemaAgrees<Settings> = true;
void settingsAgree;

export type Validation<T> =
  | { ok: true; value: T }
  | { ok: false; errors: Partial<Record<string, SettingsError>> };

/**
 * Strict check for a whole settings object, as the options page saves it. Errors are keyed by the
 * field's dot path (`sittingLimitMin`, `schedule.endMinute`; '' for the whole object), first one wins.
 */
export function validateSettings(input: unknown): Validation<Settings> {
  const result = v.safeParse(settingsSchema, input);
  if (result.success) return { ok: true, value: result.output };
  const errors: Partial<Record<string, SettingsError>> = {};
  for (const issue of result.issues) {
    errors[v.getDotPath(issue) ?? ''] ??= errorOf(issue.message);
  }
  return { ok: false, errors };
}

function errorOf(message: string): SettingsError {
  const key = settingsErrorKeys.find((k) => k === message) ?? 'settingsErrInvalid';
  const range = Object.values(numberRanges).find((r) => r.error === key);
  return { key, params: range ? [range.min, range.max] : [] };
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

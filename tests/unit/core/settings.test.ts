// Settings: defaults from docs/content.md#defaults, strict validation to locale message keys,
// lenient reads.
import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  numberRanges,
  readSettings,
  settingsErrorKeys,
  validateSettings,
} from '../../../core/settings';
import englishMessages from '../../../public/_locales/en/messages.json';

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(defaultSettings)).toEqual({ ok: true, value: defaultSettings });
  });

  const limit = { key: 'settingsErrSittingLimitRange', params: [10, 120] };
  const choice = { key: 'settingsErrChoice', params: [] };
  it.each([
    ['sittingLimitMin', 9, limit],
    ['sittingLimitMin', 121, limit],
    ['sittingLimitMin', 30.5, limit],
    ['sittingLimitMin', '30', limit],
    ['sittingLimitMin', Number.NaN, limit],
    ['breakMin', 1, { key: 'settingsErrBreakRange', params: [2, 30] }],
    ['breakMin', 31, { key: 'settingsErrBreakRange', params: [2, 30] }],
    ['snoozeMin', 31, { key: 'settingsErrSnoozeRange', params: [1, 30] }],
    ['snoozeMin', 0, { key: 'settingsErrSnoozeRange', params: [1, 30] }],
    ['maxSnoozes', -1, { key: 'settingsErrMaxSnoozesRange', params: [0, 5] }],
    ['maxSnoozes', 6, { key: 'settingsErrMaxSnoozesRange', params: [0, 5] }],
    ['idleDetectionSec', 14, { key: 'settingsErrIdleRange', params: [15, 600] }],
    ['idleDetectionSec', 601, { key: 'settingsErrIdleRange', params: [15, 600] }],
    ['idleDetectionSec', null, { key: 'settingsErrIdleRange', params: [15, 600] }],
    ['deferWhileFullscreen', 'yes', choice],
    ['chime', 1, choice],
    ['delivery', 'email', choice],
    ['routineMinutes', 3, choice],
    ['theme', 'sepia', choice],
    ['filters', null, choice],
  ])('refuses %s = %j with a message key', (field, value, error) => {
    const result = validateSettings({ ...defaultSettings, [field]: value });
    expect(result).toMatchObject({ ok: false, errors: { [field]: error } });
  });

  it.each([
    ['startMinute', -1, 'schedule.startMinute'],
    ['startMinute', '08:00', 'schedule.startMinute'],
    ['endMinute', 24 * 60 + 1, 'schedule.endMinute'],
    ['endMinute', Number.NaN, 'schedule.endMinute'],
  ])('refuses a working day %s = %j', (field, value, path) => {
    const schedule = { ...defaultSettings.schedule, [field]: value };
    const result = validateSettings({ ...defaultSettings, schedule });
    expect(result).toMatchObject({
      ok: false,
      errors: { [path]: { key: 'settingsErrTime', params: [] } },
    });
  });

  it("refuses a missing field with that field's own message", () => {
    const { snoozeMin: _, ...rest } = defaultSettings;
    expect(validateSettings(rest)).toEqual({
      ok: false,
      errors: { snoozeMin: { key: 'settingsErrSnoozeRange', params: [1, 30] } },
    });
    const { outerHipFlare: __, ...filters } = defaultSettings.filters;
    expect(validateSettings({ ...defaultSettings, filters })).toEqual({
      ok: false,
      errors: { 'filters.outerHipFlare': { key: 'settingsErrChoice', params: [] } },
    });
  });

  it('refuses a hidden stretch that is not in the catalogue', () => {
    const result = validateSettings({ ...defaultSettings, hiddenStretches: ['no-such-stretch'] });
    expect(result).toEqual({
      ok: false,
      errors: { 'hiddenStretches.0': { key: 'settingsErrUnknownStretch', params: [] } },
    });
  });

  it('refuses something that is not settings at all', () => {
    expect(validateSettings(null)).toEqual({
      ok: false,
      errors: { '': { key: 'settingsErrInvalid', params: [] } },
    });
  });

  it('refuses a working day that ends before it starts, or has no days', () => {
    const backwards = { ...defaultSettings.schedule, startMinute: 600, endMinute: 540 };
    expect(validateSettings({ ...defaultSettings, schedule: backwards })).toEqual({
      ok: false,
      errors: { 'schedule.endMinute': { key: 'settingsErrScheduleOrder', params: [] } },
    });
    const noDays = { ...defaultSettings.schedule, days: [] };
    expect(validateSettings({ ...defaultSettings, schedule: noDays })).toEqual({
      ok: false,
      errors: { 'schedule.days': { key: 'settingsErrNoDays', params: [] } },
    });
    const badDay = { ...defaultSettings.schedule, days: [1, 7] };
    expect(validateSettings({ ...defaultSettings, schedule: badDay })).toMatchObject({
      ok: false,
      errors: { 'schedule.days.1': { key: 'settingsErrChoice' } },
    });
  });

  it('accepts a working day that runs to midnight', () => {
    const late = { ...defaultSettings.schedule, startMinute: 600, endMinute: 24 * 60 };
    expect(validateSettings({ ...defaultSettings, schedule: late }).ok).toBe(true);
  });

  it('refuses idle detection as long as the break', () => {
    const result = validateSettings({ ...defaultSettings, breakMin: 2, idleDetectionSec: 120 });
    expect(result).toEqual({
      ok: false,
      errors: { idleDetectionSec: { key: 'settingsErrIdleBelowBreak', params: [] } },
    });
  });

  it('has every message key in the English locale, with a placeholder for each parameter', () => {
    const english: Record<string, { message: string; placeholders?: object }> = englishMessages;
    for (const key of settingsErrorKeys) {
      expect(english[key]?.message, key).toBeTruthy();
    }
    for (const { error } of Object.values(numberRanges)) {
      expect(Object.keys(english[error]?.placeholders ?? {}), error).toEqual(['min', 'max']);
    }
  });
});

describe('readSettings', () => {
  it('fills what is missing with defaults', () => {
    expect(readSettings(undefined)).toEqual(defaultSettings);
    expect(readSettings({ sittingLimitMin: 45 })).toEqual({
      ...defaultSettings,
      sittingLimitMin: 45,
    });
  });

  it('keeps the good fields of a damaged value and replaces the bad ones', () => {
    const stored = { sittingLimitMin: 500, snoozeMin: 5, schedule: 'weekdays' };
    expect(readSettings(stored)).toEqual({ ...defaultSettings, snoozeMin: 5 });
  });

  it('reads settings saved before the theme existed as following the system', () => {
    const { theme: _, ...older } = { ...defaultSettings, chime: true };
    expect(readSettings(older)).toEqual({ ...defaultSettings, chime: true, theme: 'system' });
    expect(readSettings({ theme: 'sepia' }).theme).toBe('system');
    expect(readSettings({ theme: 'dark' }).theme).toBe('dark');
  });

  it('gives way on idle detection when it clashes with a short break', () => {
    expect(readSettings({ breakMin: 2, idleDetectionSec: 300 })).toEqual({
      ...defaultSettings,
      breakMin: 2,
    });
  });
});

describe('daily goal and retention', () => {
  it('default to a goal of 8 breaks and keeping everything', () => {
    expect(defaultSettings).toMatchObject({ dailyGoal: 8, retentionDays: 0 });
  });

  it('take a whole goal from 1 to 20 and one of the offered retention periods', () => {
    for (const dailyGoal of [1, 20]) {
      expect(validateSettings({ ...defaultSettings, dailyGoal }).ok).toBe(true);
    }
    for (const retentionDays of [0, 30, 90, 180, 365, 730]) {
      expect(validateSettings({ ...defaultSettings, retentionDays }).ok).toBe(true);
    }
    for (const dailyGoal of [0, 21, 2.5, '8']) {
      expect(validateSettings({ ...defaultSettings, dailyGoal })).toEqual({
        ok: false,
        errors: { dailyGoal: { key: 'settingsErrDailyGoalRange', params: [1, 20] } },
      });
    }
    expect(validateSettings({ ...defaultSettings, retentionDays: 45 })).toEqual({
      ok: false,
      errors: { retentionDays: { key: 'settingsErrChoice', params: [] } },
    });
  });

  it('fall back to their defaults when a stored copy from before them lacks them', () => {
    const { dailyGoal: _g, retentionDays: _r, ...older } = defaultSettings;
    expect(readSettings({ ...older, sittingLimitMin: 45 })).toEqual({
      ...defaultSettings,
      sittingLimitMin: 45,
    });
  });
});

// Settings: defaults from CONTENT.md, strict validation with usable messages, lenient reads.
import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings, validateSettings } from '../../../core/settings';

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(defaultSettings)).toEqual({ ok: true, value: defaultSettings });
  });

  it.each([
    ['sittingLimitMin', 9, 'The sitting limit must be at least 10 minutes.'],
    ['sittingLimitMin', 121, 'The sitting limit must be at most 120 minutes.'],
    ['sittingLimitMin', 30.5, 'The sitting limit must be a whole number of minutes.'],
    ['sittingLimitMin', '30', 'The sitting limit must be a number.'],
    ['breakMin', 1, 'The break length must be at least 2 minutes.'],
    ['snoozeMin', 31, 'The snooze length must be at most 30 minutes.'],
    ['maxSnoozes', -1, 'Snoozes in a row must be at least 0 snoozes.'],
    ['idleDetectionSec', 14, 'Idle detection must be at least 15 seconds.'],
    ['deferWhileFullscreen', 'yes', 'Choose whether prompts wait while a window is fullscreen.'],
  ])('refuses %s = %j with a message', (field, value, message) => {
    const result = validateSettings({ ...defaultSettings, [field]: value });
    expect(result).toMatchObject({ ok: false, errors: { [field]: message } });
  });

  it('refuses a missing field', () => {
    const { snoozeMin: _, ...rest } = defaultSettings;
    const result = validateSettings(rest);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.snoozeMin).toBeTruthy();
  });

  it('refuses a working day that ends before it starts, or has no days', () => {
    const backwards = { ...defaultSettings.schedule, startMinute: 600, endMinute: 540 };
    expect(validateSettings({ ...defaultSettings, schedule: backwards })).toEqual({
      ok: false,
      errors: {
        'schedule.endMinute':
          'The working day must end after it starts (overnight hours are not supported).',
      },
    });
    const noDays = { ...defaultSettings.schedule, days: [] };
    expect(validateSettings({ ...defaultSettings, schedule: noDays })).toEqual({
      ok: false,
      errors: { 'schedule.days': 'Choose at least one working day.' },
    });
  });

  it('refuses idle detection as long as the break', () => {
    const result = validateSettings({ ...defaultSettings, breakMin: 2, idleDetectionSec: 120 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.idleDetectionSec).toMatch(/shorter than the break/);
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

  it('gives way on idle detection when it clashes with a short break', () => {
    expect(readSettings({ breakMin: 2, idleDetectionSec: 300 })).toEqual({
      ...defaultSettings,
      breakMin: 2,
    });
  });
});

// The quick settings read pages paint with: the same as the full read for what the store writes.
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../core/settings';
import { readStoredSettings, storedSettings } from '../../../core/settings-migrations';
import { quickSettings } from '../../../core/settings-quick';
import { noFilters } from '../../../core/stretches';

const custom: Settings = {
  ...defaultSettings,
  sittingLimitMin: 45,
  snoozeMin: 5,
  maxSnoozes: 0,
  schedule: { enabled: true, days: [1, 3, 5], startMinute: 7 * 60, endMinute: 15 * 60 },
  delivery: 'badge',
  theme: 'dark',
  filters: { ...noFilters, pregnant: true },
  hiddenStretches: ['seated-figure-4'],
  dailyGoal: 5,
  retentionDays: 90,
};

const full = (stored: unknown) => readStoredSettings(stored).settings;

describe('quickSettings', () => {
  it.each([
    ['nothing stored', undefined],
    ['the defaults as saved', storedSettings(defaultSettings, 1)],
    ['custom settings as saved', storedSettings(custom, 1)],
    ['custom settings as 0.1 stored them', custom],
  ])('agrees with the full read for %s', (_, stored) => {
    const json = JSON.parse(JSON.stringify(stored ?? null));
    expect(quickSettings(json)).toEqual(full(json));
  });

  it('keeps the default of each field that is missing or of the wrong kind, and the rest', () => {
    const stored = {
      ...storedSettings(custom, 1),
      sittingLimitMin: '45',
      theme: undefined,
      schedule: { ...custom.schedule, startMinute: null },
      filters: 'none',
    };
    expect(quickSettings(stored)).toEqual({
      ...custom,
      sittingLimitMin: defaultSettings.sittingLimitMin,
      theme: defaultSettings.theme,
      schedule: defaultSettings.schedule,
      filters: defaultSettings.filters,
    });
  });

  it('gives the defaults for something that is not settings at all', () => {
    expect(quickSettings('dark')).toEqual(defaultSettings);
    expect(quickSettings([1, 2])).toEqual(defaultSettings);
  });

  it('spells out the same default filters as the catalogue', () => {
    expect(defaultSettings.filters).toEqual(noFilters);
  });
});

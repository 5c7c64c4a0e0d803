// Stored settings of every version load: each migration, and the chain from the oldest shape.
import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings } from '../../../core/settings';
import {
  currentVersion,
  migrateSettings,
  migrations,
  readStoredSettings,
  storedSettings,
} from '../../../core/settings-migrations';

/** Hip Check 0.1 stored the bare settings (as tests/e2e/seed.ts still does). */
const version1 = {
  ...defaultSettings,
  sittingLimitMin: 45,
  filters: { ...defaultSettings.filters, pregnant: true },
};

/** One stored value per version, oldest first: a new migration needs a new fixture here. */
const fixtures: Record<string, unknown>[] = [
  version1,
  { ...version1, version: 2, updatedAt: 1_700_000_000_000 },
];

describe('the migrations', () => {
  it('has a fixture for every version, so every migration is tested', () => {
    expect(fixtures).toHaveLength(currentVersion);
  });

  it.each(migrations.map((migrate, i) => [i + 1, i + 2, migrate] as const))(
    'takes version %i to version %i',
    (from, to, migrate) => {
      const migrated = migrate(fixtures[from - 1] ?? {});
      expect(migrated).toMatchObject({ version: to });
      expect(migrateSettings(migrated).version).toBe(currentVersion);
      expect(readSettings(migrated)).toEqual(readSettings(version1));
    },
  );

  it('1 -> 2 adds the version and a save time older than any save, and keeps every field', () => {
    expect(migrations[0]?.(version1)).toEqual({ ...version1, version: 2, updatedAt: 0 });
  });
});

describe('migrateSettings and readStoredSettings', () => {
  it('brings the oldest shape through every migration and keeps every setting', () => {
    expect(migrateSettings(version1)).toEqual({
      ...version1,
      version: currentVersion,
      updatedAt: 0,
    });
    expect(readStoredSettings(version1)).toEqual({
      settings: readSettings(version1),
      updatedAt: 0,
    });
    expect(readStoredSettings(version1).settings.sittingLimitMin).toBe(45);
  });

  it('reads every fixture to the same settings, without the version fields', () => {
    for (const fixture of fixtures) {
      const { settings } = readStoredSettings(fixture);
      expect(settings).toEqual(readSettings(version1));
      expect(settings).not.toHaveProperty('version');
      expect(settings).not.toHaveProperty('updatedAt');
    }
  });

  it('leaves the current shape as it is', () => {
    const stored = storedSettings(defaultSettings, 1234);
    expect(stored).toEqual({ ...defaultSettings, version: currentVersion, updatedAt: 1234 });
    expect(migrateSettings(stored)).toEqual(stored);
    expect(readStoredSettings(stored)).toEqual({ settings: defaultSettings, updatedAt: 1234 });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['an array', [1, 2]],
    ['a version that is not a number', { version: '2', updatedAt: 5 }],
  ])('gives the defaults for %s', (_, stored) => {
    expect(readStoredSettings(stored)).toEqual({ settings: defaultSettings, updatedAt: 0 });
  });

  it('treats a damaged save time as never stamped, and keeps the settings', () => {
    for (const updatedAt of ['yesterday', Number.NaN, null, -5]) {
      const read = readStoredSettings({ ...version1, version: 2, updatedAt });
      expect(read).toEqual({ settings: readSettings(version1), updatedAt: 0 });
    }
  });

  it('falls back field by field in a versioned value', () => {
    const read = readStoredSettings({ ...version1, breakMin: 'long', version: 2, updatedAt: 10 });
    expect(read.settings.breakMin).toBe(defaultSettings.breakMin);
    expect(read.settings.sittingLimitMin).toBe(45);
  });

  it('reads a copy from a newer Hip Check (synced) as well as it can', () => {
    const newer = { ...version1, somethingNew: true, version: currentVersion + 1, updatedAt: 99 };
    expect(readStoredSettings(newer)).toEqual({ settings: readSettings(version1), updatedAt: 99 });
  });
});

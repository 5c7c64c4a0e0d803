// Stored settings across versions: the migrations that bring any stored value to today's shape.

import * as v from 'valibot';
import { isRecord } from './is-record';
import { readSettings, type Settings } from './settings';

/**
 * Version 1 (Hip Check 0.1) stored the bare Settings object. From version 2 on, the same flat
 * object also carries its `version` and the time it was saved, so the version travels with the
 * settings (a copy synced from a browser that runs another Hip Check version says what shape it
 * has), and anything that reads the fields directly keeps working. Settings must therefore never
 * get a field called `version` or `updatedAt`.
 */
export type StoredSettings = Record<string, unknown> & {
  version: number;
  /** When saveSettings stored these settings (ms since the epoch); 0 for never stamped. */
  updatedAt: number;
};

/** Takes a stored value of version n (its index + 1) to version n + 1. */
type Migration = (stored: Record<string, unknown>) => Record<string, unknown>;

export const migrations: readonly Migration[] = [
  // 1 -> 2: add the version and a save time, which the sync rule compares. 0 means "older than
  // any stamped save", so a stamped copy from another browser wins over settings from 0.1.
  (bare) => ({ ...bare, version: 2, updatedAt: 0 }),
];

export const currentVersion = migrations.length + 1;

const versionSchema = v.object({ version: v.pipe(v.number(), v.integer(), v.minValue(2)) });

/** Without a version it is 0.1's bare settings: version 1. */
function versionOf(stored: Record<string, unknown>): number {
  const versioned = v.safeParse(versionSchema, stored);
  return versioned.success ? versioned.output.version : 1;
}

/**
 * Brings any stored value up to the current shape; the fields are not checked yet. Something that
 * is not an object at all counts as empty settings. A version newer than this code knows (synced
 * from a newer Hip Check) is taken as it is: readSettings keeps what it recognises.
 */
export function migrateSettings(stored: unknown): StoredSettings {
  let value: Record<string, unknown> = isRecord(stored) ? stored : {};
  for (let version = versionOf(value); version < currentVersion; version++) {
    const migrate = migrations[version - 1];
    if (migrate) value = migrate(value);
  }
  const { updatedAt } = value;
  return {
    ...value,
    version: Math.max(versionOf(value), currentVersion),
    updatedAt:
      typeof updatedAt === 'number' && Number.isFinite(updatedAt) && updatedAt > 0 ? updatedAt : 0,
  };
}

/** Migrated, validated and filled with defaults: what the engine and the pages use. */
export function readStoredSettings(stored: unknown): { settings: Settings; updatedAt: number } {
  const migrated = migrateSettings(stored);
  return { settings: readSettings(migrated), updatedAt: migrated.updatedAt };
}

/** The value to store for settings saved at `updatedAt`. */
export function storedSettings(settings: Settings, updatedAt: number): StoredSettings {
  return { ...settings, version: currentVersion, updatedAt };
}

// A quick read of stored settings for a page's first paint, without valibot or the catalogue.
import { isRecord } from './is-record';
import { defaultSettings, type Settings } from './settings-defaults';

/**
 * Each stored field that has its default's shape (a finite number, a boolean, a string, an array,
 * an object whose fields have theirs), else the default. Settings the store wrote come out the
 * same as the full read (settings-migrations.readStoredSettings) gives; it skips that read's
 * ranges, catalogue ids and migrations, so a page shows this only until the full read answers.
 */
export function quickSettings(stored: unknown): Settings {
  if (!isRecord(stored)) return defaultSettings;
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const [key, fallback] of Object.entries(defaultSettings)) {
    if (sameShape(stored[key], fallback)) settings[key] = stored[key];
  }
  return settings as unknown as Settings;
}

function sameShape(value: unknown, like: unknown): boolean {
  if (Array.isArray(like)) return Array.isArray(value);
  if (isRecord(like)) {
    return isRecord(value) && Object.entries(like).every(([k, v]) => sameShape(value[k], v));
  }
  if (typeof like === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === typeof like;
}

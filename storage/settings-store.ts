// The one way to read, save and follow settings; sync and migrations live behind it.
import { readSettings, type Settings } from '../core/settings';
import { settingsItem } from './items';

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

/** Callers validate first (core/settings.validateSettings): this stores what it is given. */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export function watchSettings(onChange: (next: Settings, previous: Settings) => void): () => void {
  return settingsItem.watch((next, previous) =>
    onChange(readSettings(next), readSettings(previous)),
  );
}

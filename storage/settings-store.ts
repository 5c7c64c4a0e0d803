// The one way to read, save and follow settings; versions are migrated and sync is handled here.
//
// Sync conflict rule: the most recently saved settings win, whole. saveSettings stamps each save
// with `updatedAt`; a synced copy newer than the local one replaces it, an older or equal one is
// ignored, and switching sync on keeps the newer of the two copies and writes it to both.

import type { Settings } from '../core/settings';
import { readStoredSettings, storedSettings } from '../core/settings-migrations';
import { settingsItem, syncEnabledItem, syncedSettingsItem } from './items';

const read = (stored: unknown) => readStoredSettings(stored).settings;

export async function loadSettings(): Promise<Settings> {
  return read(await settingsItem.getValue());
}

/** Callers validate first (core/settings.validateSettings): this stores what it is given. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { updatedAt } = readStoredSettings(await settingsItem.getValue());
  // Never older than what is kept: a copy adopted from a browser whose clock runs ahead would
  // otherwise outrank this, the user's latest change, everywhere.
  const stored = storedSettings(settings, Math.max(Date.now(), updatedAt + 1));
  await settingsItem.setValue(stored);
  if (await syncEnabledItem.getValue()) await writeSynced(stored);
}

/** Calls back on every change of the settings in force, and adopts newer synced copies meanwhile. */
export function watchSettings(onChange: (next: Settings, previous: Settings) => void): () => void {
  const unwatchLocal = settingsItem.watch((next, previous) => onChange(read(next), read(previous)));
  const adopt = (synced: unknown) =>
    void adoptIfNewer(synced).catch((error) =>
      console.warn('Hip Check could not adopt synced settings', error),
    );
  const unwatchSynced = syncedSettingsItem.watch(adopt);
  // Catches up with what arrived while nobody listened (a browser that was closed, say).
  void syncedSettingsItem.getValue().then(adopt, () => undefined);
  return () => {
    unwatchLocal();
    unwatchSynced();
  };
}

export function isSyncEnabled(): Promise<boolean> {
  return syncEnabledItem.getValue();
}

/** Switching on keeps whichever copy, local or synced, was saved last, and shares it. */
export async function setSyncEnabled(on: boolean): Promise<void> {
  await syncEnabledItem.setValue(on);
  if (!on) return;
  const synced = await syncedSettingsItem.getValue().catch(() => null);
  if (await adoptIfNewer(synced)) return;
  const local = readStoredSettings(await settingsItem.getValue());
  await writeSynced(storedSettings(local.settings, local.updatedAt));
}

/** Makes a synced copy the local one if sync is on and it was saved later; says whether it did. */
async function adoptIfNewer(synced: unknown): Promise<boolean> {
  if (synced === null || synced === undefined || !(await syncEnabledItem.getValue())) return false;
  const theirs = readStoredSettings(synced);
  const ours = readStoredSettings(await settingsItem.getValue());
  if (theirs.updatedAt <= ours.updatedAt) return false;
  // Stored in this version's shape, whichever version the other browser runs.
  await settingsItem.setValue(storedSettings(theirs.settings, theirs.updatedAt));
  return true;
}

async function writeSynced(stored: unknown): Promise<void> {
  // Local settings are what count: a full or unreachable sync area must not lose a save.
  await syncedSettingsItem
    .setValue(stored)
    .catch((error) => console.warn('Hip Check could not sync its settings', error));
}

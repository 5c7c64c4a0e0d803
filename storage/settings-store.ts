// The one way to read, save and follow settings; versions are migrated and sync is handled here.
//
// Sync conflict rule (core/settings-sync): the most recently saved settings win, whole, with a
// stable tie-break and no trust in stamps from the future. saveSettings stamps each save with
// `updatedAt`; a synced copy that wins replaces the local one, a local copy that wins replaces the
// synced one, and switching sync on does the same, so every browser ends up with the same copy.

import type { Settings } from '../core/settings';
import { readStoredSettings, storedSettings } from '../core/settings-migrations';
import { reconcileSettings, stampForSave } from '../core/settings-sync';
import { settingsItem, syncEnabledItem, syncedSettingsItem } from './items';

const read = (stored: unknown) => readStoredSettings(stored).settings;

export async function loadSettings(): Promise<Settings> {
  return read(await settingsItem.getValue());
}

/** Callers validate first (core/settings.validateSettings): this stores what it is given. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { updatedAt } = readStoredSettings(await settingsItem.getValue());
  const stored = storedSettings(settings, stampForSave(updatedAt, Date.now()));
  await settingsItem.setValue(stored);
  if (await syncEnabledItem.getValue()) await writeSynced(stored);
}

/** Calls back on every change of the settings in force, and adopts newer synced copies meanwhile. */
export function watchSettings(onChange: (next: Settings, previous: Settings) => void): () => void {
  const unwatchLocal = settingsItem.watch((next, previous) => onChange(read(next), read(previous)));
  const adopt = (synced: unknown) =>
    void reconcile(synced).catch((error) =>
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

/** Switching on keeps whichever copy, local or synced, wins the sync rule, and shares it. */
export async function setSyncEnabled(on: boolean): Promise<void> {
  await syncEnabledItem.setValue(on);
  if (!on) return;
  await reconcile(await syncedSettingsItem.getValue().catch(() => null));
}

/**
 * With sync on, makes the local and the synced copy the same: the synced one is adopted if it
 * wins the sync rule, else the local one is shared. A browser whose own copy wins a tie writes it
 * back, so the browser whose copy lost adopts it in turn, and both converge.
 */
async function reconcile(synced: unknown): Promise<void> {
  if (!(await syncEnabledItem.getValue())) return;
  const theirs = synced === null || synced === undefined ? null : readStoredSettings(synced);
  const ours = readStoredSettings(await settingsItem.getValue());
  const verdict = reconcileSettings(ours, theirs, Date.now());
  // Stored in this version's shape, whichever version the other browser runs.
  if (verdict === 'adopt' && theirs) {
    await settingsItem.setValue(storedSettings(theirs.settings, theirs.updatedAt));
  } else if (verdict === 'share') {
    await writeSynced(storedSettings(ours.settings, ours.updatedAt));
  }
}

async function writeSynced(stored: unknown): Promise<void> {
  // Local settings are what count: a full or unreachable sync area must not lose a save.
  await syncedSettingsItem
    .setValue(stored)
    .catch((error) => console.warn('Hip Check could not sync its settings', error));
}

// The settings store: old stored shapes load, and the sync rule (the last save wins, whole, ties
// settled alike everywhere, no stamp from the future believed) holds.
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type Settings } from '../../../core/settings';
import { currentVersion, storedSettings } from '../../../core/settings-migrations';
import { settingsItem, syncedSettingsItem } from '../../../storage/items';
import {
  isSyncEnabled,
  loadSettings,
  saveSettings,
  setSyncEnabled,
  watchSettings,
} from '../../../storage/settings-store';

const limit = (sittingLimitMin: number): Settings => ({ ...defaultSettings, sittingLimitMin });
const t0 = new Date('2026-11-23T09:00:00Z').getTime();

let stopWatching: (() => void) | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(t0);
});
afterEach(() => {
  stopWatching?.();
  stopWatching = undefined;
  vi.useRealTimers();
});

// Waits use expect.poll, not vi.waitFor, which would move the faked clock on and so the stamps.
const localCopy = () => settingsItem.getValue();
const syncedCopy = () => syncedSettingsItem.getValue();

/**
 * Lets the store's handling of a synced copy run to its end where nothing is to change, so there
 * is nothing to wait for. That handling is promise callbacks on the fake browser's storage, which
 * uses no timers, so one macrotask turn runs them all: a flush, not a guess at a duration.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loading and saving', () => {
  it('loads the bare settings version 1 stored, and the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(defaultSettings);
    await settingsItem.setValue(limit(45));
    expect(await loadSettings()).toEqual(limit(45));
  });

  it('saves in the current version, stamped with the time', async () => {
    await saveSettings(limit(40));
    expect(await settingsItem.getValue()).toEqual({
      ...limit(40),
      version: currentVersion,
      updatedAt: t0,
    });
    expect(await loadSettings()).toEqual(limit(40));
  });

  it('never stamps a save older than the settings it replaces', async () => {
    // Adopted from a browser whose clock runs an hour ahead.
    await settingsItem.setValue(storedSettings(limit(50), t0 + 3_600_000));
    await saveSettings(limit(20));
    const saved = storedSettings(limit(20), t0 + 3_600_001);
    expect(await settingsItem.getValue()).toEqual(saved);
  });

  it('tells watchers about changes, version 1 values included', async () => {
    const seen: [number, number][] = [];
    stopWatching = watchSettings((next, previous) =>
      seen.push([next.sittingLimitMin, previous.sittingLimitMin]),
    );
    await settingsItem.setValue(limit(45));
    await saveSettings(limit(60));
    expect(seen).toEqual([
      [45, 30],
      [60, 45],
    ]);
  });
});

describe('sync across browsers', () => {
  it('is off until switched on, and saves stay local', async () => {
    expect(await isSyncEnabled()).toBe(false);
    await saveSettings(limit(40));
    expect(await syncedSettingsItem.getValue()).toBeNull();
  });

  it('with sync on, a save reaches storage.sync too', async () => {
    await setSyncEnabled(true);
    expect(await isSyncEnabled()).toBe(true);
    await saveSettings(limit(40));
    expect(await syncedSettingsItem.getValue()).toEqual(storedSettings(limit(40), t0));
  });

  it('adopts a synced copy saved later than the local one', async () => {
    await setSyncEnabled(true);
    await saveSettings(limit(40));
    const seen: number[] = [];
    stopWatching = watchSettings((next) => seen.push(next.sittingLimitMin));
    // Another browser saves a minute later.
    await syncedSettingsItem.setValue(storedSettings(limit(90), t0 + 60_000));
    await expect.poll(loadSettings).toEqual(limit(90));
    expect(seen).toEqual([90]);
    expect(await settingsItem.getValue()).toEqual(storedSettings(limit(90), t0 + 60_000));
  });

  it('ignores a synced copy saved earlier, and shares its own newer one in its place', async () => {
    await setSyncEnabled(true);
    await saveSettings(limit(40));
    const seen: number[] = [];
    stopWatching = watchSettings((next) => seen.push(next.sittingLimitMin));
    await syncedSettingsItem.setValue(storedSettings(limit(90), t0 - 60_000));
    await expect.poll(syncedCopy).toEqual(storedSettings(limit(40), t0));
    expect(await loadSettings()).toEqual(limit(40));
    expect(seen).toEqual([]);
  });

  it('settles two saves of the same millisecond the same way in both browsers', async () => {
    // Browser A saved 40, browser B saved 80, both at t0; each sees the other's copy.
    const browsers = [limit(40), limit(80)];
    const kept: Settings[] = [];
    for (const [mine, other] of [browsers, [...browsers].reverse()]) {
      fakeBrowser.reset();
      await setSyncEnabled(true);
      await saveSettings(mine as Settings);
      stopWatching = watchSettings(() => undefined);
      await syncedSettingsItem.setValue(storedSettings(other as Settings, t0));
      // Settled once both copies agree, whichever won.
      await expect
        .poll(async () => isDeepStrictEqual(await syncedCopy(), await localCopy()))
        .toBe(true);
      stopWatching();
      kept.push(await loadSettings());
      // Whatever this browser keeps is what it leaves in storage.sync for the other one.
      expect(await syncedSettingsItem.getValue()).toEqual(
        storedSettings(kept.at(-1) as Settings, t0),
      );
    }
    expect(kept[0]).toEqual(kept[1]);
  });

  it('does not take a synced copy stamped more than a day ahead as the newest', async () => {
    await setSyncEnabled(true);
    await saveSettings(limit(40));
    stopWatching = watchSettings(() => undefined);
    await syncedSettingsItem.setValue(storedSettings(limit(90), t0 + 2 * 86_400_000));
    await expect.poll(syncedCopy).toEqual(storedSettings(limit(40), t0));
    expect(await loadSettings()).toEqual(limit(40));
    // Within a day ahead it is a clock running a little fast, and still a real, later save.
    await syncedSettingsItem.setValue(storedSettings(limit(70), t0 + 3_600_000));
    await expect.poll(loadSettings).toEqual(limit(70));
  });

  it('gives a save a true stamp after adopting a copy from the far future', async () => {
    await settingsItem.setValue(storedSettings(limit(50), t0 + 30 * 86_400_000));
    await saveSettings(limit(20));
    expect(await settingsItem.getValue()).toEqual(storedSettings(limit(20), t0));
  });

  it('ignores even a newer synced copy while sync is off in this browser', async () => {
    await saveSettings(limit(40));
    stopWatching = watchSettings(() => undefined);
    await syncedSettingsItem.setValue(storedSettings(limit(90), t0 + 60_000));
    await settle();
    expect(await loadSettings()).toEqual(limit(40));
  });

  it('adopts a synced copy in the shape of another version', async () => {
    await setSyncEnabled(true);
    await saveSettings(limit(40));
    stopWatching = watchSettings(() => undefined);
    const newer = { ...limit(70), future: 'field', version: currentVersion + 1, updatedAt: t0 + 1 };
    await syncedSettingsItem.setValue(newer);
    await expect.poll(localCopy).toEqual(storedSettings(limit(70), t0 + 1));
  });

  it('catches up, when it starts watching, with a newer copy that came while nobody listened', async () => {
    await setSyncEnabled(true);
    await saveSettings(limit(40));
    await syncedSettingsItem.setValue(storedSettings(limit(25), t0 + 5_000));
    stopWatching = watchSettings(() => undefined);
    await expect.poll(loadSettings).toEqual(limit(25));
  });

  it('switching on adopts the synced copy when it is newer', async () => {
    await saveSettings(limit(40));
    await syncedSettingsItem.setValue(storedSettings(limit(90), t0 + 60_000));
    await setSyncEnabled(true);
    expect(await loadSettings()).toEqual(limit(90));
    expect(await syncedSettingsItem.getValue()).toEqual(storedSettings(limit(90), t0 + 60_000));
  });

  it('switching on shares the local settings when they are newer', async () => {
    await syncedSettingsItem.setValue(storedSettings(limit(90), t0 - 60_000));
    await saveSettings(limit(40));
    await setSyncEnabled(true);
    expect(await loadSettings()).toEqual(limit(40));
    expect(await syncedSettingsItem.getValue()).toEqual(storedSettings(limit(40), t0));
  });

  it('switching on with nothing synced yet shares version 1 settings in the current shape', async () => {
    await settingsItem.setValue(limit(35));
    await setSyncEnabled(true);
    expect(await syncedSettingsItem.getValue()).toEqual(storedSettings(limit(35), 0));
  });

  it('switching off stops both directions', async () => {
    await setSyncEnabled(true);
    await setSyncEnabled(false);
    await saveSettings(limit(40));
    expect(await syncedSettingsItem.getValue()).toEqual(storedSettings(defaultSettings, 0));
    stopWatching = watchSettings(() => undefined);
    await syncedSettingsItem.setValue(storedSettings(limit(90), t0 + 60_000));
    await settle();
    expect(await loadSettings()).toEqual(limit(40));
  });

  it('keeps a local save when storage.sync refuses it', async () => {
    await setSyncEnabled(true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await saveSettings(limit(40));
    expect(await loadSettings()).toEqual(limit(40));
    expect(warn).toHaveBeenCalledOnce();
  });
});

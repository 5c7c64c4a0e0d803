// What the first-run page needs from the extension: the stored settings (only its own choices
// saved), the browser's shortcuts for the two commands, and closing its tab.
import { browser } from 'wxt/browser';
import type { Settings } from '../../core/settings';
import { loadSettings, saveSettings, watchSettings } from '../../storage/settings-store';
import type { SettingsStore } from '../options/use-settings-draft';
import type { Shortcut } from './Shortcuts';

export async function loadShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.flatMap(({ name, shortcut }) =>
    name === 'start-routine' || name === 'toggle-pause' ? [{ name, shortcut: shortcut ?? '' }] : [],
  );
}

/** Only what this page asks about: anything changed meanwhile elsewhere (options) stays. */
async function saveChoices({ sittingLimitMin, schedule, filters }: Settings): Promise<void> {
  await saveSettings({ ...(await loadSettings()), sittingLimitMin, schedule, filters });
}

export const store: SettingsStore = { load: loadSettings, save: saveChoices, watch: watchSettings };

/** Through the tabs API: window.close() is refused in a tab the user navigated to (from options). */
export async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id === undefined) window.close();
  else await browser.tabs.remove(tab.id);
}

// The first-run page: the welcome form over the stored settings; Start saves them and closes the tab.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setPageLanguage, t } from '../../components/i18n';
import type { SettingsStore } from '../../components/options/use-settings-draft';
import type { Settings } from '../../core/settings';
import { loadSettings, saveSettings, watchSettings } from '../../storage/settings-store';
import { Onboarding } from './Onboarding';
import type { Shortcut } from './Shortcuts';
import '../../assets/base.css';
import '../../components/options/options.css';
import './onboarding.css';

document.title = t('onboardingTitle');
document.documentElement.lang = browser.i18n.getUILanguage();

async function loadShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.flatMap(({ name, shortcut }) =>
    name === 'start-routine' || name === 'toggle-pause' ? [{ name, shortcut: shortcut ?? '' }] : [],
  );
}

/** Only what this page asks about: anything changed meanwhile elsewhere (options) stays. */
async function saveChoices({ sittingLimitMin, schedule, filters }: Settings): Promise<void> {
  await saveSettings({ ...(await loadSettings()), sittingLimitMin, schedule, filters });
}

const store: SettingsStore = { load: loadSettings, save: saveChoices, watch: watchSettings };

/** Through the tabs API: window.close() is refused in a tab the user navigated to (from options). */
async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id === undefined) window.close();
  else await browser.tabs.remove(tab.id);
}

setPageLanguage();
const root = document.getElementById('app');
const close = () => void closeTab();
if (root) render(<Onboarding store={store} close={close} loadShortcuts={loadShortcuts} />, root);

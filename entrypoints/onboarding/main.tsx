// The first-run page: the welcome form over the stored settings; Start saves them and closes the tab.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setPageLanguage, t } from '../../components/i18n';
import type { Settings } from '../../core/settings';
import { loadSettings, saveSettings } from '../../storage/settings-store';
import { Onboarding } from './Onboarding';
import type { Shortcut } from './Shortcuts';
import '../../assets/base.css';
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

/** Through the tabs API: window.close() is refused in a tab the user navigated to (from options). */
async function closeTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id === undefined) window.close();
  else await browser.tabs.remove(tab.id);
}

setPageLanguage();
const root = document.getElementById('app');
if (root) {
  void loadSettings().then((settings) =>
    render(
      <Onboarding
        initial={settings}
        save={saveChoices}
        close={() => void closeTab()}
        loadShortcuts={loadShortcuts}
      />,
      root,
    ),
  );
}

// Mounts the options page on the settings store; the background applies saved settings at once.
import { render } from 'preact';
import { setPageLanguage, t } from '../../components/i18n';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { SettingsStore } from '../../components/options/use-settings-draft';
import {
  isSyncEnabled,
  loadSettings,
  saveSettings,
  setSyncEnabled,
  watchSettings,
} from '../../storage/settings-store';
import '../../assets/base.css';
import '../../components/options/options.css';

const store: SettingsStore = { load: loadSettings, save: saveSettings, watch: watchSettings };

document.title = t('optionsTitle');
setPageLanguage();
const root = document.getElementById('app');
const sync = { isOn: isSyncEnabled, setOn: setSyncEnabled };
if (root) render(<OptionsPage store={store} sync={sync} />, root);

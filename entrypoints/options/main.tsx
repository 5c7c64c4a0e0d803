// Mounts the options page: settings on the settings store, the history from the log, the care
// plan, the data page.
import { render } from 'preact';
import { CarePlanView } from '../../components/care-plan/CarePlanView';
import { DataPage } from '../../components/data/DataPage';
import { HistoryView } from '../../components/history/HistoryView';
import { useHistory } from '../../components/history/use-history';
import { setPageLanguage } from '../../components/i18n';
import { OptionsNav } from '../../components/options/OptionsNav';
import { OptionsPage } from '../../components/options/OptionsPage';
import type { SettingsStore } from '../../components/options/use-settings-draft';
import { loadCarePlan, watchCarePlan } from '../../storage/care-plan-store';
import {
  isSyncEnabled,
  loadSettings,
  saveSettings,
  setSyncEnabled,
  watchSettings,
} from '../../storage/settings-store';
import '../../assets/base.css';
import '../../components/options/options.css';
import '../../components/history/history.css';

const store: SettingsStore = { load: loadSettings, save: saveSettings, watch: watchSettings };
const sync = { isOn: isSyncEnabled, setOn: setSyncEnabled };
const plan = { load: loadCarePlan, watch: watchCarePlan };

function LiveHistory() {
  return <HistoryView state={useHistory()} />;
}

setPageLanguage();
const root = document.getElementById('app');
if (root) {
  render(
    <OptionsNav
      settings={<OptionsPage store={store} sync={sync} plan={plan} />}
      history={<LiveHistory />}
      plan={<CarePlanView />}
      data={<DataPage />}
    />,
    root,
  );
}

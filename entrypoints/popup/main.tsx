// Mounts the popup and asks the background to catch up with the clock as it opens.
import { type ComponentType, render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { HistoryLink } from '../../components/popup/TodaySummary';
import { useTodaySnapshot } from '../../components/popup/use-today-snapshot';
import { useTheme } from '../../components/theme';
import { type EngineView, useEngineView } from '../../components/use-engine-view';
import { sendAnswer, sendMessage } from '../../messages';
import { Popup } from './Popup';
import '../../assets/base.css';
import './popup.css';
import { setPageLanguage } from '../../components/i18n';

type RoutineView = ComponentType<{ view: EngineView; close: () => void }>;

// tabs.create works the same in Chrome and Firefox and keeps the hash, which openOptionsPage drops.
const history: HistoryLink = {
  href: browser.runtime.getURL('/options.html#history'),
  open: () => void browser.tabs.create({ url: history.href }).then(() => window.close()),
};

function App() {
  // Early: paints from quick reads of storage, without waiting for the validating ones.
  const view = useEngineView({ early: true });
  const today = useTodaySnapshot();
  useTheme(view?.settings.theme);
  const [Routine, setRoutine] = useState<RoutineView | null>(null);
  const startRoutine = async () => {
    // Loaded on demand: the routine brings Dexie and the catalogue, which first paint doesn't need.
    const { LiveRoutine } = await import('../../components/LiveRoutine');
    setRoutine(() => LiveRoutine);
  };
  // A routine picks its stretches from the settings once: it waits for the checked ones.
  if (Routine && view?.settingsChecked) {
    return (
      <main>
        <Routine view={view} close={() => setRoutine(null)} />
      </main>
    );
  }
  return (
    <Popup
      view={view}
      send={sendMessage}
      answer={sendAnswer}
      startRoutine={() => void startRoutine()}
      today={today}
      history={history}
    />
  );
}

setPageLanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
void sendMessage({ type: 'refresh' });

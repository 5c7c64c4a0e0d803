// The popup, live: the engine's view and today's snapshot from storage, answers and requests to
// the background, and a routine played in place for "Stretch now", loaded only when asked for.
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendAnswer, sendMessage } from '../../messages';
import { useTheme } from '../theme';
import { type EngineView, useEngineView } from '../use-engine-view';
import { Popup } from './Popup';
import type { HistoryLink } from './TodaySummary';
import { useTodaySnapshot } from './use-today-snapshot';

type RoutineView = ComponentType<{ view: EngineView; close: () => void }>;

// tabs.create works the same in Chrome and Firefox and keeps the hash, which openOptionsPage drops.
const history: HistoryLink = {
  href: browser.runtime.getURL('/options.html#history'),
  open: () => void browser.tabs.create({ url: history.href }).then(() => window.close()),
};

export function PopupApp() {
  // Early: paints from quick reads of storage, without waiting for the validating ones.
  const view = useEngineView({ early: true });
  const today = useTodaySnapshot();
  useTheme(view?.settings.theme);
  const [Routine, setRoutine] = useState<RoutineView | null>(null);
  const startRoutine = async () => {
    // Loaded on demand: the routine brings Dexie and the catalogue, which first paint doesn't need.
    const { LiveRoutine } = await import('../LiveRoutine');
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

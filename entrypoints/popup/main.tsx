// Mounts the popup and asks the background to catch up with the clock as it opens.
import { type ComponentType, render } from 'preact';
import { useState } from 'preact/hooks';
import { useTheme } from '../../components/theme';
import { type EngineView, useEngineView } from '../../components/use-engine-view';
import { sendMessage } from '../../messages';
import { Popup } from './Popup';
import '../../assets/base.css';
import './popup.css';
import { setPageLanguage } from '../../components/i18n';

type RoutineView = ComponentType<{ view: EngineView; close: () => void }>;

function App() {
  const view = useEngineView();
  useTheme(view?.settings.theme);
  const [Routine, setRoutine] = useState<RoutineView | null>(null);
  const startRoutine = async () => {
    // Loaded on demand: the routine brings Dexie and the catalogue, which first paint doesn't need.
    const { LiveRoutine } = await import('../../components/LiveRoutine');
    setRoutine(() => LiveRoutine);
  };
  if (Routine && view) {
    return (
      <main>
        <Routine view={view} close={() => setRoutine(null)} />
      </main>
    );
  }
  return <Popup view={view} send={sendMessage} startRoutine={() => void startRoutine()} />;
}

setPageLanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);
void sendMessage({ type: 'refresh' });

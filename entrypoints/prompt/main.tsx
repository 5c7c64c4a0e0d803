// The prompt window: the guided routine for the pending prompt, or for "Stretch now".
import { render } from 'preact';
import { RoutineSession } from '../../components/RoutineSession';
import { loadRoutineHistory } from '../../components/routine-history';
import { useEngineView } from '../../components/use-engine-view';
import { sendMessage } from '../../messages';
import { saveSettings } from '../../storage/settings-store';
import '../../assets/base.css';
import '../../assets/routine.css';

function App() {
  const view = useEngineView();
  if (!view) return null;
  return (
    <main class="prompt-window">
      <RoutineSession
        state={view.state}
        settings={view.settings}
        now={view.now}
        loadHistory={loadRoutineHistory}
        send={sendMessage}
        saveSettings={saveSettings}
        close={() => window.close()}
      />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);

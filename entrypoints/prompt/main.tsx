// The prompt window: the guided routine for the pending prompt, or for "Stretch now".
import { render } from 'preact';
import { LiveRoutine } from '../../components/LiveRoutine';
import { useTheme } from '../../components/theme';
import { useEngineView } from '../../components/use-engine-view';
import '../../assets/base.css';
import { setPageLanguage } from '../../components/i18n';

function App() {
  const view = useEngineView();
  useTheme(view?.settings.theme);
  if (!view) return null;
  return (
    <main class="prompt-window">
      <LiveRoutine view={view} close={() => window.close()} />
    </main>
  );
}

setPageLanguage();
const root = document.getElementById('app');
if (root) render(<App />, root);

// The prompt window: the guided routine for the pending prompt, or for "Stretch now".
import { render } from 'preact';
import { LiveRoutine } from '../../components/LiveRoutine';
import { useEngineView } from '../../components/use-engine-view';
import '../../assets/base.css';

function App() {
  const view = useEngineView();
  if (!view) return null;
  return (
    <main class="prompt-window">
      <LiveRoutine view={view} close={() => window.close()} />
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);

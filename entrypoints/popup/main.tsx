// Mounts the popup and asks the background to catch up with the clock as it opens.
import { render } from 'preact';
import { useEngineView } from '../../components/use-engine-view';
import { sendMessage } from '../../messages';
import { Popup } from './Popup';
import '../../assets/base.css';
import './popup.css';

function App() {
  return <Popup view={useEngineView()} send={sendMessage} />;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
void sendMessage({ type: 'refresh' });

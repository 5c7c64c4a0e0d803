// Mounts the popup and asks the background to catch up with the clock as it opens.
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { sendMessage } from '../../messages';
import '../../assets/base.css';
import '../../components/popup/popup.css';
import { setPageLanguage } from '../../components/i18n';

setPageLanguage();
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
void sendMessage({ type: 'refresh' });

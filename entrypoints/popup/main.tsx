// Mounts the popup (which asks the background to catch up with the clock once it has painted).
import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../assets/base.css';
import '../../components/popup/popup.css';
import { setPageLanguage } from '../../components/i18n';

setPageLanguage();
const root = document.getElementById('app');
if (root) render(<PopupApp />, root);

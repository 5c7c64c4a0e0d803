// The first-run page: the welcome form over the stored settings; Start saves them and closes the tab.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setPageLanguage, t } from '../../components/i18n';
import { Onboarding } from '../../components/onboarding/Onboarding';
import { closeTab, loadShortcuts, store } from '../../components/onboarding/onboarding-deps';
import '../../assets/base.css';
import '../../components/options/options.css';
import '../../components/onboarding/onboarding.css';

document.title = t('onboardingTitle');
document.documentElement.lang = browser.i18n.getUILanguage();

setPageLanguage();
const root = document.getElementById('app');
const close = () => void closeTab();
if (root) render(<Onboarding store={store} close={close} loadShortcuts={loadShortcuts} />, root);

// A routine played inside the popup, loaded only when Start or "Stretch now" is pressed: it reads
// the whole engine state and the checked settings, which the popup's first paint does without.
import { t } from '../i18n';
import { LiveRoutine } from '../LiveRoutine';
import { useEngineView } from '../use-engine-view';

export function PopupRoutine({ close }: { close: () => void }) {
  const view = useEngineView();
  if (!view) return <p class="quiet">{t('popupLoading')}</p>;
  return <LiveRoutine view={view} close={close} />;
}

// The routine inside the popup, loaded only when asked for: Dexie stays out of the first paint.

import { RoutineSession } from '../../components/RoutineSession';
import { loadRoutineHistory } from '../../components/routine-history';
import type { EngineView } from '../../components/use-engine-view';
import { sendMessage } from '../../messages';
import { saveSettings } from '../../storage/settings-store';
import '../../assets/routine.css';

export function PopupRoutine({ view, close }: { view: EngineView; close: () => void }) {
  return (
    <RoutineSession
      state={view.state}
      settings={view.settings}
      now={view.now}
      loadHistory={loadRoutineHistory}
      send={sendMessage}
      saveSettings={saveSettings}
      close={close}
    />
  );
}

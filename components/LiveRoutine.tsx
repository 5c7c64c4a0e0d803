// RoutineSession wired to the real log, background and settings store, for the pages that play it.
import '../assets/routine.css';
import { sendMessage } from '../messages';
import { saveSettings } from '../storage/settings-store';
import { RoutineSession } from './RoutineSession';
import { loadRoutineHistory } from './routine-history';
import type { EngineView } from './use-engine-view';

export function LiveRoutine({ view, close }: { view: EngineView; close: () => void }) {
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

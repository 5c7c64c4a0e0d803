// RoutineSession wired to the real log, background and settings store, for the pages that play it.
import '../assets/routine.css';
import { sendAnswer, sendMessage } from '../messages';
import { saveSettings } from '../storage/settings-store';
import { RoutineSession } from './RoutineSession';
import { loadRoutineHistory } from './routine-history';
import { watchRoutine } from './routine-port';
import type { EngineView } from './use-engine-view';

export function LiveRoutine({ view, close }: { view: EngineView; close: () => void }) {
  return (
    <RoutineSession
      state={view.state}
      settings={view.settings}
      now={view.now}
      loadHistory={loadRoutineHistory}
      send={sendMessage}
      answer={sendAnswer}
      watch={watchRoutine}
      saveSettings={saveSettings}
      close={close}
    />
  );
}

// RoutineSession wired to the real log, background, settings store and care plan, for the pages
// that play it.
import '../assets/routine.css';
import type { StretchId } from '../core/stretches';
import { sendAnswer, sendMessage } from '../messages';
import { loadSettings, saveSettings } from '../storage/settings-store';
import { RoutineSession } from './RoutineSession';
import { loadRoutineHistory } from './routine-history';
import { watchRoutine } from './routine-port';
import type { EngineView } from './use-engine-view';

export function LiveRoutine({ view, close }: { view: EngineView; close: () => void }) {
  return (
    <RoutineSession
      state={view.state}
      settings={view.settings}
      plan={view.carePlan}
      painCheck={view.carePlan?.painCheck ? { clinic: view.carePlan.clinic.name } : null}
      now={view.now}
      loadHistory={loadRoutineHistory}
      send={sendMessage}
      answer={sendAnswer}
      watch={watchRoutine}
      hideStretch={hideStretch}
      close={close}
    />
  );
}

/**
 * Adds the stretch to the personal settings' hidden ones, read afresh: the view's settings are the
 * effective ones, and a care plan's values must never be saved as the user's own.
 */
async function hideStretch(stretchId: StretchId): Promise<void> {
  const personal = await loadSettings();
  if (personal.hiddenStretches.includes(stretchId)) return;
  await saveSettings({ ...personal, hiddenStretches: [...personal.hiddenStretches, stretchId] });
}

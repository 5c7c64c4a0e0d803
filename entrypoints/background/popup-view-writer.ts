// Writes the popup's view (core/popup-view.ts) from what is stored now: the engine's state, the
// settings in force, the care plan, Today's figures and the log's health. Called after each of them changes, in the
// runner's queue, so the last view written is made from the latest of them all.

import { effectiveSettings } from '../../core/effective-settings';
import { restoreState } from '../../core/engine-state';
import { popupView } from '../../core/popup-view';
import { asDaySnapshot } from '../../core/today-view';
import { loadCarePlan } from '../../storage/care-plan-store';
import { engineStateItem, logHealthItem, popupViewItem, todayItem } from '../../storage/items';
import { loadSettings } from '../../storage/settings-store';

export async function publishPopupView(at: number): Promise<void> {
  const [engine, personal, care, today, health] = await Promise.all([
    engineStateItem.getValue(),
    loadSettings(),
    loadCarePlan(),
    todayItem.getValue(),
    logHealthItem.getValue(),
  ]);
  const plan = care?.plan ?? null;
  const settings = effectiveSettings({ personal, plan });
  const state = restoreState(engine, at);
  const clinic = plan?.clinic.name ?? null;
  const view = popupView(state, settings, asDaySnapshot(today), health, at, clinic);
  await popupViewItem.setValue(view);
}

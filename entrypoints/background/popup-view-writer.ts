// Writes the popup's view (core/popup-view.ts) from what is stored now: the engine's state, the
// settings, Today's figures and the log's health. Called after each of them changes, in the
// runner's queue, so the last view written is made from the latest of all four.
import { restoreState } from '../../core/engine-state';
import { popupView } from '../../core/popup-view';
import { asDaySnapshot } from '../../core/today-view';
import { engineStateItem, logHealthItem, popupViewItem, todayItem } from '../../storage/items';
import { loadSettings } from '../../storage/settings-store';

export async function publishPopupView(at: number): Promise<void> {
  const [engine, settings, today, health] = await Promise.all([
    engineStateItem.getValue(),
    loadSettings(),
    todayItem.getValue(),
    logHealthItem.getValue(),
  ]);
  const view = popupView(restoreState(engine, at), settings, asDaySnapshot(today), health, at);
  await popupViewItem.setValue(view);
}

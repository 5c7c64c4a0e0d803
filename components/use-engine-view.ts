// Reads the engine's state, the settings in force, the care plan and log health from extension
// storage, and follows changes: for the pages that play a routine (the prompt window, and the popup
// once Start is pressed), which need all of them. The popup paints from its view instead.
import { useEffect, useState } from 'preact/hooks';
import type { CarePlan } from '../core/care-plan';
import { restoreState } from '../core/engine-state';
import type { EngineState } from '../core/engine-types';
import type { Settings } from '../core/settings-defaults';
import { loadCarePlan, watchCarePlan } from '../storage/care-plan-store';
import { loadEffectiveSettings, watchEffectiveSettings } from '../storage/effective-settings';
import { engineStateItem, type LogHealth, logHealthItem } from '../storage/items';

export interface EngineView {
  state: EngineState;
  /** The settings in force: a care plan's sitting limit and goal over the personal ones. */
  settings: Settings;
  /** The clinic's plan in force, whose stretches the routines come from; null for none. */
  carePlan: CarePlan | null;
  logHealth: LogHealth;
  now: number;
}

interface Stored {
  state: unknown;
  settings: Settings;
  carePlan: CarePlan | null;
  logHealth: LogHealth;
}

/** null until storage has answered; then the view, re-read on change and re-timed every tick. */
export function useEngineView({ tickMs = 15_000 }: { tickMs?: number } = {}): EngineView | null {
  const [stored, setStored] = useState<Stored | null>(null);
  const [now, setNow] = useState(Date.now);

  useEffect(() => {
    let live = true;
    // Changes that come before the first read has answered are in what it finds.
    const update = (patch: Partial<Stored>) =>
      live && setStored((old) => (old ? { ...old, ...patch } : old));
    const unwatch = [
      engineStateItem.watch((state) => update({ state })),
      logHealthItem.watch((logHealth) => update({ logHealth })),
      watchEffectiveSettings((settings) => update({ settings })),
      watchCarePlan((care) => update({ carePlan: care?.plan ?? null })),
    ];
    void Promise.all([
      engineStateItem.getValue(),
      loadEffectiveSettings(),
      loadCarePlan(),
      logHealthItem.getValue(),
    ]).then(
      ([state, settings, care, logHealth]) =>
        live && setStored({ state, settings, carePlan: care?.plan ?? null, logHealth }),
    );
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => {
      live = false;
      for (const stop of unwatch) stop();
      clearInterval(timer);
    };
  }, [tickMs]);

  useEffect(() => setNow(Date.now()), [stored]);

  if (!stored) return null;
  const { settings, carePlan, logHealth } = stored;
  return { state: restoreState(stored.state, now), settings, carePlan, logHealth, now };
}

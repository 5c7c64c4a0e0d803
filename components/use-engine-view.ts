// Reads the engine's state, settings and log health from extension storage, and follows changes.
import { useEffect, useState } from 'preact/hooks';
import { restoreState } from '../core/engine-state';
import type { EngineState } from '../core/engine-types';
import type { Settings } from '../core/settings';
import { engineStateItem, type LogHealth, logHealthItem } from '../storage/items';
import { loadSettings, watchSettings } from '../storage/settings-store';

export interface EngineView {
  state: EngineState;
  settings: Settings;
  logHealth: LogHealth;
  now: number;
}

interface Stored {
  state: unknown;
  /** Through the settings store, so pages see migrated settings as the background does. */
  settings: Settings;
  logHealth: LogHealth;
}

/** null until storage has answered; then the view, re-read on change and re-timed every tick. */
export function useEngineView(tickMs = 15_000): EngineView | null {
  const [stored, setStored] = useState<Stored | null>(null);
  const [now, setNow] = useState(Date.now);

  useEffect(() => {
    let live = true;
    const update = (patch: Partial<Stored>) =>
      setStored((old) => (old ? { ...old, ...patch } : old));
    Promise.all([engineStateItem.getValue(), loadSettings(), logHealthItem.getValue()]).then(
      ([state, settings, logHealth]) => {
        if (live) setStored({ state, settings, logHealth });
      },
    );
    const unwatch = [
      engineStateItem.watch((state) => update({ state })),
      watchSettings((settings) => update({ settings })),
      logHealthItem.watch((logHealth) => update({ logHealth })),
    ];
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => {
      live = false;
      for (const stop of unwatch) stop();
      clearInterval(timer);
    };
  }, [tickMs]);

  useEffect(() => setNow(Date.now()), [stored]);

  if (!stored) return null;
  return {
    state: restoreState(stored.state, now),
    settings: stored.settings,
    logHealth: stored.logHealth,
    now,
  };
}

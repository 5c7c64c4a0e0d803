// Reads the engine's state, settings and log health from extension storage, and follows changes.
import { useEffect, useState } from 'preact/hooks';
import { restoreState } from '../core/engine-state';
import type { EngineState } from '../core/engine-types';
import { readSettings, type Settings } from '../core/settings';
import { engineStateItem, type LogHealth, logHealthItem, settingsItem } from '../storage/items';

export interface EngineView {
  state: EngineState;
  settings: Settings;
  logHealth: LogHealth;
  now: number;
}

interface Stored {
  state: unknown;
  settings: unknown;
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
    Promise.all([
      engineStateItem.getValue(),
      settingsItem.getValue(),
      logHealthItem.getValue(),
    ]).then(([state, settings, logHealth]) => {
      if (live) setStored({ state, settings, logHealth });
    });
    const unwatch = [
      engineStateItem.watch((state) => update({ state })),
      settingsItem.watch((settings) => update({ settings })),
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
    settings: readSettings(stored.settings),
    logHealth: stored.logHealth,
    now,
  };
}

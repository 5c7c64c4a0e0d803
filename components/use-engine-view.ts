// Reads the engine's state, settings and log health from extension storage, and follows changes:
// for the pages that play a routine (the prompt window, and the popup once Start is pressed),
// which need the whole state and the checked settings. The popup paints from its view instead.
import { useEffect, useState } from 'preact/hooks';
import { restoreState } from '../core/engine-state';
import type { EngineState } from '../core/engine-types';
import type { Settings } from '../core/settings-defaults';
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
  settings: Settings;
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
      watchSettings((settings) => update({ settings })),
    ];
    void Promise.all([engineStateItem.getValue(), loadSettings(), logHealthItem.getValue()]).then(
      ([state, settings, logHealth]) => live && setStored({ state, settings, logHealth }),
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
  const { settings, logHealth } = stored;
  return { state: restoreState(stored.state, now), settings, logHealth, now };
}

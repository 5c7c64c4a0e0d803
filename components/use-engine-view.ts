// Reads the engine's state, settings and log health from extension storage, and follows changes.
import { useEffect, useState } from 'preact/hooks';
import type { restoreState } from '../core/engine-state';
import { quickState } from '../core/engine-state-quick';
import type { EngineState } from '../core/engine-types';
import type { Settings } from '../core/settings-defaults';
import { quickSettings } from '../core/settings-quick';
import type { LogHealth } from '../storage/items';
import { readPaintItems, watchPaintItems } from '../storage/paint-items';

// The popup's first paint must not wait for valibot and the stretch catalogue, which the full reads
// need: with `early` the view comes from the quick reads first, then the full ones take over. They
// agree on whatever the background and the settings store wrote; the full ones also repair the rest.
// Without `early` the view waits for the full settings read, as a routine needs it.

export interface EngineView {
  state: EngineState;
  settings: Settings;
  logHealth: LogHealth;
  now: number;
  /** false while the settings are the quick read (early views only): a routine waits for true. */
  settingsChecked: boolean;
}

export interface EngineViewOptions {
  /** Paint from the quick reads before the full settings read has answered. */
  early?: boolean;
  tickMs?: number;
}

interface Stored {
  state: unknown;
  /** Quick at first, then through the settings store, so pages see settings as the background does. */
  settings: Settings;
  settingsChecked: boolean;
  logHealth: LogHealth;
}

type Restore = typeof restoreState;

/** null until storage has answered; then the view, re-read on change and re-timed every tick. */
export function useEngineView({
  early = false,
  tickMs = 15_000,
}: EngineViewOptions = {}): EngineView | null {
  const [stored, setStored] = useState<Stored | null>(null);
  const [now, setNow] = useState(Date.now);
  // Loaded only for a state the quick check cannot vouch for (an older version, damage).
  const [restore, setRestore] = useState<{ fn: Restore } | null>(null);

  useEffect(() => {
    let live = true;
    const update = (patch: Partial<Stored>) =>
      setStored((old) => (old ? { ...old, ...patch } : old));
    const unwatch = [
      watchPaintItems(['engine', 'logHealth'], (changed) => {
        const patch: Partial<Stored> = {};
        if ('engine' in changed) patch.state = changed.engine;
        if (changed.logHealth) patch.logHealth = changed.logHealth;
        update(patch);
      }),
    ];
    const checked = (settings: Settings) => update({ settings, settingsChecked: true });
    // An early view loads the store only once the quick one is set, so it cannot slow that paint.
    const store = early ? null : import('../storage/settings-store');
    void readPaintItems(['engine', 'settings', 'logHealth'])
      .then(({ engine, settings, logHealth }) => {
        const quick = quickSettings(settings);
        if (live) setStored({ state: engine, settings: quick, settingsChecked: false, logHealth });
        return store ?? import('../storage/settings-store');
      })
      .then(({ loadSettings, watchSettings }) => {
        if (!live) return;
        unwatch.push(watchSettings(checked));
        return loadSettings().then((settings) => live && checked(settings));
      });
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => {
      live = false;
      for (const stop of unwatch) stop();
      clearInterval(timer);
    };
  }, [early, tickMs]);

  useEffect(() => setNow(Date.now()), [stored]);

  const quick = stored && quickState(stored.state);
  const needsRestore = stored !== null && quick === null && restore === null;
  useEffect(() => {
    if (!needsRestore) return;
    void import('../core/engine-state').then((m) => setRestore({ fn: m.restoreState }));
  }, [needsRestore]);

  if (!stored || (!early && !stored.settingsChecked)) return null;
  const state = quick ?? restore?.fn(stored.state, now);
  if (!state) return null;
  const { settings, settingsChecked, logHealth } = stored;
  return { state, settings, logHealth, now, settingsChecked };
}

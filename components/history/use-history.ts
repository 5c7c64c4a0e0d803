// Reads the History figures from the log and follows them: a new log row, a settings change
// or midnight brings fresh figures without reloading the page.
import { useEffect, useState } from 'preact/hooks';
import type { History } from '../../core/history';
import type { Settings } from '../../core/settings';
import { openLogDb } from '../../storage/db';
import { loadEffectiveSettings, watchEffectiveSettings } from '../../storage/effective-settings';
import { watchHistory } from '../../storage/history-watch';

export type HistoryState =
  | { status: 'loading' }
  | { status: 'ready'; history: History }
  | { status: 'error'; error: unknown };

/** Milliseconds until just after the next local midnight, when "today" moves on. */
function msToTomorrow(now: number): number {
  const next = new Date(now);
  next.setHours(24, 0, 1, 0);
  return next.getTime() - now;
}

export function useHistory(): HistoryState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [state, setState] = useState<HistoryState>({ status: 'loading' });
  const [day, setDay] = useState(0);

  useEffect(() => {
    let live = true;
    // Today is judged by the settings in force: a care plan's daily goal over the personal one.
    loadEffectiveSettings().then(
      (loaded) => live && setSettings(loaded),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    const unwatch = watchEffectiveSettings((next) => setSettings(next));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => setDay((d) => d + 1), msToTomorrow(Date.now()));
    return () => clearTimeout(timer);
  }, [day]);

  // `day` turns at midnight: the query runs again, so "today" moves on even with no new rows.
  useEffect(() => {
    if (!settings) return;
    const db = openLogDb();
    const unwatch = watchHistory(db, settings, {
      next: (history) => setState({ status: 'ready', history }),
      error: (error: unknown) => {
        console.warn('Hip Check could not read the history', error);
        setState({ status: 'error', error });
      },
    });
    return () => {
      unwatch();
      db.close();
    };
  }, [settings, day]);

  return state;
}

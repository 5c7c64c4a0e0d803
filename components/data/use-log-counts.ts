// Follows how much the log holds, so the page can say what an export, restore or erase concerns.
import { useEffect, useState } from 'preact/hooks';
import type { LogDb } from '../../storage/db';
import { type LogCounts, watchLogCounts } from '../../storage/log-counts';

export type { LogCounts };

export type LogCountsState =
  | { status: 'loading' }
  | { status: 'ready'; counts: LogCounts }
  | { status: 'error' };

/** Counts, kept current by storage: a restore or erase in the background shows at once. */
export function useLogCounts(db: LogDb | null): LogCountsState {
  const [state, setState] = useState<LogCountsState>({ status: 'loading' });
  useEffect(() => {
    if (!db) {
      setState({ status: 'error' });
      return;
    }
    return watchLogCounts(db, {
      next: (counts) => setState({ status: 'ready', counts }),
      error: (error: unknown) => {
        console.warn('Hip Check could not read its log', error);
        setState({ status: 'error' });
      },
    });
  }, [db]);
  return state;
}

// Follows how much the log holds, so the page can say what an export, restore or erase concerns.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { LogDb } from '../../storage/db';

export interface LogCounts {
  prompts: number;
  bouts: number;
  pains: number;
  /** When the oldest prompt or bout began; null for an empty log. */
  from: number | null;
}

export type LogCountsState =
  | { status: 'loading' }
  | { status: 'ready'; counts: LogCounts }
  | { status: 'error' };

async function readCounts(db: LogDb): Promise<LogCounts> {
  const [prompts, bouts, pains, firstPrompt, firstBout] = await Promise.all([
    db.prompts.count(),
    db.bouts.count(),
    db.pains.count(),
    db.prompts.orderBy('dueAt').first(),
    db.bouts.orderBy('startedAt').first(),
  ]);
  const starts = [firstPrompt?.dueAt, firstBout?.startedAt].filter((at) => at !== undefined);
  return { prompts, bouts, pains, from: starts.length > 0 ? Math.min(...starts) : null };
}

/** Counts, kept current by liveQuery: a restore or erase in the background shows at once. */
export function useLogCounts(db: LogDb | null): LogCountsState {
  const [state, setState] = useState<LogCountsState>({ status: 'loading' });
  useEffect(() => {
    if (!db) {
      setState({ status: 'error' });
      return;
    }
    const subscription = liveQuery(() => readCounts(db)).subscribe({
      next: (counts) => setState({ status: 'ready', counts }),
      error: (error: unknown) => {
        console.warn('Hip Check could not read its log', error);
        setState({ status: 'error' });
      },
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return state;
}

// How much the log holds, so the Data page can say what an export, restore or erase concerns.
import type { LogDb } from './db';
import { type Watcher, watchLog } from './live';

export interface LogCounts {
  prompts: number;
  bouts: number;
  pains: number;
  painChecks: number;
  /** When the oldest prompt or bout began; null for an empty log. */
  from: number | null;
}

/** The rows of each kind, and when the oldest prompt or bout began. */
export async function countLog(db: LogDb): Promise<LogCounts> {
  const [prompts, bouts, pains, painChecks, firstPrompt, firstBout] = await Promise.all([
    db.prompts.count(),
    db.bouts.count(),
    db.pains.count(),
    db.painChecks.count(),
    db.prompts.orderBy('dueAt').first(),
    db.bouts.orderBy('startedAt').first(),
  ]);
  const starts = [firstPrompt?.dueAt, firstBout?.startedAt].filter((at) => at !== undefined);
  return {
    prompts,
    bouts,
    pains,
    painChecks,
    from: starts.length > 0 ? Math.min(...starts) : null,
  };
}

/** The counts now and after every change: a restore or erase in the background shows at once. */
export function watchLogCounts(db: LogDb, watcher: Watcher<LogCounts>): () => void {
  return watchLog(() => countLog(db), watcher);
}

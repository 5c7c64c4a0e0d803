// What a retention cutoff would delete, counted with the same ranges storage/data.purgeOlderThan
// deletes, so the question the Data page asks names exactly what the background then removes.
import type { LogDb } from './db';

export interface RetentionLoss {
  prompts: number;
  bouts: number;
  pains: number;
}

/** Rows that lie wholly before `cutoffMs`: a bout still running across it is kept, so not counted. */
export async function countOlderThan(db: LogDb, cutoffMs: number): Promise<RetentionLoss> {
  return db.transaction('r', db.bouts, db.prompts, db.pains, async () => {
    const [prompts, bouts, pains] = await Promise.all([
      db.prompts.where('dueAt').below(cutoffMs).count(),
      db.bouts.where('endedAt').below(cutoffMs).count(),
      db.pains.where('at').below(cutoffMs).count(),
    ]);
    return { prompts, bouts, pains };
  });
}

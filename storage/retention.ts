// Retention in the log: drop what a retention period ends, and count beforehand what that drops,
// over the very same ranges, so the question the Data page asks names exactly what the background
// then removes. Where a period puts the cutoff is core/retention.ts.
import { dayKey, startOfDay } from '../core/days';
import { retentionCutoff } from '../core/retention';
import type { RetentionDays } from '../core/settings';
import { allTables } from './data';
import type { LogDb } from './db';
import { refreshDays } from './summaries';

/**
 * Deletes what happened before `cutoffMs` (a local midnight). A bout that is still
 * running across the cutoff stays whole. Of the plans before it, the one in force at the cutoff
 * stays, or the figures after it would lose the daily goal they were measured against.
 * Says whether anything was deleted.
 */
export async function purgeOlderThan(db: LogDb, cutoffMs: number): Promise<boolean> {
  return db.transaction('rw', allTables(db), async () => {
    const inForce = await db.plans.where('at').belowOrEqual(cutoffMs).last();
    const oldPlans = await db.plans.where('at').below(cutoffMs).primaryKeys();
    const plans = oldPlans.filter((id) => id !== inForce?.id);
    const deleted = await Promise.all([
      db.bouts.where('endedAt').below(cutoffMs).delete(),
      db.prompts.where('dueAt').below(cutoffMs).delete(),
      db.pains.where('at').below(cutoffMs).delete(),
      db.painChecks.where('at').below(cutoffMs).delete(),
      db.plans.bulkDelete(plans).then(() => plans.length),
    ]);
    const any = deleted.some((count) => count > 0);
    await db.days.where('date').below(dayKey(cutoffMs)).delete();
    // A later day's figures rest only on rows of its own bouts, which all end after the cutoff,
    // except a prompt that settled just after a bout ending before it: only the first day kept
    // can hold one. Recomputing that day, not the whole log, keeps the daily purge cheap.
    if (any) await refreshDays(db, [startOfDay(cutoffMs)]);
    return any;
  });
}

/**
 * Deletes the rows older than `days` of retention keep at `now` (0 keeps everything). For the
 * background to run in its queue; it throws what IndexedDB throws. Says whether it deleted.
 */
export async function purgeByRetention(
  db: LogDb,
  days: RetentionDays,
  now: number,
): Promise<boolean> {
  const cutoff = retentionCutoff(days, now);
  return cutoff === null ? false : purgeOlderThan(db, cutoff);
}

export interface RetentionLoss {
  prompts: number;
  bouts: number;
  pains: number;
  painChecks: number;
}

/** Rows that lie wholly before `cutoffMs`: a bout still running across it is kept, so not counted. */
export async function countOlderThan(db: LogDb, cutoffMs: number): Promise<RetentionLoss> {
  return db.transaction('r', db.bouts, db.prompts, db.pains, db.painChecks, async () => {
    const [prompts, bouts, pains, painChecks] = await Promise.all([
      db.prompts.where('dueAt').below(cutoffMs).count(),
      db.bouts.where('endedAt').below(cutoffMs).count(),
      db.pains.where('at').below(cutoffMs).count(),
      db.painChecks.where('at').below(cutoffMs).count(),
    ]);
    return { prompts, bouts, pains, painChecks };
  });
}

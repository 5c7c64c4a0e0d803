// Writes and reads of the adherence log. Only the background writes.
import type { LogRecord } from '../core/engine-types';
import { type LogDb, type PlanRecord, tablesOf } from './db';
import { refreshSummaries } from './summaries';

/**
 * Writes rows by their id, so writing the same outbox twice (after a restart) stores them once,
 * and brings the per-day summaries of the days they touch up to date.
 * One transaction: either every row and summary lands or none does.
 */
export async function writeRecords(db: LogDb, records: LogRecord[]): Promise<void> {
  const bouts = records.flatMap((r) => (r.kind === 'bout' ? [r.row] : []));
  const prompts = records.flatMap((r) => (r.kind === 'prompt' ? [r.row] : []));
  const pains = records.flatMap((r) => (r.kind === 'pain' ? [r.row] : []));
  const checks = records.flatMap((r) => (r.kind === 'painCheck' ? [r.row] : []));
  const tables = [db.bouts, db.prompts, db.pains, db.painChecks, db.days];
  await db.transaction('rw', tables, async () => {
    // In flight together: IndexedDB keeps their order, and the transaction waits for all.
    await Promise.all([
      db.bouts.bulkPut(bouts),
      db.prompts.bulkPut(prompts),
      db.pains.bulkPut(pains),
      db.painChecks.bulkPut(checks),
    ]);
    if (bouts.length > 0 || prompts.length > 0) {
      await refreshSummaries(tablesOf(db), prompts, bouts);
    }
  });
}

export function boutsSince(db: LogDb, since: number) {
  return db.bouts.where('startedAt').aboveOrEqual(since).sortBy('startedAt');
}

export function promptsSince(db: LogDb, since: number) {
  return db.prompts.where('dueAt').aboveOrEqual(since).sortBy('dueAt');
}

/** What the routine picker needs to vary the stretches: today's offers and the last routine. */
export async function routineHistory(db: LogDb, dayStart: number) {
  const today = await promptsSince(db, dayStart);
  const last = await db.prompts
    .orderBy('dueAt')
    .reverse()
    .filter((p) => p.offered.length > 0)
    .first();
  return { earlierToday: today.flatMap((p) => p.offered), previous: last?.offered ?? [] };
}

/**
 * Keeps the settings and the care plan in force from `at`, unless they are the same as the last
 * ones kept, so the log can say under which settings and which plan (and revision) a day was lived.
 */
export async function recordPlan(
  db: LogDb,
  inForce: Pick<PlanRecord, 'settings' | 'carePlan'>,
  at: number,
): Promise<void> {
  const kept = (plan: Pick<PlanRecord, 'settings' | 'carePlan'>) =>
    JSON.stringify([plan.settings, plan.carePlan ?? null]);
  await db.transaction('rw', db.plans, async () => {
    const last = await db.plans.orderBy('at').last();
    if (last && kept(last) === kept(inForce)) return;
    await db.plans.put({ id: `plan-${at}`, at, ...inForce });
  });
}

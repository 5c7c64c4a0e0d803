// Writes and reads of the adherence log. Only the background writes.
import type { LogRecord } from '../core/engine-types';
import type { Settings } from '../core/settings';
import { type LogDb, tablesOf } from './db';
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
  await db.transaction('rw', db.bouts, db.prompts, db.pains, db.days, async () => {
    // In flight together: IndexedDB keeps their order, and the transaction waits for all.
    await Promise.all([
      db.bouts.bulkPut(bouts),
      db.prompts.bulkPut(prompts),
      db.pains.bulkPut(pains),
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
 * Keeps the settings in force from `at`, unless they are the same as the last ones kept, so the
 * log can say under which settings (and later which care plan) a day was lived.
 */
export async function recordPlan(db: LogDb, settings: Settings, at: number): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    const last = await db.plans.orderBy('at').last();
    if (last && JSON.stringify(last.settings) === JSON.stringify(settings)) return;
    await db.plans.put({ id: `plan-${at}`, at, settings });
  });
}

// The log as a whole: export it, replace it with a backup, erase it. Retention is storage/retention.ts.
import { type Backup, backupFormat, backupVersion } from '../core/backup';
import { promptsCsv } from '../core/prompts-csv';
import type { Settings } from '../core/settings';
import type { StoredCarePlan } from './care-plan-store';
import type { LogDb } from './db';
import { rebuildSummaries } from './summaries';

/** Every table that holds the user's rows, plus the summaries derived from them. */
export const allTables = (db: LogDb) => [
  db.bouts,
  db.prompts,
  db.pains,
  db.painChecks,
  db.days,
  db.plans,
];

/**
 * Everything but the derived day summaries, in time order so the file reads naturally, with the
 * personal settings and the care plan in force as given. One read transaction, so the tables agree with each other even while the
 * background writes.
 */
export function exportAll(
  db: LogDb,
  exportedAt: number,
  settings: Settings,
  carePlan: StoredCarePlan | null,
): Promise<Backup> {
  const tables = [db.bouts, db.prompts, db.pains, db.painChecks, db.plans];
  return db.transaction('r', tables, async () => {
    const [bouts, prompts, pains, painChecks, plans] = await Promise.all([
      db.bouts.orderBy('startedAt').toArray(),
      db.prompts.orderBy('dueAt').toArray(),
      db.pains.orderBy('at').toArray(),
      db.painChecks.orderBy('at').toArray(),
      db.plans.orderBy('at').toArray(),
    ]);
    // A restore refuses a pain report naming a prompt it does not hold. Retention can delete a
    // prompt due just before its cutoff and keep a report made just after: such a report, whose
    // break is gone, is left out, so the user's own backup always restores.
    const promptIds = new Set(prompts.map((p) => p.id));
    return {
      format: backupFormat,
      version: backupVersion,
      exportedAt,
      settings,
      carePlan,
      bouts,
      prompts,
      pains: pains.filter((pain) => promptIds.has(pain.promptId)),
      painChecks,
      // Plans kept before version 4 of the database have no care plan field.
      plans: plans.map((plan) => ({ ...plan, carePlan: plan.carePlan ?? null })),
    };
  });
}

/** The prompts as CSV, oldest first. */
export async function exportPromptsCsv(db: LogDb): Promise<string> {
  return promptsCsv(await db.prompts.orderBy('dueAt').toArray());
}

/**
 * Replaces the whole log with a checked backup's rows. One transaction over every table: if any
 * step fails (a full disk, a closed database) IndexedDB rolls it all back, and the log is exactly
 * as it was. bulkAdd rather than bulkPut, so an id the checks missed fails loudly instead of
 * silently keeping one of two rows.
 */
export async function restoreRows(db: LogDb, backup: Backup): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    await Promise.all(allTables(db).map((table) => table.clear()));
    await db.bouts.bulkAdd(backup.bouts);
    await db.prompts.bulkAdd(backup.prompts);
    await db.pains.bulkAdd(backup.pains);
    await db.painChecks.bulkAdd(backup.painChecks);
    await db.plans.bulkAdd(backup.plans);
    await rebuildSummaries(db);
  });
}

/** Deletes every row and every summary; settings live elsewhere and stay. */
export async function eraseAll(db: LogDb): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    await Promise.all(allTables(db).map((table) => table.clear()));
  });
}

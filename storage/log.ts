// Writes and reads of the adherence log. Only the background writes.
import type { LogRecord } from '../core/engine-types';
import type { LogDb } from './db';

/**
 * Writes rows by their id, so writing the same outbox twice (after a restart) stores them once.
 * One transaction: either every row lands or none does.
 */
export async function writeRecords(db: LogDb, records: LogRecord[]): Promise<void> {
  const bouts = records.flatMap((r) => (r.kind === 'bout' ? [r.row] : []));
  const prompts = records.flatMap((r) => (r.kind === 'prompt' ? [r.row] : []));
  await db.transaction('rw', db.bouts, db.prompts, async () => {
    if (bouts.length > 0) await db.bouts.bulkPut(bouts);
    if (prompts.length > 0) await db.prompts.bulkPut(prompts);
  });
}

export function boutsSince(db: LogDb, since: number) {
  return db.bouts.where('startedAt').aboveOrEqual(since).sortBy('startedAt');
}

export function promptsSince(db: LogDb, since: number) {
  return db.prompts.where('dueAt').aboveOrEqual(since).sortBy('dueAt');
}

// The adherence log in IndexedDB: one typed Dexie database, every schema change a new version.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { BoutRecord, PromptRecord } from '../core/engine-types';

export type LogDb = Dexie & {
  bouts: EntityTable<BoutRecord, 'id'>;
  prompts: EntityTable<PromptRecord, 'id'>;
};

export const logDbName = 'hip-check';

/** `options` lets tests hand in a broken IndexedDB, as Firefox's private mode has. */
export function openLogDb(name = logDbName, options?: DexieOptions): LogDb {
  const db = new Dexie(name, options) as LogDb;
  db.version(1).stores({
    bouts: 'id, startedAt',
    prompts: 'id, dueAt, outcome',
  });
  return db;
}

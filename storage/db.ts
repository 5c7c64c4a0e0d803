// The adherence log in IndexedDB: one typed Dexie database, every schema change a new version.
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { BoutRecord, PainRecord, PromptRecord } from '../core/engine-types';

export type LogDb = Dexie & {
  bouts: EntityTable<BoutRecord, 'id'>;
  prompts: EntityTable<PromptRecord, 'id'>;
  pains: EntityTable<PainRecord, 'id'>;
};

export const logDbName = 'hip-check';

/** Each version's stores, kept so tests can open the database exactly as an older release did. */
export const schemaVersions = {
  1: { bouts: 'id, startedAt', prompts: 'id, dueAt, outcome' },
  2: { pains: 'id, at, stretchId' },
} as const;

/** `options` lets tests hand in a broken IndexedDB, as Firefox's private mode has. */
export function openLogDb(name = logDbName, options?: DexieOptions): LogDb {
  const db = new Dexie(name, options) as LogDb;
  db.version(1).stores(schemaVersions[1]);
  db.version(2)
    .stores(schemaVersions[2])
    .upgrade((tx) =>
      // Prompts logged before the guided routine existed offered and completed nothing.
      tx
        .table<PromptRecord>('prompts')
        .toCollection()
        .modify((prompt) => {
          prompt.offered ??= [];
          prompt.completed ??= [];
        }),
    );
  return db;
}

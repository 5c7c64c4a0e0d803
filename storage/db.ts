// The adherence log in IndexedDB: one typed Dexie database, every schema change a new version.
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { PromptRecord } from '../core/engine-types';
import type { Settings } from '../core/settings';
import type { LogTables } from './log-tables';
import { rebuildSummaries } from './summaries';

/** The settings (later: the care plan) in force from `at` until the next record. */
export interface PlanRecord {
  id: string;
  at: number;
  settings: Settings;
}

export type LogDb = Dexie &
  LogTables & {
    plans: EntityTable<PlanRecord, 'id'>;
  };

export const logDbName = 'hip-check';

/** Each version's stores, kept so tests can open the database exactly as an older release did. */
export const schemaVersions = {
  1: { bouts: 'id, startedAt', prompts: 'id, dueAt, outcome' },
  2: { pains: 'id, at, stretchId' },
  // endedAt finds the bouts that overlap a day; boutId finds the prompts of a bout; a day's
  // taken finds the days that missed the goal, where a streak ends.
  3: {
    bouts: 'id, startedAt, endedAt',
    prompts: 'id, dueAt, outcome, boutId',
    days: 'date, taken',
    plans: 'id, at',
  },
} as const;

/** The newest schema this code opens; a backup names the one it was made from. */
export const schemaVersion = 3;

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
  db.version(3)
    .stores(schemaVersions[3])
    // The per-day summaries start out computed from every row already logged.
    .upgrade((tx) => rebuildSummaries(tablesOf(tx)));
  return db;
}

export function tablesOf(source: LogDb | Transaction): LogTables {
  // Both have table(name); TypeScript cannot call it through the union.
  const tx = source as Transaction;
  return {
    bouts: tx.table('bouts'),
    prompts: tx.table('prompts'),
    pains: tx.table('pains'),
    days: tx.table('days'),
  };
}

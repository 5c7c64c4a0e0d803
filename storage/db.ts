// The adherence log in IndexedDB: one typed Dexie database, every schema change a new version.
import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { CarePlan } from '../core/care-plan';
import type { PainCheckRecord, PromptRecord } from '../core/engine-types';
import type { Settings } from '../core/settings';
import type { LogTables } from './log-tables';
import { rebuildSummaries } from './summaries';

/** The settings and the care plan in force from `at` until the next record. */
export interface PlanRecord {
  id: string;
  at: number;
  /** The settings in force: the personal ones with the plan's over them (core/effective-settings). */
  settings: Settings;
  /** The clinic's plan as checked (planId, revision, stretches); null without one or before v4. */
  carePlan: CarePlan | null;
}

export type LogDb = Dexie &
  LogTables & {
    plans: EntityTable<PlanRecord, 'id'>;
    /** The care plan's daily "How is the pain today?" (schema version 4). */
    painChecks: EntityTable<PainCheckRecord, 'id'>;
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
  // The care plan's daily pain check; plans rows gain the care plan in force (none before).
  4: { painChecks: 'id, at' },
} as const;

/** The newest schema this code opens; a backup names the one it was made from. */
export const schemaVersion = 4;

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
  db.version(4)
    .stores(schemaVersions[4])
    .upgrade((tx) =>
      tx
        .table<PlanRecord>('plans')
        .toCollection()
        .modify((plan) => {
          plan.carePlan ??= null;
        }),
    );
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

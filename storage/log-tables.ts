// The log's row tables as a type, for db.ts and for the summaries that db.ts's upgrade rebuilds.
import type { EntityTable } from 'dexie';
import type { DaySummary } from '../core/day-summary';
import type { BoutRecord, PainRecord, PromptRecord } from '../core/engine-types';

/** The log's tables, from the database or from an upgrade's transaction alike. */
export interface LogTables {
  bouts: EntityTable<BoutRecord, 'id'>;
  prompts: EntityTable<PromptRecord, 'id'>;
  pains: EntityTable<PainRecord, 'id'>;
  /** Derived from the rows above and kept up to date as they are written; never exported. */
  days: EntityTable<DaySummary, 'date'>;
}

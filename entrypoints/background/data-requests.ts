// Carries out the pages' data requests (restore a backup, erase the log) in the background,
// the log's single writer. Placeholder: refuses everything until the backup code lands.
import type { DataReply, DataRequest } from '../../messages';
import type { LogDb } from '../../storage/db';

export interface DataRequestDeps {
  /** The open log database; throws when IndexedDB cannot be used. */
  db(): LogDb;
  /** Drops the log rows still waiting in engine state, so an erase is complete. */
  clearOutbox(): Promise<void>;
  now(): number;
}

export function createDataRequests(_deps: DataRequestDeps) {
  return async (_request: DataRequest): Promise<DataReply> => ({
    ok: false,
    error: 'dataErrNoAnswer',
    params: [],
  });
}

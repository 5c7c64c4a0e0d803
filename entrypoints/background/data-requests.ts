// Carries out the pages' data requests (restore a backup, erase the log) and retention in the
// background, the log's single writer.
import { type Backup, checkBackup } from '../../core/backup';
import { retentionCutoff as cutoffFor } from '../../core/retention';
import type { Settings } from '../../core/settings';
import type { DataReply, DataRequest } from '../../messages';
import type { StoredCarePlan } from '../../storage/care-plan-store';
import { eraseAll, restoreRows } from '../../storage/data';
import type { LogDb } from '../../storage/db';
import { purgeByRetention } from '../../storage/retention';

export interface DataRequestDeps {
  /** The open log database; throws when IndexedDB cannot be used. */
  db(): LogDb;
  /** Drops the log rows still waiting in engine state, so an erase is complete. */
  clearOutbox(): Promise<void>;
  /** The personal settings, and how to replace them (storage/settings-store). */
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /** The care plan in force as given, and how to replace it (storage/care-plan-store). */
  loadCarePlan(): Promise<StoredCarePlan | null>;
  saveCarePlan(plan: StoredCarePlan | null): Promise<void>;
  now(): number;
}

const done: DataReply = { ok: true };

/** Whatever IndexedDB throws, the page can only say the database could not be used. */
const databaseFailed: DataReply = { ok: false, error: 'dataErrDatabase', params: [] };

export function createDataRequests(deps: DataRequestDeps) {
  return async (request: DataRequest): Promise<DataReply> => {
    if (request.type === 'restoreBackup') {
      // The page checked it already; checked again because pages are trusted, not their bugs.
      const checked = checkBackup(request.backup, deps.now());
      if (!checked.ok) return { ok: false, error: checked.error, params: checked.params };
      const settings = request.withSettings ? checked.value.settings : null;
      return settings ? restoreWithSettings(checked.value, settings) : restoreLog(checked.value);
    }
    // The outbox goes only once the database is empty, so a failed erase changes nothing at all.
    return attempt(async () => {
      await eraseAll(deps.db());
      await deps.clearOutbox();
    });
  };

  function restoreLog(backup: Backup): Promise<DataReply> {
    return attempt(() => restoreRows(deps.db(), backup));
  }

  /**
   * The settings (with the care plan a version 3 backup holds) go first and the log second, in its
   * one transaction. If either cannot be written, what was in force is put back: everything
   * changes, or nothing does.
   */
  async function restoreWithSettings(backup: Backup, settings: Settings): Promise<DataReply> {
    const previous = await Promise.all([deps.loadSettings(), deps.loadCarePlan()]).catch(
      () => null,
    );
    if (!previous) return settingsFailed;
    const putBack = () =>
      Promise.all([deps.saveSettings(previous[0]), deps.saveCarePlan(previous[1])]).catch(
        (error: unknown) => console.warn('Hip Check could not put the settings back', error),
      );
    try {
      await deps.saveSettings(settings);
      if (backup.carePlan !== undefined) await deps.saveCarePlan(backup.carePlan);
    } catch (error) {
      console.warn('Hip Check could not restore the settings', error);
      await putBack();
      return settingsFailed;
    }
    const reply = await restoreLog(backup);
    if (!reply.ok) await putBack();
    return reply;
  }
}

/** Extension storage refused the settings; nothing was changed. */
const settingsFailed: DataReply = { ok: false, error: 'dataErrSettings', params: [] };

async function attempt(work: () => Promise<void>): Promise<DataReply> {
  try {
    await work();
    return done;
  } catch (error) {
    console.warn('Hip Check could not change its log', error);
    return databaseFailed;
  }
}

/** The local midnight that starts the oldest day retention keeps; null when it keeps everything. */
export function retentionCutoff(settings: Settings, now: number): number | null {
  return cutoffFor(settings.retentionDays, now);
}

/**
 * Deletes the log rows older than the retention setting allows (storage/retention does the work).
 * For the background to run in its queue (at start and once a day, say); it throws what IndexedDB
 * throws. Says whether it deleted.
 */
export async function applyRetention(db: LogDb, settings: Settings, now: number): Promise<boolean> {
  return purgeByRetention(db, settings.retentionDays, now);
}

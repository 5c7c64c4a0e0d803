// The background's side of the adherence log: one open database, the rows the engine hands over,
// the popup's Today snapshot, and the bookkeeping that follows the settings (plans, retention).

import type { CarePlan } from '../../core/care-plan';
import { dayKey } from '../../core/days';
import type { LogRecord } from '../../core/engine-types';
import type { Settings } from '../../core/settings';
import type { LogDb } from '../../storage/db';
import { readToday } from '../../storage/history';
import { todayItem } from '../../storage/items';
import { recordPlan, writeRecords } from '../../storage/log';
import { applyRetention } from './data-requests';

export interface LogKeeperDeps {
  openDb: () => LogDb;
  now: () => number;
  /** Today's figures changed: the popup's view is made again. Never throws. */
  publish: (at: number) => Promise<void>;
}

export function createLogKeeper({ openDb, now, publish }: LogKeeperDeps) {
  let db: LogDb | null = null;
  /** The local day the log was last brought in step with the settings. */
  let keptOn = '';

  const open = () => {
    db ??= openDb();
    return db;
  };
  // A closed or failed database is opened afresh next time.
  const forget = () => {
    db?.close();
    db = null;
  };

  /** The popup's Today figures, kept in extension storage so it paints without the database. */
  async function refreshToday() {
    const figures = await readToday(open(), now());
    await todayItem.setValue({ date: figures.date, figures });
    await publish(now());
  }

  return {
    open,
    refreshToday,
    /** Writes the rows and the Today snapshot; throws, with the database forgotten, on failure. */
    async write(records: LogRecord[]) {
      try {
        await writeRecords(open(), records);
        await refreshToday();
      } catch (error) {
        forget();
        throw error;
      }
    },
    /** A background can live for days (Firefox MV2): the bookkeeping is due again on a new day. */
    due: () => keptOn !== dayKey(now()),
    /**
     * The settings in force and the care plan go in the log, and retention drops what has become too old. Neither
     * may stop the engine: failures only show in the console (the writes report the log's health).
     */
    async keepInStep(settings: Settings, carePlan: CarePlan | null) {
      keptOn = dayKey(now());
      try {
        await recordPlan(open(), { settings, carePlan }, now());
        if (await applyRetention(open(), settings, now())) await refreshToday();
      } catch (error) {
        console.warn('Hip Check could not update the log', error);
      }
    },
    close: forget,
  };
}

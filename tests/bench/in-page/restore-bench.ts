// Runs inside a Chromium extension page (bundled and injected by restore.bench.ts): the restore of
// the largest backup the checks accept, against the browser's real IndexedDB.
import { type Backup, parseBackup } from '../../../core/backup';
import { restoreRows } from '../../../storage/data';
import { type LogDb, openLogDb } from '../../../storage/db';
import { rebuildSummaries } from '../../../storage/summaries';
import { largestBackup } from './largest-backup';

export interface RestoreFigures {
  rows: number;
  megabytes: number;
  /** Days between the first row and the last: what the old rebuild made a summary for. */
  spanDays: number;
  /** Summaries the restore kept: only days with rows. */
  days: number;
  parseMs: number;
  restoreMs: number;
  /** The same restore step by step, in one transaction as restoreRows does it. */
  phasesMs: Record<string, number>;
}

async function restoreLargest(now: number, rows: number): Promise<RestoreFigures> {
  const backup = largestBackup(now, rows);
  const text = JSON.stringify(backup);
  const count =
    backup.bouts.length + backup.prompts.length + backup.pains.length + backup.plans.length;
  const parsing = performance.now();
  const checked = parseBackup(text, now);
  const parseMs = performance.now() - parsing;
  if (!checked.ok) throw new Error(`the largest backup was refused: ${checked.error}`);
  const name = 'hip-check-restore-bench';
  await openLogDb(name).delete();
  const db = openLogDb(name);
  // Something to replace, as a real restore has.
  await db.bouts.put({ id: 'old', startedAt: now - 3_600_000, endedAt: now, end: 'break' });
  const restoring = performance.now();
  await restoreRows(db, checked.value);
  const restoreMs = performance.now() - restoring;
  const days = await db.days.count();
  const phasesMs = await phases(db, checked.value);
  db.close();
  const first = backup.bouts[0]?.startedAt ?? now;
  return {
    rows: count,
    megabytes: text.length / 1e6,
    spanDays: Math.round((now - first) / 86_400_000),
    days,
    parseMs,
    restoreMs,
    phasesMs,
  };
}

/** Where the restore's time goes: each step of restoreRows, timed inside its transaction. */
async function phases(db: LogDb, backup: Backup): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  let last = performance.now();
  const lap = (name: string) => {
    const at = performance.now();
    times[name] = at - last;
    last = at;
  };
  await db.transaction('rw', [db.bouts, db.prompts, db.pains, db.days, db.plans], async () => {
    await Promise.all([db.bouts, db.prompts, db.pains, db.days, db.plans].map((t) => t.clear()));
    lap('clear');
    await db.bouts.bulkAdd(backup.bouts);
    lap('bouts');
    await db.prompts.bulkAdd(backup.prompts);
    lap('prompts');
    await db.pains.bulkAdd(backup.pains);
    await db.plans.bulkAdd(backup.plans);
    lap('pains+plans');
    await rebuildSummaries(db);
    lap('summaries');
  });
  lap('commit');
  return times;
}

(globalThis as unknown as { hipRestoreBench: typeof restoreLargest }).hipRestoreBench =
  restoreLargest;

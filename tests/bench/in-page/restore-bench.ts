// Runs inside a Chromium extension page (bundled and injected by restore.bench.ts): the restore of
// the largest backup the checks accept, against the browser's real IndexedDB.
import { parseBackup } from '../../../core/backup';
import { restoreRows } from '../../../storage/data';
import { openLogDb } from '../../../storage/db';
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
}

async function restoreLargest(now: number): Promise<RestoreFigures> {
  const backup = largestBackup(now);
  const text = JSON.stringify(backup);
  const rows =
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
  db.close();
  const first = backup.bouts[0]?.startedAt ?? now;
  return {
    rows,
    megabytes: text.length / 1e6,
    spanDays: Math.round((now - first) / 86_400_000),
    days,
    parseMs,
    restoreMs,
  };
}

(globalThis as unknown as { hipRestoreBench: typeof restoreLargest }).hipRestoreBench =
  restoreLargest;

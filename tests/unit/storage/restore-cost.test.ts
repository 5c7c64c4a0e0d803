// A restore costs what its rows cost, never the span between them: only days with rows get a
// summary, and the largest kind of backup the checks accept restores in bounded time.
import { afterEach, describe, expect, it } from 'vitest';
import { checkBackup } from '../../../core/backup';
import { earliestMs } from '../../../core/backup-checks';
import { restoreRows } from '../../../storage/data';
import { type LogDb, openLogDb } from '../../../storage/db';
import { largestBackup } from '../../bench/in-page/largest-backup';
import { at } from '../core/drive';
import { sampleBackup, uniqueDbName } from './data-fixture';

const dbs: LogDb[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});
const freshDb = () => {
  const db = openLogDb(uniqueDbName('cost'));
  dbs.push(db);
  return db;
};
const now = at('12:00', 25);

describe('restore cost', () => {
  it('keeps two summaries for two bouts 26 years apart, not one per day between', async () => {
    const db = freshDb();
    const backup = sampleBackup();
    backup.prompts = [];
    backup.pains = [];
    backup.bouts = [
      {
        id: 'old',
        startedAt: earliestMs + 3_600_000,
        endedAt: earliestMs + 7_200_000,
        end: 'break',
      },
      { id: 'new', startedAt: at('09:00', 24), endedAt: at('10:00', 24), end: 'break' },
    ];
    const checked = checkBackup(backup, now);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const started = performance.now();
    await restoreRows(db, checked.value);
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await db.days.toArray()).map((d) => [d.date, d.satMin])).toEqual([
      ['2000-01-01', 60],
      ['2026-11-24', 60],
    ]);
  });

  it('restores a backup spread from 2000 to now, full-size ids and lists, in bounded time', async () => {
    const db = freshDb();
    const backup = largestBackup(now, 5_000);
    const checked = checkBackup(JSON.parse(JSON.stringify(backup)), now);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const started = performance.now();
    await restoreRows(db, checked.value);
    const ms = performance.now() - started;
    // 2,000 bouts of 23 hours touch at most 4,000 days, though the span is over 9,000.
    const days = await db.days.count();
    expect(days).toBeGreaterThan(1_000);
    expect(days).toBeLessThanOrEqual(2 * backup.bouts.length);
    expect(await db.prompts.count()).toBe(backup.prompts.length);
    expect(ms).toBeLessThan(20_000);
  }, 60_000);
});
